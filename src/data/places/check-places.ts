// check:data for the place layers of a data folder (places/*.csv): each read by the atlas's own reader
// (coordinates present, numeric, in the Kreis or near it, ids unique), its categories known to the
// layer, and an entry in places/SOURCE.md naming the file.
import type { Problem } from '../../domain/types';
import type { AtlasData } from '../atlas-data';
import { gridOfText } from '../import/grid';
import { placeContext } from './place-context';
import { readPlaceGrid, placeProblem } from './read-places';
import { PLACE_FOLDER } from './place-files';
import { SCHOOL_FORM_NAME } from '../../messages/places';

/** The categories each built-in layer may use (the slugs of the deep link). */
export const PLACE_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  schulen: Object.keys(SCHOOL_FORM_NAME),
  kliniken: ['krankenhaus'],
};

const SOURCE = `${PLACE_FOLDER}SOURCE.md`;

export function checkPlaceFiles(files: ReadonlyMap<string, Uint8Array>, data: AtlasData, read: (path: string) => void): Problem[] {
  const problems: Problem[] = [];
  const paths = [...files.keys()].filter((p) => p.startsWith(PLACE_FOLDER) && p.endsWith('.csv'));
  if (!paths.length) return problems;
  const context = placeContext(data.boundaries.gemeinden);
  const sourceText = files.has(SOURCE) ? new TextDecoder().decode(files.get(SOURCE)) : null;
  for (const path of paths) {
    read(path);
    const text = new TextDecoder().decode(files.get(path));
    const result = readPlaceGrid(gridOfText(text, path, problems), path, context);
    problems.push(...result.problems);
    const layer = path.slice(PLACE_FOLDER.length).replace(/\.csv$/, '');
    const known = PLACE_CATEGORIES[layer];
    for (const place of result.places) {
      if (known && !known.includes(place.category)) problems.push(placeProblem('place.unknownCategory', { id: place.id, category: place.category }, { file: path, line: place.line, key: place.id }));
    }
    const name = path.slice(PLACE_FOLDER.length);
    if (!sourceText?.includes(`\`${name}\``)) problems.push(placeProblem('place.noSource', { file: name, source: SOURCE }, { file: path }));
  }
  return problems;
}
