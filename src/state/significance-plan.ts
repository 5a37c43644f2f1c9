// "Vergleich mit dem Kreiswert": the areas grouped by how their confidence interval lies against the
// Kreis value (state/interval-plan.ts), resolved into classes, fills and legend rows like any other
// map, so that MapLibre, the 2D map, table and print draw it without knowing what it is.
import type { Cell, Direction } from '../domain/types';
import type { ConfidenceLevel, Judgement } from '../domain/intervals';
import { NO_DATA_FILL, SUPPRESSED_FILL } from '../domain/colour';
import { NOT_ASSESSABLE_FILL, SIGNIFICANCE_COLOURS } from '../symbology/significance';
import { intervalTexts } from '../messages/intervals';
import type { IntervalPlan } from './interval-plan';
// A cycle with plan.ts, read only when a plan is made: the class numbers are the plan's.
import { CLASS_MISSING, CLASS_SUPPRESSED } from './plan';

/** Class of an area with a value that cannot be compared (no interval, no Kreis value): hatched. */
export const CLASS_NOT_ASSESSABLE = -3;

/** What the legend and print say beside the three groups. */
export interface SignificanceKey {
  level: ConfidenceLevel;
  /** the Kreis value compared with */
  benchmark: number | null;
  /** areas in view with a value that cannot be compared */
  notAssessable: number;
  notAssessableFill: string;
  /** why no area can be compared: the catalog's reason for declaring no interval */
  reason: string | null;
}

export interface SignificanceRow {
  index: number;
  colour: string;
  label: string;
  count: number;
}

/** The three groups in legend order: low to high, or better to worse where there is a direction. */
export function groupsOf(direction: Direction): Array<Exclude<Judgement, 'not-assessable'>> {
  return direction === 'neutral' ? ['lower', 'similar', 'higher'] : ['better', 'similar', 'worse'];
}

export function significanceClasses(
  intervals: IntervalPlan,
  values: ReadonlyMap<string, Cell>,
  shown: ReadonlyArray<{ id: string }>,
  direction: Direction,
): { classes: Map<string, number>; rows: SignificanceRow[]; fill: (id: string) => string; missing: number; suppressed: number; key: SignificanceKey } {
  const groups = groupsOf(direction);
  const classes = new Map<string, number>();
  for (const [id, cell] of values) {
    if (cell.kind !== 'value') classes.set(id, cell.kind === 'suppressed' ? CLASS_SUPPRESSED : CLASS_MISSING);
    else {
      const judgement = intervals.areas.get(id)?.judgement ?? 'not-assessable';
      classes.set(id, judgement === 'not-assessable' ? CLASS_NOT_ASSESSABLE : groups.indexOf(judgement));
    }
  }
  const counts = groups.map(() => 0);
  let missing = 0;
  let suppressed = 0;
  let notAssessable = 0;
  for (const area of shown) {
    const c = classes.get(area.id) ?? CLASS_MISSING;
    if (c === CLASS_MISSING) missing++;
    else if (c === CLASS_SUPPRESSED) suppressed++;
    else if (c === CLASS_NOT_ASSESSABLE) notAssessable++;
    else counts[c]++;
  }
  const fill = (id: string): string => {
    const c = classes.get(id) ?? CLASS_MISSING;
    if (c >= 0) return SIGNIFICANCE_COLOURS[groups[c]];
    return c === CLASS_NOT_ASSESSABLE ? NOT_ASSESSABLE_FILL : c === CLASS_SUPPRESSED ? SUPPRESSED_FILL : NO_DATA_FILL;
  };
  const rows = groups.map((g, index) => ({ index, colour: SIGNIFICANCE_COLOURS[g], label: intervalTexts.judgement(g), count: counts[index] }));
  const reason = intervals.method === null || intervals.method === 'none' ? (intervals.reason ?? intervalTexts.none('method')) : null;
  return {
    classes,
    rows,
    fill,
    missing,
    suppressed,
    key: { level: intervals.level, benchmark: intervals.benchmark, notAssessable, notAssessableFill: NOT_ASSESSABLE_FILL, reason },
  };
}
