// The analysis views as state: deep links round-trip, normalisation against the real data, and the
// Sozialindex and bivariate map flowing through the one plan.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAtlasData, type AtlasData } from '../../src/data/atlas-data';
import { DEFAULT_STATE, fromHash, toHash, type AtlasState } from '../../src/state/atlas-state';
import { recipeFromText, recipeToText } from '../../src/state/analysis-state';
import { AtlasModel, openLink } from '../../src/state/atlas-model';
import { analysedPlan, scatterYOf } from '../../src/state/analysis-plan';
import { analysisCorrections, normaliseAnalysis } from '../../src/state/analysis-normalise';
import { fit, pairsOf } from '../../src/domain/regression';
import { BIVARIATE_COLOURS } from '../../src/domain/bivariate';
import { fromDisk } from './support/from-disk';

const IDS = ['kinderarmut', 'einkuenfte-je-steuerpflichtigen', 'arbeitslose-je-100', 'elb-alleinerziehend'];
const RECIPE = 'z_kinderarmut*2*hoch_einkuenfte-je-steuerpflichtigen*1*niedrig';

describe('analysis deep links', () => {
  it('round-trip every view with its keys', () => {
    const views: Partial<AtlasState>[] = [
      { analysis: 'scatter', scatterY: 'elb-alleinerziehend', bivariate: true },
      { analysis: 'ranking' },
      { analysis: 'profile', profile: '05382056' },
      { analysis: 'index', index: recipeFromText(RECIPE) },
      { analysis: 'scatter', scatterY: 'arbeitslose-je-100', index: recipeFromText(RECIPE) },
    ];
    for (const v of views) {
      const state = { ...DEFAULT_STATE, indicator: 'kinderarmut', ...v };
      expect(fromHash(toHash(state), IDS)).toEqual(state);
    }
  });

  it('writes German keys and the whole recipe', () => {
    const hash = toHash({ ...DEFAULT_STATE, indicator: 'kinderarmut', analysis: 'scatter', scatterY: 'elb-alleinerziehend', bivariate: true, index: recipeFromText(RECIPE) });
    expect(hash).toContain('streuung=elb-alleinerziehend');
    expect(hash).toContain('bivariat=1');
    expect(hash).toContain(`index=${RECIPE}`);
    expect(toHash({ ...DEFAULT_STATE, analysis: 'ranking' })).toContain('rangfolge=1');
    expect(toHash({ ...DEFAULT_STATE, analysis: 'profile', profile: '05382056' })).toContain('profil=05382056');
  });

  it('reads recipes strictly: bad weights, directions and repeats are dropped, a bad method is no recipe', () => {
    expect(recipeFromText('rang_a*1*hoch_b*0*hoch_c*2*quer_a*3*niedrig_d*1.5*niedrig')).toEqual({
      standardisation: 'rank',
      components: [
        { indicator: 'a', weight: 1, direction: 'higher' },
        { indicator: 'd', weight: 1.5, direction: 'lower' },
      ],
    });
    expect(recipeFromText('median_a*1*hoch')).toBeNull();
    expect(recipeFromText('constructor_a*1*hoch')).toBeNull();
    expect(recipeFromText('z_a*1*toString')?.components).toEqual([]);
    const r = recipeFromText(RECIPE);
    expect(r && recipeToText(r)).toBe(RECIPE);
  });
});

