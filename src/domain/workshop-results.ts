// The results of a workshop as the committee reads them on paper: the contributions grouped by
// category (in the legend's order), within each by area (alphabetically, those without a known area
// last), within each area the most supported first. Plain data in, so that print needs neither the
// store nor the map: the caller names the areas and numbers the contributions as the pins do.
import { CONTRIBUTION_CATEGORIES, type ContributionCategory, type Workshop } from './contribution';

export interface ResultItem {
  /** the contribution's number, the same as on its pin */
  number: number;
  category: ContributionCategory;
  text: string;
  organisation: string | null;
  votes: number;
  /** the name of its area (the most specific one known), null: none known */
  area: string | null;
}

/** What print is handed: the workshop's frame and its contributions. */
export interface WorkshopResults {
  workshop: Workshop;
  items: readonly ResultItem[];
}

export interface ResultArea {
  area: string | null;
  items: ResultItem[];
}

export interface ResultGroup {
  category: ContributionCategory;
  count: number;
  votes: number;
  areas: ResultArea[];
}

/** `compare` orders area names in the reader's language. */
export function groupResults(items: readonly ResultItem[], compare: (a: string, b: string) => number): ResultGroup[] {
  return CONTRIBUTION_CATEGORIES.flatMap((category): ResultGroup[] => {
    const mine = items.filter((i) => i.category === category);
    if (!mine.length) return [];
    const byArea = new Map<string | null, ResultItem[]>();
    for (const item of mine) byArea.set(item.area, [...(byArea.get(item.area) ?? []), item]);
    const areas = [...byArea]
      .map(([area, list]) => ({ area, items: list.sort((a, b) => b.votes - a.votes || a.number - b.number) }))
      .sort((a, b) => (a.area === null ? 1 : b.area === null ? -1 : compare(a.area, b.area)));
    return [{ category, count: mine.length, votes: mine.reduce((n, i) => n + i.votes, 0), areas }];
  });
}
