// The contributions texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/contributions';

export let contributionTexts = de.contributionTexts;
export const useContributionsTexts = (t: typeof de.contributionTexts) => void (contributionTexts = t);
