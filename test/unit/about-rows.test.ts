// The "Über die Daten" view's rows: every indicator of catalog and grid with source, licence,
// vintage, years per level and the years of NRW / Deutschland; every geometry with its source.
import { describe, expect, it } from 'vitest';
import { loadAtlasData } from '../../src/data/atlas-data';
import { aboutOf } from '../../src/state/about-rows';
import { fromDisk } from './support/from-disk';

describe('aboutOf', async () => {
  const data = await loadAtlasData('', fromDisk('public/data'));
  const about = aboutOf(data);
  const rows = about.topics.flatMap((t) => t.items);

  it('lists every indicator of the catalog and of the grid once, under its topic', () => {
    const ids = [...data.catalog.indicators, ...(data.catalog.grid?.indicators ?? [])].map((i) => i.id);
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(about.count).toBe(ids.length);
    expect(about.topics).toHaveLength(10);
    for (const t of about.topics) expect(t.items.every((r) => r.topic === t.topic)).toBe(true);
  });

  it('gives each one a source, licence, vintage and the years it has figures for', () => {
    for (const r of rows) {
      expect(r.source, r.id).not.toBe('');
      expect(r.license, r.id).not.toBe('');
      expect(r.vintage, r.id).not.toBe('');
      expect(r.years.length, r.id).toBeGreaterThan(0);
    }
  });

  it('writes Kinderarmut with its formula in words, its INKAR code, its years and those of NRW and Deutschland', () => {
    const r = rows.find((x) => x.id === 'kinderarmut')!;
    expect(r.code).toBe('q_newfBGu15_bev');
    expect(r.definition).toMatch(/unter 15 Jahren \/ Einwohner unter 15 Jahren × 100/);
    expect(r.years.find((y) => y.level === 'gemeinde')?.spans).toEqual([[2021, 2022]]);
    expect(r.references).toEqual({ nrw: [[2021, 2022]], bund: [[2021, 2022]] });
  });

  it('puts the grid indicators at level raster in the year of the grid table', () => {
    const r = rows.find((x) => x.id === 'raster-einwohner')!;
    expect(r.years).toEqual([{ level: 'raster', spans: [[2011, 2011]] }]);
  });

  it('lists the geometries of Gemeinden, example Sozialräume and the grid with their sources', () => {
    expect(about.geometries.map((g) => [g.level, g.sample])).toEqual([
      ['gemeinde', false],
      ['sozialraum', true],
      ['raster', false],
    ]);
    for (const g of about.geometries) expect(g.source && g.license && g.vintage).toBeTruthy();
  });
});
