// English texts of the printed results of a workshop ("Results of the workshop", print/figures/results-sheet.ts).
import type { deResults } from '../de/print-results';
import { formatNumber } from './number';
import { POINT_CATEGORY_NAME } from './points';

const count = (n: number, one: string, many: string) => `${formatNumber(n, 0)} ${n === 1 ? one : many}`;

export const enResults: typeof deResults = {
  title: 'Results of the workshop',
  question: (q) => `Guiding question: ${q}`,
  date: (d) => `Date: ${d}`,
  summary: (contributions, votes) => `${count(contributions, 'contribution', 'contributions')}, ${count(votes, 'vote', 'votes')}`,
  howToRead: 'Ordered by kind and area; in each area the contributions with the most votes come first. The numbers are those on the map.',
  category: (c, n) => `${POINT_CATEGORY_NAME[c]} (${formatNumber(n, 0)})`,
  noArea: 'no area',
  votes: (n) => count(n, 'vote', 'votes'),
  /** a contribution's number as the list's label: "7." */
  number: (n) => `${formatNumber(n, 0)}.`,
  continued: (title) => `Results of the workshop “${title}” (continued)`,
  none: 'This workshop has no contributions yet.',
};
