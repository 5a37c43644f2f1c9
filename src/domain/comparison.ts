// Pinned areas side by side: each one's value, its rank within its own level, and how far it
// lies from the Kreis and from its Gemeinde, all in the year the map shows.
import { difference } from './change';
import type { YearlyFigures } from './series';
import { compare } from './summary';
import { MISSING, valueCell, type Area, type Cell, type Indicator, type Level } from './types';

/** What a comparison reads of the drawing plan (state/plan's Plan has this shape). */
export interface ComparisonPlan {
  indicator: Indicator;
  level: Level;
  /** null: the indicator's table has no years */
  year: number | null;
  /** the indicator's own values in `year` for the areas of `level` */
  values: ReadonlyMap<string, Cell>;
  reference: { value: number | null };
}

export interface ComparisonData {
  areas: readonly Area[];
  series: ReadonlyMap<string, YearlyFigures>;
}

export interface ComparedArea {
  id: string;
  name: string;
  level: Level;
  value: Cell;
  /** 1 = highest value among the areas of its level; null when it has no value */
  rank: { rank: number; of: number } | null;
  /** value − Kreis value; missing or suppressed when either is */
  toKreis: Cell;
  /** value − its Gemeinde's value, for a Sozialraum only */
  toParent: { id: string; name: string; difference: Cell } | null;
  sample: boolean;
}

/** The pinned areas in pinned order; ids of areas that do not exist are left out. */
export function compareAreas(plan: ComparisonPlan, data: ComparisonData, pinnedIds: readonly string[]): ComparedArea[] {
  const figures = data.series.get(plan.indicator.id);
  const cellsIn = (level: Level): ReadonlyMap<string, Cell> =>
    level === plan.level ? plan.values : new Map(data.areas.filter((a) => a.level === level).map((a) => [a.id, figuresIn(figures, plan.year)?.get(a.id) ?? MISSING]));
  const kreis = plan.reference.value === null ? MISSING : valueCell(plan.reference.value);

  return pinnedIds.flatMap((id): ComparedArea[] => {
    const area = data.areas.find((a) => a.id === id);
    if (!area) return [];
    const cells = cellsIn(area.level);
    const value = cells.get(id) ?? MISSING;
    const ranked = compare(id, cells, null);
    const parent = area.level === 'sozialraum' ? data.areas.find((a) => a.id === area.parent) : undefined;
    return [
      {
        id,
        name: area.name,
        level: area.level,
        value,
        rank: ranked && { rank: ranked.rank, of: ranked.of },
        toKreis: difference(value, kreis),
        toParent: parent ? { id: parent.id, name: parent.name, difference: difference(value, cellsIn(parent.level).get(parent.id)) } : null,
        sample: plan.indicator.sample || area.sample === true || (figures?.sampleLevels.has(area.level) ?? false),
      },
    ];
  });
}

/**
 * The figures of a year. A table without years keeps its figures under one key, which the
 * plan's year (null) cannot name: then the one set there is stands for "no year".
 */
function figuresIn(figures: YearlyFigures | undefined, year: number | null): ReadonlyMap<string, Cell> | undefined {
  if (!figures) return undefined;
  if (year !== null) return figures.cells.get(year);
  return figures.cells.size === 1 ? figures.cells.values().next().value : undefined;
}
