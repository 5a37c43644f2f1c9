// A planner's own files, read in the browser and joined to the atlas: a table (CSV) and optionally
// own Sozialraum boundaries (GeoJSON, TopoJSON or a zipped Shapefile). Nothing is uploaded.
//
// Rules (README, "Eigene Daten laden"):
// - Text is UTF-8 with or without BOM (UTF-16 with BOM too). Other bytes are read as Windows-1252, the
//   default of German Excel, with a warning to save as UTF-8; bytes that are no text at all are refused.
// - Tables go through the same parseTable as the built-in ones, so their errors read the same.
//   Key column: a header such as ags/ars/gemeinde/id/sozialraum whose values match area ids, else
//   the first column whose values mostly do. Its ids decide the level. `jahr` is the year column.
//   Name and other key columns are text, not indicators; every other column is an indicator.
// - Counts (header "anzahl…" or only whole non-negative numbers) get small-number suppression.
// - Geometry is read before tables, so that a table dropped with it can key to its Sozialräume. Valid
//   features replace the built-in sample Sozialräume; figures keyed to those are dropped with them.
// - Dropping a file with the same name again replaces what it brought the first time.
// - Bad content never throws: it becomes a located problem, and the input AtlasData is never changed.
import { dsvFormat } from 'd3-dsv';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import bbox from '@turf/bbox';
import pointOnFeature from '@turf/point-on-feature';
import { DEFAULT_SUPPRESSION_THRESHOLD, parseNumber, suppressSmallCount } from '../domain/cells';
import type { Area, Indicator, IndicatorKind, Level, Problem } from '../domain/types';
import { addSeries, type AtlasData, type IndicatorSeries } from './atlas-data';
import { areasOf, type AreaProps, type Boundaries } from './boundaries';
import type { TableEntry } from './catalog';
import { detectSeparator, parseTable, startLines, type Table } from './csv';
import { normaliseKey } from './keys';

export interface DroppedFile {
  name: string;
  /** from File.arrayBuffer() */
  bytes: ArrayBuffer;
}

export interface ImportOptions {
  /** counts from 1 to threshold-1 are withheld; default: DEFAULT_SUPPRESSION_THRESHOLD */
  suppressionThreshold?: number;
}

export interface ImportSummary {
  file: string;
  /** data rows, blank lines not counted */
  rows: number;
  /** areas of the level that got at least one row */
  matched: number;
  /** keys in the file that name no area of the level, as written */
  unmatched: string[];
  /** areas of the level without a row */
  withoutRow: string[];
  level: 'gemeinde' | 'sozialraum';
  keyColumn: string;
  yearColumn: string | null;
  /** labels (column headers) of the indicators taken over */
  indicators: string[];
}

export interface ImportResult {
  /** a new AtlasData with the imported indicators (and Sozialräume); the input itself when nothing was taken over */
  data: AtlasData;
  /** of the first table dropped */
  summary: ImportSummary | null;
  /** of every table dropped, in order */
  summaries: ImportSummary[];
  problems: Problem[];
  /** ids of the new indicators */
  added: string[];
  boundariesChanged: boolean;
}

export const OWN_TOPIC = 'Eigene Daten';
/** Catalog tables of own files live under this prefix, apart from the built-in file names. */
const OWN_TABLE = 'eigen/';

type FileKind = 'table' | 'json' | 'zip';

