// The contribution-file-problems texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/contribution-file-problems';

export let contributionFileTexts = de.contributionFileTextsDe;
export let dateReplacement = de.dateReplacement;
export let entryName = de.entryName;
export const useContributionFileProblemsTexts = (t: { contributionFileTexts: typeof de.contributionFileTextsDe; dateReplacement: typeof de.dateReplacement; entryName: typeof de.entryName }) => void ({ contributionFileTexts, dateReplacement, entryName } = t);
