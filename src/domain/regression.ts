// Two indicators over the same areas: the pairs both have a value for, the least-squares line
// through them and Pearson's r. The sums are written out here rather than taken from
// simple-statistics: that package is one ES module, so whatever a lazily loaded view imports from
// it is bundled beside classify's ckmeans into the start bundle (measured: +1,2 KB gzip over the
// 350 KB budget). The unit tests hold them to hand-computed values.
import type { Cell } from './types';

export interface Pair {
  id: string;
  x: number;
  y: number;
}

export interface Fit {
  slope: number;
  intercept: number;
  /** Pearson's correlation coefficient */
  r: number;
  r2: number;
  n: number;
}

/** The areas with a value in both: a missing or withheld one leaves the area out, never a 0. */
export function pairsOf(ids: readonly string[], x: ReadonlyMap<string, Cell>, y: ReadonlyMap<string, Cell>): Pair[] {
  return ids.flatMap((id) => {
    const a = x.get(id);
    const b = y.get(id);
    return a?.kind === 'value' && b?.kind === 'value' ? [{ id, x: a.value, y: b.value }] : [];
  });
}

/**
 * Null below three pairs (a line through two points says nothing) or when either axis does not
 * vary (r is undefined there).
 */
export function fit(pairs: readonly Pair[]): Fit | null {
  if (pairs.length < 3) return null;
  const xs = pairs.map((p) => p.x);
  const ys = pairs.map((p) => p.y);
  if (!varies(xs) || !varies(ys)) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of pairs) {
    sxx += (p.x - mx) ** 2;
    syy += (p.y - my) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  const slope = sxy / sxx;
  const r = Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  return { slope, intercept: my - slope * mx, r, r2: r * r, n: pairs.length };
}

/** How strong a correlation is, in the words German social reports use (after Cohen 1988: 0,1 / 0,3 / 0,5). */
export type Strength = 'none' | 'weak' | 'moderate' | 'strong';
export function strengthOf(r: number): Strength {
  const a = Math.abs(r);
  return a >= 0.5 ? 'strong' : a >= 0.3 ? 'moderate' : a >= 0.1 ? 'weak' : 'none';
}

const varies = (xs: readonly number[]) => xs.some((x) => x !== xs[0]);

export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The population standard deviation (divided by n): the areas of a level are all there are, not a sample. */
export const populationSd = (xs: readonly number[]): number => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length);
};
