// The model keeps data and view together: every update is normalised against the data, links
// that ask for what does not exist are corrected and say so, the plan is made once per view.
import { describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { loadAtlasData, type Fetcher } from '../../src/data/atlas-data';
import { AtlasModel, openLink } from '../../src/state/atlas-model';
import { toHash } from '../../src/state/atlas-state';

const fromDisk: Fetcher = async (url) => {
  try {
    const text = await readFile(`public/data/${url.replace(/^\.?\//, '')}`, 'utf8');
    return { ok: true, status: 200, text: async () => text };
  } catch {
    return { ok: false, status: 404, text: async () => '' };
  }
};

describe('AtlasModel', async () => {
  const data = await loadAtlasData('', fromDisk);

  it('notifies only when the view changes, and makes the plan once per view', () => {
    const { model } = openLink(data, '#indikator=dichte');
    const listener = vi.fn();
    model.subscribe(listener);
    const plan = model.plan;
    expect(model.plan).toBe(plan);
    model.update({ indicator: 'dichte' });
    expect(listener).not.toHaveBeenCalled();
    model.update({ indicator: 'einwohner' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(model.plan).not.toBe(plan);
    expect(model.plan.indicator.id).toBe('einwohner');
  });

  it('corrects a link to an unknown indicator, a missing year and an unknown area, and says so', () => {
    const { model, corrections } = openLink(data, '#indikator=gibtesnicht&jahr=1990&gebiet=05382999');
    expect(model.state.indicator).toBe(data.catalog.indicators[0].id);
    expect(model.state.year).toBeNull();
    expect(model.state.area).toBeNull();
    expect(corrections.map((c) => c.key)).toEqual(['indikator', 'jahr', 'gebiet']);
    expect(corrections[1]).toMatchObject({ requested: '1990', shown: String(model.plan.year) });
    // the hash written back names the view shown, not the one asked for
    expect(toHash(model.state)).not.toMatch(/jahr=1990|gibtesnicht|05382999/);
  });

  it('a link that fits the data needs no correction', () => {
    expect(openLink(data, '#indikator=kinderarmut&jahr=2021&gebiet=05382060').corrections).toEqual([]);
  });

  it('a year the new indicator lacks falls back to its latest', () => {
    const { model } = openLink(data, '#indikator=hausaerzte&jahr=2015');
    expect(model.state.year).toBe(2015);
    model.update({ indicator: 'kinderarmut' });
    expect(model.state.year).toBeNull();
    expect(model.plan.year).toBe(2022);
  });

  it('manual breaks belong to their indicator unless kept for all', () => {
    const model = new AtlasModel(data, openLink(data, '#indikator=dichte&methode=manual&grenzen=300_600').model.state);
    model.update({ indicator: 'frauenanteil' });
    expect(model.state.method).toBe('quantile');
    expect(model.state.manualBreaks).toEqual([]);
    model.update({ method: 'manual', manualBreaks: [50, 51], keepBreaks: true });
    model.update({ indicator: 'einwohner' });
    expect(model.state).toMatchObject({ method: 'manual', manualBreaks: [50, 51] });
  });

  it('ranks and legend counts refer to the areas in view', () => {
    const { model } = openLink(data, '#indikator=kinderarmut&ebene=sozialraeume&gemeinde=05382068');
    const plan = model.plan;
    const inTroisdorf = data.areas.filter((a) => a.parent === '05382068');
    expect(plan.shown.map((a) => a.id).sort()).toEqual(inTroisdorf.map((a) => a.id).sort());
    expect(plan.rows.reduce((n, r) => n + r.count, 0) + plan.missing + plan.suppressed).toBe(inTroisdorf.length);
    expect(plan.focusName).toBe('Troisdorf');
    // sample figures never cite the official source
    expect(plan.sample).toBe(true);
    expect(plan.source.text).not.toMatch(/INKAR|BBSR/);
  });

  it('one difference measure: percentage points for rates per 100', () => {
    const { model } = openLink(data, '#indikator=kinderarmut');
    expect(model.plan.difference.unit).toBe('Prozentpunkte');
    model.update({ display: 'deviation' });
    expect(model.plan.measure.unit).toBe('Prozentpunkte');
    model.update({ indicator: 'dichte', display: 'value' });
    expect(model.plan.difference.unit).toBe(model.plan.indicator.unit);
  });

  it('the plan carries one class -> colour scale that the fill of every area follows', () => {
    const { plan } = openLink(data, '#indikator=dichte').model;
    for (const area of plan.areas) {
      const cell = plan.cells.get(area.id);
      if (cell?.kind !== 'value') continue;
      expect(plan.fill(area.id)).toBe(plan.rows[plan.classes.get(area.id) ?? -1]?.colour);
      expect(plan.scale(cell.value)).toBe(plan.fill(area.id));
    }
  });
});
