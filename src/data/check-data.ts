// The checks of the atlas's data folder before it is published, run in Node by check:data
// (scripts/check-data.mjs) with the same code the browser runs: the catalog with its tables and
// boundaries as loadAtlasData reads them, the Sozialraum boundaries under the geometry rules of own
// Sozialräume, and every other table or GeoJSON in the folder under the rules of own data (so a
// planner can check a download before loading it). No file system here: the script hands the files in.
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';
import type { Problem } from '../domain/types';
import { loadAtlasData, LoadError, type AtlasData } from './atlas-data';
import { importFiles } from './import';
import { loadGrid } from './grid';
import { loadKreisSeries } from './kreis-series';
import { checkFeatures } from './import/geometry';
import { groupProblems } from './problem-messages';
import { groupTitles } from '../messages/problems';
import { problem } from './import/problem-texts';
import { checkPlaceFiles } from './places/check-places';
import { checkOverlay, overlayFileOf, overlayProblem, parseCatalogOverlay } from './catalog-language';
import { checkSeriesOverlay, parseSeriesOverlay, seriesOverlayFileOf } from './kreis-series-language';
import type { KreisSeries } from './kreis-series';
import { kreisSeriesProblemTexts } from '../messages/kreis-series';
import type { Catalog } from './catalog';
import { dataTexts } from '../messages/data';

export interface CheckReport {
  /** files read, relative to the folder */
  files: string[];
  problems: Problem[];
  /** one per kind of problem, errors first, titled as in the atlas's problem list */
  groups: { severity: Problem['severity']; title: string; count: number; problems: Problem[] }[];
  errors: number;
  warnings: number;
}

const OWN_FILE = /\.(csv|txt|tsv|xlsx|geojson)$/i;
/**
 * Not atlas data: verbatim extracts of the sources (indicators/sources/, each with its SOURCE.md)
 * and context layers drawn under the areas (the Rhine).
 */
const NOT_AREA_DATA = /^(indicators\/sources\/|rhein\.geojson$|places\/)/;
/** The catalog's translations, one per language (catalog.en.json). */
const OVERLAY = /^indicators\/catalog\.[a-z]{2,3}\.json$/;
const ENGLISH = overlayFileOf('en');

