// The Trichterdiagramm as data, for the pane and print alike: each area in view with an interval as a
// point (its base, its value), the Kreis value, and the 95 % and 99,8 % limits over the bases shown
// (domain/funnel.ts). A point outside a limit is exactly an area the significance map calls
// significantly different at that level.
import { funnelCurve, funnelLimit, type FunnelLimit } from '../domain/funnel';
import type { ConfidenceLevel } from '../domain/intervals';
import type { Plan } from './plan';

export interface FunnelPoint {
  id: string;
  base: number;
  /** events / base × factor: where the dot sits */
  value: number;
  /** the published value, as card and table give it */
  shown: number;
  /** the widest limit it lies outside (99,8 % before 95 %), null inside both */
  beyond: ConfidenceLevel | null;
}

export interface FunnelPlan {
  points: FunnelPoint[];
  benchmark: number;
  /** the bases the x axis spans */
  bases: [number, number];
  limits: Record<ConfidenceLevel, FunnelLimit[]>;
}

/** Null where the plan's indicator has no intervals or no Kreis value: the pane says why. */
export function funnelPlan(plan: Pick<Plan, 'intervals' | 'values' | 'shown'>): FunnelPlan | null {
  const { method, benchmark, factor, areas } = plan.intervals;
  if (method === null || method === 'none' || benchmark === null) return null;
  const points: FunnelPoint[] = [];
  for (const area of plan.shown) {
    const i = areas.get(area.id)?.interval;
    const v = plan.values.get(area.id);
    if (i?.kind !== 'interval' || v?.kind !== 'value') continue;
    // At its counts' own ratio, not the published rounded value: a Gemeinde at 17,96 % published as
    // 18,0 % must not cross a limit its interval does not cross (the e2e test caught one).
    const value = (i.counts.events / i.counts.base) * factor;
    const outside = (level: ConfidenceLevel) => {
      const l = funnelLimit(method, benchmark, factor, i.counts.base, level);
      return value < l.lower || value > l.upper;
    };
    points.push({ id: area.id, base: i.counts.base, value, shown: v.value, beyond: outside(0.998) ? 0.998 : outside(0.95) ? 0.95 : null });
  }
  if (!points.length) return null;
  // ordered by base, so that the arrow keys walk the funnel from its mouth to its neck
  points.sort((a, b) => a.base - b.base || a.value - b.value);
  const bases: [number, number] = [Math.max(1, points[0].base * 0.8), points[points.length - 1].base * 1.25];
  return {
    points,
    benchmark,
    bases,
    limits: { 0.95: funnelCurve(method, benchmark, factor, bases, 0.95), 0.998: funnelCurve(method, benchmark, factor, bases, 0.998) },
  };
}
