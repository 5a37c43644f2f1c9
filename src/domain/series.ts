// An area over the years, beside its Gemeinde and the Kreis: the lines of the time chart.
// Typed by what it reads (the shape of data/atlas-data's AtlasData), so that domain imports
// nothing from the layers above it.
import { MISSING, valueCell, type Area, type Cell, type Level } from './types';

/** The figures of one indicator per level and year, as data/atlas-data's IndicatorSeries holds them. */
export interface YearlyFigures {
  years: ReadonlyMap<Level, readonly number[]>;
  cells: ReadonlyMap<number, ReadonlyMap<string, Cell>>;
  reference: ReadonlyMap<number, { value: number | null; official: boolean }>;
  sampleLevels: ReadonlySet<Level>;
}

export interface FiguresSource {
  catalog: { kreis: { id: string; name: string } };
  series: ReadonlyMap<string, YearlyFigures>;
}

export interface TimePoint {
  year: number;
  /** missing or suppressed stays so: the chart leaves a gap, never a 0 */
  cell: Cell;
}

/** area: the selected one; parent: its Gemeinde; kreis: the Kreis value of each year. */
export type LineRole = 'area' | 'parent' | 'kreis';

export interface TimeLine {
  id: string;
  label: string;
  role: LineRole;
  /** one point per year of the union of all lines' years, ascending */
  points: TimePoint[];
  /** sample figures ("Beispieldaten"), not official ones */
  sample: boolean;
}

/**
 * The selected area, its parent Gemeinde (for a Sozialraum) and the Kreis, each over the same
 * years: every year any of them has a figure in. [] for an unknown indicator.
 */
export function timeLines(data: FiguresSource, indicatorId: string, area: Area, areas: readonly Area[]): TimeLine[] {
  const figures = data.series.get(indicatorId);
  if (!figures) return [];
  const parent = area.level === 'sozialraum' ? areas.find((a) => a.id === area.parent) : undefined;
  const shown = parent ? [area, parent] : [area];
  // Only years some level lists: a table without years keeps its figures under a key that is no year.
  const listed = new Set([...figures.years.values()].flat());
  const kreisYears = [...figures.reference].flatMap(([year, ref]) => (ref.value !== null && listed.has(year) ? [year] : []));
  const years = [...new Set([...shown.flatMap((a) => figures.years.get(a.level) ?? []), ...kreisYears])].sort((a, b) => a - b);

  const lineOf = (a: Area, role: LineRole): TimeLine => ({
    id: a.id,
    label: a.name,
    role,
    points: years.map((year) => ({ year, cell: figures.cells.get(year)?.get(a.id) ?? MISSING })),
    sample: figures.sampleLevels.has(a.level) || a.sample === true,
  });
  const kreis: TimeLine = {
    id: data.catalog.kreis.id,
    label: data.catalog.kreis.name,
    role: 'kreis',
    points: years.map((year) => {
      const value = figures.reference.get(year)?.value ?? null;
      return { year, cell: value === null ? MISSING : valueCell(value) };
    }),
    // A Kreis value added up from sample Gemeinde figures is itself sample data.
    sample: figures.sampleLevels.has('gemeinde') && [...figures.reference.values()].some((r) => r.value !== null && !r.official),
  };
  if (area.level === 'kreis') return [kreis];
  return parent ? [lineOf(area, 'area'), lineOf(parent, 'parent'), kreis] : [lineOf(area, 'area'), kreis];
}
