// English texts of the contributions' data layer: why a contribution was refused (the store's checks),
// and the workshop there always is. The file's problems are in ./contribution-file-problems.ts.
import { CONTRIBUTION_TEXT_MAX, ORGANISATION_MAX } from '../../domain/contribution';
import type { contributionErrorTexts as german, DEFAULT_WORKSHOP_TITLE as GERMAN_TITLE } from '../de/contribution-data';
import { formatNumber } from './number';

/** The workshop every atlas starts with, until it is named. */
export const DEFAULT_WORKSHOP_TITLE: typeof GERMAN_TITLE = 'Workshop';

export const contributionErrorTexts: typeof german = {
  category: (p) => `Unknown kind of contribution “${p.value}”: expected Need, Offer, Idea / measure or Question.`,
  textEmpty: () => 'The contribution has no text.',
  textLong: (p) => `The text is ${formatNumber(p.length, 0)} characters long; at most ${formatNumber(CONTRIBUTION_TEXT_MAX, 0)} are allowed.`,
  organisationLong: (p) => `The organisation’s name is ${formatNumber(p.length, 0)} characters long; at most ${formatNumber(ORGANISATION_MAX, 0)} are allowed.`,
  point: () => 'The point has no valid coordinates.',
  area: () => 'The area has no key.',
  unknown: (p) => `The contribution “${p.id}” does not exist (any more).`,
  unknownWorkshop: (p) => `The workshop “${p.id}” does not exist (any more).`,
  workshopTitle: () => 'The workshop needs a title.',
  workshopDate: (p) => `“${p.value}” is not a date (expected YYYY-MM-DD).`,
};