export async function importFiles(data: AtlasData, files: readonly DroppedFile[], options: ImportOptions = {}): Promise<ImportResult> {
  const problems: Problem[] = [];
  const typed = files.flatMap((file) => {
    const kind = kindOf(file.name);
    if (typeof kind === 'string') return [{ file, kind }];
    problems.push({ file: file.name, severity: 'error', message: kind.refused });
    return [];
  });

  let next = data;
  let boundariesChanged = false;
  const geometry = typed.filter((t) => t.kind !== 'table');
  for (const extra of geometry.slice(1)) {
    problems.push({ file: extra.file.name, severity: 'error', message: `Nur eine Gebietsdatei auf einmal: „${extra.file.name}“ wird nicht gelesen, „${geometry[0].file.name}“ schon.` });
  }
  if (geometry.length > 0) {
    const { file, kind } = geometry[0];
    await guarded(file, problems, async () => {
      const read = await readSozialraeume(file, kind === 'zip' ? 'zip' : 'json', data);
      problems.push(...read.problems);
      if (read.features.length === 0) return;
      next = withSozialraeume(next, read.features, file.name);
      boundariesChanged = true;
    });
  }

  const summaries: ImportSummary[] = [];
  const added: string[] = [];
  for (const { file } of typed.filter((t) => t.kind === 'table')) {
    await guarded(file, problems, async () => {
      const text = decode(file, problems);
      if (text === null) return;
      const read = readTable(text, file.name, next, options);
      problems.push(...read.problems);
      if (read.summary) summaries.push(read.summary);
      if (read.indicators.length === 0) return;
      next = withTable(next, read);
      added.push(...read.indicators.map((i) => i.id));
    });
  }
  return { data: next, summary: summaries[0] ?? null, summaries, problems, added, boundariesChanged };
}

/** Content no check foresaw still becomes a problem of its file, never an exception for the page. */
async function guarded(file: DroppedFile, problems: Problem[], read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (e) {
    problems.push({ file: file.name, severity: 'error', message: `Die Datei ist nicht lesbar: ${e instanceof Error ? e.message : String(e)}` });
  }
}

function kindOf(name: string): FileKind | { refused: string } {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'table';
  // GeoJSON or TopoJSON: the content decides, not the ending.
  if (ext === 'geojson' || ext === 'json' || ext === 'topojson') return 'json';
  if (ext === 'zip') return 'zip';
  if (['shp', 'shx', 'dbf', 'prj', 'cpg'].includes(ext)) {
    return { refused: `„${name}“ ist ein Teil eines Shapefiles: bitte .shp, .shx, .dbf und .prj zusammen als eine ZIP-Datei ablegen.` };
  }
  if (ext === 'xlsx' || ext === 'xls' || ext === 'ods') {
    return { refused: `„${name}“ ist eine Tabellenkalkulationsdatei: bitte als „CSV UTF-8“ speichern und die CSV-Datei ablegen.` };
  }
  return { refused: `Dateityp von „${name}“ wird nicht unterstützt. Erwartet: Tabelle (.csv, .txt), Gebiete als GeoJSON (.geojson, .json), TopoJSON (.topojson) oder Shapefile als .zip.` };
}

// ---------------------------------------------------------------------------------------------
// Text

/** The file's text, or null with an error when it is no text. */
function decode(file: DroppedFile, problems: Problem[]): string | null {
  const bytes = new Uint8Array(file.bytes);
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (looksBinary(bytes)) {
    problems.push({ file: file.name, line: 1, severity: 'error', message: `„${file.name}“ ist keine Textdatei (Binärdaten). Erwartet wird eine CSV-Datei, als UTF-8 gespeichert.` });
    return null;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push({
      file: file.name,
      line: lineOfFirstInvalidUtf8(bytes),
      severity: 'warning',
      message: 'Die Datei ist nicht in UTF-8 gespeichert; sie wurde als Windows-1252 (Latin-1) gelesen. Bitte Umlaute prüfen, oder die Datei als UTF-8 speichern (Excel: „CSV UTF-8“).',
    });
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** NUL bytes or many control characters in the first 8 KiB: no spreadsheet writes such text. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > head.length / 20;
}

function lineOfFirstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return line;
    }
    line++;
    start = i + 1;
  }
  return line;
}

// ---------------------------------------------------------------------------------------------
// Tables

interface TableRead {
  summary: ImportSummary | null;
  indicators: Indicator[];
  entry: TableEntry;
  table: Table | null;
  problems: Problem[];
}

const KEY_HEADERS = ['ags', 'ars', 'gemeinde', 'schluessel', 'schlüssel', 'id', 'gebiet', 'sozialraum', 'gkz', 'key'];
const TEXT_HEADER = /name|bezeichnung|titel|label|bemerkung|kommentar/i;
const YEAR_HEADER = 'jahr';
const SHARE_HEADER = /anteil|quote|%|prozent/i;
const COUNT_HEADER = /^anzahl/i;

