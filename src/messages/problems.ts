// The problems texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/problems';
import type { TextsOf } from './texts-of';

export let problemTableTexts: TextsOf<typeof de.tableTextsDe> = de.tableTextsDe;
export let groupTitles: TextsOf<typeof de.groupTitlesDe> = de.groupTitlesDe;
export const useProblemsTexts = (t: { problemTableTexts: TextsOf<typeof de.tableTextsDe>; groupTitles: TextsOf<typeof de.groupTitlesDe> }) => void ({ problemTableTexts, groupTitles } = t);
