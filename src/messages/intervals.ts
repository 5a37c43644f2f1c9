// The intervals texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/intervals';
import type { TextsOf } from './texts-of';

export let intervalTexts: TextsOf<typeof de.deIntervals> = de.deIntervals;
export const useIntervalsTexts = (t: TextsOf<typeof de.deIntervals>) => void (intervalTexts = t);