function readTable(text: string, file: string, data: AtlasData, options: ImportOptions): TableRead {
  const problems: Problem[] = [];
  const fail = (p: Omit<Problem, 'file' | 'severity'>): TableRead => {
    problems.push({ file, severity: 'error', ...p });
    return { summary: null, indicators: [], entry: entryOf(file, '', 'gemeinde', undefined), table: null, problems };
  };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail({ line: 1, message: 'Die Datei ist leer.' });

  // Read once here to find key, level and columns; parseTable reads again to validate every cell.
  const rows = dsvFormat(detectSeparator(body)).parseRows(body);
  const header = rows[0].map((h) => h.trim());
  const dataRows = rows.slice(1).filter((fields) => fields.some((f) => f.trim() !== ''));
  if (dataRows.length === 0) return fail({ line: 2, message: 'Die Tabelle hat nur eine Kopfzeile und keine Datenzeilen.' });

  const ids = { gemeinde: idsOf(data.areas, 'gemeinde'), sozialraum: idsOf(data.areas, 'sozialraum') };
  const keyIndex = keyColumnOf(header, dataRows, ids);
  if (keyIndex < 0) {
    return fail({
      line: 1,
      message: `Keine Schlüsselspalte gefunden: erwartet eine Spalte ${KEY_HEADERS.slice(0, 8).join(', ')} oder eine Spalte mit Schlüsseln wie 05382056 (Gemeinde) bzw. 05382056-003 (Sozialraum).`,
    });
  }
  const keyColumn = header[keyIndex];
  const keys = dataRows.map((fields) => (fields[keyIndex] ?? '').trim());
  const level = levelOf(keys, ids);
  const known = ids[level];
  const kreis = data.catalog.kreis.id;
  const yearIndex = header.findIndex((h) => h.toLowerCase() === YEAR_HEADER);
  const entry = entryOf(file, keyColumn, level, yearIndex >= 0 ? header[yearIndex] : undefined);

  const candidates = numberColumns(header, dataRows, { keyIndex, yearIndex, file, problems });
  const table = parseTable(body, { file, keyColumn, yearColumn: entry.yearColumn, columns: candidates, knownKeys: known, totalKey: kreis });
  problems.push(...table.problems);
  const columns = candidates.map((name) => judgeColumn(name, table));
  const threshold = options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  for (const c of columns) {
    if (c.kind === 'count') suppressColumn(table, c.header, threshold);
    else if (c.negative && COUNT_HEADER.test(c.header)) {
      problems.push({
        file,
        line: firstNegativeLine(rows, header.indexOf(c.header)),
        column: c.header,
        severity: 'warning',
        message: `Spalte „${c.header}“ heißt Anzahl, enthält aber negative Werte; sie wird nicht als Fallzahl behandelt (keine Unterdrückung kleiner Zahlen).`,
      });
    }
  }

  const matchedIds = new Set<string>();
  for (const ofYear of table.rows.values()) for (const id of ofYear.keys()) matchedIds.add(id);
  const unmatched = new Set<string>();
  for (const raw of keys) {
    const key = normaliseKey(raw);
    if (raw !== '' && key !== kreis && (key === null || !known.has(key))) unmatched.add(raw);
  }
  if (matchedIds.size === 0) {
    problems.push({
      file,
      line: 1,
      column: keyColumn,
      severity: 'error',
      message: `Keiner der Schlüssel in Spalte „${keyColumn}“ passt zu einem Gebiet des Atlas (Gemeinden wie 05382056, Sozialräume wie 05382056-003); nichts wird übernommen.`,
    });
  } else if (columns.length === 0) {
    problems.push({ file, line: 1, severity: 'error', message: 'Die Tabelle enthält keine Spalte mit Kennzahlen, nur Schlüssel, Jahr und Namen.' });
  }
  const taken = new Set(data.catalog.indicators.filter((i) => i.table !== entry.file).map((i) => i.id));
  const vintage = table.years.length === 0 ? 'ohne Jahresangabe' : yearRange(table.years);
  const indicators = matchedIds.size === 0 ? [] : columns.map((c) => indicatorOf(c, file, uniqueId(c.header, taken), vintage));
  const summary: ImportSummary = {
    file,
    rows: dataRows.length,
    matched: matchedIds.size,
    unmatched: [...unmatched],
    withoutRow: data.areas.filter((a) => a.level === level && !matchedIds.has(a.id)).map((a) => a.id),
    level,
    keyColumn,
    yearColumn: entry.yearColumn ?? null,
    indicators: indicators.map((i) => i.label),
  };
  return { summary, indicators, entry, table, problems };
}

