// Counts as proportional circles: the promises of the radius scale, the size legend's values and
// the plan that map, legend and print read.
import { describe, expect, it } from 'vitest';
import { scaleSqrt } from 'd3-scale';
import { radiusScale, roundDown, sizeReferences, MAX_RADIUS, SYMBOL_AREA_FILL } from '../../src/domain/symbols';
import { makePlan, CLASS_MISSING } from '../../src/state/plan';
import { DEFAULT_STATE } from '../../src/state/atlas-state';
import type { AtlasData } from '../../src/data/atlas-data';
import type { Cell, Indicator } from '../../src/domain/types';

describe('radiusScale', () => {
  it('circle areas are in the ratio of the values, 0 has no circle, the largest value the largest radius', () => {
    const r = radiusScale(80000);
    expect(r(0)).toBe(0);
    expect(r(80000)).toBe(MAX_RADIUS);
    const area = (v: number) => Math.PI * r(v) ** 2;
    expect(area(40000) / area(80000)).toBeCloseTo(0.5, 10);
    expect(area(10000) / area(20000)).toBeCloseTo(0.5, 10);
  });
  it('never grows beyond the largest circle, nor draws a negative one', () => {
    const r = radiusScale(100);
    expect(r(400)).toBe(MAX_RADIUS);
    expect(r(-5)).toBe(0);
  });
  it('draws the radii of d3 scaleSqrt from zero, clamped', () => {
    const d3 = scaleSqrt().domain([0, 76000]).range([0, MAX_RADIUS]).clamp(true);
    const r = radiusScale(76000);
    for (const v of [-3, 0, 1, 250, 19000, 50000, 76000, 90000]) expect(r(v)).toBeCloseTo(d3(v), 12);
  });
});

describe('sizeReferences', () => {
  it('round values up to the maximum, largest first: about 1, 1/4 and 1/16 of it', () => {
    expect(sizeReferences(3000, 76000)).toEqual([50000, 10000, 2000]);
    expect(sizeReferences(100, 1234)).toEqual([1000, 200, 50]);
  });
  it('leaves out a third circle far below every value shown, and gives none without a value', () => {
    expect(sizeReferences(9000, 76000)).toEqual([50000, 10000]);
    expect(sizeReferences(0, 0)).toEqual([]);
  });
  it('roundDown takes 1, 2 or 5 × 10^n', () => {
    expect([roundDown(76000), roundDown(19999), roundDown(1), roundDown(0.37)]).toEqual([50000, 10000, 1, 0.2]);
  });
});

const einwohner: Indicator = {
  id: 'ew', label: 'Einwohner', topic: 'T', unit: 'Personen', kind: 'count', decimals: 0, table: 't.csv', column: 'ew',
  sources: [{ table: 't.csv', column: 'ew' }], source: 'Q', license: 'L', vintage: '2018', sample: false, scheme: 'Blues',
  direction: 'neutral', display: 'circles',
};
const v = (value: number): Cell => ({ kind: 'value', value });
const data = (ind: Indicator, cells: Array<[string, Cell]>): AtlasData =>
  ({
    catalog: { indicators: [ind] },
    areas: cells.map(([id]) => ({ id, name: id, level: 'gemeinde', parent: 'k' })),
    series: new Map([[ind.id, { years: new Map([['gemeinde', []]]), cells: new Map([[0, new Map(cells)]]), reference: new Map(), sampleLevels: new Set() }]]),
  }) as unknown as AtlasData;

describe('a circle map in the plan', () => {
  const cells: Array<[string, Cell]> = [['a', v(76000)], ['b', v(19000)], ['c', { kind: 'missing' }]];
  it('resolves one radius scale for map, legend and print; the areas beneath are neutral, a missing one hatched', () => {
    const plan = makePlan(data(einwohner, cells), { ...DEFAULT_STATE, indicator: 'ew' });
    expect(plan.symbols).not.toBeNull();
    expect(plan.symbols?.radius(76000)).toBe(MAX_RADIUS);
    expect(plan.symbols?.radius(19000)).toBeCloseTo(MAX_RADIUS / 2, 10);
    expect(plan.symbols?.references).toEqual([50000, 10000]);
    expect(plan.rows).toEqual([]);
    expect(plan.fill('a')).toBe(SYMBOL_AREA_FILL);
    expect(plan.fill('b')).toBe(SYMBOL_AREA_FILL);
    expect(plan.classes.has('a')).toBe(false);
    expect(plan.classes.get('c')).toBe(CLASS_MISSING);
    expect(plan.missing).toBe(1);
    expect(plan.hatched).toBe(true);
  });
  it('a choropleth indicator, or a count without `circles`, has no circles', () => {
    expect(makePlan(data({ ...einwohner, display: 'choropleth' }, cells), { ...DEFAULT_STATE, indicator: 'ew' }).symbols).toBeNull();
    expect(makePlan(data({ ...einwohner, display: undefined }, cells), { ...DEFAULT_STATE, indicator: 'ew' }).symbols).toBeNull();
  });
});
