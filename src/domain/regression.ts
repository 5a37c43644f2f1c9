// Two indicators over the same areas: the pairs both have a value for, the least-squares line
// through them and Pearson's r. simple-statistics does the sums (DESIGN: a library for statistics).
import { linearRegression, sampleCorrelation } from 'simple-statistics';
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
  const { m, b } = linearRegression(pairs.map((p) => [p.x, p.y]));
  const r = sampleCorrelation(xs, ys);
  return { slope: m, intercept: b, r, r2: r * r, n: pairs.length };
}

/** How strong a correlation is, in the words German social reports use (after Cohen 1988: 0,1 / 0,3 / 0,5). */
export type Strength = 'none' | 'weak' | 'moderate' | 'strong';
export function strengthOf(r: number): Strength {
  const a = Math.abs(r);
  return a >= 0.5 ? 'strong' : a >= 0.3 ? 'moderate' : a >= 0.1 ? 'weak' : 'none';
}

const varies = (xs: readonly number[]) => xs.some((x) => x !== xs[0]);
