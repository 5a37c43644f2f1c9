// Confidence intervals against published reference values, and the cases where there is none.
import { describe, expect, it } from 'vitest';
import { byar, compareWith, intervalOf, isUnreliable, judge, poissonExact, poissonLimits, wilson, zOf } from '../../src/domain/intervals';

const near = (actual: number, expected: number, digits = 4) => expect(actual).toBeCloseTo(expected, digits);

describe('zOf', () => {
  it('gives the two-sided normal quantiles of 95 % and 99.8 %', () => {
    near(zOf(0.95), 1.959964, 6);
    near(zOf(0.998), 3.090232, 6);
  });
});

describe('wilson', () => {
  // Newcombe RG (1998): Two-sided confidence intervals for the single proportion: comparison of
  // seven methods. Statistics in Medicine 17:857–872, Table I, method 3 (score, no continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i: %f – %f (Newcombe 1998, Table I)', (events, base, lower, upper) => {
    const ci = wilson(events, base);
    expect(Math.abs(ci.lower - lower)).toBeLessThan(0.00006);
    expect(Math.abs(ci.upper - upper)).toBeLessThan(0.00006);
  });

  it('is exact at all events: the upper bound is 1, the lower bound mirrors 0 events', () => {
    const all = wilson(20, 20);
    expect(all.upper).toBe(1);
    near(all.lower, 1 - 0.1611);
  });

  it('is wider at 99.8 % than at 95 %', () => {
    const a = wilson(15, 148, 0.95);
    const b = wilson(15, 148, 0.998);
    expect(b.lower).toBeLessThan(a.lower);
    expect(b.upper).toBeGreaterThan(a.upper);
  });
});

describe('poissonExact', () => {
  // Exact (Garwood) 95 % limits of an observed Poisson count, as tabulated by Breslow NE, Day NE (1987):
  // Statistical Methods in Cancer Research, Vol. II, IARC Sci Publ 82, Appendix II, and by
  // Ulm K (1990), Am J Epidemiol 131:373–375.
  it.each([
    [0, 0, 3.689],
    [1, 0.0253, 5.572],
    [2, 0.242, 7.225],
    [3, 0.619, 8.767],
    [5, 1.623, 11.668],
    [10, 4.795, 18.39],
    [20, 12.217, 30.889],
  ])('%i observed: %f – %f', (events, lower, upper) => {
    const ci = poissonExact(events);
    expect(Math.abs(ci.lower - lower)).toBeLessThan(0.001);
    expect(Math.abs(ci.upper - upper)).toBeLessThan(0.001);
  });
});

describe('byar', () => {
  // Byar's approximation (Breslow & Day 1987, p. 69; PHE/APHO Technical Guide: Confidence
  // Intervals, 2008, "Byar's method"): within 0.02 of the exact limits from 10 events on.
  it.each([
    [10, 4.795, 18.39],
    [20, 12.217, 30.889],
    [100, 81.364, 121.627],
  ])('%i observed: close to the exact %f – %f', (events, lower, upper) => {
    const ci = byar(events);
    expect(Math.abs(ci.lower - lower)).toBeLessThan(0.03);
    expect(Math.abs(ci.upper - upper)).toBeLessThan(0.04);
  });

  it('gives way to the exact limits below 10 events', () => {
    expect(poissonLimits(5)).toEqual(poissonExact(5));
    expect(poissonLimits(10)).toEqual(byar(10));
  });
});

