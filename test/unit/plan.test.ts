import { describe, expect, it } from 'vitest';
import { makePlan, CLASS_MISSING, CLASS_SUPPRESSED } from '../../src/state/plan';
import { DEFAULT_STATE } from '../../src/state/atlas-state';
import type { AtlasData } from '../../src/data/atlas-data';
import type { Cell, Indicator } from '../../src/domain/types';
import { palette } from '../../src/domain/colour';

const indicator = (over: Partial<Indicator> = {}): Indicator => ({
  id: 'q',
  label: 'Quote',
  topic: 'T',
  unit: '%',
  kind: 'share',
  decimals: 1,
  table: 't.csv',
  column: 'q',
  source: 'Quelle',
  license: 'dl-de/by-2-0',
  vintage: '2024',
  sample: false,
  scheme: 'Blues',
  direction: 'higher-is-worse',
  ...over,
});

function data(ind: Indicator, cells: Array<[string, Cell]>): AtlasData {
  return {
    catalog: { indicators: [ind] } as AtlasData['catalog'],
    values: new Map([[ind.id, new Map(cells)]]),
    reference: new Map([[ind.id, { value: 5, official: true }]]),
  } as AtlasData;
}

const v = (value: number): Cell => ({ kind: 'value', value });

describe('makePlan', () => {
  const cells: Array<[string, Cell]> = [
    ['a', v(1)],
    ['b', v(2)],
    ['c', v(3)],
    ['d', v(4)],
    ['e', { kind: 'missing' }],
    ['f', { kind: 'suppressed' }],
  ];

  it('gives every area a class or a non-scale style, and counts them for the legend', () => {
    const plan = makePlan(data(indicator(), cells), { ...DEFAULT_STATE, indicator: 'q', classes: 4 });
    expect(plan.rows.map((r) => r.count)).toEqual([1, 1, 1, 1]);
    expect(plan.classes.get('e')).toBe(CLASS_MISSING);
    expect(plan.classes.get('f')).toBe(CLASS_SUPPRESSED);
    expect(plan.missing).toBe(1);
    expect(plan.suppressed).toBe(1);
    expect(plan.rows.map((r) => r.colour)).toEqual(palette('Blues', 4));
  });

  it('suppressed and missing values never enter the breaks', () => {
    const plan = makePlan(data(indicator(), cells), { ...DEFAULT_STATE, indicator: 'q', method: 'equal', classes: 3 });
    expect(plan.rows[0].lower).toBe(1);
    expect(plan.rows[plan.rows.length - 1].upper).toBe(4);
  });

  it('reverses the ramp when higher is better, so the strong colour marks need', () => {
    const plan = makePlan(data(indicator({ direction: 'higher-is-better' }), cells), { ...DEFAULT_STATE, indicator: 'q', classes: 4 });
    expect(plan.rows.map((r) => r.colour)).toEqual(palette('Blues', 4).reverse());
  });
});
