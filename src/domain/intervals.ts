// Confidence intervals of small-area figures, as public health atlases publish them (PHE / APHO
// "Technical Guide: Confidence Intervals", 2008): Wilson's score interval for a proportion (the
// numerator is part of the denominator), Byar's approximation for events per population, with the
// exact Poisson limits below 10 events. Pure; an interval exists only where both counts are known.
/** How an indicator's interval is computed; `none` for ratios of unrelated counts, means, densities. */
export type IntervalMethod = 'wilson' | 'byar' | 'none';

/** The two levels the atlas offers: 95 % (default) and 99.8 % (about three standard errors). */
export type ConfidenceLevel = 0.95 | 0.998;
export const CONFIDENCE_LEVELS: readonly ConfidenceLevel[] = [0.95, 0.998];

/** Events and the base they are counted in (numerator and denominator of the formula). */
export interface Counts {
  events: number;
  base: number;
}

/** Why an area has no interval: never a number in its place. */
export type NoInterval = 'method' | 'missing' | 'suppressed' | 'base-zero' | 'invalid';

export type IntervalResult =
  | { kind: 'interval'; lower: number; upper: number; counts: Counts }
  | { kind: 'none'; reason: NoInterval };

/** Below this many events a rate takes the exact Poisson limits, above Byar's approximation. */
export const EXACT_POISSON_BELOW = 10;

/**
 * The two-sided normal quantile of each level, to 16 digits (R: qnorm(0.975), qnorm(0.999)).
 * Not simple-statistics' probit: its approximation gives 1.957 for 95 %, which moves Wilson's
 * limits in the fourth decimal, away from the published tables.
 */
export function zOf(level: ConfidenceLevel): number {
  return level === 0.998 ? 3.090232306167813 : 1.959963984540054;
}

/**
 * Wilson's score interval of events / base as proportions (0…1), Newcombe (1998) method 3. It
 * stays inside [0, 1] and is honest at 0 and at all events, where the simple Wald interval collapses.
 */
export function wilson(events: number, base: number, level: ConfidenceLevel = 0.95): { lower: number; upper: number } {
  const z = zOf(level);
  const p = events / base;
  const z2 = z * z;
  const centre = p + z2 / (2 * base);
  const spread = z * Math.sqrt((p * (1 - p)) / base + z2 / (4 * base * base));
  const denominator = 1 + z2 / base;
  // 0 and all events are exact bounds; the formula reaches them only up to rounding.
  const lower = events === 0 ? 0 : (centre - spread) / denominator;
  const upper = events === base ? 1 : (centre + spread) / denominator;
  return { lower, upper };
}

/** Byar's approximation of the Poisson limits of an observed count (Breslow & Day 1987, p. 69). */
export function byar(events: number, level: ConfidenceLevel = 0.95): { lower: number; upper: number } {
  const z = zOf(level);
  const lower = events === 0 ? 0 : events * (1 - 1 / (9 * events) - z / (3 * Math.sqrt(events))) ** 3;
  const o = events + 1;
  const upper = o * (1 - 1 / (9 * o) + z / (3 * Math.sqrt(o))) ** 3;
  return { lower, upper };
}

/** P(X ≤ k) for X ~ Poisson(mean), summed directly: k is small here (below 10). */
function poissonCdf(k: number, mean: number): number {
  let term = Math.exp(-mean);
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= mean / i;
    sum += term;
  }
  return sum;
}