describe('intervalOf', () => {
  it('scales a share to per cent and a rate to its factor', () => {
    const share = intervalOf('wilson', { events: 81, base: 263 }, 100);
    expect(share.kind).toBe('interval');
    if (share.kind === 'interval') {
      near(share.lower, 25.53, 2);
      near(share.upper, 36.62, 2);
    }
    // 20 events in 10.000 persons, je 1.000: 2,0 (1,22 – 3,09)
    const rate = intervalOf('byar', { events: 20, base: 10000 }, 1000);
    if (rate.kind !== 'interval') throw new Error('expected an interval');
    near(rate.lower, 1.222, 2);
    near(rate.upper, 3.089, 2);
  });

  it('has an interval at 0 events and at all events', () => {
    const none = intervalOf('wilson', { events: 0, base: 20 }, 100);
    expect(none).toMatchObject({ kind: 'interval', lower: 0 });
    const all = intervalOf('wilson', { events: 20, base: 20 }, 100);
    expect(all).toMatchObject({ kind: 'interval', upper: 100 });
    const zeroRate = intervalOf('byar', { events: 0, base: 500 }, 1000);
    expect(zeroRate).toMatchObject({ kind: 'interval', lower: 0 });
  });

  it('gives no interval, never a number, for base 0, the method none and impossible counts', () => {
    expect(intervalOf('wilson', { events: 0, base: 0 }, 100)).toEqual({ kind: 'none', reason: 'base-zero' });
    expect(intervalOf('byar', { events: 3, base: 0 }, 1000)).toEqual({ kind: 'none', reason: 'base-zero' });
    expect(intervalOf('none', { events: 10, base: 100 }, 100)).toEqual({ kind: 'none', reason: 'method' });
    expect(intervalOf('wilson', { events: 30, base: 20 }, 100)).toEqual({ kind: 'none', reason: 'invalid' });
    expect(intervalOf('wilson', { events: -1, base: 20 }, 100)).toEqual({ kind: 'none', reason: 'invalid' });
    expect(intervalOf('wilson', { events: NaN, base: 20 }, 100)).toEqual({ kind: 'none', reason: 'invalid' });
  });
});

describe('compareWith and judge', () => {
  const ci = intervalOf('wilson', { events: 81, base: 263 }, 100); // 25,5 – 36,6 %
  it('is higher, similar or lower as the interval lies above, around or below the benchmark', () => {
    expect(compareWith(ci, 20)).toBe('higher');
    expect(compareWith(ci, 30)).toBe('similar');
    expect(compareWith(ci, 40)).toBe('lower');
  });

  it('cannot assess without an interval or without a benchmark', () => {
    expect(compareWith({ kind: 'none', reason: 'suppressed' }, 30)).toBe('not-assessable');
    expect(compareWith(ci, null)).toBe('not-assessable');
  });

  it('says better or worse only where the indicator has a direction', () => {
    expect(judge('higher', 'higher-is-worse')).toBe('worse');
    expect(judge('higher', 'higher-is-better')).toBe('better');
    expect(judge('lower', 'higher-is-worse')).toBe('better');
    expect(judge('lower', 'higher-is-better')).toBe('worse');
    expect(judge('higher', 'neutral')).toBe('higher');
    expect(judge('similar', 'higher-is-worse')).toBe('similar');
    expect(judge('not-assessable', 'higher-is-better')).toBe('not-assessable');
  });
});

describe('isUnreliable', () => {
  it('flags a small base and a wide interval, not a large base with a narrow one', () => {
    // the Troisdorf cell of the issue: 3 of 24 residents under 18 (12,5 %)
    const cell = intervalOf('wilson', { events: 3, base: 24 }, 100);
    expect(isUnreliable(cell, 12.5)).toBe(true);
    const gemeinde = intervalOf('wilson', { events: 4313, base: 23435 }, 100);
    expect(isUnreliable(gemeinde, 18.4)).toBe(false);
    // base 400: above the minimum base, but 4 of 400 (1 %) spans 0,39 – 2,5 %: wider than 0.8 × the value
    const wide = intervalOf('wilson', { events: 4, base: 400 }, 100);
    expect(isUnreliable(wide, 1)).toBe(true);
  });

  it('judges 0 events by the base alone, and leaves areas without interval unjudged', () => {
    expect(isUnreliable(intervalOf('wilson', { events: 0, base: 5000 }, 100), 0)).toBe(false);
    expect(isUnreliable(intervalOf('wilson', { events: 0, base: 50 }, 100), 0)).toBe(true);
    expect(isUnreliable({ kind: 'none', reason: 'missing' }, 5)).toBe(false);
  });

  it('takes declared thresholds', () => {
    const ci = intervalOf('wilson', { events: 50, base: 200 }, 100);
    expect(isUnreliable(ci, 25, { maxRelativeWidth: 0.8, minBase: 500 })).toBe(true);
    expect(isUnreliable(ci, 25, { maxRelativeWidth: 0.1, minBase: 10 })).toBe(true);
    expect(isUnreliable(ci, 25, { maxRelativeWidth: 0.8, minBase: 10 })).toBe(false);
  });
});
