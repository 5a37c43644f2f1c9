// The built-in data as the atlas loads it: catalog, boundaries and tables joined, no problem left.
import { describe, expect, it } from 'vitest';
import { cellsAt, loadAtlasData, LoadError, yearsOf } from '../../src/data/atlas-data';
import { readFile } from 'node:fs/promises';
import { fromDisk } from './support/from-disk';

describe('built-in data', async () => {
  const data = await loadAtlasData('', fromDisk('public/data'));

  it('loads without a single problem', () => {
    expect(data.problems).toEqual([]);
    expect(data.areas.filter((a) => a.level === 'gemeinde')).toHaveLength(19);
    const sub = data.areas.filter((a) => a.level === 'sozialraum');
    expect(sub.length).toBeGreaterThan(19);
    expect(sub.every((a) => a.sample && data.areas.some((g) => g.id === a.parent))).toBe(true);
  });

  it('has at least five indicators, each with a value for every Gemeinde and a stated source', () => {
    expect(data.catalog.indicators.length).toBeGreaterThanOrEqual(5);
    for (const ind of data.catalog.indicators) {
      const gemeinden = data.areas.filter((a) => a.level === 'gemeinde');
      const cells = [...cellsAt(data, ind.id, yearsOf(data, ind.id, 'gemeinde').at(-1) ?? null, gemeinden).values()];
      expect(cells, ind.id).toHaveLength(19);
      expect(cells.every((c) => c.kind === 'value'), ind.id).toBe(true);
      expect(ind.source.length, ind.id).toBeGreaterThan(10);
      expect(ind.vintage, ind.id).toMatch(/\d{4}/);
    }
  });

  it('sums the official population of the Kreis (31.12.2018: 599.780)', () => {
    expect(data.series.get('einwohner')?.reference.get(2018)).toEqual({ value: 599780, official: false });
  });

  it('follows child poverty over the years, with the official Kreis row per year', () => {
    expect(yearsOf(data, 'kinderarmut', 'gemeinde')).toEqual([2021, 2022]);
    expect(data.series.get('kinderarmut')?.reference.get(2022)?.official).toBe(true);
    expect(yearsOf(data, 'kinderarmut', 'sozialraum')).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(data.series.get('kinderarmut')?.sampleLevels).toEqual(new Set(['sozialraum']));
  });
});

describe('broken input never gives a blank map silently', () => {
  it('a catalog that is not JSON is a located load error', async () => {
    const load = loadAtlasData('', fromDisk('public/data', { 'indicators/catalog.json': '{ nope' }));
    await expect(load).rejects.toBeInstanceOf(LoadError);
    await expect(load).rejects.toThrow(/indicators\/catalog.json: Kein gültiges JSON/);
  });

  it('a missing table is reported and its indicators show as missing', async () => {
    const catalog = JSON.parse(await readFile('public/data/indicators/catalog.json', 'utf8'));
    catalog.tables.push({ file: 'fehlt.csv', key: 'ags' });
    catalog.indicators.push({ ...catalog.indicators[0], id: 'x', table: 'fehlt.csv' });
    const data = await loadAtlasData('', fromDisk('public/data', { 'indicators/catalog.json': JSON.stringify(catalog) }));
    expect(data.problems).toContainEqual(expect.objectContaining({ file: 'indicators/fehlt.csv', message: expect.stringContaining('HTTP 404') }));
    const gemeinden = data.areas.filter((a) => a.level === 'gemeinde');
    expect([...cellsAt(data, 'x', null, gemeinden).values()].every((c) => c.kind === 'missing')).toBe(true);
  });

  it('a catalog entry without a sample flag is refused with its id', async () => {
    const catalog = JSON.parse(await readFile('public/data/indicators/catalog.json', 'utf8'));
    delete catalog.indicators[0].sample;
    const data = await loadAtlasData('', fromDisk('public/data', { 'indicators/catalog.json': JSON.stringify(catalog) }));
    expect(data.problems).toContainEqual(expect.objectContaining({ key: catalog.indicators[0].id, message: expect.stringContaining('sample') }));
  });
});
