// The grid level as state: a link with ebene=raster, moving between Kreis, Gemeinde and its
// cells, the grid's own indicators at that level, and the real grid added to the real data.
import { describe, expect, it } from 'vitest';
import { areasInView, crumbs, normaliseView, selectPatch } from '../../src/state/hierarchy';
import { fromHash, toHash, DEFAULT_STATE } from '../../src/state/atlas-state';
import { counterpartAt, indicatorsAt } from '../../src/state/level-indicators';
import { loadAtlasData } from '../../src/data/atlas-data';
import { loadGrid, withGrid } from '../../src/data/grid';
import { areaActions, openLink } from '../../src/state/atlas-model';
import { makePlan, CLASS_MISSING } from '../../src/state/plan';
import type { Area } from '../../src/domain/types';
import { fromDisk } from './support/from-disk';

const areas: Area[] = [
  { id: '05382056', name: 'Siegburg', level: 'gemeinde', parent: '05382' },
  { id: '05382068', name: 'Troisdorf', level: 'gemeinde', parent: '05382' },
  { id: '1kmN1E1', name: 'Rasterzelle N1E1 (Siegburg)', level: 'raster', parent: '05382056' },
  { id: '1kmN1E2', name: 'Rasterzelle N1E2 (Siegburg)', level: 'raster', parent: '05382056' },
  { id: '1kmN2E1', name: 'Rasterzelle N2E1 (Troisdorf)', level: 'raster', parent: '05382068' },
];
const view = (level: 'gemeinde' | 'raster', focus: string | null, area: string | null) => ({ level, focus, area });

describe('hierarchy with the grid', () => {
  it('a focused Gemeinde frames its own cells; without focus the whole Kreis', () => {
    expect(areasInView(view('raster', '05382056', null), areas).map((a) => a.id)).toEqual(['1kmN1E1', '1kmN1E2']);
    expect(areasInView(view('raster', null, null), areas)).toHaveLength(3);
  });
  it('a linked cell opens the grid level; in a focused view it moves the focus to its Gemeinde', () => {
    expect(normaliseView(view('gemeinde', null, '1kmN2E1'), areas)).toEqual(view('raster', null, '1kmN2E1'));
    expect(normaliseView(view('raster', '05382056', '1kmN2E1'), areas)).toEqual(view('raster', '05382068', '1kmN2E1'));
    expect(selectPatch('1kmN1E2', areas)).toEqual({ level: 'raster', area: '1kmN1E2' });
  });
  it('the level stays while the cells load (the catalog has a grid), and falls back without one', () => {
    const gemeinden = areas.filter((a) => a.level === 'gemeinde');
    expect(normaliseView(view('raster', '05382056', null), gemeinden, true)).toEqual(view('raster', '05382056', null));
    expect(normaliseView(view('raster', '05382056', null), gemeinden, false)).toEqual(view('gemeinde', null, null));
    // a Gemeinde selected at the grid level is the one in focus
    expect(normaliseView(view('raster', null, '05382068'), areas)).toEqual(view('raster', '05382068', null));
  });
  it('breadcrumb Kreis › Gemeinde › Rasterzellen › cell, each step leading back up', () => {
    const steps = crumbs(view('raster', '05382056', '1kmN1E2'), areas, 'Rhein-Sieg-Kreis', 'Alle Sozialräume', 'Rasterzellen');
    expect(steps.map((s) => s.label)).toEqual(['Rhein-Sieg-Kreis', 'Siegburg', 'Rasterzellen', 'Rasterzelle N1E2 (Siegburg)']);
    expect(steps.map((s) => s.target)).toEqual([
      { level: 'gemeinde', focus: null, area: null },
      { level: 'gemeinde', focus: null, area: '05382056' },
      { level: 'raster', focus: '05382056', area: null },
      null,
    ]);
    expect(crumbs(view('raster', null, null), areas, 'Kreis', 'Alle', 'Rasterzellen').map((s) => s.label)).toEqual(['Kreis', 'Rasterzellen']);
  });
});

