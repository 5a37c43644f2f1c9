// What was read, joined to the atlas: a new AtlasData each time, the given one never changed.
import type { Feature, Point } from 'geojson';
import pointOnFeature from '@turf/point-on-feature';
import type { Level } from '../../domain/types';
import { addSeries, type AtlasData, type IndicatorSeries } from '../atlas-data';
import { areasOf, type AreaProps, type Boundaries } from '../boundaries';
import type { Table } from '../csv';
import type { AreaFeature } from './geometry';
import type { TableRead } from './table';
import { dataTexts } from '../../messages/data';

/** A new AtlasData with the table's indicators; an earlier import of the same file is replaced. */
export function withTable(data: AtlasData, read: TableRead): AtlasData {
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

/**
 * A new AtlasData whose Sozialräume are these. Figures keyed to the Sozialräume they replace go
 * with them: the built-in ones are sample figures and must not attach to real boundaries that
 * happen to reuse an id.
 */
export function withSozialraeume(data: AtlasData, features: AreaFeature[], file: string): AtlasData {
  const labels = features.map((f): Feature<Point, AreaProps> => ({ ...pointOnFeature(f), properties: f.properties }));
  const boundaries: Boundaries = {
    ...data.boundaries,
    sozialraeume: { type: 'FeatureCollection', features },
    sozialraumLabels: { type: 'FeatureCollection', features: labels },
  };
  const old = new Set(data.areas.filter((a) => a.level === 'sozialraum').map((a) => a.id));
  const series = new Map([...data.series].map(([id, s]) => [id, withoutAreas(s, 'sozialraum', old)]));
  const catalog = {
    ...data.catalog,
    sozialraeume: { file, source: dataTexts.ownSource(file), license: '—', attribution: dataTexts.ownSozialraeume(file), vintage: '', sample: false },
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
