// The table texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/table';

export let tableTexts = de.table;
export const useTableTexts = (t: typeof de.table) => void (tableTexts = t);
