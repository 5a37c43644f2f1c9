// The Zensus 2011 1 km grid for the Rhein-Sieg-Kreis: every cell whose centre lies in one of its 19
// Gemeinden, as a square (its four EPSG:3035 corners reprojected to WGS84 with proj4), assigned to the
// Gemeinde that holds its centre, with the cell's published figures.
//
// Input:  github:JsLth/z22data @ b6c927bda2aeb8252a2e846623d6cfd7cdf1b7b1, data_1km/_grid.parquet and
//         data_1km/continuous_<variable>.parquet (x, y = cell centre in EPSG:3035; -1 = no value,
//         -9 = withheld for secrecy, as in the Zensus 2011 grid files).
//         Despite that repository's name and README these are Zensus 2011 figures (the 2011 variable set;
//         the Kreis total by cell centre is 573,159 against the official 578,252).
//         Gemeinden: geodata/vg250/vg250_gem_rhein-sieg-region.geojson (VG250, full resolution).
// Output: public/data/raster.topo.json (layer `raster`: id, name, parent = AGS; layer `rand`: cells whose
//         centre lies outside but whose square reaches into the Kreis, for area-weighted estimates),
//         public/data/indicators/zensus-2011-raster.csv (one row per cell; empty = keine Angabe (-1),
//         `.` = geheim (-9), never 0), public/data/indicators/sources/zensus-2011-1km.csv (the source
//         rows of these cells verbatim: x, y and the raw values with their -1 and -9).
// Re-run: node scripts/extract-zensus-grid.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import proj4 from 'proj4';
import { booleanIntersects, booleanPointInPolygon, point, polygon, bbox } from '@turf/turf';
import mapshaper from 'mapshaper';
import { gitShow, mirror, num, writeTable } from './lib/atlas-table.mjs';

const REPO = 'JsLth/z22data';
const COMMIT = 'b6c927bda2aeb8252a2e846623d6cfd7cdf1b7b1';
const GEMEINDEN = 'geodata/vg250/vg250_gem_rhein-sieg-region.geojson';
const KREIS = '05382';
// ETRS89-LAEA Europe, the projection of the Zensus grid (EPSG:3035)
const LAEA = '+proj=laea +lat_0=52 +lon_0=10 +x_0=4321000 +y_0=3210000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const toWgs84 = (x, y) => proj4(LAEA, 'WGS84', [x, y]).map((v) => Math.round(v * 1e6) / 1e6);

/** atlas column -> source variable (file continuous_<variable>.parquet) and decimals as published */
const VARIABLES = {
  einwohner: 'Einwohner',
  unter18_anteil: 'unter18_A',
  ab65_anteil: 'ab65_A',
  auslaender_anteil: 'Auslaender_A',
  frauen_anteil: 'Frauen_A',
  durchschnittsalter: 'Alter_D',
  haushaltsgroesse: 'HHGroesse_D',
  leerstandsquote: 'Leerstandsquote',
  wohnflaeche_je_bewohner: 'Wohnfl_Bew_D',
};

async function parquet(path) {
  const buf = gitShow(mirror(REPO), COMMIT, path);
  return parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength), compressors });
}

const gemeinden = JSON.parse(readFileSync(GEMEINDEN, 'utf8')).features.filter((f) => f.properties.AGS.startsWith(KREIS));
if (gemeinden.length !== 19) throw new Error(`${gemeinden.length} Gemeinden`);
const withBox = gemeinden.map((f) => ({ f, box: bbox(f) }));
const gemeindeOf = (lon, lat) => withBox.find(({ f, box }) => lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3] && booleanPointInPolygon(point([lon, lat]), f))?.f;

