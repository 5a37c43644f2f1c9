// The analysis texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/analysis';
import type { TextsOf } from './texts-of';

export let analysisTexts: TextsOf<typeof de.deAnalysis> = de.deAnalysis;
export const useAnalysisTexts = (t: TextsOf<typeof de.deAnalysis>) => void (analysisTexts = t);
