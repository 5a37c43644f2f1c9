// Finding an indicator among many: grouped by topic in catalog order, filtered by what a person
// types. Shared by the indicator picker and the "Über die Daten" view. Pure, no DOM.
import { foldName } from './area-search';
import type { Indicator, Level } from './types';

export interface TopicGroup<T> {
  topic: string;
  items: T[];
}

/** Topics in the order the catalog first names them, each with its items in catalog order. */
export function groupByTopic<T>(items: readonly T[], topicOf: (item: T) => string): TopicGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const topic = topicOf(item);
    const group = groups.get(topic) ?? [];
    group.push(item);
    groups.set(topic, group);
  }
  return [...groups].map(([topic, list]) => ({ topic, items: list }));
}

type Searchable = Pick<Indicator, 'id' | 'label' | 'topic'> & { code?: string | null; definition?: string | null; source?: string };

/**
 * Every word of the query occurs somewhere in label, topic, id, table code, definition or source
 * (spelt as foldName spells it, so "Alleinerz", "alleinerz" and "Ältere"/"aeltere" all match);
 * parts of words count, as German compounds need ("armut" finds "Kinderarmut").
 */
export function matchesIndicator(indicator: Searchable, query: string): boolean {
  const words = foldName(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = foldName([indicator.label, indicator.topic, indicator.id, indicator.code, indicator.definition, indicator.source].filter(Boolean).join(' '));
  return words.every((w) => text.includes(w));
}

/** The indicators matching the query, grouped by topic; topics without a match are left out. */
export function searchCatalogue<T extends Searchable>(indicators: readonly T[], query: string): TopicGroup<T>[] {
  return groupByTopic(
    indicators.filter((i) => matchesIndicator(i, query)),
    (i) => i.topic,
  );
}

/** Consecutive years joined: [2011, 2015, 2016, 2017] -> [[2011, 2011], [2015, 2017]]. */
export function yearSpans(years: readonly number[]): [number, number][] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const y of sorted) {
    const last = spans.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else spans.push([y, y]);
  }
  return spans;
}

const LEVEL_ORDER: readonly Level[] = ['kreis', 'gemeinde', 'sozialraum', 'raster'];

/** Years with figures per level, as spans, in level order; levels without figures left out. */
export function availability(years: ReadonlyMap<Level, readonly number[]> | undefined): { level: Level; spans: [number, number][] }[] {
  if (!years) return [];
  return LEVEL_ORDER.flatMap((level) => {
    const list = years.get(level);
    return list && list.length ? [{ level, spans: yearSpans(list) }] : [];
  });
}
