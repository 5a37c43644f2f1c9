// German texts of the printed results of a workshop ("Ergebnisse des Workshops", print/figures/results-sheet.ts).
import type { ContributionCategory } from '../../domain/contribution';
import { formatNumber } from '../default-locale';
import { POINT_CATEGORY_NAME } from './points';

const count = (n: number, one: string, many: string) => `${formatNumber(n, 0)} ${n === 1 ? one : many}`;

export const deResults = {
  title: 'Ergebnisse des Workshops',
  question: (q: string) => `Leitfrage: ${q}`,
  date: (d: string) => `Datum: ${d}`,
  summary: (contributions: number, votes: number) => `${count(contributions, 'Beitrag', 'Beiträge')}, ${count(votes, 'Stimme', 'Stimmen')}`,
  howToRead: 'Nach Art und Gebiet geordnet, in jedem Gebiet die mit den meisten Stimmen zuerst. Die Nummern sind die der Karte.',
  category: (c: ContributionCategory, n: number) => `${POINT_CATEGORY_NAME[c]} (${formatNumber(n, 0)})`,
  noArea: 'ohne Gebiet',
  votes: (n: number) => count(n, 'Stimme', 'Stimmen'),
  /** a contribution's number as the list's label: "7." */
  number: (n: number) => `${formatNumber(n, 0)}.`,
  continued: (title: string) => `Ergebnisse des Workshops „${title}“ (Fortsetzung)`,
  none: 'Dieser Workshop hat noch keine Beiträge.',
};
