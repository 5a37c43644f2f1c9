// The analysis figures on paper: everything inside its box, no text over another, real figures.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAtlasData, type AtlasData } from '../../src/data/atlas-data';
import { DEFAULT_STATE } from '../../src/state/atlas-state';
import { AtlasModel } from '../../src/state/atlas-model';
import { analysedPlan, scatterYOf } from '../../src/state/analysis-plan';
import { normaliseAnalysis } from '../../src/state/analysis-normalise';
import { areaProfile } from '../../src/state/profile-rows';
import { fit, pairsOf } from '../../src/domain/regression';
import { rankAreas } from '../../src/domain/ranking';
import { formatCell } from '../../src/messages/default-locale';
import type { Primitive } from '../../src/print/sheet';
import { textBox, type Box } from '../../src/print/figures/figure-kit';
import { scatterFigure } from '../../src/print/figures/scatter-figure';
import { rankingFigure } from '../../src/print/figures/ranking-figure';
import { profileSheet } from '../../src/print/figures/profile-sheet';
import { bivariateLegendFigure } from '../../src/print/figures/bivariate-legend-figure';
import { fromDisk } from './support/from-disk';

const EPS = 0.01;

function extentOf(p: Primitive): Box {
  switch (p.kind) {
    case 'text':
      return textBox(p);
    case 'rect':
    case 'map':
      return { x: p.x, y: p.y, w: p.w, h: p.h };
    case 'circle':
      return { x: p.x - p.r, y: p.y - p.r, w: 2 * p.r, h: 2 * p.r };
    case 'line':
      return { x: Math.min(p.x1, p.x2), y: Math.min(p.y1, p.y2), w: Math.abs(p.x2 - p.x1), h: Math.abs(p.y2 - p.y1) };
    case 'polygon': {
      const xs = p.points.map((q) => q[0]);
      const ys = p.points.map((q) => q[1]);
      return { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
    }
    case 'group':
      throw new Error('groups are flattened first (leaves)');
  }
}

/** The drawn primitives inside the structure groups (H1, Table, TR, …). */
const leaves = (ps: readonly Primitive[]): Primitive[] => ps.flatMap((p) => (p.kind === 'group' ? leaves(p.children) : [p]));

const inside = (a: Box, b: Box) => a.x >= b.x - EPS && a.y >= b.y - EPS && a.x + a.w <= b.x + b.w + EPS && a.y + a.h <= b.y + b.h + EPS;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w - EPS && b.x < a.x + a.w - EPS && a.y < b.y + b.h - EPS && b.y < a.y + a.h - EPS;

function expectLaidOut(grouped: Primitive[], box: Box) {
  const primitives = leaves(grouped);
  for (const p of primitives) expect(inside(extentOf(p), box), JSON.stringify(p)).toBe(true);
  const texts = primitives.filter((p): p is Extract<Primitive, { kind: 'text' }> => p.kind === 'text');
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) expect(overlap(textBox(texts[i]), textBox(texts[j])), `${texts[i].text} / ${texts[j].text}`).toBe(false);
}