// Cells of the Kreis: the centre (x, y) reprojected and tested against the Gemeinden.
const [kx0, ky0, kx1, ky1] = withBox.reduce((b, { box }) => [Math.min(b[0], box[0]), Math.min(b[1], box[1]), Math.max(b[2], box[2]), Math.max(b[3], box[3])], [180, 90, -180, -90]);
// Margin: cells whose centre lies outside the Kreis but whose square reaches into it. They are no
// areas of the atlas (layer `rand`, no parent), but an area-weighted estimate for a polygon at the Kreis
// border needs their inhabitants.
const squareOf = (x, y) => [[-500, -500], [500, -500], [500, 500], [-500, 500], [-500, -500]].map(([dx, dy]) => toWgs84(x + dx, y + dy));
const reachesKreis = (x, y) => {
  const sq = polygon([squareOf(x, y)]);
  const box = bbox(sq);
  return withBox.some(({ f, box: b }) => box[0] <= b[2] && b[0] <= box[2] && box[1] <= b[3] && b[1] <= box[3] && booleanIntersects(sq, f));
};
const cells = new Map();
for (const { x, y } of await parquet('data_1km/_grid.parquet')) {
  const [lon, lat] = toWgs84(x, y);
  if (lon < kx0 - 0.03 || lon > kx1 + 0.03 || lat < ky0 - 0.03 || lat > ky1 + 0.03) continue;
  const g = gemeindeOf(lon, lat);
  if (!g && !reachesKreis(x, y)) continue;
  // Zensus 2011 cell id (Gitter_ID_1km): lower-left corner in km, e.g. 1kmN3084E4127
  const id = `1kmN${(y - 500) / 1000}E${(x - 500) / 1000}`;
  cells.set(`${x} ${y}`, { id, x, y, ags: g?.properties.AGS ?? '', name: g?.properties.GEN ?? 'außerhalb des Kreises', raw: {} });
}
for (const [column, variable] of Object.entries(VARIABLES)) {
  for (const row of await parquet(`data_1km/continuous_${variable}.parquet`)) {
    const cell = cells.get(`${row.x} ${row.y}`);
    if (cell) cell.raw[column] = row[variable];
  }
}
const list = [...cells.values()].sort((a, b) => a.id.localeCompare(b.id));
const inhabitants = list.filter((c) => c.ags && c.raw.einwohner > 0);
console.log(`${list.filter((c) => !c.ags).length} margin cells`);
console.log(`${list.length} cells, ${inhabitants.length} with inhabitants, sum ${inhabitants.reduce((s, c) => s + c.raw.einwohner, 0)}`);
/** -1: no value (keine Angabe, empty), -9: secret (`.`, geheim); never 0 */
const cellText = (v) => (v === -9 ? '.' : v === -1 || v === null || v === undefined ? '' : num(v));

writeTable(
  'public/data/indicators/zensus-2011-raster.csv',
  ['id', 'gemeinde', ...Object.keys(VARIABLES)],
  list.map((c) => [c.id, c.ags, ...Object.keys(VARIABLES).map((k) => cellText(c.raw[k]))]),
  [],
);
writeTable(
  'public/data/indicators/sources/zensus-2011-1km.csv',
  ['x_mp_1km', 'y_mp_1km', ...Object.values(VARIABLES)],
  list.map((c) => [String(c.x), String(c.y), ...Object.keys(VARIABLES).map((k) => String(c.raw[k]))]),
  [],
);

// Squares: the four corners (centre ± 500 m) reprojected; in WGS84 they are not axis-parallel.
const featuresOf = (inKreis) =>
  list
    .filter((c) => Boolean(c.ags) === inKreis)
    .map((c) => ({
      type: 'Feature',
      properties: inKreis ? { id: c.id, name: `Rasterzelle ${c.id.slice(3)} (${c.name})`, parent: c.ags } : { id: c.id, name: `Rasterzelle ${c.id.slice(3)} (Rand)` },
      geometry: { type: 'Polygon', coordinates: [squareOf(c.x, c.y)] },
    }));
// mapshaper: shared edges become shared arcs (TopoJSON), so the file stays small; no simplification.
const collection = (features) => JSON.stringify({ type: 'FeatureCollection', features });
const out = await mapshaper.applyCommands('-i raster.json rand.json combine-files -o format=topojson quantization=1000000 out.topo.json', {
  'raster.json': collection(featuresOf(true)),
  'rand.json': collection(featuresOf(false)),
});
writeFileSync('public/data/raster.topo.json', out['out.topo.json']);
console.log(`public/data/raster.topo.json: ${featuresOf(true).length} cells + ${featuresOf(false).length} margin cells`);
