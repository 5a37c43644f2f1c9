// The data texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/data';

export let dataTexts = de.deData;
export const useDataTexts = (t: typeof de.deData) => void (dataTexts = t);