/** The mean where a decreasing function of it crosses `target`, by bisection (60 halvings: far below print precision). */
function solveDecreasing(f: (mean: number) => number, target: number, high: number): number {
  let lo = 0;
  let hi = high;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The exact (Garwood) Poisson limits of an observed count: the means at which seeing at least
 * (lower) or at most (upper) this many events has probability (1 − level) / 2. Equal to the
 * chi-square form χ²(α/2, 2O)/2 and χ²(1 − α/2, 2O + 2)/2.
 */
export function poissonExact(events: number, level: ConfidenceLevel = 0.95): { lower: number; upper: number } {
  const tail = (1 - level) / 2;
  const high = events + 20 + 10 * Math.sqrt(events + 1);
  const lower = events === 0 ? 0 : solveDecreasing((m) => poissonCdf(events - 1, m), 1 - tail, high);
  const upper = solveDecreasing((m) => poissonCdf(events, m), tail, high);
  return { lower, upper };
}

/** Limits of an observed count: exact below EXACT_POISSON_BELOW events, Byar from there on. */
export function poissonLimits(events: number, level: ConfidenceLevel = 0.95): { lower: number; upper: number } {
  return events < EXACT_POISSON_BELOW ? poissonExact(events, level) : byar(events, level);
}

/**
 * The interval of a figure published as events / base × factor, in the figure's own unit (a share
 * in % with factor 100, a rate "je 1.000" with factor 1000). No interval for the method `none`, for
 * counts that are not whole non-negative numbers, for events above the base of a proportion, and
 * for a base of 0.
 */
export function intervalOf(method: IntervalMethod, counts: Counts, factor: number, level: ConfidenceLevel = 0.95): IntervalResult {
  if (method === 'none') return { kind: 'none', reason: 'method' };
  const { events, base } = counts;
  if (base === 0) return { kind: 'none', reason: 'base-zero' };
  const whole = (x: number) => Number.isFinite(x) && x >= 0 && Number.isInteger(x);
  if (!whole(events) || !(base > 0) || !Number.isFinite(base)) return { kind: 'none', reason: 'invalid' };
  if (method === 'wilson') {
    if (events > base || !whole(base)) return { kind: 'none', reason: 'invalid' };
    const { lower, upper } = wilson(events, base, level);
    return { kind: 'interval', lower: lower * factor, upper: upper * factor, counts };
  }
  const { lower, upper } = poissonLimits(events, level);
  return { kind: 'interval', lower: (lower / base) * factor, upper: (upper / base) * factor, counts };
}

/** An area against a benchmark (the Kreis value): the interval lies above it, contains it, or lies below it. */
export type Significance = 'higher' | 'similar' | 'lower' | 'not-assessable';

export function compareWith(interval: IntervalResult, benchmark: number | null): Significance {
  if (interval.kind !== 'interval' || benchmark === null || !Number.isFinite(benchmark)) return 'not-assessable';
  if (interval.lower > benchmark) return 'higher';
  if (interval.upper < benchmark) return 'lower';
  return 'similar';
}

/** Higher or lower said as better or worse where the indicator has a direction; `neutral` keeps higher / lower. */
export type Judgement = 'better' | 'worse' | 'similar' | 'higher' | 'lower' | 'not-assessable';

export function judge(significance: Significance, direction: 'higher-is-worse' | 'higher-is-better' | 'neutral'): Judgement {
  if (direction === 'neutral' || significance === 'similar' || significance === 'not-assessable') return significance;
  const higherIsBetter = direction === 'higher-is-better';
  return (significance === 'higher') === higherIsBetter ? 'better' : 'worse';
}

/** When a value counts as "unsicher (kleine Basis)". */
export interface ReliabilityThresholds {
  /** the interval's width divided by the value, above which the value is unsure */
  maxRelativeWidth: number;
  /** the base (denominator) below which the value is unsure, whatever its interval */
  minBase: number;
}

/**
 * Defaults: a relative width of 0.8 is about a coefficient of variation of 20 % (0.8 ≈ 2 × 1.96 × 0.2),
 * the limit above which statistical offices flag estimates as unreliable; a base under 100 persons
 * moves a share by a whole point with each single person.
 */
export const DEFAULT_RELIABILITY: ReliabilityThresholds = { maxRelativeWidth: 0.8, minBase: 100 };

/**
 * True when the value is unsure: its base is below the minimum, or its interval (at the level it
 * was computed) is wider than the declared share of the value. A value of 0 has no relative width;
 * the base alone decides. No interval: not judged (false), the card says "kein Intervall" instead.
 */
export function isUnreliable(interval: IntervalResult, value: number, thresholds: ReliabilityThresholds = DEFAULT_RELIABILITY): boolean {
  if (interval.kind !== 'interval') return false;
  if (interval.counts.base < thresholds.minBase) return true;
  if (value === 0) return false;
  return (interval.upper - interval.lower) / Math.abs(value) > thresholds.maxRelativeWidth;
}

/**
 * What catalog.json declares of an indicator's interval. The counts come from its `formula`
 * (numerator and denominator columns of its table) or, without one, from its value and a `base`
 * indicator (events = value × base / factor, rounded to whole events), as for the grid's shares.
 */
export interface IntervalSpec {
  method: IntervalMethod;
  /** why there is none, said to the reader ("Verhältnis zweier verschiedener Gruppen") */
  reason?: string;
  /** indicator id of the base, for indicators published without their counts */
  base?: string;
  /** the value's factor with `base` (100 for %, 1000 for "je 1.000") */
  factor?: number;
  /** thresholds of "unsicher (kleine Basis)" for this indicator; the catalog's defaults otherwise */
  maxRelativeWidth?: number;
  minBase?: number;
}
