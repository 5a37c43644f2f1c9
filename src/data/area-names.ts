// The names of the areas the atlas's own build scripts write (sample Sozialräume, grid cells), shown
// in the language in use. The files carry them in German; a name is recognised only when it is exactly
// what the German pattern (messages/de/area-names) makes of its parts, and is then made again from the
// same parts by the shown language's pattern. Any other name (a planner's own Sozialraum, a Gemeinde)
// stays as written. Pure: the written and the shown patterns come in.
import type { Feature, Geometry } from 'geojson';
import type { AreaNameTexts } from '../messages/area-names';
import type { AreaProps } from './boundaries';

/** Number and Gemeinde of a sample name; cell id and place of a grid cell's. No words: those are the patterns'. */
const SAMPLE = /^\S+ (\d+) – (.+)$/;
const CELL = /^\S+ (\S+) \((.+)\)$/;

/** A sample Sozialraum's name in `shown`'s words, if `written` made it; else the name as it is. */
export function sampleSozialraumName(name: string, written: AreaNameTexts, shown: AreaNameTexts): string {
  const [, number, gemeinde] = SAMPLE.exec(name) ?? [];
  return number && gemeinde && written.sampleSozialraum(number, gemeinde) === name ? shown.sampleSozialraum(number, gemeinde) : name;
}

/** A grid cell's name in `shown`'s words (its place "Rand" as the shown edge), if `written` made it; else as it is. */
export function gridCellName(name: string, written: AreaNameTexts, shown: AreaNameTexts): string {
  const [, cell, place] = CELL.exec(name) ?? [];
  if (!cell || !place || written.gridCell(cell, place) !== name) return name;
  return shown.gridCell(cell, place === written.gridEdge ? shown.gridEdge : place);
}

/** The features with `rename`d names (copies where a name changes; the same objects where none does). */
export function renamed<G extends Geometry, F extends Feature<G, AreaProps>>(features: F[], rename: (f: F) => string): F[] {
  return features.map((f) => {
    const name = rename(f);
    return name === f.properties.name ? f : { ...f, properties: { ...f.properties, name } };
  });
}
