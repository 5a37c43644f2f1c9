// The Gebietsprofil: every indicator the area's level offers, grouped by topic, each with the
// area's latest value, the Kreis (and for a Sozialraum or grid cell its Gemeinde), its rank and
// the range of all areas of the level, and the change since the year before where there is one.
import { compare } from '../domain/summary';
import { MISSING, type Area, type Cell, type Indicator } from '../domain/types';
import { cellsAt, yearsOf, type AtlasData } from '../data/atlas-data';
import type { MapLevel } from './atlas-state';
import { indicatorsAt } from './level-indicators';
import { intervalPlan } from './interval-plan';
import type { Judgement } from '../domain/intervals';

export interface ProfileRow {
  indicator: Indicator;
  year: number | null;
  cell: Cell;
  kreis: number | null;
  /** the Gemeinde's value, for an area below it */
  parent: Cell | null;
  /** 1 = highest; null without a value */
  rank: number | null;
  /** areas of the level with a value */
  of: number;
  /** lowest and highest value among the areas of the level */
  range: [number, number] | null;
  /** the area's change since the latest earlier year with a value */
  trend: { fromYear: number; change: number } | null;
  sample: boolean;
  /** the value's 95 % interval and how it compares with the Kreis value; null where it has none */
  interval: { lower: number; upper: number; unsure: boolean; judgement: Judgement } | null;
}

export interface ProfileGroup {
  topic: string;
  rows: ProfileRow[];
}

export interface AreaProfile {
  area: Area;
  parent: Area | null;
  groups: ProfileGroup[];
}

export function areaProfile(data: AtlasData, id: string): AreaProfile | null {
  const area = data.areas.find((a) => a.id === id);
  if (!area || area.level === 'kreis') return null;
  const level = area.level as MapLevel;
  const peers = data.areas.filter((a) => a.level === level);
  const parent = area.parent ? (data.areas.find((a) => a.id === area.parent && a.level === 'gemeinde') ?? null) : null;
  const groups: ProfileGroup[] = [];
  for (const indicator of indicatorsAt(data.catalog, level)) {
    const row = rowOf(data, indicator, area, parent, peers);
    if (!row) continue;
    const group = groups.find((g) => g.topic === indicator.topic) ?? groups[groups.push({ topic: indicator.topic, rows: [] }) - 1];
    group.rows.push(row);
  }
  return { area, parent, groups };
}

function rowOf(data: AtlasData, indicator: Indicator, area: Area, parent: Area | null, peers: readonly Area[]): ProfileRow | null {
  const series = data.series.get(indicator.id);
  if (!series) return null;
  const years = yearsOf(data, indicator.id, area.level);
  const year = years.at(-1) ?? null;
  const cells = cellsAt(data, indicator.id, year, peers);
  const values = [...cells.values()].flatMap((c) => (c.kind === 'value' ? [c.value] : []));
  if (!values.length) return null;
  const cell = cells.get(area.id) ?? MISSING;
  const cmp = compare(area.id, cells, null);
  let trend: ProfileRow['trend'] = null;
  if (cell.kind === 'value') {
    const earlier = years.slice(0, -1).reverse().find((y) => series.cells.get(y)?.get(area.id)?.kind === 'value');
    const before = earlier !== undefined ? series.cells.get(earlier)?.get(area.id) : undefined;
    if (earlier !== undefined && before?.kind === 'value') trend = { fromYear: earlier, change: cell.value - before.value };
  }
  const kreis = series.reference.get(year ?? 0)?.value ?? null;
  // The area's own interval, by the same plan the map's card reads (only this one area is resolved).
  const own = intervalPlan(data, indicator, year, [area], [area], cells, kreis, 0.95).areas.get(area.id);
  const interval = own?.interval.kind === 'interval' ? { lower: own.interval.lower, upper: own.interval.upper, unsure: own.unsure, judgement: own.judgement } : null;
  return {
    indicator,
    year,
    cell,
    kreis,
    interval,
    parent: parent ? (cellsAt(data, indicator.id, year, [parent]).get(parent.id) ?? MISSING) : null,
    rank: cmp?.rank ?? null,
    of: values.length,
    range: [Math.min(...values), Math.max(...values)],
    trend,
    sample: indicator.sample || series.sampleLevels.has(area.level) || area.sample === true,
  };
}