describe('analysis print figures', () => {
  let data: AtlasData;
  beforeAll(async () => {
    data = await loadAtlasData('', fromDisk('public/data'));
  });
  const names = () => new Map(data.areas.map((a) => [a.id, a.name]));

  it('the scatterplot stays in its box and writes r', () => {
    const m = new AtlasModel(data, { ...DEFAULT_STATE, indicator: 'kinderarmut', analysis: 'scatter', scatterY: 'elb-alleinerziehend', area: '05382068' }, analysedPlan, normaliseAnalysis);
    const plan = m.plan;
    const y = scatterYOf(data, m.state, plan)!;
    const pairs = pairsOf(plan.shown.map((a) => a.id), plan.cells, y.cells);
    const f = fit(pairs);
    const box = { x: 20, y: 30, w: 120, h: 90 };
    const out = scatterFigure(
      {
        pairs, names: names(), fill: plan.fill, fit: f, labelled: ['05382068'], summary: 'r = −0,54: starker negativer Zusammenhang',
        x: { label: plan.indicator.label, unit: plan.indicator.unit, decimals: 1, reference: plan.reference.value },
        y: { label: y.indicator.label, unit: y.indicator.unit, decimals: 2, reference: y.reference },
      },
      box,
    );
    expectLaidOut(out, box);
    expect(out.filter((p) => p.kind === 'circle')).toHaveLength(pairs.length);
    expect(out.some((p) => p.kind === 'text' && p.text === 'Troisdorf')).toBe(true);
    expect(out.filter((p) => p.kind === 'line' && p.dash)).toHaveLength(2);
  });

  it('the ranking stays in its box, highest first, and closes up a long level', () => {
    const m = new AtlasModel(data, { ...DEFAULT_STATE, indicator: 'kinderarmut' }, analysedPlan, normaliseAnalysis);
    const plan = m.plan;
    const ranked = rankAreas(plan.shown.map((a) => a.id), plan.cells);
    const box = { x: 15, y: 40, w: 90, h: 80 };
    const out = rankingFigure({ ranked, names: names(), fill: plan.fill, label: plan.indicator.label, decimals: 1, reference: plan.reference.value, selected: '05382068' }, box);
    expectLaidOut(out, box);
    const bars = out.filter((p): p is Extract<Primitive, { kind: 'rect' }> => p.kind === 'rect');
    expect(bars).toHaveLength(ranked.length);
    const widths = bars.map((b) => b.w);
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
    const small = rankingFigure({ ranked, names: names(), fill: plan.fill, label: 'x', decimals: 1, reference: null, selected: null }, { ...box, h: 30 });
    expectLaidOut(small, { ...box, h: 30 });
    expect(small.some((p) => p.kind === 'text' && /weitere Gebiete/.test(p.text))).toBe(true);
  });

  it('the bivariate key stays in its box with nine numbered cells', () => {
    const m = new AtlasModel(data, { ...DEFAULT_STATE, indicator: 'kinderarmut', analysis: 'scatter', scatterY: 'elb-alleinerziehend', bivariate: true }, analysedPlan, normaliseAnalysis);
    const box = { x: 12, y: 200, w: 60, h: 40 };
    const out = bivariateLegendFigure(m.plan.bivariate!, box);
    expectLaidOut(out, box);
    expect(out.filter((p) => p.kind === 'rect').map((p) => (p as { fill: string }).fill)).toEqual([...m.plan.bivariate!.colours]);
  });

  it('the profile fills A4 portrait pages with every indicator, its value and all sources', () => {
    const profile = areaProfile(data, '05382068')!;
    const pages = profileSheet(profile, { kreisName: data.catalog.kreis.name, created: '1. Dezember 2026', levelName: 'Gemeinde' });
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const page = { x: 0, y: 0, w: 210, h: 297 };
    for (const p of pages) expectLaidOut(p, { x: 8, y: 8, w: 194, h: 281 });
    expect(page.w).toBe(210);
    const texts = leaves(pages.flat()).flatMap((p) => (p.kind === 'text' ? [p.text] : []));
    const rows = profile.groups.flatMap((g) => g.rows);
    expect(rows.length).toBeGreaterThan(30);
    const troisdorfKinderarmut = rows.find((r) => r.indicator.id === 'kinderarmut')!;
    expect(texts).toContain(formatCell(troisdorfKinderarmut.cell, { ...troisdorfKinderarmut.indicator, unit: '' }));
    for (const g of profile.groups) expect(texts).toContain(g.topic);
    const sourceText = texts.join(' ');
    for (const r of rows) expect(sourceText.replace(/\s+/g, ' ')).toContain(r.indicator.license);
  });

  it('a Sozialraum profile adds the Gemeinde column', () => {
    const sub = data.areas.find((a) => a.level === 'sozialraum');
    if (!sub) return;
    const profile = areaProfile(data, sub.id)!;
    expect(profile.parent?.level).toBe('gemeinde');
    const pages = profileSheet(profile, { kreisName: data.catalog.kreis.name, created: '1. Dezember 2026', levelName: 'Sozialraum' });
    for (const p of pages) expectLaidOut(p, { x: 8, y: 8, w: 194, h: 281 });
    expect(leaves(pages.flat()).some((p) => p.kind === 'text' && p.text === 'Gemeinde')).toBe(true);
  });
});
