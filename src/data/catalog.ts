// catalog.json: which indicators exist, where their numbers are, and what may be said of them.
import { isScheme, DEFAULT_SCHEME } from '../domain/colour';
import type { Direction, Display, Indicator, IndicatorKind, Level, Problem } from '../domain/types';
import type { Formula } from '../domain/formula';
import { dataTexts } from '../messages/data';
import type { ReliabilityThresholds } from '../domain/intervals';
import { readInterval, readReliability } from './catalog-interval';

export interface TableEntry {
  file: string;
  key: string;
  /** the level its keys belong to */
  level: Level;
  /** column holding the year, for tables with one row per area and year */
  yearColumn?: string;
  /** the year of a table without a year column */
  year?: number;
  /** its figures are sample data ("Beispieldaten") */
  sample: boolean;
}

export interface GeometrySource {
  file: string;
  source: string;
  license: string;
  attribution: string;
  vintage: string;
}

/** Level `raster`: its cells (TopoJSON), its table of figures and the indicators in that table. */
export interface GridSource extends GeometrySource {
  table: TableEntry;
  indicators: Indicator[];
}

export interface Catalog {
  title: string;
  kreis: { id: string; name: string };
  geometry: GeometrySource;
  /** sub-district boundaries, if the data set has them */
  sozialraeume: (GeometrySource & { sample: boolean }) | null;
  tables: TableEntry[];
  indicators: Indicator[];
  suppressionThreshold: number;
  /** tables of NRW and Deutschland values (`tabelle;spalte;ebene;jahr;wert`), loaded with the rest */
  references: string[];
  /** the Zensus 2011 1 km grid: not loaded at start (see data/grid.ts) */
  grid: GridSource | null;
  /** the description of the Kreis series below indicators/ (data/kreis-series.ts), loaded when first shown */
  kreisSeries: string | null;
  /** when a value counts as "unsicher (kleine Basis)", unless an indicator declares its own */
  reliability: ReliabilityThresholds;
}

const KINDS: readonly IndicatorKind[] = ['share', 'rate', 'count', 'index', 'density', 'area'];
const DIRECTIONS: readonly Direction[] = ['higher-is-worse', 'higher-is-better', 'neutral'];
const DISPLAYS: readonly Display[] = ['choropleth', 'circles'];
const LEVELS: readonly Level[] = ['gemeinde', 'sozialraum', 'raster'];

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string' && s !== '');

type Fail = (message: string, key?: string, severity?: Problem['severity']) => void;
type Str = (o: Json, field: string, where: string) => string | null;

function readTable(t: Json, str: Str, fail: Fail): TableEntry | null {
  const f = str(t, 'file', 'tables');
  const k = str(t, 'key', 'tables');
  if (!f || !k) return null;
  const level = (t.level ?? 'gemeinde') as Level;
  if (!LEVELS.includes(level)) {
    fail(dataTexts.catalog.levelUnknown(String(level), LEVELS.join(', ')), f);
    return null;
  }
  return {
    file: f,
    key: k,
    level,
    yearColumn: typeof t.yearColumn === 'string' ? t.yearColumn : undefined,
    year: typeof t.year === 'number' ? t.year : undefined,
    sample: t.sample === true,
  };
}

/** `{numerator: [...], denominator: [...], factor}`; anything else is reported, not guessed. */
function readFormula(x: unknown, id: string, fail: Fail): Formula | undefined {
  if (x === undefined) return undefined;
  if (isObject(x) && isStrings(x.numerator) && isStrings(x.denominator) && typeof x.factor === 'number') {
    return { numerator: x.numerator, denominator: x.denominator, factor: x.factor };
  }
  fail(dataTexts.catalog.formula, id);
  return undefined;
}

