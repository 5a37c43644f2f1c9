// Places: the UTM32 inverse against proj4 and a published point, own place files with every problem
// the issue names, and reach for one Gemeinde against an independent computation (cells by centre).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import proj4 from 'proj4';
import { utm32ToLngLat } from '../../src/domain/utm';
import { loadAtlasData } from '../../src/data/atlas-data';
import { loadGrid } from '../../src/data/grid';
import { placeContext } from '../../src/data/places/place-context';
import { readPlaceFile } from '../../src/data/places/place-files';
import { withReach, REACH_IDS } from '../../src/data/places/reach-data';
import { nearestDistances } from '../../src/domain/reach';
import { fromDisk } from './support/from-disk';

const UTM32 = '+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const LAEA = '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const bytes = (path: string) => {
  const b = readFileSync(path);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};

describe('utm32ToLngLat', () => {
  it('agrees with proj4 to a centimetre across the Kreis and beyond', () => {
    for (let e = 330000; e <= 420000; e += 15000) {
      for (let n = 5580000; n <= 5680000; n += 20000) {
        const [lng, lat] = utm32ToLngLat(e, n);
        const [pl, pb] = proj4(UTM32, 'WGS84', [e, n]);
        expect(Math.abs(lng - pl) * 111000 * Math.cos((lat * Math.PI) / 180)).toBeLessThan(0.01);
        expect(Math.abs(lat - pb) * 111000).toBeLessThan(0.01);
      }
    }
  });
  it('puts the central meridian at 9° and the equator at northing 0', () => {
    expect(utm32ToLngLat(500000, 0)).toEqual([9, 0]);
  });
});

describe('own places', async () => {
  const data = await loadAtlasData('', fromDisk('public/data'));
  const context = placeContext(data.boundaries.gemeinden);
  const read = await readPlaceFile({ name: 'eigene-standorte.csv', bytes: bytes('test/fixtures/places/eigene-standorte.csv') }, context);
  const codes = (id: string) => read.problems.filter((p) => p.key === id).map((p) => `${p.code}:${p.severity}:${p.line}`);

  it('reports every problem with line and id, and draws what can be drawn', () => {
    expect(read.read).toBe(10);
    expect(codes('K2')).toEqual(['place.swapped:warning:3']);
    expect(read.places.find((p) => p.id === 'K2')?.lngLat).toEqual([7.21, 50.8]);
    expect(codes('K3')).toEqual(['place.outside:warning:4']);
    expect(codes('K4')).toEqual(['place.addressOnly:warning:5']);
    expect(read.problems.find((p) => p.key === 'K4')?.message).toContain('Geokodierung');
    expect(codes('K5')).toEqual(['place.notNumeric:error:6']);
    expect(read.problems.find((p) => p.key === 'K5')?.column).toBe('lon');
    expect(codes('K1')).toEqual(['place.duplicate:error:7']);
    expect(codes('K6')).toEqual(['place.far:error:8']);
    expect(codes('K7')).toEqual(['place.noCategory:warning:9']);
    expect(codes('K9')).toEqual(['place.missing:error:11']);
    expect(read.places.map((p) => p.id)).toEqual(['K1', 'K2', 'K3', 'K7', 'K8']);
    // Nothing silently dropped: every row is drawn or named by a problem.
    const named = new Set(read.problems.map((p) => p.line));
    for (let line = 2; line <= 11; line++) expect(read.places.some((p) => p.line === line) || named.has(line)).toBe(true);
  });

  it('reads ETRS89/UTM32 easting and northing (also swapped) and GeoJSON points', async () => {
    const [e, n] = proj4('WGS84', UTM32, [7.2075, 50.7995]);
    const csv = `id;kategorie;rechtswert;hochwert\nU1;Kita;${e.toFixed(1)};${n.toFixed(1)}\nU2;Kita;${n.toFixed(1)};${e.toFixed(1)}\n`;
    const utm = await readPlaceFile({ name: 'utm.csv', bytes: new TextEncoder().encode(csv).buffer as ArrayBuffer }, context);
    expect(utm.places.map((p) => p.lngLat.map((v) => v.toFixed(5)))).toEqual([['7.20750', '50.79950'], ['7.20750', '50.79950']]);
    expect(utm.problems.map((p) => `${p.code}:${p.key}`)).toEqual(['place.swapped:U2']);
    const geojson = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [7.2075, 50.7995] }, properties: { id: 'G1', kategorie: 'Kita' } }, { type: 'Feature', geometry: { type: 'Polygon', coordinates: [] }, properties: { id: 'G2' } }] };
    const gj = await readPlaceFile({ name: 'p.geojson', bytes: new TextEncoder().encode(JSON.stringify(geojson)).buffer as ArrayBuffer }, context);
    expect(gj.places.map((p) => p.id)).toEqual(['G1']);
    expect(gj.problems.map((p) => `${p.code}:${p.line}`)).toEqual(['place.notPoint:2']);
  });
});

