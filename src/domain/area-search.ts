// Finding an area by what a person types: a name in any spelling ("sankt augustin",
// "St. Augustin", "Koenigswinter"), part of it, or an official key. Pure, no DOM.
import type { Area } from './types';
import { compareNames, foldName as foldPlace } from './names';

/** A name folded for searching (see domain/names), punctuation gone too: "Hennef (Sieg)" -> "hennef sieg". */
export function foldName(text: string): string {
  return foldPlace(text).replace(/[^a-z0-9]+/g, ' ').trim();
}

export interface SearchHit {
  area: Area;
  /** 0: the name starts so; 1: a word of it does; 2: it contains the text; 3: the key does */
  quality: number;
}

/**
 * Areas matching `query`, best first: name beginnings before word beginnings before any part,
 * then the key; within one quality by level (Gemeinden first) and name, in the locale's order.
 */
export function searchAreas(areas: readonly Area[], query: string, limit = 12, compare: (a: string, b: string) => number = compareNames): SearchHit[] {
  const q = foldName(query);
  const digits = query.replace(/[\s.]/g, '');
  if (!q && !digits) return [];
  const hits: SearchHit[] = [];
  for (const area of areas) {
    if (area.level === 'kreis') continue;
    const name = foldName(area.name);
    let quality = -1;
    if (q && name.startsWith(q)) quality = 0;
    else if (q && ` ${name}`.includes(` ${q}`)) quality = 1;
    else if (q && name.includes(q)) quality = 2;
    else if (/^\d/.test(digits) && area.id.replace(/[\s.]/g, '').startsWith(digits)) quality = 3;
    if (quality >= 0) hits.push({ area, quality });
  }
  const levelRank = (a: Area) => (a.level === 'gemeinde' ? 0 : 1);
  hits.sort((a, b) => a.quality - b.quality || levelRank(a.area) - levelRank(b.area) || compare(a.area.name, b.area.name));
  return hits.slice(0, limit);
}
