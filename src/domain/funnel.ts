// The control limits of a funnel plot (Spiegelhalter 2005, "Funnel plots for comparing institutional
// performance", Statistics in Medicine 24): for each base, the values an area of that base may take
// and still be "ähnlich" to the Kreis value. They are the same tests the atlas' intervals make
// (domain/intervals.ts) turned round: a point lies outside the funnel exactly when its interval
// excludes the Kreis value. Pure.
import { byar, zOf, type ConfidenceLevel, type IntervalMethod } from './intervals';

export interface FunnelLimit {
  base: number;
  lower: number;
  upper: number;
}

/**
 * Wilson's interval is the inversion of the score test, so its funnel is the score test's limits
 * p₀ ± z·√(p₀(1 − p₀)/n), in the figure's unit (value = p × factor). Byar's is found by solving,
 * for the observed count, where its limits meet the expected count E = r₀ · n.
 */
export function funnelLimit(method: Exclude<IntervalMethod, 'none'>, benchmark: number, factor: number, base: number, level: ConfidenceLevel): FunnelLimit {
  const z = zOf(level);
  if (method === 'wilson') {
    const p = Math.min(1, Math.max(0, benchmark / factor));
    const spread = z * Math.sqrt((p * (1 - p)) / base);
    return { base, lower: Math.max(0, p - spread) * factor, upper: Math.min(1, p + spread) * factor };
  }
  const expected = (benchmark / factor) * base;
  // The largest count whose interval still reaches E from below, and the smallest from above.
  const upperCount = solveIncreasing((o) => byar(o, level).lower, expected, expected, expected + 10 + 10 * Math.sqrt(expected + 1));
  const lowerCount = byar(0, level).upper >= expected ? 0 : solveIncreasing((o) => byar(o, level).upper, expected, 0, expected);
  return { base, lower: (lowerCount / base) * factor, upper: (upperCount / base) * factor };
}

/** x in [lo, hi] where an increasing f reaches target, by bisection (50 halvings: far below a pixel). */
function solveIncreasing(f: (x: number) => number, target: number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  for (let i = 0; i < 50; i++) {
    const mid = (a + b) / 2;
    if (f(mid) < target) a = mid;
    else b = mid;
  }
  return (a + b) / 2;
}

/** The limits at `steps` bases spaced evenly on a log scale from lo to hi: smooth curves at any width. */
export function funnelCurve(method: Exclude<IntervalMethod, 'none'>, benchmark: number, factor: number, [lo, hi]: [number, number], level: ConfidenceLevel, steps = 80): FunnelLimit[] {
  const from = Math.log(Math.max(1, lo));
  const to = Math.log(Math.max(lo + 1, hi));
  return Array.from({ length: steps + 1 }, (_, i) => funnelLimit(method, benchmark, factor, Math.exp(from + ((to - from) * i) / steps), level));
}