type LevelIds = Record<'gemeinde' | 'sozialraum', ReadonlySet<string>>;

const idsOf = (areas: readonly Area[], level: Level) => new Set(areas.filter((a) => a.level === level).map((a) => a.id));

/** Share of a column's non-empty values (in the first rows) that name an area of either level. */
function matchShare(rows: readonly string[][], index: number, ids: LevelIds): number {
  let filled = 0;
  let hits = 0;
  for (const fields of rows.slice(0, 200)) {
    const raw = (fields[index] ?? '').trim();
    if (raw === '') continue;
    filled++;
    const key = normaliseKey(raw);
    if (key !== null && (ids.gemeinde.has(key) || ids.sozialraum.has(key))) hits++;
  }
  return filled === 0 ? 0 : hits / filled;
}

/**
 * A key-named column whose values match beats any other; then the first column whose values mostly
 * match; then a key-named column anyway, so that its rows are reported as unknown keys.
 */
function keyColumnOf(header: readonly string[], rows: readonly string[][], ids: LevelIds): number {
  const named = header.flatMap((h, i) => (KEY_HEADERS.includes(h.toLowerCase()) ? [i] : []));
  const shares = header.map((_, i) => matchShare(rows, i, ids));
  const bestNamed = named.reduce((best, i) => (best < 0 || shares[i] > shares[best] ? i : best), -1);
  if (bestNamed >= 0 && shares[bestNamed] > 0) return bestNamed;
  const mostly = shares.findIndex((s) => s >= 0.5);
  return mostly >= 0 ? mostly : bestNamed;
}

/** The level most keys belong to; with none known, the form of the keys decides. */
function levelOf(keys: readonly string[], ids: LevelIds): 'gemeinde' | 'sozialraum' {
  let gemeinde = 0;
  let sozialraum = 0;
  let subForm = 0;
  for (const raw of keys) {
    const key = normaliseKey(raw);
    if (key === null) continue;
    if (ids.gemeinde.has(key)) gemeinde++;
    else if (ids.sozialraum.has(key)) sozialraum++;
    if (key.includes('-')) subForm++;
  }
  if (gemeinde === 0 && sozialraum === 0) return subForm > keys.length / 2 ? 'sozialraum' : 'gemeinde';
  return sozialraum > gemeinde ? 'sozialraum' : 'gemeinde';
}

const isNumber = (raw: string) => parseNumber(raw.trim(), ',') !== null || parseNumber(raw.trim(), '.') !== null;

/**
 * The headers of every column that is neither key, year nor text and holds at least one number.
 * A column without any is refused as a whole here, not cell by cell by parseTable.
 */
function numberColumns(
  header: readonly string[],
  rows: readonly string[][],
  at: { keyIndex: number; yearIndex: number; file: string; problems: Problem[] },
): string[] {
  const seen = new Map<string, number>();
  const out: string[] = [];
  const refuse = (column: string, message: string) => at.problems.push({ file: at.file, line: 1, column, severity: 'error', message });
  header.forEach((name, i) => {
    if (i === at.keyIndex || i === at.yearIndex) return;
    const lower = name.toLowerCase();
    if (name === '') {
      if (rows.some((fields) => (fields[i] ?? '').trim() !== '')) refuse(`Spalte ${i + 1}`, `Spalte ${i + 1} hat keine Überschrift; sie wird nicht übernommen.`);
      return;
    }
    if (seen.has(lower)) {
      refuse(name, `Spalte „${name}“ kommt doppelt vor (schon Spalte ${(seen.get(lower) ?? 0) + 1}); nur die erste wird übernommen.`);
      return;
    }
    seen.set(lower, i);
    if (KEY_HEADERS.includes(lower) || TEXT_HEADER.test(name)) return;
    if (rows.some((fields) => isNumber(fields[i] ?? ''))) out.push(name);
    else refuse(name, `Spalte „${name}“ enthält keine einzige Zahl; sie wird nicht als Kennzahl übernommen.`);
  });
  return out;
}

