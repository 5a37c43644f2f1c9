// Class breaks for a choropleth: pure functions of the values, like d3-scale.
import { ckmeans } from 'simple-statistics';
import { bisectRight, extent, nice } from 'd3-array';

export type Method = 'quantile' | 'equal' | 'jenks' | 'manual';
export const METHODS: readonly Method[] = ['quantile', 'equal', 'jenks', 'manual'];
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 7;

/**
 * Inner thresholds between classes (length = classes - 1, ascending). A value v falls in the
 * first class i with v < thresholds[i], or in the last class. Fewer distinct values than
 * classes give fewer thresholds: a class is never empty by construction of its bounds.
 */
export function thresholds(
  values: readonly number[],
  method: Method,
  classes: number,
  manual: readonly number[] = [],
): number[] {
  if (method === 'manual') return [...manual].sort((a, b) => a - b);
  const k = clampClasses(classes);
  const sorted = [...values].sort((a, b) => a - b);
  const distinct = new Set(sorted).size;
  if (distinct < 2) return [];
  const n = Math.min(k, distinct);
  let cuts: number[];
  switch (method) {
    case 'quantile':
      // Cuts are data values (the first value of each upper class), not interpolations, so a
      // legend bound printed at the data's precision is exactly the bound used.
      cuts = range(1, n).map((i) => sorted[Math.floor((i * sorted.length) / n)]);
      break;
    case 'equal': {
      const [lo, hi] = extent(sorted) as [number, number];
      cuts = range(1, n).map((i) => lo + ((hi - lo) * i) / n);
      break;
    }
    case 'jenks':
      // ckmeans is the optimal 1-D k-means (Wang & Song 2011), the exact form of natural breaks.
      cuts = ckmeans(sorted, n).slice(1).map((cluster) => cluster[0]);
      break;
  }
  return unique(cuts).filter((t) => t > sorted[0] && t <= sorted[sorted.length - 1]);
}

/**
 * Equal classes symmetric around 0, for changes and deviations on a diverging scheme: with an
 * odd number of classes the middle one holds "about no change", with an even number 0 is a
 * bound. The outer bound is the largest absolute value, made round by d3's nice().
 */
export function centredThresholds(values: readonly number[], classes: number): number[] {
  const k = clampClasses(classes);
  const m = Math.max(0, ...values.map(Math.abs));
  if (m === 0) return [];
  // d3-array's nice is what scaleLinear().nice() does, without a continuous scale (and its
  // interpolators and tick formats) in the start bundle.
  const [lo, hi] = nice(-m, m, k);
  const edge = Math.max(-lo, hi);
  return range(1, k).map((i) => -edge + (2 * edge * i) / k);
}

/**
 * Rounds cuts to the precision the legend prints, so that what the legend says
 * ("bis unter 18,8") is exactly the rule applied to each area.
 */
export function roundThresholds(cuts: readonly number[], decimals: number): number[] {
  const f = 10 ** decimals;
  return unique(cuts.map((t) => Math.round(t * f) / f));
}

export function classOf(value: number, cuts: readonly number[]): number {
  let i = 0;
  while (i < cuts.length && value >= cuts[i]) i++;
  return i;
}

/** value -> colour of its class: below the first cut the first colour, from the last cut on the last. */
export type ThresholdScale = (value: number) => string;

/**
 * d3-scale's scaleThreshold().domain(cuts).range(colours), the same rule written out:
 * `range[bisectRight(domain, x, 0, n)]`. d3-scale is one module, so importing any of its scales
 * at start would bring the continuous ones, with d3-interpolate, d3-color and d3-format, along.
 */
export function thresholdScale(cuts: readonly number[], colours: readonly string[]): ThresholdScale {
  const n = Math.min(cuts.length, colours.length - 1);
  return (value) => colours[bisectRight(cuts, value, 0, n)];
}

/** [lower, upper] bounds of each class, the outer ones taken from the data. */
export function classBounds(values: readonly number[], cuts: readonly number[]): Array<[number, number]> {
  const [lo, hi] = values.length ? (extent(values) as [number, number]) : [0, 0];
  // An outer class no area reaches (centred classes of a skewed index, the Gemeinde breaks held
  // for the Sozialräume, manual breaks) spans one step of its neighbour, rather than reading
  // "−1,20 bis unter −1,20"; for centred classes that is exactly the symmetric edge.
  const n = cuts.length;
  const below = n > 1 && lo > cuts[0] ? cuts[0] - (cuts[1] - cuts[0]) : Math.min(lo, cuts[0] ?? lo);
  const above = n > 1 && hi < cuts[n - 1] ? cuts[n - 1] + (cuts[n - 1] - cuts[n - 2]) : Math.max(hi, cuts[n - 1] ?? hi);
  const edges = [below, ...cuts, above];
  return range(0, edges.length - 1).map((i) => [edges[i], edges[i + 1]]);
}

export function clampClasses(classes: number): number {
  if (!Number.isFinite(classes)) return 5;
  return Math.max(MIN_CLASSES, Math.min(MAX_CLASSES, Math.round(classes)));
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
const unique = (xs: number[]): number[] => xs.filter((x, i) => i === 0 || x !== xs[i - 1]);
