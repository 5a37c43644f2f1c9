// The funnel's limits are the intervals' tests turned round: an area just inside the limit has an
// interval holding the Kreis value, one just outside has not (the promise the plot makes to a reader).
import { describe, expect, it } from 'vitest';
import { funnelCurve, funnelLimit } from '../../src/domain/funnel';
import { byar, compareWith, intervalOf } from '../../src/domain/intervals';

describe('funnel limits', () => {
  it('Wilson: p0 ± z·sqrt(p0(1−p0)/n), e.g. 17,7 % at n = 1.000: 15,33–20,07 % (95 %)', () => {
    const l = funnelLimit('wilson', 17.7, 100, 1000, 0.95);
    const sd = Math.sqrt((0.177 * 0.823) / 1000) * 1.959963984540054;
    expect(l.lower).toBeCloseTo((0.177 - sd) * 100, 10);
    expect(l.upper).toBeCloseTo((0.177 + sd) * 100, 10);
    expect(l.lower).toBeCloseTo(15.33, 2);
    expect(l.upper).toBeCloseTo(20.07, 2);
  });

  it('Wilson: a point just outside the funnel has an interval excluding the Kreis value, just inside one including it', () => {
    for (const [base, level] of [[200, 0.95], [5000, 0.95], [800, 0.998]] as const) {
      const l = funnelLimit('wilson', 17.7, 100, base, level);
      const above = Math.ceil((l.upper / 100) * base + 1e-9);
      const inside = Math.floor((l.upper / 100) * base - 1e-9);
      expect(compareWith(intervalOf('wilson', { events: above, base }, 100, level), 17.7)).toBe('higher');
      expect(compareWith(intervalOf('wilson', { events: inside, base }, 100, level), 17.7)).toBe('similar');
    }
  });

  it('Byar: the upper limit is the count whose lower Byar limit is the expected count', () => {
    const base = 10000;
    const l = funnelLimit('byar', 4.3, 100, base, 0.95);
    const expected = 430;
    const count = (l.upper / 100) * base;
    expect(byar(count, 0.95).lower).toBeCloseTo(expected, 6);
    expect(byar((l.lower / 100) * base, 0.95).upper).toBeCloseTo(expected, 6);
    expect(l.lower).toBeLessThan(4.3);
    expect(l.upper).toBeGreaterThan(4.3);
  });

  it('narrows as the base grows, and 99,8 % lies outside 95 %', () => {
    const curve = funnelCurve('wilson', 17.7, 100, [10, 100000], 0.95, 20);
    expect(curve).toHaveLength(21);
    expect(curve[0].base).toBeCloseTo(10, 6);
    expect(curve[20].base).toBeCloseTo(100000, 3);
    for (let i = 1; i < curve.length; i++) expect(curve[i].upper - curve[i].lower).toBeLessThan(curve[i - 1].upper - curve[i - 1].lower);
    const wide = funnelLimit('wilson', 17.7, 100, 500, 0.998);
    const narrow = funnelLimit('wilson', 17.7, 100, 500, 0.95);
    expect(wide.upper).toBeGreaterThan(narrow.upper);
    expect(wide.lower).toBeLessThan(narrow.lower);
  });

  it('Byar with few expected events has no lower limit above 0', () => {
    expect(funnelLimit('byar', 4.3, 100, 20, 0.95).lower).toBe(0);
  });
});
