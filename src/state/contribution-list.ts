// The contributions of a workshop as the pane lists them and the map pins them: numbered in the
// order they were made (a pin keeps its number however the list is sorted), each with the areas
// it belongs to (an area's key and the areas above it; a point's Gemeinde and Sozialraum), sorted
// and filtered as asked. Pure: the places and names come in as functions.
import type { Contribution, ContributionCategory, Workshop } from '../domain/contribution';
import type { ResultItem, WorkshopResults } from '../domain/workshop-results';
import type { Area } from '../domain/types';
import type { PointFeature } from '../symbology/points';

export type ContributionSort = 'votes' | 'newest' | 'area';
export const CONTRIBUTION_SORTS: readonly ContributionSort[] = ['votes', 'newest', 'area'];

type LngLat = [number, number];

export interface ContributionPlaces {
  anchor(key: string): LngLat | null;
  areasAt(lngLat: LngLat): string[];
}

export interface Listed {
  contribution: Contribution;
  /** its number in the workshop: 1 for the first made */
  number: number;
  /** the areas it belongs to, widest first (its own area last) */
  areas: string[];
  /** where its pin stands; null: an area key this atlas does not know */
  lngLat: LngLat | null;
}

export interface ListFilter {
  /** the categories listed; empty: all */
  categories: ReadonlySet<ContributionCategory>;
  /** only contributions in these areas (the areas shown, or one area from its card); null: all */
  areas: ReadonlySet<string> | null;
}

/** The ids of an area and the areas above it up to the Gemeinde, widest first (the Kreis only for itself, as a point's areasAt). */
function lineage(key: string, byId: ReadonlyMap<string, Area>): string[] {
  const out: string[] = [];
  for (let id: string | null = key; id && !out.includes(id); id = byId.get(id)?.parent ?? null) out.unshift(id);
  return out.length > 1 && byId.get(out[0])?.level === 'kreis' ? out.slice(1) : out;
}

/** Areas compared level by level (Gemeinde, then Sozialraum): a Gemeinde's own contributions before its Sozialräume's. */
function byAreas(a: readonly string[], b: readonly string[], nameOf: (id: string) => string, compare: (a: string, b: string) => number): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = a[i] === b[i] ? 0 : compare(nameOf(a[i]), nameOf(b[i]));
    if (d) return d;
  }
  return a.length - b.length;
}

/** Each contribution numbered (oldest first, as the store gives them) and placed. */
export function placeContributions(contributions: readonly Contribution[], places: ContributionPlaces, areas: readonly Area[]): Listed[] {
  const byId = new Map(areas.map((a) => [a.id, a]));
  return contributions.map((contribution, i) => {
    const { place } = contribution;
    const inside = place.kind === 'area' ? lineage(place.key, byId) : places.areasAt(place.lngLat);
    const lngLat = place.kind === 'area' ? places.anchor(place.key) : place.lngLat;
    return { contribution, number: i + 1, areas: inside, lngLat };
  });
}

/** The list as sorted and filtered; `nameOf` names an area, `compare` orders names in the user's language. */
export function listContributions(listed: readonly Listed[], sort: ContributionSort, filter: ListFilter, nameOf: (id: string) => string, compare: (a: string, b: string) => number): Listed[] {
  const shown = listed.filter(
    (l) => (!filter.categories.size || filter.categories.has(l.contribution.category)) && (!filter.areas || l.areas.some((id) => filter.areas?.has(id))),
  );
  const byNumber = (a: Listed, b: Listed) => a.number - b.number;
  const order: Record<ContributionSort, (a: Listed, b: Listed) => number> = {
    votes: (a, b) => b.contribution.votes - a.contribution.votes || byNumber(a, b),
    newest: (a, b) => b.contribution.created.localeCompare(a.contribution.created) || b.number - a.number,
    // Those without a known area last.
    area: (a, b) => Number(!a.areas.length) - Number(!b.areas.length) || byAreas(a.areas, b.areas, nameOf, compare) || byNumber(a, b),
  };
  return shown.sort(order[sort]);
}

/** How many contributions belong to an area (its own and those of the areas below it). */
export const countIn = (listed: readonly Listed[], area: string): number => listed.filter((l) => l.areas.includes(area)).length;

/** The pins: one per contribution with a place on the map, labelled with its number. */
export function pinsOf(listed: readonly Listed[]): PointFeature[] {
  return listed.flatMap((l) =>
    l.lngLat ? [{ id: l.contribution.id, lngLat: l.lngLat, category: l.contribution.category, text: l.contribution.text, label: String(l.number) }] : [],
  );
}

/** What print's results pages are handed: the workshop and each contribution with its number and its most specific known area's name. */
export function resultsOf(listed: readonly Listed[], workshop: Workshop, nameOf: (id: string) => string | null): WorkshopResults {
  const items = listed.map(({ contribution: c, number, areas }): ResultItem => {
    const area = areas.length ? nameOf(areas[areas.length - 1]!) : null;
    return { number, category: c.category, text: c.text, organisation: c.organisation, votes: c.votes, area };
  });
  return { workshop, items };
}