describe('URL hash', () => {
  it('round-trips ebene=raster with the Gemeinde in focus and a cell', () => {
    const state = { ...DEFAULT_STATE, indicator: 'raster-unter-18', level: 'raster' as const, focus: '05382056', area: '1kmN3084E4127' };
    const hash = toHash(state);
    expect(hash).toContain('ebene=raster');
    expect(hash).toContain('gemeinde=05382056');
    expect(fromHash(hash, ['einwohner', 'raster-unter-18'])).toEqual(state);
  });
});

describe('the grid level on the real data', async () => {
  const disk = fromDisk('public/data');
  const data = await loadAtlasData('', disk);
  const gemeinden = new Set(data.areas.filter((a) => a.level === 'gemeinde').map((a) => a.id));
  const withCells = withGrid(data, await loadGrid('', data.catalog, gemeinden, disk));

  it('offers the grid indicators at its level and the catalog elsewhere; the topic carries over', () => {
    expect(indicatorsAt(data.catalog, 'raster').every((i) => i.id.startsWith('raster-'))).toBe(true);
    expect(indicatorsAt(data.catalog, 'gemeinde').some((i) => i.id.startsWith('raster-'))).toBe(false);
    expect(counterpartAt(data.catalog, 'einwohner', 'raster')).toBe('raster-einwohner');
    const kinder = data.catalog.indicators.find((i) => i.topic === 'Kinder, Jugend und Familie');
    expect(counterpartAt(data.catalog, kinder?.id ?? '', 'raster')).toBe('raster-unter-18');
    expect(counterpartAt(data.catalog, 'raster-einwohner', 'gemeinde')).toBe(data.catalog.indicators.find((i) => i.topic === 'Bevölkerung und Alter')?.id);
  });

  it('a link ebene=raster&gemeinde=AGS opens before the cells are there, with a grid indicator, and waits for them', () => {
    const { model, corrections } = openLink(data, '#indikator=einwohner&ebene=raster&gemeinde=05382060');
    expect(model.state).toMatchObject({ level: 'raster', focus: '05382060', indicator: 'raster-einwohner' });
    expect(model.plan.gridPending).toBe(true);
    expect(corrections.map((c) => c.key)).toEqual(['indikator']);
    model.setData(withCells);
    expect(model.state).toMatchObject({ level: 'raster', focus: '05382060' });
    expect(model.plan.gridPending).toBe(false);
    expect(model.plan.shown.length).toBeGreaterThan(10);
    expect(model.plan.shown.every((a) => a.parent === '05382060')).toBe(true);
    expect(model.plan.source.vintage).toBe('Zensus 2011, Stichtag 09.05.2011');
  });

  it('a Gemeinde card offers its cells, before the grid is loaded and where it has values after', () => {
    const before = openLink(data, '#indikator=kinderarmut&gebiet=05382060').model;
    expect(areaActions(before, '05382060').gridDrill).toEqual({ level: 'raster', focus: '05382060', area: null, indicator: 'raster-unter-18' });
    const after = openLink(withCells, '#indikator=einwohner&gebiet=05382060').model;
    expect(areaActions(after, '05382060').gridDrill).toMatchObject({ level: 'raster', focus: '05382060' });
    after.update(areaActions(after, '05382060').gridDrill ?? {});
    expect(after.state).toMatchObject({ level: 'raster', focus: '05382060', area: null, indicator: 'raster-einwohner' });
  });

  it('-1 and empty cells are "keine Angabe", never 0', () => {
    const plan = makePlan(withCells, { ...DEFAULT_STATE, indicator: 'raster-einwohner', level: 'raster' });
    const empty = [...plan.cells].filter(([, c]) => c.kind === 'missing').map(([id]) => id);
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.every((id) => plan.classes.get(id) === CLASS_MISSING)).toBe(true);
    expect([...plan.cells.values()].some((c) => c.kind === 'value' && c.value < 0)).toBe(false);
  });
});
