import { describe, expect, it } from 'vitest';
import { scaleThreshold } from 'd3-scale';
import { classBounds, classOf, clampClasses, thresholds, thresholdScale } from '../../src/domain/classify';

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('thresholds', () => {
  it('quantiles put equally many values in each class', () => {
    const cuts = thresholds(values, 'quantile', 5);
    expect(cuts).toHaveLength(4);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classOf(v, cuts)]++;
    expect(counts).toEqual([2, 2, 2, 2, 2]);
  });

  it('equal intervals split the range evenly', () => {
    expect(thresholds([0, 10, 20, 100], 'equal', 4)).toEqual([25, 50, 75]);
  });

  it('natural breaks (ckmeans) find the gaps between clusters', () => {
    const clustered = [1, 1.2, 1.1, 10, 10.5, 11, 30, 31];
    expect(thresholds(clustered, 'jenks', 3)).toEqual([10, 30]);
  });

  it('manual breaks are used as given, sorted', () => {
    expect(thresholds(values, 'manual', 5, [7, 3])).toEqual([3, 7]);
  });

  it('never makes more classes than there are distinct values', () => {
    expect(thresholds([4, 4, 4], 'quantile', 5)).toEqual([]);
    expect(thresholds([1, 1, 2, 2], 'equal', 5)).toHaveLength(1);
  });

  it('clamps the class count to 3..7', () => {
    expect(clampClasses(1)).toBe(3);
    expect(clampClasses(12)).toBe(7);
    expect(clampClasses(Number.NaN)).toBe(5);
  });
});

describe('classOf and classBounds', () => {
  it('a value equal to a threshold belongs to the upper class', () => {
    expect(classOf(5, [5, 8])).toBe(1);
    expect(classOf(4.99, [5, 8])).toBe(0);
    expect(classOf(100, [5, 8])).toBe(2);
  });

  it('outer bounds come from the data', () => {
    expect(classBounds([2, 9, 4], [5])).toEqual([
      [2, 5],
      [5, 9],
    ]);
  });

  it('an outer class no value reaches spans one step of its neighbour, never a bound equal to itself', () => {
    // A Sozialindex from −1,18 to +1,80 in centred classes of 0,8: the lowest class is empty.
    expect(classBounds([-1.18, 0.2, 1.8], [-1.2, -0.4, 0.4, 1.2])).toEqual([
      [-2, -1.2],
      [-1.2, -0.4],
      [-0.4, 0.4],
      [0.4, 1.2],
      [1.2, 1.8],
    ]);
    expect(classBounds([1, 2], [5, 10]).at(-1)).toEqual([10, 15]);
  });
});

describe('thresholdScale', () => {
  it('gives every value the colour d3 scaleThreshold gives it, cuts included', () => {
    const cuts = [10, 20.5, 30];
    const colours = ['#a', '#b', '#c', '#d'];
    const d3 = scaleThreshold<number, string>().domain(cuts).range(colours);
    const ours = thresholdScale(cuts, colours);
    for (const v of [-1e9, 0, 9.999, 10, 15, 20.5, 29, 30, 31, 1e9]) expect(ours(v)).toBe(d3(v));
    expect(ours(10)).toBe('#b');
  });
});
