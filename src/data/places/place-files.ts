// Place files as the atlas reads them: a planner's own (CSV, Excel or GeoJSON points, dropped in the
// browser, or checked by check:data) and the built-in layers (public/data/places/<layer>.csv), all
// through the one reader (read-places), so that shipped and own places pass the same checks.
import type { Problem } from '../../domain/types';
import type { Fetcher } from '../atlas-data';
import { decode } from '../import/decode';
import { gridOfText } from '../import/grid';
import { problem } from '../import/problem-texts';
import { readPlaceGeoJson, readPlaceGrid, placeProblem, type PlaceRead } from './read-places';
import type { PlaceContext } from './place-context';

export const PLACE_FOLDER = 'places/';
/** the layers the atlas brings, in the order of the picker */
export const BUILT_IN_LAYERS = ['schulen', 'kliniken'] as const;

export async function readPlaceFile(file: { name: string; bytes: ArrayBuffer }, context: PlaceContext): Promise<PlaceRead> {
  const problems: Problem[] = [];
  const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  try {
    if (ext === 'xlsx') {
      const { readWorkbook } = await import('../import/xlsx');
      const [sheet] = await readWorkbook(file, undefined, problems);
      return withProblems(sheet ? readPlaceGrid(sheet.grid, file.name, context) : empty(), problems);
    }
    const text = decode(file, problems);
    if (text === null) return withProblems(empty(), problems);
    if (ext === 'geojson' || ext === 'json') return withProblems(readPlaceGeoJson(JSON.parse(text), file.name, context), problems);
    if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return withProblems(readPlaceGrid(gridOfText(text, file.name, problems), file.name, context), problems);
    problems.push(problem('file.unsupported', { file: file.name }, { file: file.name }));
  } catch (e) {
    problems.push(problem('file.unreadable', { reason: e instanceof Error ? e.message : String(e) }, { file: file.name }));
  }
  return withProblems(empty(), problems);
}

/** A built-in layer from the data folder. */
export async function loadPlaceLayer(base: string, layer: string, context: PlaceContext, fetcher: Fetcher = fetch): Promise<PlaceRead> {
  const file = `${PLACE_FOLDER}${layer}.csv`;
  // Offline or refused: the layer is empty with its problem, not a promise that never settles.
  const res = await fetcher(`${base.replace(/\/?$/, '/')}${file}`).catch(() => null);
  if (!res?.ok) return { places: [], problems: [placeProblem('place.noRows', {}, { file })], read: 0 };
  const problems: Problem[] = [];
  return withProblems(readPlaceGrid(gridOfText(await res.text(), file, problems), file, context), problems);
}

const empty = (): PlaceRead => ({ places: [], problems: [], read: 0 });
const withProblems = (read: PlaceRead, before: Problem[]): PlaceRead => ({ ...read, problems: [...before, ...read.problems] });
