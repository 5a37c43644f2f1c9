// The contribution-data texts in the language in use (German until ./language.ts installs another pack): read at use.
import * as de from './de/contribution-data';
import type { TextsOf } from './texts-of';

export let DEFAULT_WORKSHOP_TITLE: TextsOf<typeof de.DEFAULT_WORKSHOP_TITLE> = de.DEFAULT_WORKSHOP_TITLE;
export let contributionErrorTexts: TextsOf<typeof de.contributionErrorTexts> = de.contributionErrorTexts;
export const useContributionDataTexts = (t: { DEFAULT_WORKSHOP_TITLE: TextsOf<typeof de.DEFAULT_WORKSHOP_TITLE>; contributionErrorTexts: TextsOf<typeof de.contributionErrorTexts> }) => void ({ DEFAULT_WORKSHOP_TITLE, contributionErrorTexts } = t);
