// The analysis texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/analysis';

export let analysisTexts = de.deAnalysis;
export const useAnalysisTexts = (t: typeof de.deAnalysis) => void (analysisTexts = t);
