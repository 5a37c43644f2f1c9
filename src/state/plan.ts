// Resolves state + data into a drawing plan once (as Observable Plot does): class breaks,
// colours, the class of each area and the legend rows. Map, legend and panel only read it.
import { classBounds, classOf, roundThresholds, thresholds } from '../domain/classify';
import { palette, NO_DATA_FILL, SUPPRESSED_FILL } from '../domain/colour';
import type { Cell, Indicator } from '../domain/types';
import type { AtlasData } from '../data/atlas-data';
import type { AtlasState } from './atlas-state';

/** Class index in feature-state for the two non-scale styles. */
export const CLASS_MISSING = -1;
export const CLASS_SUPPRESSED = -2;

export interface LegendRow {
  index: number;
  colour: string;
  lower: number;
  upper: number;
  count: number;
}

export interface Plan {
  indicator: Indicator;
  cells: Map<string, Cell>;
  thresholds: number[];
  rows: LegendRow[];
  /** area id -> class index (or CLASS_MISSING / CLASS_SUPPRESSED) */
  classes: Map<string, number>;
  missing: number;
  suppressed: number;
  reference: { value: number | null; official: boolean };
  noDataFill: string;
  suppressedFill: string;
}

export function makePlan(data: AtlasData, state: AtlasState): Plan {
  const indicator = data.catalog.indicators.find((i) => i.id === state.indicator) ?? data.catalog.indicators[0];
  const cells = data.values.get(indicator.id) ?? new Map<string, Cell>();
  const values = [...cells.values()].flatMap((c) => (c.kind === 'value' ? [c.value] : []));
  const cuts = roundThresholds(thresholds(values, state.method, state.classes, state.manualBreaks), indicator.decimals);
  const bounds = classBounds(values, cuts);
  const colours = colourRamp(state.scheme ?? indicator.scheme, bounds.length, indicator.direction === 'higher-is-better');

  const classes = new Map<string, number>();
  const counts = bounds.map(() => 0);
  let missing = 0;
  let suppressed = 0;
  for (const [id, cell] of cells) {
    if (cell.kind === 'missing') {
      classes.set(id, CLASS_MISSING);
      missing++;
    } else if (cell.kind === 'suppressed') {
      classes.set(id, CLASS_SUPPRESSED);
      suppressed++;
    } else {
      const c = classOf(cell.value, cuts);
      classes.set(id, c);
      counts[c]++;
    }
  }
  return {
    indicator,
    cells,
    thresholds: cuts,
    rows: bounds.map(([lower, upper], index) => ({ index, colour: colours[index], lower, upper, count: counts[index] })),
    classes,
    missing,
    suppressed,
    reference: data.reference.get(indicator.id) ?? { value: null, official: false },
    noDataFill: NO_DATA_FILL,
    suppressedFill: SUPPRESSED_FILL,
  };
}

/**
 * Colours for n classes. ColorBrewer starts at 3; with fewer distinct values the ramp's ends
 * are used so that one or two classes still read as low and high. For "higher is better" the
 * ramp is reversed: the strong colour always marks where need is greatest.
 */
function colourRamp(scheme: string, n: number, reverse: boolean): string[] {
  const full = palette(scheme, Math.max(3, n));
  const picked = n >= 3 ? full : n === 2 ? [full[0], full[full.length - 1]] : [full[full.length - 1]];
  return reverse ? picked.reverse() : picked;
}
