// Loads and joins everything the atlas shows: boundaries of both levels, catalog, indicator
// tables with their years. Nothing here throws on bad content; it returns what could be used
// plus every problem.
import type { Topology } from 'topojson-specification';
import type { Area, Cell, Indicator, Level, Problem } from '../domain/types';
import { MISSING } from '../domain/types';
import { aggregate } from '../domain/summary';
import { overlayFileOf, readCatalog, type Catalog, type TableEntry } from './catalog';
import type { Language } from '../messages/language';
import { readGemeinden, withSozialraeume, areasOf, type Boundaries } from './boundaries';
import { parseTable, NO_YEAR, type Table } from './csv';
import { readReferences, type ReferenceTable } from './references';
import type { GridData } from './grid';
import { formulaColumns, formulaCounts, type CountCells } from './counts';
import { dataTexts } from '../messages/data';

/** The Kreis value: the official row of a table if it has one, else aggregated from the Gemeinden. */
export interface Reference {
  value: number | null;
  official: boolean;
}

/** The Kreis beside NRW and Deutschland in one year; null where the source has no value. */
export interface ReferenceValues {
  kreis: number | null;
  /** true: the Kreis value is the source's own Kreis row, false: aggregated from the Gemeinden */
  kreisOfficial: boolean;
  nrw: number | null;
  bund: number | null;
}

/** One indicator over every level and year it has figures for. */
export interface IndicatorSeries {
  /** level -> years with figures, ascending ([] for a table without years) */
  years: Map<Level, number[]>;
  /** year (NO_YEAR for a table without years) -> area id -> cell, all levels together */
  cells: Map<number, Map<string, Cell>>;
  reference: Map<number, Reference>;
  /** levels whose figures come from a sample table */
  sampleLevels: Set<Level>;
  /** year -> Kreis, NRW, Deutschland (absent for a planner's own table; read it with referencesOf) */
  references?: Map<number, ReferenceValues>;
  /** year -> area id -> the counts of its formula (data/counts.ts), for its confidence interval */
  counts?: Map<number, Map<string, CountCells>>;
}

export interface AtlasData {
  catalog: Catalog;
  boundaries: Boundaries;
  areas: Area[];
  series: Map<string, IndicatorSeries>;
  problems: Problem[];
  /** the Zensus 2011 grid once loaded (data/grid.ts withGrid); absent at start */
  grid?: GridData;
  /** true while the other tables still load: only the first view's indicator has its series (loadInStages) */
  pending?: boolean;
}

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export class LoadError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  }
}

/** Reads files below `base`; a file that cannot be fetched or parsed throws a LoadError naming it. */
export function fileReader(base: string, fetcher: Fetcher) {
  const url = (file: string) => `${base.replace(/\/?$/, '/')}${file}`;
  const get = async (file: string): Promise<string> => {
    const res = await fetcher(url(file));
    if (!res.ok) throw new LoadError([{ file, message: dataTexts.fileHttp(res.status), severity: 'error' }]);
    return res.text();
  };
  const json = (text: string, file: string): unknown => {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new LoadError([{ file, message: dataTexts.notJson((e as Error).message), severity: 'error' }]);
    }
  };
  return { get, json };
}

export async function loadAtlasData(base: string, fetcher: Fetcher = fetch): Promise<AtlasData> {
  return (await loadInStages(base, fetcher, () => null)).data;
}

/** The data for a first view, and the rest still coming. */
export interface Staged {
  /** everything (`rest` null), or the first view's indicator with what it is computed from, marked `pending` */
  data: AtlasData;
  /**
   * all of it: null when `data` has it all. The Gemeinde layers stay the same objects; where the
   * Sozialräume came later, the boundaries, the areas and the series that have figures for them are new.
   */
  rest: Promise<AtlasData> | null;
}

/** What a first view draws: its indicator, and whether it shows or names Sozialräume. */
export interface FirstView {
  indicator: string;
  /** false: a Gemeinde map; the Sozialräume's geometry and tables load with the rest */
  sozialraeume: boolean;
}

/**
 * Loads in two stages, so that a first map needs only its own files: boundaries, references and
 * the tables of `first(catalog)`'s indicator (and of its Bezugsgröße, which weights its Kreis
 * value); a Gemeinde map leaves the Sozialräume (geometry and tables, about 20 KB of the
 * built-in sample) to the rest. The other files are fetched and read after `between()` (e.g.
 * the first frame); their problems join the list in catalogue order, as if all
 * came at once. `first` null (a table, an analysis or the grid want more than one indicator):
 * everything at once.
 */
