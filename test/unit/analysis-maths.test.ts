// The analysis views' maths on examples worked out by hand (the sums are written beside them).
import { describe, expect, it } from 'vitest';
import { fit, pairsOf, strengthOf } from '../../src/domain/regression';
import { axisClass, bivariateClass, bivariateCuts, BIVARIATE_COLOURS } from '../../src/domain/bivariate';
import { competitionRanks, rankShifts, socialIndex, standardise, type IndexRecipe } from '../../src/domain/social-index';
import { rankAreas } from '../../src/domain/ranking';
import { MISSING, SUPPRESSED, valueCell, type Cell } from '../../src/domain/types';

const cells = (entries: Record<string, number | null>): Map<string, Cell> =>
  new Map(Object.entries(entries).map(([id, v]) => [id, v === null ? MISSING : valueCell(v)]));

describe('regression', () => {
  // x̄ = 3, ȳ = 4; Sxx = 10, Syy = 6, Sxy = 4 + 0 + 0 + 0 + 2 = 6
  // slope = 6/10 = 0,6; intercept = 4 − 0,6·3 = 2,2; r = 6/√60 = 0,7746; r² = 36/60 = 0,6
  const x = cells({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 });
  const y = cells({ a: 2, b: 4, c: 5, d: 4, e: 5, f: null });
  it('pairs only areas with a value in both', () => {
    expect(pairsOf(['a', 'b', 'c', 'd', 'e', 'f', 'g'], x, y).map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('fits the least-squares line with Pearson r and r²', () => {
    const f = fit(pairsOf([...x.keys()], x, y));
    expect(f?.n).toBe(5);
    expect(f?.slope).toBeCloseTo(0.6, 12);
    expect(f?.intercept).toBeCloseTo(2.2, 12);
    expect(f?.r).toBeCloseTo(6 / Math.sqrt(60), 12);
    expect(f?.r2).toBeCloseTo(0.6, 12);
  });
  it('says nothing for fewer than three pairs or a constant axis', () => {
    expect(fit([{ id: 'a', x: 1, y: 1 }, { id: 'b', x: 2, y: 3 }])).toBeNull();
    expect(fit([{ id: 'a', x: 1, y: 1 }, { id: 'b', x: 1, y: 3 }, { id: 'c', x: 1, y: 2 }])).toBeNull();
  });
  it('names the strength after Cohen', () => {
    expect([0.05, -0.2, 0.35, -0.71].map(strengthOf)).toEqual(['none', 'weak', 'moderate', 'strong']);
  });
});

describe('bivariate classes', () => {
  it('splits into terciles: cuts are the 4th and 7th of nine values', () => {
    const cuts = bivariateCuts([9, 1, 2, 3, 4, 5, 6, 7, 8], 'terciles', null);
    expect(cuts).toEqual([4, 7]);
    expect([3, 4, 6.9, 7, 9].map((v) => axisClass(v, cuts))).toEqual([0, 1, 1, 2, 2]);
  });
  it('a Kreis split uses the outer classes only', () => {
    expect(bivariateCuts([1, 2, 3], 'kreis', 2.5)).toEqual([2.5]);
    expect([1, 2.5, 3].map((v) => axisClass(v, [2.5]))).toEqual([0, 2, 2]);
  });
  it('row = y class, column = x class; high x low y is the teal corner', () => {
    expect(bivariateClass(9, 1, [4, 7], [4, 7])).toBe(2);
    expect(BIVARIATE_COLOURS[2]).toBe('#5ac8c8');
    expect(bivariateClass(1, 9, [4, 7], [4, 7])).toBe(6);
    expect(bivariateClass(5, 5, [4, 7], [4, 7])).toBe(4);
    expect(bivariateClass(8, 8, [4, 7], [4, 7])).toBe(8);
    expect(new Set(BIVARIATE_COLOURS).size).toBe(9);
  });
});

describe('Sozialindex', () => {
  // p (more need when higher): A 10, B 20, C 30, D 40; q (more need when lower): A 3, B 1, C 2, D missing
  const values = new Map([
    ['p', new Map<string, number | null>([['A', 10], ['B', 20], ['C', 30], ['D', 40]])],
    ['q', new Map<string, number | null>([['A', 3], ['B', 1], ['C', 2], ['D', null]])],
  ]);
  const ids = ['A', 'B', 'C', 'D'];
  const recipe = (standardisation: 'z' | 'rank'): IndexRecipe => ({
    standardisation,
    components: [
      { indicator: 'p', direction: 'higher', weight: 2 },
      { indicator: 'q', direction: 'lower', weight: 1 },
    ],
  });

  it('leaves out an area with a missing component and names it, never imputes', () => {
    const r = socialIndex(recipe('z'), values, ids);
    expect(r.excluded).toEqual([{ id: 'D', missing: ['q'] }]);
    expect(r.values.has('D')).toBe(false);
  });

  it('z-scores: p among A–C is 10, 20, 30 (mean 20, σ = √(200/3)), −q is −3, −1, −2 (mean −2, σ = √(2/3))', () => {
    // z(p) = −√1,5, 0, √1,5; z(−q) = −√1,5, √1,5, 0; index = (2·z(p) + z(−q)) / 3
    const s = Math.sqrt(1.5);
    const r = socialIndex(recipe('z'), values, ids).values;
    expect(r.get('A')).toBeCloseTo(-s, 12);
    expect(r.get('B')).toBeCloseTo(s / 3, 12);
    expect(r.get('C')).toBeCloseTo((2 * s) / 3, 12);
  });

  it('ranks: scaled to −1 … +1; index A −1, B 1/3, C 2/3', () => {
    const r = socialIndex(recipe('rank'), values, ids).values;
    expect(r.get('A')).toBeCloseTo(-1, 12);
    expect(r.get('B')).toBeCloseTo(1 / 3, 12);
    expect(r.get('C')).toBeCloseTo(2 / 3, 12);
  });

  it('averages the ranks of ties', () => {
    // ascending ranks 2,5 / 0 / 2,5 / 1, centred on 1,5 and divided by 1,5
    const s = standardise([5, 1, 5, 3], 'rank');
    [2 / 3, -1, 2 / 3, -1 / 3].forEach((v, i) => expect(s[i]).toBeCloseTo(v, 12));
    expect(standardise([4, 4, 4], 'z')).toEqual([0, 0, 0]);
  });

  it('sensitivity: with equal weights B ties C at 0,5 and climbs from rank 2 to 1', () => {
    const shifts = rankShifts(recipe('rank'), values, ids);
    expect(shifts[0]).toEqual({ id: 'B', rank: 2, equalRank: 1, shift: -1 });
    expect(shifts.find((s) => s.id === 'C')).toEqual({ id: 'C', rank: 1, equalRank: 1, shift: 0 });
    expect(shifts.find((s) => s.id === 'A')).toEqual({ id: 'A', rank: 3, equalRank: 3, shift: 0 });
  });

  it('ignores components of weight 0', () => {
    const r = socialIndex({ standardisation: 'rank', components: [...recipe('rank').components, { indicator: 'x', direction: 'higher', weight: 0 }] }, values, ids);
    expect(r.excluded).toEqual([{ id: 'D', missing: ['q'] }]);
  });
});

describe('ranking', () => {
  it('orders highest first, ties share a rank, areas without a value are left out', () => {
    const c = new Map<string, Cell>([['a', valueCell(5)], ['b', valueCell(7)], ['c', MISSING], ['d', valueCell(7)], ['e', SUPPRESSED]]);
    expect(rankAreas(['a', 'b', 'c', 'd', 'e'], c)).toEqual([
      { id: 'b', value: 7, rank: 1 },
      { id: 'd', value: 7, rank: 1 },
      { id: 'a', value: 5, rank: 3 },
    ]);
    expect(competitionRanks(new Map([['x', 1], ['y', 3], ['z', 3]]))).toEqual(new Map([['x', 3], ['y', 1], ['z', 1]]));
  });
});