interface ColumnRead {
  header: string;
  kind: IndicatorKind;
  unit: string;
  decimals: number;
  negative: boolean;
}

/** Kind, unit and decimals of a column from its header and parsed values. */
function judgeColumn(header: string, table: Table): ColumnRead {
  let wholeNonNegative = true;
  let negative = false;
  let decimals = 0;
  for (const ofYear of table.rows.values()) {
    for (const row of ofYear.values()) {
      const cell = row.get(header);
      if (cell?.kind !== 'value') continue;
      if (cell.value < 0) negative = true;
      if (Number.isInteger(cell.value)) {
        if (cell.value < 0) wholeNonNegative = false;
        continue;
      }
      wholeNonNegative = false;
      // The shortest form that reads back as the same number: "3,50" has one decimal.
      decimals = Math.max(decimals, String(cell.value).split('.')[1]?.length ?? 0);
    }
  }
  const share = SHARE_HEADER.test(header);
  const count = !share && (wholeNonNegative || (COUNT_HEADER.test(header) && !negative));
  return { header, kind: share ? 'share' : count ? 'count' : 'index', unit: share ? '%' : '', decimals: Math.min(decimals, 3), negative };
}

/** Small counts are withheld after the kind is known; the Kreis row too, as parseTable would. */
function suppressColumn(table: Table, column: string, threshold: number): void {
  const rows = [...table.total.values()];
  for (const ofYear of table.rows.values()) rows.push(...ofYear.values());
  for (const row of rows) {
    const cell = row.get(column);
    if (cell) row.set(column, suppressSmallCount(cell, threshold));
  }
}

/** Only for the warning: the line of the first negative number in a column. */
function firstNegativeLine(rows: readonly string[][], index: number): number {
  const lines = startLines(rows);
  const i = rows.findIndex((fields, r) => r > 0 && /^\s*-\s*\d/.test(fields[index] ?? ''));
  return i < 0 ? 1 : lines[i];
}

function indicatorOf(column: ColumnRead, file: string, id: string, vintage: string): Indicator {
  const table = OWN_TABLE + file;
  return {
    id,
    label: column.header,
    topic: OWN_TOPIC,
    unit: column.unit,
    kind: column.kind,
    decimals: column.decimals,
    table,
    column: column.header,
    sources: [{ table, column: column.header }],
    source: `Eigene Daten: ${file}`,
    license: '—',
    vintage,
    note: 'Im Browser geladen, nicht veröffentlicht und nicht geprüft.',
    sample: false,
    scheme: 'YlGnBu',
    direction: 'neutral',
  };
}

const entryOf = (file: string, key: string, level: 'gemeinde' | 'sozialraum', yearColumn: string | undefined): TableEntry => ({
  file: OWN_TABLE + file,
  key,
  level,
  yearColumn,
  sample: false,
});