describe('reach', async () => {
  const data = await loadAtlasData('', fromDisk('public/data'));
  const grid = await loadGrid('', data.catalog, new Set(data.boundaries.gemeinden.features.map((f) => f.properties.id)), fromDisk('public/data'));
  const context = placeContext(data.boundaries.gemeinden);
  const schools = await readPlaceFile({ name: 'schulen.csv', bytes: bytes('public/data/places/schulen.csv') }, context);
  const grundschulen = schools.places.filter((p) => p.category === 'grundschule');

  it('gives Siegburg the share an independent computation gives (LAEA cell centres from the cell ids, proj4, Euclid)', () => {
    const reached = withReach(data, grid, { places: grundschulen.map((p) => p.lngLat), metres: 1000, what: 'Grundschule', placeSource: 'Schulen' });
    const got = reached.series.get(REACH_IDS.share)!.cells.get(2011)!.get('05382060');
    // Independently: the shipped grid table, the cell centre from its Zensus id, schools projected to EPSG:3035.
    const rows = readFileSync('public/data/indicators/zensus-2011-raster.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(';'));
    const schoolsLaea = grundschulen.map((p) => proj4('WGS84', LAEA, p.lngLat));
    let all = 0;
    let near = 0;
    for (const [id, gemeinde, einwohner] of rows) {
      if (gemeinde !== '05382060' || !einwohner || einwohner === '.') continue;
      const m = /N(\d+)E(\d+)/.exec(id)!;
      const [x, y] = [Number(m[2]) * 1000 + 500, Number(m[1]) * 1000 + 500];
      const d = Math.min(...schoolsLaea.map(([sx, sy]) => Math.hypot(sx - x, sy - y)));
      all += Number(einwohner);
      if (d <= 1000) near += Number(einwohner);
    }
    expect(all).toBeGreaterThan(30000);
    expect(got).toEqual({ kind: 'value', value: Math.round((1000 * near) / all) / 10 });
  });

  it('measures 184 schools against every cell of the Kreis', () => {
    const cells = grid.cells.features.map((f) => ({ id: f.properties.id, centre: f.geometry.coordinates[0][0] as [number, number], population: 1, under18: 0, areas: [] }));
    const d = nearestDistances(cells, schools.places.map((p) => p.lngLat));
    expect(d.length).toBe(grid.cells.features.length);
    expect(Math.max(...d)).toBeLessThan(10000);
  });
});

describe('places and reach in the link', () => {
  it('reads and writes standorte=schulen,kliniken and erreichbarkeit=schulen:grundschule:1000 as the issue writes them', async () => {
    const { DEFAULT_STATE, fromHash, toHash } = await import('../../src/state/atlas-state');
    const state = { ...DEFAULT_STATE, indicator: 'kinderarmut', places: ['schulen', 'kliniken'], reach: 'schulen:grundschule:1000' };
    const hash = toHash(state);
    expect(hash).toContain('standorte=schulen,kliniken');
    expect(hash).toContain('erreichbarkeit=schulen:grundschule:1000');
    expect(fromHash(hash, ['kinderarmut'])).toEqual(state);
    // Encoded as a mail program may write it: the same view.
    expect(fromHash('#indikator=kinderarmut&standorte=schulen%2Ckliniken&erreichbarkeit=schulen%3Agrundschule%3A1000', ['kinderarmut'])).toMatchObject({ places: ['schulen', 'kliniken'], reach: 'schulen:grundschule:1000' });
    // A malformed reach is dropped, not half read.
    expect(fromHash('#indikator=kinderarmut&erreichbarkeit=schulen:grundschule:viel', ['kinderarmut']).reach).toBeNull();
  });
});