function readIndicators(list: unknown, tables: readonly TableEntry[], seen: Set<string>, str: Str, fail: Fail): Indicator[] {
  const indicators: Indicator[] = [];
  for (const entry of Array.isArray(list) ? list : []) {
    if (!isObject(entry)) continue;
    const id = str(entry, 'id', 'indicators');
    if (!id) continue;
    if (seen.has(id)) {
      fail(dataTexts.catalog.indicatorTwice(id), id);
      continue;
    }
    seen.add(id);
    const fields = ['label', 'topic', 'table', 'column', 'source', 'license', 'vintage'] as const;
    const values = fields.map((f) => str(entry, f, id));
    const kind = entry.kind as IndicatorKind;
    const direction = (entry.direction ?? 'neutral') as Direction;
    const display = (entry.display ?? (kind === 'count' ? 'circles' : 'choropleth')) as Display;
    if (!KINDS.includes(kind)) fail(dataTexts.catalog.kindUnknown(String(entry.kind), KINDS.join(', ')), id);
    if (!DIRECTIONS.includes(direction)) fail(dataTexts.catalog.directionUnknown(String(entry.direction)), id);
    if (!DISPLAYS.includes(display)) fail(dataTexts.catalog.displayUnknown(String(entry.display), DISPLAYS.join(', ')), id);
    if (typeof entry.sample !== 'boolean') fail(dataTexts.catalog.sampleMissing, id);
    const usable = values.every((v) => v !== null) && KINDS.includes(kind) && DIRECTIONS.includes(direction) && DISPLAYS.includes(display);
    if (!usable || typeof entry.sample !== 'boolean') continue;
    if (!tables.some((t) => t.file === entry.table)) {
      fail(dataTexts.catalog.tableUnlisted(String(entry.table)), id);
      continue;
    }
    const also = (Array.isArray(entry.also) ? entry.also : []).filter(isObject).flatMap((a) => {
      const t = str(a, 'table', id);
      const c = str(a, 'column', id);
      if (t && !tables.some((x) => x.file === t)) fail(dataTexts.catalog.tableUnlisted(t), id);
      return t && c && tables.some((x) => x.file === t) ? [{ table: t, column: c }] : [];
    });
    const [label, topic, table, column, source, license, vintage] = values as string[];
    const text = (field: string) => (typeof entry[field] === 'string' ? (entry[field] as string) : undefined);
    const formula = readFormula(entry.formula, id, fail);
    const interval = readInterval(entry.interval, kind, formula, (message, severity) => fail(message, id, severity));
    const scheme = typeof entry.scheme === 'string' && isScheme(entry.scheme) ? entry.scheme : DEFAULT_SCHEME;
    indicators.push({
      id,
      label,
      topic,
      unit: text('unit') ?? '',
      kind,
      decimals: typeof entry.decimals === 'number' ? entry.decimals : 1,
      denominator: text('denominator'),
      table,
      column,
      sources: [{ table, column }, ...also],
      source,
      license,
      vintage,
      note: text('note'),
      definition: text('definition'),
      formula,
      ...(interval ? { interval } : {}),
      code: text('code'),
      display,
      sample: entry.sample as boolean,
      scheme,
      direction,
    });
  }
  return indicators;
}

const geometryOf = (g: Json): GeometrySource => ({
  file: String(g.file ?? ''),
  source: String(g.source ?? ''),
  license: String(g.license ?? ''),
  attribution: String(g.attribution ?? ''),
  vintage: String(g.vintage ?? ''),
});

/** Another language's texts of a catalog (data/catalog-language.ts), beside it: `indicators/catalog.en.json`. */
export const overlayFileOf = (language: string) => `indicators/catalog.${language}.json`;

/** Validates the parsed JSON; an unusable indicator is reported and left out, never guessed. */
export function readCatalog(json: unknown, file: string): { catalog: Catalog | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail: Fail = (message, key, severity = 'error') => problems.push({ file, key, message, severity });
  if (!isObject(json)) {
    fail(dataTexts.catalog.notObject);
    return { catalog: null, problems };
  }
  const str: Str = (o, field, where) => {
    const v = o[field];
    if (typeof v === 'string' && v.trim() !== '') return v;
    fail(dataTexts.catalog.fieldMissing(field), where);
    return null;
  };

  const kreis = isObject(json.kreis) ? json.kreis : {};
  const tablesJson = Array.isArray(json.tables) ? json.tables : [];
  const tables = tablesJson.filter(isObject).flatMap((t) => readTable(t, str, fail) ?? []);

  const seen = new Set<string>();
  const indicators = readIndicators(json.indicators, tables, seen, str, fail);
  for (const ind of indicators) {
    if (ind.denominator && !seen.has(ind.denominator)) fail(dataTexts.catalog.denominatorUnknown(ind.denominator), ind.id);
  }

  let grid: GridSource | null = null;
  if (isObject(json.grid)) {
    const table = isObject(json.grid.table) ? readTable({ level: 'raster', ...json.grid.table }, str, fail) : null;
    if (table) grid = { ...geometryOf(json.grid), table, indicators: readIndicators(json.grid.indicators, [table], seen, str, fail) };
    else fail(dataTexts.catalog.fieldAbsent('grid.table'));
  }

  const catalog: Catalog = {
    title: typeof json.title === 'string' ? json.title : dataTexts.atlasTitle,
    kreis: { id: String(kreis.id ?? ''), name: String(kreis.name ?? '') },
    geometry: geometryOf(isObject(json.geometry) ? json.geometry : {}),
    sozialraeume: isObject(json.sozialraeume) ? { ...geometryOf(json.sozialraeume), sample: json.sozialraeume.sample === true } : null,
    tables,
    indicators,
    suppressionThreshold: typeof json.suppressionThreshold === 'number' ? json.suppressionThreshold : 3,
    references: isStrings(json.references) ? json.references : [],
    grid,
    kreisSeries: typeof json.kreisSeries === 'string' && json.kreisSeries ? json.kreisSeries : null,
    reliability: readReliability(json.reliability, (message, severity) => fail(message, 'reliability', severity)),
  };
  for (const ind of [...indicators, ...(grid?.indicators ?? [])]) {
    if (ind.interval?.base && !seen.has(ind.interval.base)) fail(dataTexts.interval.baseUnknown(ind.interval.base), ind.id);
  }
  if (!catalog.kreis.id) fail(dataTexts.catalog.fieldAbsent('kreis.id'));
  if (!catalog.geometry.file) fail(dataTexts.catalog.fieldAbsent('geometry.file'));
  if (indicators.length === 0) fail(dataTexts.catalog.noIndicator);
  return { catalog, problems };
}