/** `eigen-<header>`, made unique against every indicator already there. */
function uniqueId(header: string, taken: Set<string>): string {
  const base = `eigen-${slug(header)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/%/g, 'prozent')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'spalte';
}

function yearRange(years: readonly number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

/** A new AtlasData with the table's indicators; an earlier import of the same file is replaced. */
function withTable(data: AtlasData, read: TableRead): AtlasData {
  const replaced = new Set(data.catalog.indicators.filter((i) => i.table === read.entry.file).map((i) => i.id));
  const series = new Map([...data.series].filter(([id]) => !replaced.has(id)));
  const tables = new Map<string, Table>(read.table ? [[read.entry.file, read.table]] : []);
  addSeries(read.indicators, [read.entry], tables, series, data.areas);
  const catalog = {
    ...data.catalog,
    tables: [...data.catalog.tables.filter((t) => t.file !== read.entry.file), read.entry],
    indicators: [...data.catalog.indicators.filter((i) => !replaced.has(i.id)), ...read.indicators],
  };
  return { ...data, catalog, series };
}

// ---------------------------------------------------------------------------------------------
// Own Sozialräume

type AreaFeature = Feature<Geometry, AreaProps>;

const ID_PROPS = ['id', 'sozialraum', 'sozialraum_id', 'sr_id', 'schluessel', 'schlüssel', 'key', 'code'];
const NAME_PROPS = ['name', 'bezeichnung', 'gebiet_name', 'gebietsname', 'sozialraum_name', 'titel', 'label'];
const PARENT_PROPS = ['parent', 'gemeinde', 'ags', 'gemeinde_ags', 'ags_gemeinde', 'ars'];
const SOZIALRAUM_ID = /^\d{8}-\d{1,4}$/;
/** Degrees around the Kreis within which own Sozialräume must lie. */
const MARGIN = 0.1;

async function readSozialraeume(
  file: DroppedFile,
  kind: 'json' | 'zip',
  data: AtlasData,
): Promise<{ features: AreaFeature[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const raw = kind === 'zip' ? await readZip(file, problems) : readJson(file, problems);
  if (raw === null) return { features: [], problems };
  if (raw.length === 0) {
    problems.push({ file: file.name, severity: 'error', message: 'Die Datei enthält keine Gebiete; die eingebauten Sozialräume bleiben.' });
    return { features: [], problems };
  }
  const features = checkFeatures(raw, file.name, data, problems);
  if (features.length === 0) {
    problems.push({ file: file.name, severity: 'error', message: 'Kein Gebiet der Datei ist verwendbar; die eingebauten Sozialräume bleiben.' });
  }
  return { features, problems };
}

async function readZip(file: DroppedFile, problems: Problem[]): Promise<Feature[] | null> {
  // shpjs's unzipper loops forever on a truncated archive: only a zip with its closing record gets to it.
  if (!hasEndOfCentralDirectory(new Uint8Array(file.bytes))) {
    problems.push({ file: file.name, severity: 'error', message: `„${file.name}“ ist keine vollständige ZIP-Datei; bitte das Shapefile (.shp, .shx, .dbf, .prj) neu zippen.` });
    return null;
  }
  try {
    // Loaded only when someone drops a zip: proj4 and the unzipper stay out of the main bundle.
    const { default: shp } = await import('shpjs');
    const read = await shp(file.bytes);
    const layers = Array.isArray(read) ? read : [read];
    if (layers.length > 1) {
      problems.push({
        file: file.name,
        severity: 'warning',
        message: `Die ZIP-Datei enthält ${layers.length} Shapefiles; gelesen wird nur „${layers[0].fileName ?? 'das erste'}“.`,
      });
    }
    return layers[0].features;
  } catch (e) {
    problems.push({ file: file.name, severity: 'error', message: `Die ZIP-Datei enthält kein lesbares Shapefile (.shp mit .dbf und .prj): ${(e as Error).message}` });
    return null;
  }
}

/** The end-of-central-directory signature PK\x05\x06 within the last 64 KiB plus its 22 bytes. */
function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 65557; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

function readJson(file: DroppedFile, problems: Problem[]): Feature[] | null {
  const text = decode(file, problems);
  if (text === null) return null;
  const fail = (message: string) => {
    problems.push({ file: file.name, severity: 'error', message });
    return null;
  };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail(`Kein gültiges JSON: ${(e as Error).message}`);
  }
  const type = typeof json === 'object' && json !== null ? (json as { type?: unknown }).type : undefined;
  if (type === 'FeatureCollection') {
    const features = (json as FeatureCollection).features;
    return Array.isArray(features) ? features : fail('Die FeatureCollection hat keine Liste „features“.');
  }
  if (type === 'Feature') return [json as Feature];
  if (type !== 'Topology') return fail('Weder eine GeoJSON-FeatureCollection noch TopoJSON („type“ ist weder „FeatureCollection“ noch „Topology“).');
  const topology = json as Topology;
  const names = Object.keys(topology.objects ?? {});
  if (names.length === 0) return fail('Die TopoJSON-Datei enthält keine Ebene („objects“ ist leer).');
  const name = names.includes('sozialraeume') ? 'sozialraeume' : names[0];
  try {
    const read = topoFeature(topology, topology.objects[name]) as Feature | FeatureCollection;
    return read.type === 'FeatureCollection' ? read.features : [read];
  } catch (e) {
    return fail(`Die TopoJSON-Ebene „${name}“ ist nicht lesbar: ${(e as Error).message}`);
  }
}

/** The features fit to be Sozialräume; every other one is reported by its number or id. */
function checkFeatures(raw: readonly Feature[], file: string, data: AtlasData, problems: Problem[]): AreaFeature[] {
  const gemeinden = idsOf(data.areas, 'gemeinde');
  const [west, south, east, north] = kreisBox(data.boundaries);
  const seen = new Map<string, number>();
  const projected: string[] = [];
  const out: AreaFeature[] = [];
  raw.forEach((f, i) => {
    const n = i + 1;
    if (typeof f !== 'object' || f === null || f.type !== 'Feature') {
      problems.push({ file, key: `Objekt ${n}`, severity: 'error', message: `Objekt ${n} ist kein GeoJSON-Feature.` });
      return;
    }
    const props = lowerProps(f.properties);
    const rawId = firstOf(props, ID_PROPS) ?? (f.id === undefined ? null : String(f.id).trim());
    const where = rawId ? `Sozialraum „${rawId}“ (Objekt ${n})` : `Objekt ${n}`;
    const report = (message: string) => problems.push({ file, key: rawId ?? `Objekt ${n}`, severity: 'error', message: `${where}: ${message}` });

    let ok = true;
    const id = rawId === null ? null : normaliseKey(rawId);
    if (rawId === null) {
      report(`kein Schlüssel (Eigenschaft ${ID_PROPS.slice(0, 5).join(', ')}).`);
      ok = false;
    } else if (id === null || !SOZIALRAUM_ID.test(id)) {
      report('der Schlüssel hat nicht die Form <Gemeinde-AGS>-<Nummer> (z. B. 05382056-003); Tabellen könnten ihm nichts zuordnen.');
      ok = false;
    } else if (seen.has(id)) {
      report(`der Schlüssel kommt mehrfach vor (schon Objekt ${seen.get(id)}).`);
      ok = false;
    } else seen.set(id, n);

    const name = firstOf(props, NAME_PROPS);
    if (name === null) {
      report(`kein Name (Eigenschaft ${NAME_PROPS.slice(0, 3).join(', ')}).`);
      ok = false;
    }
    // A stated parent key wins over the id's prefix; a Gemeinde name in "gemeinde" states no key.
    const given = PARENT_PROPS.flatMap((p) => {
      const key = normaliseKey(props.get(p) ?? '');
      return key === null ? [] : [{ raw: props.get(p) ?? '', key }];
    });
    const prefix = id && SOZIALRAUM_ID.test(id) ? id.slice(0, 8) : null;
    const parent = given.length > 0 ? (given.find((g) => gemeinden.has(g.key))?.key ?? null) : prefix && gemeinden.has(prefix) ? prefix : null;
    if (parent === null) {
      report(
        given.length > 0
          ? `nennt die unbekannte Gemeinde „${given[0].raw}“ als übergeordnetes Gebiet.`
          : 'kein übergeordnetes Gebiet (Eigenschaft parent, gemeinde oder ags, oder ein Schlüssel, der mit dem AGS einer Gemeinde beginnt).',
      );
      ok = false;
    }

    const type = f.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      report(type ? `Geometrie „${type}“ ist keine Fläche; erwartet Polygon oder MultiPolygon.` : 'keine Geometrie.');
      return;
    }
    const box = boxOf(f.geometry);
    if (box === null) {
      report('ungültige Koordinaten (keine Zahlenpaare).');
      return;
    }
    if (Math.abs(box[0]) > 180 || Math.abs(box[2]) > 180 || Math.abs(box[1]) > 90 || Math.abs(box[3]) > 90) {
      projected.push(rawId ?? `Objekt ${n}`);
      return;
    }
    if (box[0] < west - MARGIN || box[2] > east + MARGIN || box[1] < south - MARGIN || box[3] > north + MARGIN) {
      report('liegt nicht im Rhein-Sieg-Kreis (Länge und Breite vertauscht, oder ein anderes Bezugssystem?).');
      return;
    }
    if (ok && id && name && parent) out.push({ type: 'Feature', geometry: f.geometry, properties: { id, name, parent, sample: false } });
  });
  if (projected.length > 0) {
    problems.push({
      file,
      key: projected[0],
      severity: 'error',
      message: `Koordinaten sehen projiziert aus (z. B. UTM); bitte in WGS84 (EPSG:4326) speichern. Betroffen: ${projected.length} von ${raw.length} Gebieten, zuerst „${projected[0]}“.`,
    });
  }
  return out;
}

function boxOf(geometry: Geometry): number[] | null {
  try {
    const box = bbox(geometry);
    return box.every(Number.isFinite) ? box : null;
  } catch {
    return null;
  }
}

function lowerProps(props: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof props !== 'object' || props === null) return out;
  for (const [k, v] of Object.entries(props)) {
    if (v !== null && v !== undefined) out.set(k.toLowerCase(), String(v).trim());
  }
  return out;
}

const firstOf = (props: ReadonlyMap<string, string>, names: readonly string[]): string | null =>
  names.map((n) => props.get(n)).find((v) => v !== undefined && v !== '') ?? null;

function kreisBox(boundaries: Boundaries): [number, number, number, number] {
  const layer = boundaries.kreis.features.length > 0 ? boundaries.kreis : boundaries.gemeinden;
  const [west, south, east, north] = bbox(layer);
  return [west, south, east, north];
}

/**
 * A new AtlasData whose Sozialräume are these. Figures keyed to the Sozialräume they replace go
 * with them: the built-in ones are sample figures and must not attach to real boundaries that
 * happen to reuse an id.
 */
function withSozialraeume(data: AtlasData, features: AreaFeature[], file: string): AtlasData {
  const labels = features.map((f): Feature<Point, AreaProps> => ({ ...pointOnFeature(f), properties: f.properties }));
  const boundaries: Boundaries = {
    ...data.boundaries,
    sozialraeume: { type: 'FeatureCollection', features },
    sozialraumLabels: { type: 'FeatureCollection', features: labels },
  };
  const old = idsOf(data.areas, 'sozialraum');
  const series = new Map([...data.series].map(([id, s]) => [id, withoutAreas(s, 'sozialraum', old)]));
  const catalog = {
    ...data.catalog,
    sozialraeume: { file, source: `Eigene Daten: ${file}`, license: '—', attribution: `Sozialräume: eigene Daten (${file})`, vintage: '', sample: false },
  };
  return { ...data, catalog, boundaries, areas: areasOf(boundaries, data.catalog.kreis.id), series };
}

function withoutAreas(s: IndicatorSeries, level: Level, ids: ReadonlySet<string>): IndicatorSeries {
  if (!s.years.has(level)) return s;
  const out: IndicatorSeries = { years: new Map(s.years), cells: new Map(), reference: new Map(), sampleLevels: new Set(s.sampleLevels) };
  out.years.delete(level);
  out.sampleLevels.delete(level);
  for (const [year, cells] of s.cells) {
    const kept = new Map([...cells].filter(([id]) => !ids.has(id)));
    if (kept.size === 0) continue;
    out.cells.set(year, kept);
    const reference = s.reference.get(year);
    if (reference) out.reference.set(year, reference);
  }
  return out;
}
