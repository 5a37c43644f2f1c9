// Builds the third area level, "sozialraum", and its sample figures:
//   public/data/sozialraeume.topo.json            (objects `sozialraeume`, `labels`)
//   public/data/indicators/sozialraeume-beispiel.csv
// No public, licensed sub-district boundaries of the Rhein-Sieg-Kreis were found (see
// geodata/sozialraeume/SOURCE.md), so every Gemeinde is split into clearly artificial
// "Beispiel-Sozialräume" and every figure is sample data. Both are deterministic: the same
// inputs give byte-identical outputs.
//
// The split starts from the Gemeinde polygons the atlas already serves
// (public/data/rhein-sieg.topo.json, built by `npm run build:geodata`), not from the full
// VG250 source: that way every sample Sozialraum nests exactly inside its served Gemeinde
// outline, and no second simplification can open gaps along the Gemeinde borders.
// Run `npm run build:geodata` first when the Gemeinde source changes.
//
// Why these libraries: turf does the planar geometry (grid, Voronoi, intersection, union, area),
// simple-statistics the k-means that spreads the seeds evenly, mapshaper the topology,
// quantization and inner label points (as in build-geodata), d3-dsv the CSV reading and writing.
import mapshaper from 'mapshaper';
import { readFileSync, writeFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import {
  area,
  bbox,
  featureCollection,
  intersect,
  length,
  lineOverlap,
  point,
  pointGrid,
  polygon,
  polygonToLine,
  union,
  voronoi,
} from '@turf/turf';
import { kMeansCluster } from 'simple-statistics';
import { dsvFormat } from 'd3-dsv';

const GEMEINDEN = 'public/data/rhein-sieg.topo.json';
const POPULATION = 'public/data/indicators/gemeinden-bevoelkerung-2018.csv';
const SGB2 = 'public/data/indicators/inkar-sgb2-zeitreihe.csv';
const OUT_TOPO = 'public/data/sozialraeume.topo.json';
const OUT_CSV = 'public/data/indicators/sozialraeume-beispiel.csv';
const YEARS = [2018, 2019, 2020, 2021, 2022];
const csv = dsvFormat(';');

/** A small deterministic PRNG (mulberry32) seeded by a label, so each use has its own stream. */
function seededRandom(label) {
  let h = 2166136261; // FNV-1a hash of the label as seed
  for (const ch of label) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (random, lo, hi) => lo + (hi - lo) * random();

/** 3 to 6 Sozialräume, more where more people live. */
function sozialraumCount(einwohner) {
  if (einwohner < 15000) return 3;
  if (einwohner < 25000) return 4;
  if (einwohner < 45000) return 5;
  return 6;
}

/**
 * A local equirectangular frame around the Gemeinde, so that k-means distances and Voronoi
 * bisectors are measured in (nearly) metric units rather than in degrees, which are a third
 * shorter east-west at 50.8° N. It is affine, so straight cell edges stay straight.
 */
function localFrame(gemeinde) {
  const [minX, minY, maxX, maxY] = bbox(gemeinde);
  const lon0 = (minX + maxX) / 2;
  const lat0 = (minY + maxY) / 2;
  const k = Math.cos((lat0 * Math.PI) / 180);
  return {
    toLocal: ([lon, lat]) => [(lon - lon0) * k, lat - lat0],
    toLonLat: ([x, y]) => [x / k + lon0, y + lat0],
  };
}

/** Seed points spread evenly over the Gemeinde: k-means centres of a dense interior grid. */
function seedPoints(gemeinde, count, frame) {
  const km2 = area(gemeinde) / 1e6;
  const grid = pointGrid(bbox(gemeinde), Math.sqrt(km2 / 2000), { units: 'kilometers', mask: gemeinde });
  const samples = grid.features.map((f) => frame.toLocal(f.geometry.coordinates));
  const { centroids } = kMeansCluster(samples, count, seededRandom(`seeds:${gemeinde.properties.id}`));
  // Number them in reading order (north to south), so "1" is the northernmost.
  return centroids.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/** Splits one Gemeinde into Voronoi cells of the seeds, each cut to the Gemeinde polygon. */
function splitGemeinde(gemeinde, count) {
  const frame = localFrame(gemeinde);
  const seeds = seedPoints(gemeinde, count, frame);
  const [minX, minY, maxX, maxY] = bbox(gemeinde);
  const corners = [frame.toLocal([minX, minY]), frame.toLocal([maxX, maxY])];
  const pad = 0.05;
  const cells = voronoi(featureCollection(seeds.map((s) => point(s))), {
    bbox: [corners[0][0] - pad, corners[0][1] - pad, corners[1][0] + pad, corners[1][1] + pad],
  });
  const parts = cells.features.map((cell, i) => {
    const lonLatCell = polygon([cell.geometry.coordinates[0].map(frame.toLonLat)]);
    const cut = intersect(featureCollection([gemeinde, lonLatCell]));
    if (!cut) throw new Error(`Zelle ${i + 1} von ${gemeinde.properties.id} liegt außerhalb der Gemeinde.`);
    return cut.geometry;
  });
  return absorbFragments(parts).map((geometry, i) => {
    const number = i + 1;
    return {
      type: 'Feature',
      geometry,
      properties: {
        id: `${gemeinde.properties.id}-${String(number).padStart(3, '0')}`,
        name: `Beispiel-Sozialraum ${number} – ${gemeinde.properties.name}`,
        parent: gemeinde.properties.id,
        sample: true,
      },
    };
  });
}

/** Length in km of the border two polygons share. */
function sharedBorder(a, b) {
  const overlap = lineOverlap(polygonToLine(a), polygonToLine(b), { tolerance: 0.001 });
  return overlap.features.reduce((sum, f) => sum + length(f), 0);
}

/**
 * A Voronoi cell cut by a concave Gemeinde outline can fall apart into a main piece and a
 * stray fragment beyond a notch. A Sozialraum should be one piece, so each fragment joins the
 * neighbouring cell it shares the longest border with (it stays put if it borders none).
 */
function absorbFragments(geometries) {
  const result = geometries.map((g) => (g.type === 'Polygon' ? polygon(g.coordinates) : null));
  const strays = [];
  geometries.forEach((g, i) => {
    if (g.type !== 'MultiPolygon') return;
    const pieces = g.coordinates.map((rings) => polygon(rings)).sort((a, b) => area(b) - area(a));
    result[i] = pieces[0];
    strays.push(...pieces.slice(1).map((piece) => ({ piece, owner: i })));
  });
  for (const { piece, owner } of strays) {
    const borders = result.map((cell, j) => (j === owner ? 0 : sharedBorder(piece, cell)));
    const best = borders.indexOf(Math.max(...borders));
    const target = borders[best] > 0 ? best : owner;
    result[target] = union(featureCollection([result[target], piece]));
  }
  return result.map((f) => f.geometry);
}

/** Splits a total into integer parts proportional to weights that add up exactly (largest remainder). */
function apportion(total, weights) {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const remainder = total - parts.reduce((s, p) => s + p, 0);
  for (let r = 0; r < remainder; r++) parts[order[r][1]] += 1;
  return parts;
}

// INKAR has Gemeinde rates for 2021 and 2022 only. Earlier sample years are the 2021 rate times
// these factors: the gentle decline of SGB II receipt before 2021, its shape, not its figures.
const BEFORE_2021 = { 2018: 1.06, 2019: 1.03, 2020: 1.02 };

/** The Gemeinde's rate in a year: official for 2021/2022, derived from 2021 before that. */
function gemeindeRate(rates, column, year) {
  return rates.get(year)?.[column] ?? rates.get(2021)[column] * BEFORE_2021[year];
}

/**
 * Sample figures for the Sozialräume of one Gemeinde: 2018 inhabitants add up to the official
 * Gemeinde count; each year's rates spread around the Gemeinde's rate with a population-weighted
 * mean equal to it (before rounding and, for 2018-2020, a little noise).
 */
function sampleFigures(gemeindeId, sozialraeume, einwohner2018, rates) {
  const random = seededRandom(`figures:${gemeindeId}`);
  const base = apportion(einwohner2018, sozialraeume.map(() => between(random, 0.55, 1.45)));
  const growth = sozialraeume.map(() => between(random, -0.006, 0.009));
  const people = (i, year) => (year === 2018 ? base[i] : Math.round(base[i] * (1 + growth[i]) ** (year - 2018)));
  // One social-structure factor per Sozialraum drives both rates, as in real sub-districts.
  const raw = sozialraeume.map(() => Math.exp(between(random, -0.55, 0.55)));
  const rows = [];
  for (const year of YEARS) {
    const inhabitants = sozialraeume.map((_, i) => people(i, year));
    const total = inhabitants.reduce((s, p) => s + p, 0);
    const weightedMean = raw.reduce((s, f, i) => s + f * inhabitants[i], 0) / total;
    const noise = () => (year in BEFORE_2021 ? between(random, 0.97, 1.03) : 1);
    sozialraeume.forEach((s, i) => {
      const factor = raw[i] / weightedMean;
      rows.push({
        id: s.properties.id,
        name: s.properties.name,
        jahr: year,
        kinderarmut: gemeindeRate(rates, 'kinderarmut', year) * factor * noise(),
        personen_in_bg_je_1000: gemeindeRate(rates, 'personen', year) * factor * noise(),
        einwohner: inhabitants[i],
      });
    });
  }
  return rows.sort((a, b) => a.id.localeCompare(b.id) || a.jahr - b.jahr);
}

// Two cells show the atlas's non-value states: the smallest Sozialraum's 2018 Kinderarmut is
// withheld ("geheim / unterdrückt"), one 2020 cell in Much is left empty ("keine Angabe").
function markSpecialCells(rows) {
  const smallest = rows.filter((r) => r.jahr === 2018).reduce((a, b) => (b.einwohner < a.einwohner ? b : a));
  smallest.kinderarmut = '.';
  rows.find((r) => r.id === '05382036-002' && r.jahr === 2020).personen_in_bg_je_1000 = '';
}

const topology = JSON.parse(readFileSync(GEMEINDEN, 'utf8'));
const gemeinden = feature(topology, topology.objects.gemeinden).features.sort((a, b) =>
  a.properties.id.localeCompare(b.properties.id),
);
const population = new Map(csv.parse(readFileSync(POPULATION, 'utf8')).map((r) => [r.ags, Number(r.einwohner)]));
const rateNumber = (text) => Number(text.replace(',', '.'));
// ags -> year -> official rates
const sgb2 = new Map();
for (const r of csv.parse(readFileSync(SGB2, 'utf8'))) {
  if (!sgb2.has(r.ags)) sgb2.set(r.ags, new Map());
  sgb2.get(r.ags).set(Number(r.jahr), {
    kinderarmut: rateNumber(r.kinderarmut),
    personen: rateNumber(r.personen_in_bg_je_1000),
  });
}

const sozialraeume = [];
const rows = [];
for (const gemeinde of gemeinden) {
  const id = gemeinde.properties.id;
  const einwohner = population.get(id);
  const rates = sgb2.get(id);
  if (!einwohner || !rates?.has(2021) || !rates.has(2022)) {
    throw new Error(`Keine Einwohner- oder SGB-II-Zahl für ${id}.`);
  }
  const parts = splitGemeinde(gemeinde, sozialraumCount(einwohner));
  sozialraeume.push(...parts);
  rows.push(...sampleFigures(id, parts, einwohner, rates));
}
markSpecialCells(rows);

// mapshaper: `snap` joins the Voronoi edges that two cuts computed separately into one shared
// arc; no -simplify, the outlines are already the served, simplified Gemeinde borders.
const output = await mapshaper.applyCommands(
  [
    '-i sozialraeume.json snap name=sozialraeume',
    '-points inner + name=labels target=sozialraeume',
    `-o format=topojson quantization=100000 target=* ${OUT_TOPO}`,
  ].join(' '),
  { 'sozialraeume.json': featureCollection(sozialraeume) },
);
writeFileSync(OUT_TOPO, output[OUT_TOPO]);

// Rates with one decimal and a decimal comma; the marks '.' and '' are written as they are.
const rateText = (value) => (typeof value === 'number' ? value.toFixed(1).replace('.', ',') : value);
const formatted = rows.map((r) => ({
  ...r,
  kinderarmut: rateText(r.kinderarmut),
  personen_in_bg_je_1000: rateText(r.personen_in_bg_je_1000),
}));
writeFileSync(
  OUT_CSV,
  csv.format(formatted, ['id', 'name', 'jahr', 'kinderarmut', 'personen_in_bg_je_1000', 'einwohner']) + '\n',
);
console.log(`${sozialraeume.length} Beispiel-Sozialräume in ${gemeinden.length} Gemeinden; ${rows.length} Tabellenzeilen.`);
