// The analysis views on the sheet: the scatterplot and the ranking as blocks of the view, the
// bivariate map's 3×3 key as its legend, the Sozialindex's left-out areas named under it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAtlasData, type AtlasData } from '../../src/data/atlas-data';
import { DEFAULT_STATE, type AtlasState } from '../../src/state/atlas-state';
import { AtlasModel } from '../../src/state/atlas-model';
import { analysedPlan } from '../../src/state/analysis-plan';
import { normaliseAnalysis } from '../../src/state/analysis-normalise';
import { viewBlocks } from '../../src/print/view-blocks';
import { sheetContent } from '../../src/print/content';
import { legendBlock } from '../../src/print/blocks';
import type { Primitive } from '../../src/print/sheet';
import { fromDisk } from './support/from-disk';

const leaves = (ps: readonly Primitive[]): Primitive[] => ps.flatMap((p) => (p.kind === 'group' ? leaves(p.children) : [p]));
const box = { x: 10, y: 20, w: 120, h: 100 };

describe('analysis views on the sheet', () => {
  let data: AtlasData;
  beforeAll(async () => {
    data = await loadAtlasData('', fromDisk('public/data'));
  });
  const model = (state: Partial<AtlasState>) => new AtlasModel(data, { ...DEFAULT_STATE, indicator: 'kinderarmut', ...state }, analysedPlan, normaliseAnalysis);

  it('the scatterplot block draws a dot for each Gemeinde with both values, says r and is a Figure', () => {
    const m = model({ analysis: 'scatter', scatterY: 'elb-alleinerziehend', area: '05382068' });
    const [block] = viewBlocks(data, m.plan, { selected: '05382068', pinned: [], scatterY: 'elb-alleinerziehend' }, ['scatter']);
    expect(block.id).toBe('scatter');
    const drawn = block.draw({ ...box, h: block.height(box.w, 1) }, 1);
    expect(drawn[0]).toMatchObject({ kind: 'group', tag: 'Figure', alt: expect.stringMatching(/^r = −0,54: starker negativer Zusammenhang/) });
    expect(leaves(drawn).filter((p) => p.kind === 'circle')).toHaveLength(19);
    expect(leaves(drawn).some((p) => p.kind === 'text' && p.text === 'Troisdorf')).toBe(true);
  });

  it('there is no scatterplot block without a second indicator', () => {
    const m = model({});
    expect(viewBlocks(data, m.plan, { selected: null, pinned: [], scatterY: null }, ['scatter'])).toEqual([]);
  });

  it('the ranking block has a bar per Gemeinde, the longest first, as tall as its rows', () => {
    const m = model({});
    const [block] = viewBlocks(data, m.plan, { selected: null, pinned: [] }, ['ranking']);
    const h = block.height(box.w, 1);
    expect(h).toBeGreaterThan(19 * 3);
    const bars = leaves(block.draw({ ...box, h }, 1)).filter((p): p is Extract<Primitive, { kind: 'rect' }> => p.kind === 'rect');
    expect(bars).toHaveLength(19);
    expect(bars.map((b) => b.w)).toEqual([...bars.map((b) => b.w)].sort((a, b) => b - a));
    expect(bars.map((b) => b.fill)).toContain(m.plan.fill('05382056'));
  });

  it("a bivariate map's legend is its 3×3 key with the nine colours of the map, and a text alternative", () => {
    const m = model({ analysis: 'scatter', scatterY: 'elb-alleinerziehend', bivariate: true });
    const content = sheetContent(data, m.plan, 1, new Date(2026, 11, 1));
    expect(content.legendFigure?.alt).toMatch(/^Bivariate Legende, neun Felder/);
    const legend = legendBlock(content, '', false);
    const drawn = legend.draw({ ...box, h: legend.height(box.w, 1) }, 1);
    const key = drawn.find((p) => p.kind === 'group' && p.tag === 'Figure');
    expect(key).toBeDefined();
    const fills = leaves([key!]).flatMap((p) => (p.kind === 'rect' && p.fill ? [p.fill] : []));
    expect(fills).toEqual([...m.plan.bivariate!.colours]);
    for (const id of ['05382056', '05382068']) expect(fills).toContain(m.plan.fill(id));
  });

  it('a Sozialindex names the areas it leaves out under its legend, and says nothing when it leaves none out', () => {
    const recipe = { standardisation: 'z', components: [{ indicator: 'kinderarmut', direction: 'higher', weight: 2 }, { indicator: 'einkuenfte-je-steuerpflichtigen', direction: 'lower', weight: 1 }] };
    const m = model({ index: recipe } as Partial<AtlasState>);
    expect(m.plan.index).toBeTruthy();
    expect(m.plan.index!.excluded).toEqual([]);
    expect(sheetContent(data, m.plan, 1, new Date()).legendNotes.join(' ')).not.toMatch(/Ohne Indexwert/);
    const without = { ...m.plan, index: { ...m.plan.index!, excluded: [{ id: '05382004', name: 'Bad Honnef', missing: ['Kinderarmut'] }] } };
    expect(sheetContent(data, without, 1, new Date()).legendNotes).toContain('Ohne Indexwert (eine Komponente fehlt, nicht geschätzt): Bad Honnef');
  });
});
