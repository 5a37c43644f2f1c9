// Two indicators in one map: each split into three classes, the pair of classes one of nine
// colours. Pure, like classify.ts.
import { classOf, thresholds } from './classify';

/** terciles: a third of the areas per class; kreis: below / at or above the Kreis value (the outer classes only) */
export type BivariateSplit = 'terciles' | 'kreis';

/**
 * Joshua Stevens' 3×3 "pink–blue" scheme ("Bivariate Choropleth Maps: A How-to Guide", 2015,
 * joshuastevens.net/cartography/make-a-bivariate-choropleth-map; as `stevens.pinkblue` in the R
 * package pals). Both axes change lightness as well as hue (teal along x, pink along y) and the
 * corner low–low is a light grey distinct from the no-data grey, so the classes stay apart for
 * red–green colour vision deficiency, where hue alone would not. Index = row * 3 + column,
 * row the y class and column the x class, low–low first.
 */
export const BIVARIATE_COLOURS: readonly string[] = Object.freeze([
  '#e8e8e8', '#ace4e4', '#5ac8c8',
  '#dfb0d6', '#a5add3', '#5698b9',
  '#be64ac', '#8c62aa', '#3b4994',
]);

/** The inner bounds of one axis (ascending): two for terciles, one (the Kreis value) for a Kreis split. */
export function bivariateCuts(values: readonly number[], split: BivariateSplit, kreis: number | null): number[] {
  if (split === 'kreis') return kreis === null ? [] : [kreis];
  return thresholds(values, 'quantile', 3);
}

/**
 * 0 (low), 1 (middle), 2 (high). With a single cut (the Kreis split, or terciles of data with only
 * two distinct values) the two classes are the outer ones: "below" and "above" read as corners.
 */
export function axisClass(value: number, cuts: readonly number[]): number {
  const c = classOf(value, cuts);
  if (cuts.length === 0) return 0;
  return cuts.length === 1 ? c * 2 : c;
}

export function bivariateClass(x: number, y: number, xCuts: readonly number[], yCuts: readonly number[]): number {
  return axisClass(y, yCuts) * 3 + axisClass(x, xCuts);
}
