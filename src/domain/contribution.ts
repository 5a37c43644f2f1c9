// What a workshop contributes to the map: a need seen, an offer known, a measure proposed, a question
// left open, each at a place (an area by its key, at any level, or a point). Pure data: the Yjs
// document that keeps them (data/contribution-store.ts), the file exchange (data/contribution-file.ts),
// the pane, the map pins and print all read these shapes.

/** The four kinds of contribution; the order is the legend's, the list's and print's. */
export type ContributionCategory = 'bedarf' | 'angebot' | 'idee' | 'frage';
export const CONTRIBUTION_CATEGORIES: readonly ContributionCategory[] = ['bedarf', 'angebot', 'idee', 'frage'];

/** The longest text a contribution may have (characters, counted as the user sees them). */
export const CONTRIBUTION_TEXT_MAX = 1000;
/** The longest organisation name. */
export const ORGANISATION_MAX = 200;

/** Where a contribution is: an area (key of any level: Gemeinde, Sozialraum, grid cell) or a point. */
export type ContributionPlace =
  | { kind: 'area'; key: string }
  | { kind: 'point'; lngLat: [number, number] };

export interface Contribution {
  /** unique across devices and files (a random UUID); the key files are merged by */
  id: string;
  /** the workshop it belongs to (Workshop.id) */
  workshop: string;
  category: ContributionCategory;
  text: string;
  /** optional; anonymous by default */
  organisation: string | null;
  place: ContributionPlace;
  /** how many devices voted "+1" */
  votes: number;
  /** ISO 8601 */
  created: string;
  /** ISO 8601; the newer one wins when files are merged */
  changed: string;
}

/** The frame of a workshop: shown in the pane and on print. Several are kept side by side. */
export interface Workshop {
  id: string;
  title: string;
  /** the guiding question ("Leitfrage") */
  question: string;
  /** the day it takes place, ISO date (YYYY-MM-DD) */
  date: string;
}

/** What a new contribution needs; id, dates and votes are given by the store. */
export type ContributionDraft = Pick<Contribution, 'category' | 'text' | 'organisation' | 'place'>;

export function isContributionCategory(value: string): value is ContributionCategory {
  return (CONTRIBUTION_CATEGORIES as readonly string[]).includes(value);
}
