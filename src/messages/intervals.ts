// The intervals texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/intervals';

export let intervalTexts = de.deIntervals;
export const useIntervalsTexts = (t: typeof de.deIntervals) => void (intervalTexts = t);
