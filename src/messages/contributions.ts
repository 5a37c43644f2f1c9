// The contributions texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/contributions';
import type { TextsOf } from './texts-of';

export let contributionTexts: TextsOf<typeof de.contributionTexts> = de.contributionTexts;
export const useContributionsTexts = (t: TextsOf<typeof de.contributionTexts>) => void (contributionTexts = t);
