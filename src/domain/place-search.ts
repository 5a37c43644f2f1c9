// Finding a place (a school, an own Kita) by what a person types: the search's list shows them after
// the areas. Its own module, loaded with the places, so the start bundle does not carry it.
import { foldName } from './area-search';
import { compareNames } from './names';

/** A place the search finds by name: its layer, id, and what the list says beside it. */
export interface PlaceEntry {
  layer: string;
  id: string;
  name: string;
  detail: string;
}

/** Places whose name matches `query`: name beginnings, then word beginnings, then any part. */
export function searchPlaces(places: readonly PlaceEntry[], query: string, limit = 8, compare: (a: string, b: string) => number = compareNames): PlaceEntry[] {
  const q = foldName(query);
  if (q.length < 2) return [];
  const ranked = places.flatMap((p) => {
    const name = foldName(p.name);
    const quality = name.startsWith(q) ? 0 : ` ${name}`.includes(` ${q}`) ? 1 : name.includes(q) ? 2 : -1;
    return quality >= 0 ? [{ p, quality }] : [];
  });
  ranked.sort((a, b) => a.quality - b.quality || compare(a.p.name, b.p.name));
  return ranked.slice(0, limit).map((r) => r.p);
}
