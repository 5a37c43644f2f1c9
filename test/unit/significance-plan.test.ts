// "Vergleich mit dem Kreiswert" as a plan on the real data: three groups worded by the indicator's
// direction, counts that add up to the areas in view, fills from the one symbology, areas without an
// interval hatched as "nicht bewertbar", and the values themselves kept for table and card.
import { describe, expect, it } from 'vitest';
import { loadAtlasData } from '../../src/data/atlas-data';
import { DEFAULT_STATE, stateOf, toHash } from '../../src/state/atlas-state';
import { makePlan } from '../../src/state/plan';
import { SIGNIFICANCE_COLOURS, NOT_ASSESSABLE_FILL } from '../../src/symbology/significance';
import { CLASS_NOT_ASSESSABLE } from '../../src/state/significance-plan';
import { funnelPlan } from '../../src/state/funnel-plan';
import { fromDisk } from './support/from-disk';

describe('the significance map', async () => {
  const data = await loadAtlasData('', fromDisk('public/data'));

  it('groups the Gemeinden of a share by their Wilson interval against the Kreis value', () => {
    const plan = makePlan(data, { ...DEFAULT_STATE, indicator: 'anteil-unter-18', display: 'significance' });
    expect(plan.display).toBe('value');
    expect(plan.significance?.benchmark).toBe(17.7);
    expect(plan.rows.map((r) => r.label)).toEqual(['signifikant niedriger', 'ähnlich', 'signifikant höher']);
    const total = plan.rows.reduce((n, r) => n + r.count, plan.missing + plan.suppressed + (plan.significance?.notAssessable ?? 0));
    expect(total).toBe(plan.shown.length);
    // Troisdorf 17,8 % (17,5–18,0) holds the Kreis value: "ähnlich", pale yellow
    expect(plan.classes.get('05382068')).toBe(1);
    expect(plan.style('05382068')).toEqual({ fill: SIGNIFICANCE_COLOURS.similar, hatched: false });
    // the table and card keep the value, not a group number
    expect(plan.cells.get('05382068')).toEqual(plan.values.get('05382068'));
    for (const [id, a] of plan.intervals.areas) {
      const cls = plan.classes.get(id);
      if (a.significance === 'higher') expect(cls).toBe(2);
      if (a.significance === 'lower') expect(cls).toBe(0);
    }
  });

  it('says better and worse where higher is worse', () => {
    const plan = makePlan(data, { ...DEFAULT_STATE, indicator: 'arbeitslose-je-100', display: 'significance' });
    expect(plan.rows.map((r) => r.label)).toEqual(['signifikant günstiger', 'ähnlich', 'signifikant ungünstiger']);
    expect(plan.rows.map((r) => r.colour)).toEqual([SIGNIFICANCE_COLOURS.better, SIGNIFICANCE_COLOURS.similar, SIGNIFICANCE_COLOURS.worse]);
  });

  it('hatches every area as "nicht bewertbar" where the catalog declares no interval, and says why', () => {
    const plan = makePlan(data, { ...DEFAULT_STATE, indicator: 'jugendquotient', display: 'significance' });
    expect(plan.rows.every((r) => r.count === 0)).toBe(true);
    expect(plan.significance?.notAssessable).toBe(plan.shown.length - plan.missing - plan.suppressed);
    expect(plan.significance?.reason).toMatch(/nicht Teil der Nennergruppe/);
    const id = plan.shown[0].id;
    expect(plan.classes.get(id)).toBe(CLASS_NOT_ASSESSABLE);
    expect(plan.style(id)).toEqual({ fill: NOT_ASSESSABLE_FILL, hatched: true });
  });

  it('is linked as ansicht=signifikanz', () => {
    const state = { ...DEFAULT_STATE, indicator: 'anteil-unter-18', display: 'significance' as const };
    const hash = toHash(state);
    expect(hash).toContain('ansicht=signifikanz');
    expect(stateOf(new URLSearchParams(hash.replace(/^#/, '')), ['anteil-unter-18']).display).toBe('significance');
  });

  it('puts outside the funnel exactly the areas the map calls significant, at both levels', () => {
    for (const indicator of ['anteil-unter-18', 'arbeitslose-je-100', 'frauenanteil']) {
      for (const confidence of [0.95, 0.998] as const) {
        const plan = makePlan(data, { ...DEFAULT_STATE, indicator, confidence });
        const funnel = funnelPlan(plan);
        if (!funnel) throw new Error(`no funnel for ${indicator}`);
        for (const p of funnel.points) {
          const outside = confidence === 0.95 ? p.beyond !== null : p.beyond === 0.998;
          expect(outside, `${indicator} ${p.id} at ${confidence}`).toBe(plan.intervals.areas.get(p.id)?.significance !== 'similar');
        }
      }
    }
  });
});
