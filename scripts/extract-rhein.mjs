// The Rhine as a context line: Natural Earth's river centre line, clipped to the Rhein-Sieg-Kreis
// and a margin of about 10 km (the map's default view reaches that far beyond the Kreis).
//
// Input:  github:martynafford/natural-earth-geojson @ 0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e,
//         10m/physical/ne_10m_rivers_lake_centerlines.7z (Natural Earth 1:10m, public domain);
//         unpacked with `7zz` (Debian package 7zip), which only this script needs, never the build.
//         Kreis extent: public/data/rhein-sieg.topo.json (layer kreis).
// Output: public/data/rhein.geojson (LineString features, property name = "Rhein")
// Re-run: node scripts/extract-rhein.mjs
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import mapshaper from 'mapshaper';
import { feature } from 'topojson-client';
import { bbox } from '@turf/turf';
import { gitShow, mirror } from './lib/atlas-table.mjs';

const REPO = 'martynafford/natural-earth-geojson';
const COMMIT = '0b9a6ceb0a7032713abd9460ac1e995a9c60cd1e';
const ARCHIVE = '10m/physical/ne_10m_rivers_lake_centerlines.7z';
const MARGIN = { lon: 0.15, lat: 0.1 }; // ≈ 10.5 km × 11 km at 50.8° N

const dir = mkdtempSync(join(tmpdir(), 'rhein-'));
writeFileSync(join(dir, 'rivers.7z'), gitShow(mirror(REPO), COMMIT, ARCHIVE));
execFileSync('7zz', ['e', '-y', `-o${dir}`, join(dir, 'rivers.7z')], { stdio: 'ignore' });
const rivers = JSON.parse(readFileSync(join(dir, 'ne_10m_rivers_lake_centerlines.json'), 'utf8'));

const topo = JSON.parse(readFileSync('public/data/rhein-sieg.topo.json', 'utf8'));
const [x0, y0, x1, y1] = bbox(feature(topo, topo.objects.kreis));
const box = [x0 - MARGIN.lon, y0 - MARGIN.lat, x1 + MARGIN.lon, y1 + MARGIN.lat].map((v) => v.toFixed(4)).join(',');

const rhine = { type: 'FeatureCollection', features: rivers.features.filter((f) => f.properties.name === 'Rhine') };
if (rhine.features.length === 0) throw new Error('no feature named Rhine');
const out = await mapshaper.applyCommands(
  `-i rhine.json -clip bbox=${box} -each 'name = "Rhein", name_en = "Rhine"' -filter-fields name,name_en -o precision=0.00001 rhein.geojson`,
  { 'rhine.json': JSON.stringify(rhine) },
);
writeFileSync('public/data/rhein.geojson', out['rhein.geojson']);
const result = JSON.parse(out['rhein.geojson']);
console.log(`public/data/rhein.geojson: ${result.features.length} features, clipped to ${box}`);
