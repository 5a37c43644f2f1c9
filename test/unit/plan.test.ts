import { describe, expect, it } from 'vitest';
import { makePlan, CLASS_MISSING, CLASS_SUPPRESSED } from '../../src/state/plan';
import { DEFAULT_STATE } from '../../src/state/atlas-state';
import type { AtlasData } from '../../src/data/atlas-data';
import type { Area, Cell, Indicator, Level } from '../../src/domain/types';
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
  sources: [{ table: 't.csv', column: 'q' }],
  source: 'Quelle',
  license: 'dl-de/by-2-0',
  vintage: '2024',
  sample: false,
  scheme: 'Blues',
  direction: 'higher-is-worse',
  ...over,
});

/** Cells per year (0: a table without years); area ids with a dash are sub-districts of 'a'. */
function data(ind: Indicator, cells: Array<[string, Cell]>, byYear: Record<number, Array<[string, Cell]>> = { 0: cells }): AtlasData {
  const ids = new Set(Object.values(byYear).flatMap((c) => c.map(([id]) => id)));
  const areas: Area[] = [...ids].map((id) => (id.includes('-') ? { id, name: id, level: 'sozialraum', parent: 'a' } : { id, name: id, level: 'gemeinde', parent: 'k' }));
  const years = Object.keys(byYear).map(Number).filter((y) => y !== 0);
  return {
    catalog: { indicators: [ind] } as AtlasData['catalog'],
    areas,
    series: new Map([
      [
        ind.id,
        {
          years: new Map([
            ['gemeinde', years],
            ['sozialraum', years],
          ]),
          cells: new Map(Object.entries(byYear).map(([y, c]) => [Number(y), new Map(c)])),
          reference: new Map(Object.keys(byYear).map((y) => [Number(y), { value: 5, official: true }])),
          sampleLevels: new Set<Level>(['sozialraum']),
        },
      ],
    ]),
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

  it('maps the latest year by default and another year on request', () => {
    const d = data(indicator(), [], { 2021: [['a', v(1)], ['b', v(2)]], 2022: [['a', v(3)], ['b', v(6)]] });
    expect(makePlan(d, { ...DEFAULT_STATE, indicator: 'q' })).toMatchObject({ year: 2022, years: [2021, 2022] });
    expect(makePlan(d, { ...DEFAULT_STATE, indicator: 'q', year: 2021 }).cells.get('b')).toEqual(v(2));
    expect(makePlan(d, { ...DEFAULT_STATE, indicator: 'q', year: 1999 }).year).toBe(2022);
  });

  it('the change map holds differences in percentage points, centred on 0, red where worse', () => {
    const d = data(indicator(), [], { 2021: [['a', v(1)], ['b', v(8)]], 2022: [['a', v(3)], ['b', v(6)]] });
    const plan = makePlan(d, { ...DEFAULT_STATE, indicator: 'q', display: 'change', classes: 4 });
    expect(plan.baseYear).toBe(2021);
    expect(plan.cells.get('a')).toEqual(v(2));
    expect(plan.cells.get('b')).toEqual(v(-2));
    expect(plan.measure).toMatchObject({ unit: 'Prozentpunkte', signed: true });
    expect(plan.thresholds).toContain(0);
    // a rise of a "higher is worse" share is in the red end of RdBu
    expect(plan.rows.at(-1)?.colour).toBe(palette('RdBu', 4)[0]);
  });

  it('the deviation map is the difference to the Kreis value', () => {
    const d = data(indicator(), [['a', v(7)], ['b', v(4)], ['c', { kind: 'suppressed' }]]);
    const plan = makePlan(d, { ...DEFAULT_STATE, indicator: 'q', display: 'deviation' });
    expect(plan.cells.get('a')).toEqual(v(2));
    expect(plan.cells.get('b')).toEqual(v(-1));
    expect(plan.cells.get('c')?.kind).toBe('suppressed');
  });

  it('classes per level by default, or with the Gemeinde breaks when held fixed', () => {
    const d = data(indicator(), [['a', v(10)], ['b', v(20)], ['c', v(30)], ['a-1', v(11)], ['a-2', v(12)], ['a-3', v(13)]]);
    const own = makePlan(d, { ...DEFAULT_STATE, indicator: 'q', level: 'sozialraum', classes: 3 });
    const fixed = makePlan(d, { ...DEFAULT_STATE, indicator: 'q', level: 'sozialraum', classes: 3, fixedClasses: true });
    expect(own.areas.map((a) => a.id)).toEqual(['a-1', 'a-2', 'a-3']);
    expect(new Set(own.classes.values()).size).toBe(3);
    expect(new Set(fixed.classes.values())).toEqual(new Set([0]));
    expect(own.sample).toBe(true);
  });
});
