// npm run bench:beitraege (after `vite build`): does a workshop's worth of contributions slow the
// map down? Issue 25 asks that with 500 contributions in the document hover and indicator switch
// stay within 1.2 × their p95 without any. Two pages of the same stage, measured in turns (so that
// both meet the same moments of a shared machine): one without contributions, one with 500 loaded
// through the pane's "Beiträge laden" (their pins on the map, kept in IndexedDB). The probes are
// npm run bench's own (lib/atlas-probe.mjs). Prints one table; exit code 0 when it measured.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { openStage } from './lib/stage.mjs';
import * as atlas from './lib/atlas-probe.mjs';
import { median, percentile, row, tableText } from './lib/report.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
// Many short rounds: on a shared machine the load changes by the minute, and both pages should meet the same.
const ROUNDS = 6;
const PER_ROUND = { switches: 8, hovers: 6, warmup: 1 };
const CONTRIBUTIONS = 500;
const CATEGORIES = ['bedarf', 'angebot', 'idee', 'frage'];

const stage = await openStage({ dist: 'dist', viewport: { width: 1280, height: 800 } });
const log = (message) => console.error(`[bench:beitraege] ${message}`);

const topo = (name) => JSON.parse(readFileSync(join(stage.served, 'data', name), 'utf8'));
const kreis = topo('rhein-sieg.topo.json');
const labels = feature(kreis, kreis.objects.labels).features.map((f) => ({ id: f.properties.id, lngLat: f.geometry.coordinates }));
const sozialraeume = topo('sozialraeume.topo.json').objects.sozialraeume.geometries.map((g) => g.properties.id);
const ids = JSON.parse(readFileSync(join(stage.served, 'data/indicators/catalog.json'), 'utf8')).indicators.map((i) => i.id);

/** 500 contributions as a workshop leaves them: half on a Sozialraum (pinned at its label point), half points in small heaps beside the Gemeinden's labels. */
function workshopFile() {
  const features = Array.from({ length: CONTRIBUTIONS }, (_, i) => {
    const at = labels[i % labels.length].lngLat;
    const point = i % 2 === 1;
    const time = new Date(Date.UTC(2026, 11, 7, 9, 0, i)).toISOString();
    return {
      type: 'Feature',
      geometry: point ? { type: 'Point', coordinates: [at[0] + 0.03 + (i % 7) * 0.002, at[1] + 0.02 + (i % 5) * 0.002] } : null,
      properties: { id: `b${i}`, kategorie: CATEGORIES[i % 4], text: `Beitrag ${i}: ${'Text '.repeat(i % 20)}`, organisation: null, stimmen: i % 9, gebiet: point ? null : sozialraeume[i % sozialraeume.length], workshop: 'Bench', frage: 'Wie schnell?', erstellt: time, geaendert: time },
    };
  });
  return JSON.stringify({ type: 'FeatureCollection', features });
}

async function open(withContributions) {
  const s = await stage.session();
  await s.page.goto(`${stage.origin}/#indikator=${ids[0]}&klassen=5&methode=quantile${withContributions ? '&beitraege=1' : ''}`);
  await s.guard(s.page.waitForFunction(() => document.querySelector('sozial-atlas')?.mapInstance?.map?.loaded(), null, { timeout: 30_000 }));
  if (withContributions) {
    await s.page.locator('atlas-contributions input[name=load]').setInputFiles({ name: 'bench.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(workshopFile()) });
    await s.page.locator('atlas-contributions [data-testid=merge-report]').waitFor();
    // The Sozialräume come after the first map (first-map staging): their pins with them.
    const pins = () => s.page.evaluate(() => document.querySelector('sozial-atlas').pointLayers.find((l) => l.id === 'beitraege')?.features.length ?? 0);
    for (let t = 0; (await pins()) !== CONTRIBUTIONS; t++) {
      if (t > 100) throw new Error(`${await pins()} pins on the map, not ${CONTRIBUTIONS}`);
      await s.page.waitForTimeout(200);
    }
  }
  return s;
}

const m = { switch: [], switch500: [], hover: [], hover500: [] };
try {
  const plain = await open(false);
  const loaded = await open(true);
  // Hover measures the area's outline: the mouse goes to Gemeinde labels with no pin within about 30 px (a pin there would take the hover).
  const pinned = await loaded.page.evaluate(() => document.querySelector('sozial-atlas').pointLayers.find((l) => l.id === 'beitraege').features.map((f) => f.lngLat));
  const free = labels.filter(({ lngLat }) => pinned.every((p) => Math.hypot(p[0] - lngLat[0], (p[1] - lngLat[1]) * 1.6) > 0.02));
  log(`${free.length} of ${labels.length} Gemeinde labels free of pins for hovering`);
  const kind = await plain.page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.kind);
  log(`map: ${kind}; ${ROUNDS} rounds of ${PER_ROUND.switches} switches and ${PER_ROUND.hovers} hover moves on each page, in turns`);
  for (let r = 0; r < ROUNDS; r++) {
    for (const [s, key] of [[plain, ''], [loaded, '500']]) {
      // The switches leave the pane closed (their links have no beitraege=1): the pins stay, as in a workshop with the map in front.
      const { samples } = await atlas.switches(s, ids, { count: PER_ROUND.switches, warmup: PER_ROUND.warmup, timeoutMs: 20_000 });
      m[`switch${key}`].push(...samples);
      m[`hover${key}`].push(...(await atlas.hovers(s, free, { count: PER_ROUND.hovers, warmup: PER_ROUND.warmup })));
    }
    log(`round ${r + 1} done`);
  }
  for (const s of [plain, loaded]) s.assertClean('bench:beitraege');
  const p95 = (xs) => percentile(xs, 0.95);
  const rows = [
    // The medians beside: on a loaded shared machine a p95 of a few dozen samples is one slow moment.
    row('indicator switch p50 with contributions', 'ms', median(m.switch500), median(m.switch)),
    row('hover p50 with contributions', 'ms', median(m.hover500), median(m.hover)),
    row(`indicator switch p95 with ${CONTRIBUTIONS} contributions (${m.switch500.length}), target 1.2 × without`, 'ms', p95(m.switch500), p95(m.switch), 1.2 * p95(m.switch)),
    row(`hover p95 with ${CONTRIBUTIONS} contributions (${m.hover500.length}), target 1.2 × without`, 'ms', p95(m.hover500), p95(m.hover), 1.2 * p95(m.hover)),
  ];
  console.log(`map: ${kind}; "baseline" column: the same page without contributions\n${tableText(rows)}`);
  await Promise.all([plain.context.close(), loaded.context.close()]);
} finally {
  await stage.close();
  stage.removeCopy();
}
