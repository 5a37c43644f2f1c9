// The entries of a file of contributions before they are checked: GeoJSON features or CSV rows as
// the same flat record (the German field names of contribution-file.ts) with where each was found
// (feature number or line) and its geometry as found. A file that is no file of contributions at all
// (not JSON, not a FeatureCollection, a foreign GeoJSON or table without `kategorie`) gives one
// problem and no entries.
import { dsvFormat } from 'd3-dsv';
import type { Problem } from '../domain/types';
import { contributionFileTexts } from '../messages/contribution-file-problems';
import { detectSeparator, startLines, unclosedQuoteLine } from './csv';
import { AREA_NAME_FIELD, LAT_COLUMN, LNG_COLUMN, unprotectCell } from './contribution-file';
import { problemsOf } from './problem-messages';

const problem = problemsOf(() => contributionFileTexts);

export interface Entry {
  at: { feature?: number; line?: number };
  props: Readonly<Record<string, unknown>>;
  /** null: none; otherwise its type and coordinates as found, valid or not */
  geometry: { type: string; coordinates: unknown } | null;
}

export interface Entries {
  entries: Entry[];
  /** false: the file as a whole was refused (its problem says why) */
  readable: boolean;
}

const REFUSED: Entries = { entries: [], readable: false };

export function readEntries(fileName: string, content: string, problems: Problem[]): Entries {
  const body = content.replace(/^\uFEFF/, '');
  if (!body.trim()) {
    problems.push(problem('file.empty', {}, { file: fileName }));
    return REFUSED;
  }
  const json = /\.(geo)?json$/i.test(fileName) || /^\s*[{[]/.test(body);
  return json ? geoJsonEntries(fileName, body, problems) : csvEntries(fileName, body, problems);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function geoJsonEntries(file: string, body: string, problems: Problem[]): Entries {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    problems.push(problem('beitraege.notJson', { reason: e instanceof Error ? e.message : String(e) }, { file }));
    return REFUSED;
  }
  if (!isObject(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    problems.push(problem('beitraege.notCollection', {}, { file }));
    return REFUSED;
  }
  const features: unknown[] = data.features;
  if (features.length > 0 && !features.some((f) => isObject(f) && isObject(f.properties) && 'kategorie' in f.properties)) {
    problems.push(problem('beitraege.foreign', {}, { file }));
    return REFUSED;
  }
  const entries: Entry[] = [];
  features.forEach((f, i) => {
    const at = { feature: i + 1 };
    if (!isObject(f) || f.type !== 'Feature') {
      problems.push(problem('beitraege.notFeature', {}, { file, ...at }));
      return;
    }
    const props: Record<string, unknown> = isObject(f.properties) ? { ...f.properties } : {};
    // RFC 7946 allows the id on the feature; ours write both
    if ((props.id === undefined || props.id === null || props.id === '') && (typeof f.id === 'string' || typeof f.id === 'number')) props.id = f.id;
    const g = f.geometry;
    entries.push({ at, props, geometry: isObject(g) ? { type: String(g.type ?? ''), coordinates: g.coordinates } : null });
  });
  return { entries, readable: true };
}

/** The free-text columns, protected against spreadsheet formulas when written (contribution-file.ts). */
const FREE_TEXT: ReadonlySet<string> = new Set(['text', 'organisation', 'workshop', 'frage', AREA_NAME_FIELD]);

/** "7,25" or "7.25" as a number; NaN for anything else. */
const coordinate = (v: string) => (/^\s*-?\d+([.,]\d+)?\s*$/.test(v) ? Number(v.trim().replace(',', '.')) : Number.NaN);

function csvEntries(file: string, body: string, problems: Problem[]): Entries {
  const separator = detectSeparator(body);
  const open = unclosedQuoteLine(body, separator);
  if (open !== null) problems.push(problem('table.unclosedQuote', { line: open }, { file, line: open }));
  const rows = dsvFormat(separator).parseRows(body);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  if (!header.includes('kategorie')) {
    problems.push(problem('beitraege.foreign', {}, { file }));
    return REFUSED;
  }
  const lines = startLines(rows);
  const entries: Entry[] = [];
  rows.forEach((fields, r) => {
    if (r === 0 || fields.every((f) => f.trim() === '')) return;
    const props: Record<string, string> = {};
    header.forEach((column, i) => {
      const value = fields[i] ?? '';
      if (column && !(column in props)) props[column] = FREE_TEXT.has(column) ? unprotectCell(value) : value;
    });
    const lng = (props[LNG_COLUMN] ?? '').trim();
    const lat = (props[LAT_COLUMN] ?? '').trim();
    const geometry = lng || lat ? { type: `${lng} ${lat}`.trim(), coordinates: [coordinate(lng), coordinate(lat)] } : null;
    entries.push({ at: { line: lines[r]! }, props, geometry: geometry && isValidPair(geometry.coordinates) ? { type: 'Point', coordinates: geometry.coordinates } : geometry });
  });
  return { entries, readable: true };
}

const isValidPair = (c: number[]) => c.every((x) => Number.isFinite(x));
