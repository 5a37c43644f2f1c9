// The print-results texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/print-results';
import type { TextsOf } from './texts-of';

export let resultsTexts: TextsOf<typeof de.deResults> = de.deResults;
export const usePrintResultsTexts = (t: TextsOf<typeof de.deResults>) => void (resultsTexts = t);
