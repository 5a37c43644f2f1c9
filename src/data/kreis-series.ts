// Kreis series as reference values: figures the Kreis as a whole has (Kita rates, school leavers without
// a certificate, Wohngeld, Pflege …) beside NRW and Deutschland over the years. They have no Gemeinde
// figure of the same definition, so they are no indicator of the map; the atlas lists them under
// "Der Kreis im Vergleich". A description file (JSON: what each series is, with source, licence and
// vintage) names its table of figures (`reihe;ebene;jahr;wert`, ebene kreis | nrw | bund). Loaded when
// first shown, never at start. Pure apart from the fetcher; every unreadable row is a problem with its line.
import { dsvFormat } from 'd3-dsv';
import type { Problem } from '../domain/types';
import { fileReader, LoadError, type Fetcher } from './atlas-data';
import { kreisSeriesProblemTexts } from '../messages/kreis-series';
import { seriesOverlayFileOf, translatedSeries } from './kreis-series-language';

export type KreisScope = 'kreis' | 'nrw' | 'bund';

export interface KreisPoint {
  year: number;
  /** null where the source has no figure for that scope and year */
  kreis: number | null;
  nrw: number | null;
  bund: number | null;
}

export interface KreisSeries {
  id: string;
  label: string;
  /** a topic of the catalog, so that the series stands beside that topic's indicators */
  topic: string;
  unit: string;
  definition: string;
  code: string;
  source: string;
  license: string;
  vintage: string;
  note: string | null;
  /** catalog indicators of a related subject: where they are shown, this series is offered */
  indicators: string[];
  /** ascending by year */
  points: KreisPoint[];
}

export interface KreisSeriesSet {
  series: KreisSeries[];
  problems: Problem[];
}

const HEADER = 'reihe;ebene;jahr;wert';
const SCOPES: readonly string[] = ['kreis', 'nrw', 'bund'];
const TEXT_FIELDS = ['id', 'label', 'topic', 'unit', 'definition', 'code', 'source', 'license', 'vintage'] as const;

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The description (already parsed JSON) and the table's text, both named for the problems they cause. */
export function readKreisSeries(description: unknown, file: string, table: string, tableFile: string): KreisSeriesSet {
  const problems: Problem[] = [];
  const fail = (message: string, where: Partial<Problem> = {}) => problems.push({ file, message, severity: 'error', ...where });
  const list = isObject(description) && Array.isArray(description.series) ? description.series : null;
  if (!list) return { series: [], problems: [{ file, message: kreisSeriesProblemTexts.noList, severity: 'error' }] };

  const byId = new Map<string, Map<number, KreisPoint>>();
  const series: KreisSeries[] = [];
  list.forEach((entry, i) => {
    const missing = TEXT_FIELDS.filter((f) => !isObject(entry) || typeof entry[f] !== 'string' || entry[f] === '');
    if (!isObject(entry) || missing.length) return fail(kreisSeriesProblemTexts.field(i + 1, missing.join(', ')));
    const id = entry.id as string;
    if (byId.has(id)) return fail(kreisSeriesProblemTexts.duplicate, { key: id });
    byId.set(id, new Map());
    const text = (f: (typeof TEXT_FIELDS)[number]) => entry[f] as string;
    series.push({
      id,
      label: text('label'),
      topic: text('topic'),
      unit: text('unit'),
      definition: text('definition'),
      code: text('code'),
      source: text('source'),
      license: text('license'),
      vintage: text('vintage'),
      note: typeof entry.note === 'string' && entry.note ? entry.note : null,
      indicators: Array.isArray(entry.indicators) ? entry.indicators.filter((x): x is string => typeof x === 'string') : [],
      points: [],
    });
  });

  const rows = dsvFormat(';').parseRows(table.replace(/^\uFEFF/, '').replace(/\n$/, ''));
  if (rows[0]?.join(';') !== HEADER) problems.push({ file: tableFile, line: 1, message: kreisSeriesProblemTexts.header(HEADER), severity: 'error' });
  else
    rows.slice(1).forEach(([id, scope, year, value], i) => {
      const line = i + 2;
      const y = Number(year);
      const v = Number((value ?? '').replace(',', '.'));
      const points = byId.get(id ?? '');
      if (!points) return problems.push({ file: tableFile, line, key: id, message: kreisSeriesProblemTexts.unknown, severity: 'error' });
      if (!SCOPES.includes(scope) || !Number.isInteger(y) || !value || !Number.isFinite(v)) {
        return problems.push({ file: tableFile, line, key: id, message: kreisSeriesProblemTexts.row, severity: 'error' });
      }
      const point = points.get(y) ?? { year: y, kreis: null, nrw: null, bund: null };
      if (point[scope as KreisScope] !== null) return problems.push({ file: tableFile, line, key: id, message: kreisSeriesProblemTexts.twice(scope, y), severity: 'error' });
      point[scope as KreisScope] = v;
      points.set(y, point);
    });

  for (const s of series) {
    s.points = [...(byId.get(s.id)?.values() ?? [])].sort((a, b) => a.year - b.year);
    if (!s.points.some((p) => p.kreis !== null)) problems.push({ file: tableFile, key: s.id, message: kreisSeriesProblemTexts.noKreis, severity: 'error' });
  }
  return { series, problems };
}

/**
 * Loads the description named in the catalog and its table, both below `indicators/` of `base`; in a
 * `language` other than German also the description's overlay (kreisreihen.<language>.json), whose
 * texts replace the German ones (what it lacks stays German, said as a warning).
 */
export async function loadKreisSeries(base: string, file: string, fetcher: Fetcher = fetch, language = 'de'): Promise<KreisSeriesSet> {
  const { get, json } = fileReader(base, fetcher);
  const path = `indicators/${file}`;
  const overlayPath = language === 'de' ? null : `indicators/${seriesOverlayFileOf(file, language)}`;
  const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));
  const [descriptionText, overlayText] = await Promise.all([get(path), overlayPath ? get(overlayPath).catch(asError) : null]);
  const description = json(descriptionText, path);
  const table = isObject(description) && typeof description.table === 'string' ? description.table : null;
  if (!table) throw new LoadError([{ file: path, message: kreisSeriesProblemTexts.noTable, severity: 'error' }]);
  const tablePath = `indicators/${table}`;
  const german = readKreisSeries(description, path, await get(tablePath), tablePath);
  if (!overlayPath || overlayText === null) return german;
  const translated = translatedSeries(german.series, overlayText, overlayPath);
  return { series: translated.series, problems: [...german.problems, ...translated.problems] };
}

/** The series of the indicator's subject first (named by it, then of its topic), then the rest in file order. */
export function relatedFirst(series: readonly KreisSeries[], indicator: { id: string; topic: string } | null): { related: KreisSeries[]; others: KreisSeries[] } {
  if (!indicator) return { related: [], others: [...series] };
  const named = series.filter((s) => s.indicators.includes(indicator.id));
  const topic = series.filter((s) => !named.includes(s) && s.topic === indicator.topic);
  const related = [...named, ...topic];
  return { related, others: series.filter((s) => !related.includes(s)) };
}
