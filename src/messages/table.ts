// The table texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/table';
import type { TextsOf } from './texts-of';

export let tableTexts: TextsOf<typeof de.table> = de.table;
export const useTableTexts = (t: TextsOf<typeof de.table>) => void (tableTexts = t);
