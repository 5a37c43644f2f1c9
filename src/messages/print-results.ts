// The print-results texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/print-results';

export let resultsTexts = de.deResults;
export const usePrintResultsTexts = (t: typeof de.deResults) => void (resultsTexts = t);
