// The contribution-file-problems texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/contribution-file-problems';
import type { TextsOf } from './texts-of';

export let contributionFileTexts: TextsOf<typeof de.contributionFileTextsDe> = de.contributionFileTextsDe;
export let dateReplacement: TextsOf<typeof de.dateReplacement> = de.dateReplacement;
export let entryName: TextsOf<typeof de.entryName> = de.entryName;
export const useContributionFileProblemsTexts = (t: { contributionFileTexts: TextsOf<typeof de.contributionFileTextsDe>; dateReplacement: TextsOf<typeof de.dateReplacement>; entryName: TextsOf<typeof de.entryName> }) => void ({ contributionFileTexts, dateReplacement, entryName } = t);
