// The first view's data before the rest (loadInStages): what it needs, what it waits for, and
// that the whole is the same as loading everything at once.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadAtlasData, loadInStages, type Fetcher } from '../../src/data/atlas-data';
import { fromDisk } from './support/from-disk';

/** Serves public/data, holding back every file not in `now` until `release()`. */
function holding(now: (file: string) => boolean, override: Record<string, string> = {}) {
  const disk = fromDisk('public/data', override);
  const asked: string[] = [];
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const fetcher: Fetcher = async (url) => {
    const file = url.replace(/^\//, '');
    asked.push(file);
    if (!now(file)) await released;
    return disk(file);
  };
  return { fetcher, asked, release };
}

const catalogText = () => readFile('public/data/indicators/catalog.json', 'utf8');

describe('loading in two stages', () => {
  it('gives the first view with its indicator’s tables only, and the rest after `between` (a view of Sozialräume)', async () => {
    const first = ['indicators/inkar-sgb2-zeitreihe.csv', 'indicators/sozialraeume-beispiel.csv'];
    const { fetcher, asked, release } = holding((f) => !f.startsWith('indicators/') || f === 'indicators/catalog.json' || f.startsWith('indicators/referenzwerte') || first.includes(f));
    let between = () => {};
    const staged = await loadInStages('', fetcher, () => ({ indicator: 'kinderarmut', sozialraeume: true }), () => new Promise<void>((resolve) => (between = resolve)));
    expect(staged.data.pending).toBe(true);
    // kinderarmut and the indicators of the same tables (personen-bg), nothing else.
    const catalog = JSON.parse(await catalogText());
    const ids = [...staged.data.series.keys()];
    expect(ids).toContain('kinderarmut');
    expect(ids.length).toBeLessThan(catalog.indicators.length);
    for (const id of ids) {
      const ind = catalog.indicators.find((i: { id: string }) => i.id === id);
      expect([ind.table, ...(ind.also ?? []).map((a: { table: string }) => a.table)].every((t: string) => first.includes(`indicators/${t}`)), id).toBe(true);
    }
    expect(staged.data.series.get('kinderarmut')?.reference.get(2022)?.official).toBe(true);
    expect(staged.data.problems).toEqual([]);
    expect(staged.rest).not.toBeNull();
    // The other tables are asked for once the first view is drawn (`between`), not before.
    const askedFirst = asked.length;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked.length).toBe(askedFirst);
    expect(asked.some((f) => f.endsWith('.csv') && !first.includes(f) && !f.startsWith('indicators/referenzwerte'))).toBe(false);

    release();
    let done = false;
    void staged.rest!.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false); // waits for `between`
    between();
    const all = await staged.rest!;
    const once = await loadAtlasData('', fromDisk('public/data'));
    expect(all.pending).toBeUndefined();
    expect([...all.series.keys()]).toEqual([...once.series.keys()]);
    expect(all.series).toEqual(once.series);
    expect(all.problems).toEqual(once.problems);
    // The same objects for what the first view shows: the map and the model keep them.
    expect(all.boundaries).toBe(staged.data.boundaries);
    expect(all.areas).toBe(staged.data.areas);
    expect(all.series.get('kinderarmut')).toBe(staged.data.series.get('kinderarmut'));
  });

  it('leaves the Sozialräume of a Gemeinde map to the rest, and then gives what one load gives', async () => {
    const sub = 'sozialraeume.topo.json';
    const { fetcher, asked, release } = holding((f) => f === 'rhein-sieg.topo.json' || f === 'indicators/catalog.json' || f.startsWith('indicators/referenzwerte') || f === 'indicators/inkar-sgb2-zeitreihe.csv');
    const staged = await loadInStages('', fetcher, () => ({ indicator: 'kinderarmut', sozialraeume: false }));
    // The first view came while the Sozialräume were held back: the Gemeinden with their figures.
    expect(asked.indexOf(sub)).toBeGreaterThan(asked.indexOf('indicators/inkar-sgb2-zeitreihe.csv'));
    expect(staged.data.areas.some((a) => a.level === 'sozialraum')).toBe(false);
    expect(staged.data.boundaries.sozialraeume.features).toEqual([]);
    expect(staged.data.series.get('kinderarmut')?.years.get('gemeinde')?.length).toBeGreaterThan(0);
    expect(staged.data.problems).toEqual([]);
    release();
    const all = await staged.rest!;
    expect(asked).toContain(sub);
    const once = await loadAtlasData('', fromDisk('public/data'));
    expect(all.areas).toEqual(once.areas);
    expect(all.boundaries).toEqual(once.boundaries);
    expect(all.series).toEqual(once.series);
    expect(all.problems).toEqual(once.problems);
    expect(all.series.get('kinderarmut')?.years.get('sozialraum')?.length).toBeGreaterThan(0);
    // The Gemeinde layers stay the objects the map has; the Sozialräume come new.
    expect(all.boundaries.gemeinden).toBe(staged.data.boundaries.gemeinden);
    expect(all.boundaries.sozialraeume.features.length).toBeGreaterThan(0);
  });

  it('loads an indicator’s Bezugsgröße with it, which weights its Kreis value', async () => {
    const catalog = JSON.parse(await catalogText());
    const weighted = catalog.indicators.find((i: { denominator?: string; table: string }) => i.denominator && catalog.indicators.find((d: { id: string; table: string }) => d.id === i.denominator)?.table !== i.table);
    expect(weighted, 'an indicator weighted by one of another table').toBeTruthy();
    const staged = await loadInStages('', fromDisk('public/data'), () => ({ indicator: weighted.id, sozialraeume: false }));
    expect(staged.data.series.has(weighted.id)).toBe(true);
    expect(staged.data.series.has(weighted.denominator)).toBe(true);
    const once = await loadAtlasData('', fromDisk('public/data'));
    expect(staged.data.series.get(weighted.id)).toEqual(once.series.get(weighted.id));
  });

  it('lists the problems of both stages in catalogue order, as one load would', async () => {
    const catalog = JSON.parse(await catalogText());
    const broken = catalog.tables.find((t: { file: string }) => t.file.startsWith('genesis-')).file;
    const override = { 'indicators/catalog.json': JSON.stringify(catalog), [`indicators/${broken}`]: 'ags;kaputt\n05382000;1' };
    const staged = await loadInStages('', fromDisk('public/data', override), () => ({ indicator: 'kinderarmut', sozialraeume: false }));
    expect(staged.data.problems).toEqual([]);
    const all = await staged.rest!;
    const once = await loadAtlasData('', fromDisk('public/data', override));
    expect(once.problems.length).toBeGreaterThan(0);
    expect(once.problems.every((p) => p.file === `indicators/${broken}`)).toBe(true);
    expect(all.problems).toEqual(once.problems);
  });

  it('loads everything at once where the first view names no indicator', async () => {
    const staged = await loadInStages('', fromDisk('public/data'), () => null);
    expect(staged.rest).toBeNull();
    expect(staged.data.pending).toBeUndefined();
    expect(staged.data.series.size).toBe(JSON.parse(await catalogText()).indicators.length);
  });
});
