// Intervals per area on the real data: from a formula's count columns (Gemeinden), from the value
// and a base indicator (grid cells), none where the catalog says none; unsure values faded in the
// plan's style, the one place deciding how an area looks.
import { describe, expect, it } from 'vitest';
import { loadAtlasData } from '../../src/data/atlas-data';
import { loadGrid, withGrid } from '../../src/data/grid';
import { DEFAULT_STATE } from '../../src/state/atlas-state';
import { makePlan } from '../../src/state/plan';
import { wilson } from '../../src/domain/intervals';
import { unsureFill } from '../../src/symbology/areas';
import { fromDisk } from './support/from-disk';

describe('the interval plan on the real data', async () => {
  const disk = fromDisk('public/data');
  const data = await loadAtlasData('', disk);
  const gemeinden = new Set(data.areas.filter((a) => a.level === 'gemeinde').map((a) => a.id));
  const withCells = withGrid(data, await loadGrid('', data.catalog, gemeinden, disk));

  it('takes a Gemeinde share from its formula counts: Troisdorf, 13.223 of 74.400 under 18 (2015)', () => {
    const plan = makePlan(data, { ...DEFAULT_STATE, indicator: 'anteil-unter-18' });
    const troisdorf = plan.intervals.areas.get('05382068');
    const expected = wilson(13223, 74400);
    expect(troisdorf?.interval).toMatchObject({ kind: 'interval', counts: { events: 13223, base: 74400 } });
    if (troisdorf?.interval.kind !== 'interval') throw new Error('no interval');
    expect(troisdorf.interval.lower).toBeCloseTo(expected.lower * 100, 10);
    expect(troisdorf.interval.upper).toBeCloseTo(expected.upper * 100, 10);
    expect(troisdorf.unsure).toBe(false);
    // the Kreis: 17,7 %; Troisdorf 17,8 % (17,5 – 18,0): similar
    expect(plan.intervals.benchmark).toBe(17.7);
    expect(troisdorf.significance).toBe('similar');
    const { higher, similar, lower } = plan.intervals.groups;
    expect(higher + similar + lower + plan.intervals.groups['not-assessable']).toBe(plan.shown.length);
  });

  it('says better or worse where the indicator has a direction', () => {
    const plan = makePlan(data, { ...DEFAULT_STATE, indicator: 'arbeitslose-je-100' });
    const judgements = new Set([...plan.intervals.areas.values()].map((a) => a.judgement));
    expect([...judgements].every((j) => ['better', 'worse', 'similar'].includes(j))).toBe(true);
    expect(plan.intervals.method).toBe('byar');
  });

  it('has no interval for a ratio of unrelated counts, with the catalog\'s reason', () => {
    const plan = makePlan(data, { ...DEFAULT_STATE, indicator: 'jugendquotient' });
    expect(plan.intervals.method).toBe('none');
    expect(plan.intervals.reason).toMatch(/nicht Teil der Nennergruppe/);
    expect([...plan.intervals.areas.values()].every((a) => a.interval.kind === 'none' && a.significance === 'not-assessable')).toBe(true);
  });

  it('rebuilds a grid cell\'s count from share and residents, marks it unsure and fades it at the grid level', () => {
    const state = { ...DEFAULT_STATE, indicator: 'raster-unter-18', level: 'raster' as const, focus: '05382068' };
    const plan = makePlan(withCells, state);
    const cell = plan.intervals.areas.get('1kmN3087E4122');
    // 6 residents, 50 % under 18: 3 of 6
    expect(cell?.interval).toMatchObject({ kind: 'interval', counts: { events: 3, base: 6 } });
    expect(cell?.unsure).toBe(true);
    expect(plan.fadesUnsure).toBe(true);
    expect(plan.style('1kmN3087E4122')).toEqual({ fill: unsureFill(plan.fill('1kmN3087E4122')), hatched: false, unsure: true });
    const sure = [...plan.intervals.areas].find(([, a]) => a.interval.kind === 'interval' && !a.unsure);
    expect(sure && plan.style(sure[0]).fill).toBe(sure && plan.fill(sure[0]));
    const off = makePlan(withCells, { ...state, fadeUnsure: false });
    expect(off.style('1kmN3087E4122').fill).toBe(off.fill('1kmN3087E4122'));
    // the Gemeinde level does not fade unless asked to
    expect(makePlan(data, { ...DEFAULT_STATE, indicator: 'anteil-unter-18' }).fadesUnsure).toBe(false);
  });

  it('is wider at 99.8 %, while unsure is judged at 95 % either way', () => {
    const at95 = makePlan(data, { ...DEFAULT_STATE, indicator: 'anteil-unter-18' }).intervals.areas.get('05382068');
    const at998 = makePlan(data, { ...DEFAULT_STATE, indicator: 'anteil-unter-18', confidence: 0.998 }).intervals.areas.get('05382068');
    if (at95?.interval.kind !== 'interval' || at998?.interval.kind !== 'interval') throw new Error('no interval');
    expect(at998.interval.lower).toBeLessThan(at95.interval.lower);
    expect(at998.unsure).toBe(at95.unsure);
  });
});
