// What the "Über die Daten" view lists (a metadata page as INKAR's users know it): every indicator
// of the catalog and of the grid with definition, formula, unit, source and code, licence,
// vintage, the years it has per level and the years NRW and Deutschland are published for; and
// every geometry with its source. Built once from the data; the view only writes it out.
import { availability, yearSpans, type TopicGroup, groupByTopic } from '../domain/catalogue';
import type { Formula } from '../domain/formula';
import type { Display, Indicator, IndicatorKind, Level } from '../domain/types';
import { referencesOf, type AtlasData } from '../data/atlas-data';
import type { GeometrySource } from '../data/catalog';
import type { IntervalMethod } from '../domain/intervals';

export interface AboutRow {
  id: string;
  label: string;
  topic: string;
  definition: string | null;
  formula: Formula | null;
  unit: string;
  kind: IndicatorKind;
  display: Display;
  source: string;
  code: string | null;
  license: string;
  vintage: string;
  note: string | null;
  sample: boolean;
  /** years with figures per level, as spans */
  years: { level: Level; spans: [number, number][] }[];
  /** years NRW and Deutschland are published for, as spans ([] where the source has none) */
  references: { nrw: [number, number][]; bund: [number, number][] };
  /** how its confidence interval is computed, or why it has none; null: not declared (a count, a mean without counts) */
  interval: { method: IntervalMethod; reason: string | null } | null;
}

export interface AboutGeometry extends GeometrySource {
  /** what the geometry is: 'gemeinde', 'sozialraum' or 'raster' */
  level: Level;
  sample: boolean;
}

export interface About {
  topics: TopicGroup<AboutRow>[];
  count: number;
  geometries: AboutGeometry[];
}

export function aboutOf(data: Pick<AtlasData, 'catalog' | 'series'>): About {
  const { catalog } = data;
  const row = (ind: Indicator, years: AboutRow['years']): AboutRow => {
    const refs = [...referencesOf(data, ind.id)];
    const published = (scope: 'nrw' | 'bund') => yearSpans(refs.filter(([, r]) => r[scope] !== null).map(([y]) => y));
    return {
      id: ind.id,
      label: ind.label,
      topic: ind.topic,
      definition: ind.definition ?? null,
      formula: ind.formula ?? null,
      unit: ind.unit,
      kind: ind.kind,
      display: ind.display ?? 'choropleth',
      source: ind.source,
      code: ind.code ?? null,
      license: ind.license,
      vintage: ind.vintage,
      note: ind.note ?? null,
      sample: ind.sample,
      years,
      references: { nrw: published('nrw'), bund: published('bund') },
      interval: ind.interval ? { method: ind.interval.method, reason: ind.interval.reason ?? null } : null,
    };
  };
  const grid = catalog.grid;
  // The grid's figures are loaded only when the level is first shown: its one year is the table's.
  const gridYears = grid?.table.year !== undefined ? [{ level: 'raster' as const, spans: yearSpans([grid.table.year]) }] : [];
  const rows = [
    ...catalog.indicators.map((ind) => row(ind, availability(data.series.get(ind.id)?.years))),
    ...(grid?.indicators ?? []).map((ind) => row(ind, gridYears)),
  ];
  const geometries: AboutGeometry[] = [{ ...catalog.geometry, level: 'gemeinde', sample: false }];
  if (catalog.sozialraeume) geometries.push({ ...catalog.sozialraeume, level: 'sozialraum' });
  if (grid) geometries.push({ file: grid.file, source: grid.source, license: grid.license, attribution: grid.attribution, vintage: grid.vintage, level: 'raster', sample: false });
  return { topics: groupByTopic(rows, (r) => r.topic), count: rows.length, geometries };
}
