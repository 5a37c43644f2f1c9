// The compare texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/compare';
import type { TextsOf } from './texts-of';

export let compareTexts: TextsOf<typeof de.deCompare> = de.deCompare;
export const useCompareTexts = (t: TextsOf<typeof de.deCompare>) => void (compareTexts = t);
