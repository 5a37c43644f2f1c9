// The problems texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/problems';

export let problemTableTexts = de.tableTextsDe;
export let groupTitles = de.groupTitlesDe;
export const useProblemsTexts = (t: { problemTableTexts: typeof de.tableTextsDe; groupTitles: typeof de.groupTitlesDe }) => void ({ problemTableTexts, groupTitles } = t);
