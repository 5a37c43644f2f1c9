// Loads and joins everything the atlas shows: boundaries, catalog, indicator tables.
// Nothing here throws on bad content; it returns what could be used plus every problem.
import type { Topology } from 'topojson-specification';
import type { Area, Cell, Indicator, Problem } from '../domain/types';
import { aggregate } from '../domain/summary';
import { readCatalog, type Catalog } from './catalog';
import { readBoundaries, areasOf, type Boundaries } from './boundaries';
import { parseTable, type Table } from './csv';

export interface AtlasData {
  catalog: Catalog;
  boundaries: Boundaries;
  areas: Area[];
  /** indicator id -> area id -> cell */
  values: Map<string, Map<string, Cell>>;
  /** indicator id -> the Kreis value: official row if the table has one, else aggregated */
  reference: Map<string, { value: number | null; official: boolean }>;
  problems: Problem[];
}

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export class LoadError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => `${p.file}: ${p.message}`).join('\n'));
  }
}

export async function loadAtlasData(base: string, fetcher: Fetcher = fetch): Promise<AtlasData> {
  const url = (file: string) => `${base.replace(/\/?$/, '/')}${file}`;
  const get = async (file: string): Promise<string> => {
    const res = await fetcher(url(file));
    if (!res.ok) throw new LoadError([{ file, message: `Datei nicht ladbar (HTTP ${res.status}).`, severity: 'error' }]);
    return res.text();
  };
  const json = (text: string, file: string): unknown => {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new LoadError([{ file, message: `Kein gültiges JSON: ${(e as Error).message}`, severity: 'error' }]);
    }
  };

  const catalogFile = 'indicators/catalog.json';
  const { catalog, problems } = readCatalog(json(await get(catalogFile), catalogFile), catalogFile);
  if (!catalog || !catalog.geometry.file) throw new LoadError(problems);

  const geometryFile = catalog.geometry.file;
  const [topoText, ...tableTexts] = await Promise.all([
    get(geometryFile),
    ...catalog.tables.map((t) => get(`indicators/${t.file}`).catch((e: unknown) => e)),
  ]);
  const read = readBoundaries(json(topoText, geometryFile) as Topology, geometryFile);
  problems.push(...read.problems);
  const areas = areasOf(read.boundaries, catalog.kreis.id);
  if (areas.length === 0) throw new LoadError(problems);

  const knownKeys = new Set(areas.map((a) => a.id));
  const tables = new Map<string, Table>();
  catalog.tables.forEach((entry, i) => {
    const text = tableTexts[i];
    if (text instanceof LoadError) {
      problems.push(...text.problems.map((p) => ({ ...p, file: `indicators/${entry.file}` })));
      return;
    }
    const indicators = catalog.indicators.filter((ind) => ind.table === entry.file);
    const table = parseTable(String(text), {
      file: `indicators/${entry.file}`,
      keyColumn: entry.key,
      columns: indicators.map((ind) => ind.column),
      countColumns: indicators.filter((ind) => ind.kind === 'count').map((ind) => ind.column),
      knownKeys,
      totalKey: catalog.kreis.id,
      suppressionThreshold: catalog.suppressionThreshold,
    });
    problems.push(...table.problems);
    tables.set(entry.file, table);
  });

  const values = new Map<string, Map<string, Cell>>();
  for (const ind of catalog.indicators) {
    const table = tables.get(ind.table);
    const cells = new Map<string, Cell>();
    for (const area of areas) {
      cells.set(area.id, table?.rows.get(area.id)?.get(ind.column) ?? { kind: 'missing' });
    }
    values.set(ind.id, cells);
  }
  const reference = new Map(
    catalog.indicators.map((ind) => [ind.id, kreisValue(ind, tables.get(ind.table), values)] as const),
  );
  return { catalog, boundaries: read.boundaries, areas, values, reference, problems };
}

function kreisValue(
  ind: Indicator,
  table: Table | undefined,
  values: Map<string, Map<string, Cell>>,
): { value: number | null; official: boolean } {
  const official = table?.total?.get(ind.column);
  if (official?.kind === 'value') return { value: official.value, official: true };
  const cells = values.get(ind.id) ?? new Map<string, Cell>();
  if (ind.kind === 'count' || ind.kind === 'area') return { value: aggregate(cells, 'sum'), official: false };
  if (ind.denominator) return { value: aggregate(cells, 'weighted', values.get(ind.denominator)), official: false };
  return { value: null, official: false };
}