describe('analysis views against the real data', () => {
  let data: AtlasData;
  beforeAll(async () => {
    data = await loadAtlasData('', fromDisk('public/data'));
  });

  it('corrects unknown ids away and says so', () => {
    const link = (hash: string) => {
      const { model } = openLink(data, hash, analysedPlan, normaliseAnalysis);
      return { model, corrections: analysisCorrections(hash, model) };
    };
    const { model, corrections } = link('#indikator=kinderarmut&streuung=gibtsnicht&profil=nirgends');
    expect(model.state.analysis).toBe('scatter');
    expect(model.state.scatterY).not.toBe('gibtsnicht');
    expect(corrections.map((c) => c.key)).toContain('streuung');
    const profile = link('#indikator=kinderarmut&profil=nirgends');
    expect(profile.model.state.profile).toMatch(/^05382/);
    expect(profile.corrections.map((c) => c.key)).toContain('profil');
    const index = link(`#indikator=kinderarmut&index=z_kinderarmut*1*hoch_gibtsnicht*1*hoch`);
    expect(index.model.state.index?.components.map((c) => c.indicator)).toEqual(['kinderarmut']);
    expect(index.corrections).toContainEqual({ key: 'index', requested: 'gibtsnicht', shown: null });
  });

  it('r of child poverty and single parents over the 19 Gemeinden, by Pearson written out', () => {
    const m = new AtlasModel(data, { ...DEFAULT_STATE, indicator: 'kinderarmut', analysis: 'scatter', scatterY: 'elb-alleinerziehend' }, analysedPlan, normaliseAnalysis);
    const y = scatterYOf(data, m.state, m.plan)!;
    const pairs = pairsOf(m.plan.shown.map((a) => a.id), m.plan.cells, y.cells);
    expect(pairs).toHaveLength(19);
    const mx = pairs.reduce((a, p) => a + p.x, 0) / pairs.length;
    const my = pairs.reduce((a, p) => a + p.y, 0) / pairs.length;
    const cov = pairs.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
    const r = cov / Math.sqrt(pairs.reduce((a, p) => a + (p.x - mx) ** 2, 0) * pairs.reduce((a, p) => a + (p.y - my) ** 2, 0));
    expect(fit(pairs)!.r).toBeCloseTo(r, 12);
    expect(r.toFixed(2)).toBe(SCATTER_R);
  });

  it('a bivariate map needs the scatterplot and plain values', () => {
    const m = new AtlasModel(data, { ...DEFAULT_STATE, indicator: 'kinderarmut', bivariate: true }, analysedPlan, normaliseAnalysis);
    expect(m.state.bivariate).toBe(false);
    m.update({ analysis: 'scatter', scatterY: 'elb-alleinerziehend', bivariate: true });
    expect(m.state.bivariate).toBe(true);
    m.update({ display: 'deviation' });
    expect(m.state.bivariate).toBe(false);
  });

  it('the bivariate plan colours each Gemeinde by its two terciles', () => {
    const m = new AtlasModel(data, { ...DEFAULT_STATE, indicator: 'kinderarmut', analysis: 'scatter', scatterY: 'elb-alleinerziehend', bivariate: true }, analysedPlan, normaliseAnalysis);
    const plan = m.plan;
    const key = plan.bivariate!;
    expect(key.x.cuts).toHaveLength(2);
    expect(key.y.cuts).toHaveLength(2);
    const x = data.series.get('kinderarmut')!;
    const y = data.series.get('elb-alleinerziehend')!;
    const value = (s: typeof x, year: number | null, id: string) => {
      const c = s.cells.get(year ?? 0)?.get(id);
      return c?.kind === 'value' ? c.value : null;
    };
    const gemeinden = data.areas.filter((a) => a.level === 'gemeinde');
    let valued = 0;
    for (const g of gemeinden) {
      const vx = value(x, key.x.year, g.id);
      const vy = value(y, key.y.year, g.id);
      if (vx === null || vy === null) {
        expect(plan.classes.get(g.id)).toBeLessThan(0);
        continue;
      }
      valued++;
      const col = vx < key.x.cuts[0] ? 0 : vx < key.x.cuts[1] ? 1 : 2;
      const row = vy < key.y.cuts[0] ? 0 : vy < key.y.cuts[1] ? 1 : 2;
      expect(plan.classes.get(g.id), g.name).toBe(row * 3 + col);
      expect(plan.fill(g.id)).toBe(BIVARIATE_COLOURS[row * 3 + col]);
    }
    expect(valued).toBeGreaterThan(10);
    expect(key.counts.reduce((a, b) => a + b, 0)).toBe(valued);
    expect(plan.rows).toEqual([]);
  });

  it('the Sozialindex of a Gemeinde is the weighted mean of its z-scores, recomputed here by hand', () => {
    const m = new AtlasModel(data, { ...DEFAULT_STATE, indicator: 'kinderarmut', index: recipeFromText(RECIPE) }, analysedPlan, normaliseAnalysis);
    const plan = m.plan;
    expect(plan.indicator.label).toBe('Sozialindex');
    expect(plan.index?.text).toMatch(/z-Werte.*Gewicht 2, höher = mehr Bedarf.*Gewicht 1, niedriger = mehr Bedarf/);
    expect(plan.source.text).toContain(plan.index!.text);
    // z = (x − mean) / population σ among the Gemeinden with both values; income turned round
    const gemeinden = data.areas.filter((a) => a.level === 'gemeinde').map((a) => a.id);
    const latest = (id: string) => {
      const s = data.series.get(id)!;
      const year = s.years.get('gemeinde')!.at(-1)!;
      return new Map(gemeinden.map((g) => [g, s.cells.get(year)?.get(g)]));
    };
    const p = latest('kinderarmut');
    const q = latest('einkuenfte-je-steuerpflichtigen');
    const both = gemeinden.filter((g) => p.get(g)?.kind === 'value' && q.get(g)?.kind === 'value');
    const num = (c: unknown) => (c as { value: number }).value;
    const z = (xs: number[]) => {
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
      return xs.map((x) => (x - mean) / sd);
    };
    const zp = z(both.map((g) => num(p.get(g))));
    const zq = z(both.map((g) => -num(q.get(g))));
    both.forEach((g, i) => {
      const cell = plan.cells.get(g);
      expect(cell?.kind).toBe('value');
      expect((cell as { value: number }).value).toBeCloseTo((2 * zp[i] + zq[i]) / 3, 10);
    });
    // Troisdorf (05382068): the figure the end-to-end test reads from the card
    const troisdorf = both.indexOf('05382068');
    expect(troisdorf).toBeGreaterThanOrEqual(0);
    expect(((2 * zp[troisdorf] + zq[troisdorf]) / 3).toFixed(2)).toBe(TROISDORF_INDEX);
    // mapped diverging around 0: the middle class holds 0, the thresholds are symmetric
    expect(plan.thresholds[0]).toBeCloseTo(-plan.thresholds.at(-1)!, 10);
    expect(plan.index!.excluded.map((e) => e.id)).toEqual(gemeinden.filter((g) => !both.includes(g)));
  });

  it('without the analysis planner the plain plan is drawn; with it, the index, and listeners hear of it', () => {
    const m = new AtlasModel(data, { ...DEFAULT_STATE, indicator: 'kinderarmut', index: recipeFromText(RECIPE) });
    expect(m.plan.indicator.id).toBe('kinderarmut');
    let heard = 0;
    m.subscribe(() => heard++);
    m.usePlanner(analysedPlan, normaliseAnalysis);
    expect(heard).toBe(1);
    expect(m.plan.indicator.id).toBe('sozialindex');
  });
});

/** Written out so that the end-to-end test compares against the same figure. */
export const TROISDORF_INDEX = '1.30';
export const SCATTER_R = '-0.54';
