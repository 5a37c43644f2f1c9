// The sozialraum level: what a planner relies on when the map switches below the Gemeinden,
// and the promise that its sample figures add up to the official Gemeinde counts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { area } from '@turf/turf';
import { dsvFormat } from 'd3-dsv';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { parseCell } from '../../src/domain/cells';

type SozialraumProps = {
  id: string;
  name: string;
  parent: string;
  sample: boolean;
};

const read = (path: string) => readFileSync(path, 'utf8');
const layer = <P extends GeoJsonProperties>(file: string, name: string): Feature<Geometry, P>[] => {
  const topology = JSON.parse(read(file)) as Topology;
  const object = topology.objects[name];
  if (!object) throw new Error(`${file} has no object "${name}"`);
  return (feature(topology, object) as unknown as FeatureCollection<Geometry, P>).features;
};

const sozialraeume = layer<SozialraumProps>('public/data/sozialraeume.topo.json', 'sozialraeume');
const labels = layer<SozialraumProps>('public/data/sozialraeume.topo.json', 'labels');
const gemeinden = layer<{ id: string; name: string }>('public/data/rhein-sieg.topo.json', 'gemeinden');
const gemeindeIds = new Set(gemeinden.map((g) => g.properties.id));
const csv = dsvFormat(';');
const table = csv.parse(read('public/data/indicators/sozialraeume-beispiel.csv'));
const population2018 = csv.parse(read('public/data/indicators/gemeinden-bevoelkerung-2018.csv'));
const YEARS = ['2018', '2019', '2020', '2021', '2022'];

describe('Sozialräume (sub-district level)', () => {
  it('keys every Sozialraum as <AGS>-<nnn> under one of the 19 Gemeinden', () => {
    expect(gemeindeIds.size).toBe(19);
    for (const { properties: p } of sozialraeume) {
      expect(p.id).toMatch(/^05382\d{3}-\d{3}$/);
      expect(p.parent).toBe(p.id.slice(0, 8));
      expect(gemeindeIds.has(p.parent)).toBe(true);
      expect(p.name.length).toBeGreaterThan(2);
      expect(typeof p.sample).toBe('boolean');
      // Sample geometry must say so in its name wherever it is listed.
      if (p.sample) expect(p.name).toMatch(/^Beispiel-Sozialraum \d+/);
    }
    expect(new Set(sozialraeume.map((f) => f.properties.id)).size).toBe(sozialraeume.length);
  });

  it('gives every Gemeinde at least two Sozialräume that together cover it within 3 %', () => {
    for (const gemeinde of gemeinden) {
      const parts = sozialraeume.filter((f) => f.properties.parent === gemeinde.properties.id);
      expect(parts.length, gemeinde.properties.name).toBeGreaterThanOrEqual(2);
      const covered = parts.reduce((sum, f) => sum + area(f), 0);
      const whole = area(gemeinde);
      expect(Math.abs(covered - whole) / whole, gemeinde.properties.name).toBeLessThan(0.03);
    }
  });

  it('has one label point per Sozialraum with the same properties', () => {
    expect(labels.map((f) => f.properties)).toEqual(sozialraeume.map((f) => f.properties));
    expect(labels.every((f) => f.geometry.type === 'Point')).toBe(true);
  });
});

describe('sozialraeume-beispiel.csv (sample figures)', () => {
  it('has the agreed columns and one row per Sozialraum and year 2018–2022', () => {
    expect(table.columns).toEqual(['id', 'name', 'jahr', 'kinderarmut', 'personen_in_bg_je_1000', 'einwohner']);
    const rows = new Set(table.map((r) => `${r.id}/${r.jahr}`));
    expect(rows.size).toBe(table.length);
    for (const { properties: p } of sozialraeume) {
      for (const year of YEARS) expect(rows.has(`${p.id}/${year}`), `${p.id} ${year}`).toBe(true);
    }
    expect(table.length).toBe(sozialraeume.length * YEARS.length);
  });

  it('adds the 2018 inhabitants of each Gemeinde up to its official count', () => {
    for (const gemeinde of population2018) {
      const sum = table
        .filter((r) => r.jahr === '2018' && r.id?.startsWith(`${gemeinde.ags}-`))
        .reduce((s, r) => s + Number(r.einwohner), 0);
      expect(sum, gemeinde.name).toBe(Number(gemeinde.einwohner));
    }
  });

  it('writes numbers with decimal commas and shows one suppressed and one missing cell', () => {
    const cells = table.flatMap((r) => [r.kinderarmut ?? '', r.personen_in_bg_je_1000 ?? '']);
    const kinds = cells.map((c) => {
      const parsed = parseCell(c, ',');
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.cell.kind;
    });
    expect(kinds.filter((k) => k === 'suppressed')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'missing')).toHaveLength(1);
    expect(table.every((r) => /^\d+$/.test(r.einwohner ?? '') && Number(r.einwohner) >= 3)).toBe(true);
  });
});
