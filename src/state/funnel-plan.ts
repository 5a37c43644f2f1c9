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
  value: number;
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
    const outside = (level: ConfidenceLevel) => {
      const l = funnelLimit(method, benchmark, factor, i.counts.base, level);
      return v.value < l.lower || v.value > l.upper;
    };
    points.push({ id: area.id, base: i.counts.base, value: v.value, beyond: outside(0.998) ? 0.998 : outside(0.95) ? 0.95 : null });
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
