// The compare texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/compare';

export let compareTexts = de.deCompare;
export const useCompareTexts = (t: typeof de.deCompare) => void (compareTexts = t);