export async function loadInStages(
  base: string,
  fetcher: Fetcher,
  first: (catalog: Catalog) => FirstView | null,
  between: () => Promise<void> = async () => {},
  language: Language = 'de',
): Promise<Staged> {
  const { get, json } = fileReader(base, fetcher);
  const catalogFile = 'indicators/catalog.json';
  // Another language's texts come beside the catalog, in the same round trip, and the
  // translation's reader with them: German visitors carry none of it (about 4 KB gzip).
  const overlay = language === 'de' ? null : import('./catalog-language');
  const overlayFile = language === 'de' ? null : overlayFileOf(language);
  const [catalogText, overlayText] = await Promise.all([get(catalogFile), overlayFile ? get(overlayFile).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))) : null]);
  const german = readCatalog(json(catalogText, catalogFile), catalogFile);
  if (!german.catalog || !german.catalog.geometry.file) throw new LoadError(german.problems);
  const { catalog, problems: overlayProblems } =
    overlay && overlayFile && overlayText !== null ? (await overlay).translatedCatalog(german.catalog, overlayText, overlayFile) : { catalog: german.catalog, problems: [] };
  const catalogProblems = [...german.problems, ...overlayProblems];

  const fetchTable = (t: TableEntry) => get(`indicators/${t.file}`).catch((e: unknown) => e);
  const view = first(catalog);
  const subFile = catalog.sozialraeume?.file || null;
  const subLater = Boolean(view && subFile && !view.sozialraeume);
  const firstFiles = view ? tablesOf(catalog, view.indicator) : null;
  const [now, later] = firstFiles ? partition(catalog.tables, (t) => firstFiles.has(t.file) && !(subLater && t.level === 'sozialraum')) : [catalog.tables, []];
  const fetchSub = () => (subFile ? get(subFile).catch((e: unknown) => e) : null);

  const geometryFile = catalog.geometry.file;
  const [topoText, subNow, referenceTexts, nowTexts] = await Promise.all([
    get(geometryFile),
    subLater ? null : fetchSub(),
    Promise.all(catalog.references.map((f) => get(`indicators/${f}`).catch((e: unknown) => e))),
    Promise.all(now.map(fetchTable)),
  ]);
  // Asked for once the first view is drawn (`between`): on a phone's connection they would
  // otherwise share the line with the first map's own files.
  const laterTexts = later.length || subLater ? () => Promise.all([subLater ? fetchSub() : null, Promise.all(later.map(fetchTable))]) : null;
  const problems = [...catalogProblems];
  const read = readGemeinden(json(topoText, geometryFile) as Topology, geometryFile);
  problems.push(...read.problems);
  let boundaries = read.boundaries;
  let areas = areasOf(boundaries, catalog.kreis.id);
  if (!areas.some((a) => a.level === 'gemeinde')) throw new LoadError(problems);
  /** The Sozialräume's geometry added (or why not, among the problems). */
  const addSub = (subText: unknown) => {
    if (!subFile) return;
    if (subText instanceof LoadError) return void problems.push(...subText.problems);
    const added = withSozialraeume(boundaries, { topology: json(String(subText), subFile) as Topology, file: subFile });
    problems.push(...added.problems);
    boundaries = added.boundaries;
    areas = areasOf(boundaries, catalog.kreis.id);
  };
  if (!subLater) addSub(subNow);

  // Each table's problems kept apart, to be listed in catalogue order whichever stage read it.
  const tableProblems = new Map<string, Problem[]>();
  const tables = new Map<string, Table>();
  const parse = (entries: readonly TableEntry[], texts: readonly unknown[]) =>
    entries.forEach((entry, i) => {
      const own: Problem[] = [];
      for (const [file, table] of parseTables(catalog, [entry], catalog.indicators, [texts[i]], areas, own)) tables.set(file, table);
      tableProblems.set(entry.file, own);
    });
  const referenceTable: ReferenceTable = new Map();
  const referenceProblems: Problem[] = [];
  catalog.references.forEach((f, i) => {
    const text = referenceTexts[i];
    if (text instanceof LoadError) referenceProblems.push(...text.problems.map((p) => ({ ...p, file: `indicators/${f}` })));
    else referenceProblems.push(...readReferences(String(text), `indicators/${f}`, referenceTable));
  });
  const series = new Map<string, IndicatorSeries>();
  // Sozialraum tables left to the rest do not hold up a Gemeinde map's series (made again then).
  const deferred = new Set(subLater ? later.filter((t) => t.level === 'sozialraum').map((t) => t.file) : []);
  /** Series for the indicators not made yet: those whose tables are all read (or deferred), or (`all`) every one. */
  const addReady = (all: boolean) => {
    const ready = catalog.indicators.filter((ind) => !series.has(ind.id) && (all || [...tablesOf(catalog, ind.id)].every((f) => tableProblems.has(f) || deferred.has(f))));
    addSeries(ready, catalog.tables, tables, series, areas);
    for (const ind of ready) addReferenceValues(ind, series.get(ind.id), referenceTable);
  };
  const dataOf = (pending: boolean): AtlasData => ({
    catalog,
    boundaries,
    areas,
    // In catalogue order, as one stage would have made them.
    series: new Map(catalog.indicators.flatMap((ind) => (series.has(ind.id) ? [[ind.id, series.get(ind.id)!] as const] : []))),
    problems: [...problems, ...catalog.tables.flatMap((t) => tableProblems.get(t.file) ?? []), ...referenceProblems],
    ...(pending ? { pending } : {}),
  });

  parse(now, nowTexts);
  addReady(!laterTexts);
  if (!laterTexts) return { data: dataOf(false), rest: null };
  const rest = (async () => {
    await between();
    const [subText, texts] = await laterTexts();
    if (subLater) {
      addSub(subText);
      // The first view's series had no Sozialräume yet: made again with them.
      for (const ind of catalog.indicators) if ([...tablesOf(catalog, ind.id)].some((f) => deferred.has(f))) series.delete(ind.id);
    }
    // A table a task: the page stays responsive to the person who now sees the first map.
    for (const [i, entry] of later.entries()) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      parse([entry], [texts[i]]);
    }
    addReady(true);
    return dataOf(false);
  })();
  return { data: dataOf(true), rest };
}