/** `files`: every file of the folder by its path relative to it. */
export async function checkDataFolder(files: ReadonlyMap<string, Uint8Array>): Promise<CheckReport> {
  const problems: Problem[] = [];
  const read = new Set<string>();
  const text = (path: string) => {
    read.add(path);
    return new TextDecoder().decode(files.get(path));
  };
  const fetcher = async (url: string) => {
    const path = url.replace(/^\.?\//, '');
    const ok = files.has(path);
    return { ok, status: ok ? 200 : 404, text: async () => (ok ? text(path) : '') };
  };

  let data: AtlasData | null = null;
  try {
    data = await loadAtlasData('', fetcher);
    problems.push(...data.problems);
  } catch (e) {
    problems.push(...(e instanceof LoadError ? e.problems : [problem('file.unreadable', { reason: String(e) }, { file: 'indicators/catalog.json' })]));
  }

  if (data?.catalog.sozialraeume?.file) {
    const file = data.catalog.sozialraeume.file;
    const features = sozialraumFeatures(files.get(file));
    // The shipped Sozialräume must pass what an own file must pass: closed, simple, inside, not overlapping.
    if (features) checkFeatures(features, file, data, problems);
  }

  // The grid level is loaded only when shown; checked here all the same.
  if (data?.catalog.grid) {
    try {
      const grid = await loadGrid('', data.catalog, new Set(data.areas.filter((a) => a.level === 'gemeinde').map((a) => a.id)), fetcher);
      problems.push(...grid.problems);
    } catch (e) {
      problems.push(...(e instanceof LoadError ? e.problems : [problem('file.unreadable', { reason: String(e) }, { file: data.catalog.grid.file })]));
    }
  }

  // The Kreis series are loaded only when their section is opened; checked here all the same.
  if (data?.catalog.kreisSeries) {
    try {
      const set = await loadKreisSeries('', data.catalog.kreisSeries, fetcher);
      problems.push(...set.problems);
      // Their English, held to what the catalog's English is held to: every series and shown field.
      problems.push(...seriesOverlayProblems(files, `indicators/${seriesOverlayFileOf(data.catalog.kreisSeries, 'en')}`, set.series, text));
    } catch (e) {
      problems.push(...(e instanceof LoadError ? e.problems : [problem('file.unreadable', { reason: String(e) }, { file: `indicators/${data.catalog.kreisSeries}` })]));
    }
  }

  // Files the catalog does not name: checked as a planner's own data would be.
  for (const [path, bytes] of files) {
    if (read.has(path) || path === data?.catalog.sozialraeume?.file || !OWN_FILE.test(path) || NOT_AREA_DATA.test(path) || !data) continue;
    read.add(path);
    const own = await importFiles(data, [{ name: path, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }]);
    problems.push(...own.problems);
  }
  // Every text the catalog shows must be translated: a missing one would appear in German.
  for (const path of files.keys()) if (data && OVERLAY.test(path)) problems.push(...overlayProblems(text(path), path, data.catalog));
  if (data && !files.has(ENGLISH)) problems.push(overlayProblem('overlay.fileMissing', { file: ENGLISH }, { file: ENGLISH, severity: 'warning' }));
  // The place layers (places/*.csv): read as the atlas reads them, with their categories and SOURCE entry.
  if (data) problems.push(...checkPlaceFiles(files, data, (path) => read.add(path)));

  const errors = problems.filter((p) => p.severity === 'error').length;
  const groups = groupProblems(problems).map((g) => ({
    severity: g.severity,
    // Kinds without a title of their own are titled by their first text, which all of them share.
    title: groupTitles[g.code] ?? g.problems[0].message,
    count: g.count,
    problems: g.problems,
  }));
  return { files: [...read].sort(), problems, groups, errors, warnings: problems.length - errors };
}

function overlayProblems(text: string, file: string, catalog: Catalog): Problem[] {
  const read = parsed(text, file);
  if ('problem' in read) return [read.problem];
  const { overlay, problems } = parseCatalogOverlay(read.json, file);
  return overlay ? [...problems, ...checkOverlay(catalog, overlay, file)] : problems;
}

/** The English of the Kreis series: missing file, series or field is an error; topics as catalog.en.json translates them. */
function seriesOverlayProblems(files: ReadonlyMap<string, Uint8Array>, file: string, series: readonly KreisSeries[], text: (path: string) => string): Problem[] {
  if (!files.has(file)) return [{ file, message: kreisSeriesProblemTexts.overlayFileMissing(file), severity: 'error' }];
  const read = parsed(text(file), file);
  if ('problem' in read) return [read.problem];
  const { texts, problems } = parseSeriesOverlay(read.json, file);
  const catalogEn = files.has(ENGLISH) ? parsed(text(ENGLISH), ENGLISH) : null;
  const topics = catalogEn && 'json' in catalogEn ? parseCatalogOverlay(catalogEn.json, ENGLISH).overlay?.topics : undefined;
  return [...problems, ...checkSeriesOverlay(series, texts, file, topics)];
}

/** The JSON of a file, or why it is none. */
function parsed(text: string, file: string): { json: unknown } | { problem: Problem } {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (e) {
    return { problem: { file, message: dataTexts.notJson(String(e)), severity: 'error' } };
  }
}

function sozialraumFeatures(bytes: Uint8Array | undefined): Feature[] | null {
  if (!bytes) return null;
  try {
    const topology = JSON.parse(new TextDecoder().decode(bytes)) as Topology;
    const object = topology.objects?.sozialraeume;
    if (!object) return null;
    const read = feature(topology, object) as Feature | FeatureCollection;
    return read.type === 'FeatureCollection' ? read.features : [read];
  } catch {
    // loadAtlasData has already reported what is wrong with this file.
    return null;
  }
}