/** The tables an indicator is read from, with those of its Bezugsgröße (its Kreis value is weighted by it). */
function tablesOf(catalog: Pick<Catalog, 'indicators'>, id: string, seen = new Set<string>()): Set<string> {
  const files = new Set<string>();
  const ind = catalog.indicators.find((i) => i.id === id);
  if (!ind || seen.has(id)) return files;
  seen.add(id);
  for (const s of ind.sources) files.add(s.table);
  files.add(ind.table);
  if (ind.denominator) for (const f of tablesOf(catalog, ind.denominator, seen)) files.add(f);
  return files;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/**
 * Parses the fetched text of each table entry (or reports why it could not be fetched), reading only
 * the columns these indicators use; problems go to `problems`.
 */
export function parseTables(
  catalog: Pick<Catalog, 'kreis' | 'suppressionThreshold'>,
  entries: readonly TableEntry[],
  indicators: readonly Indicator[],
  texts: readonly unknown[],
  areas: readonly Area[],
  problems: Problem[],
): Map<string, Table> {
  const tables = new Map<string, Table>();
  entries.forEach((entry, i) => {
    const text = texts[i];
    if (text instanceof LoadError) {
      problems.push(...text.problems.map((p) => ({ ...p, file: `indicators/${entry.file}` })));
      return;
    }
    const used = indicators.flatMap((ind) => ind.sources.filter((s) => s.table === entry.file).map((s) => ({ ind, column: s.column })));
    const table = parseTable(String(text), {
      file: `indicators/${entry.file}`,
      keyColumn: entry.key,
      yearColumn: entry.yearColumn,
      columns: [...new Set([...used.map((u) => u.column), ...indicators.flatMap((ind) => formulaColumns(ind, entry.file))])],
      countColumns: used.filter((u) => u.ind.kind === 'count').map((u) => u.column),
      knownKeys: new Set(areas.filter((a) => a.level === entry.level).map((a) => a.id)),
      totalKey: catalog.kreis.id,
      suppressionThreshold: catalog.suppressionThreshold,
    });
    problems.push(...table.problems);
    tables.set(entry.file, table);
  });
  return tables;
}

/**
 * Puts the series of these indicators into `series`, each with its Kreis value per year. Shared with
 * the import of a planner's own table, so that both compute the Kreis value the same way.
 */
export function addSeries(
  indicators: readonly Indicator[],
  entries: readonly TableEntry[],
  tables: ReadonlyMap<string, Table>,
  series: Map<string, IndicatorSeries>,
  areas: readonly Area[],
): void {
  for (const ind of indicators) {
    const counts = formulaCounts(ind, entries, tables);
    series.set(ind.id, { ...seriesOf(ind, entries, tables), ...(counts ? { counts } : {}) });
  }
  for (const ind of indicators) addReference(ind, entries, tables, series, areas);
}

/** A table's year key for a row: its own year column, the catalog's fixed year, or none. */
const yearKeyOf = (entry: TableEntry, year: number) => (year !== NO_YEAR ? year : (entry.year ?? NO_YEAR));

function seriesOf(ind: Indicator, entries: readonly TableEntry[], tables: ReadonlyMap<string, Table>): IndicatorSeries {
  const s: IndicatorSeries = { years: new Map(), cells: new Map(), reference: new Map(), sampleLevels: new Set() };
  for (const source of ind.sources) {
    const entry = entries.find((e) => e.file === source.table);
    const table = tables.get(source.table);
    if (!entry || !table) continue;
    if (entry.sample) s.sampleLevels.add(entry.level);
    const years = new Set(s.years.get(entry.level) ?? []);
    for (const [rawYear, rows] of table.rows) {
      const year = yearKeyOf(entry, rawYear);
      if (year !== NO_YEAR) years.add(year);
      const cells = s.cells.get(year) ?? new Map<string, Cell>();
      s.cells.set(year, cells);
      for (const [id, row] of rows) {
        const cell = row.get(source.column);
        if (cell) cells.set(id, cell);
      }
    }
    s.years.set(entry.level, [...years].sort((a, b) => a - b));
  }
  return s;
}

/** Kreis value per year: the table's own Kreis row, else the sum or weighted mean of the Gemeinden. */
function addReference(
  ind: Indicator,
  entries: readonly TableEntry[],
  tables: ReadonlyMap<string, Table>,
  series: Map<string, IndicatorSeries>,
  areas: readonly Area[],
): void {
  const s = series.get(ind.id);
  if (!s) return;
  const gemeinden = areas.filter((a) => a.level === 'gemeinde');
  const entry = entries.find((e) => e.file === ind.table);
  const table = tables.get(ind.table);
  for (const year of s.cells.keys()) {
    const official = entry && table?.total.get(year === entry.year ? NO_YEAR : year)?.get(ind.column);
    if (official?.kind === 'value') {
      s.reference.set(year, { value: official.value, official: true });
      continue;
    }
    const cells = cellsAt({ series }, ind.id, year, gemeinden);
    let value: number | null = null;
    if (ind.kind === 'count' || ind.kind === 'area') value = aggregate(cells, 'sum');
    else if (ind.denominator) value = aggregate(cells, 'weighted', weightsFor(series.get(ind.denominator), year, gemeinden));
    s.reference.set(year, { value, official: false });
  }
}

/** Kreis (official or aggregated) beside NRW and Deutschland, for every year with any of the three. */
export function addReferenceValues(ind: Indicator, s: IndicatorSeries | undefined, table: ReferenceTable): void {
  if (!s) return;
  const out = new Map<number, ReferenceValues>();
  // a year with no Kreis value (e.g. one that only a sample table has) gets an entry only if NRW or Bund has one
  for (const [year, ref] of s.reference) if (year !== NO_YEAR && ref.value !== null) out.set(year, { kreis: ref.value, kreisOfficial: ref.official, nrw: null, bund: null });
  for (const source of ind.sources) {
    for (const [year, values] of table.get(source.table)?.get(source.column) ?? []) {
      const r = out.get(year) ?? { kreis: null, kreisOfficial: false, nrw: null, bund: null };
      out.set(year, { ...r, nrw: values.nrw ?? r.nrw, bund: values.bund ?? r.bund });
    }
  }
  s.references = new Map([...out].sort(([a], [b]) => a - b));
}

/** Kreis, NRW and Deutschland per year, ascending; empty when the indicator has none (e.g. own tables). */
export function referencesOf(data: Pick<AtlasData, 'series'>, indicator: string): Map<number, ReferenceValues> {
  return data.series.get(indicator)?.references ?? new Map();
}

/** Weights in the same year, or the nearest year the weighting indicator has. */
function weightsFor(s: IndicatorSeries | undefined, year: number, areas: readonly Area[]): Map<string, Cell> {
  if (!s) return new Map();
  const years = [...s.cells.keys()];
  const nearest = years.sort((a, b) => Math.abs(a - year) - Math.abs(b - year))[0];
  return cellsAt({ series: new Map([['w', s]]) }, 'w', nearest ?? NO_YEAR, areas);
}

/** The cells of these areas in a year (null: the table has no years); absent ones are missing. */
export function cellsAt(data: Pick<AtlasData, 'series'>, indicator: string, year: number | null, areas: readonly Area[]): Map<string, Cell> {
  const cells = data.series.get(indicator)?.cells.get(year ?? NO_YEAR);
  return new Map(areas.map((a) => [a.id, cells?.get(a.id) ?? MISSING]));
}

export function yearsOf(data: Pick<AtlasData, 'series'>, indicator: string, level: Level): number[] {
  return data.series.get(indicator)?.years.get(level) ?? [];
}
