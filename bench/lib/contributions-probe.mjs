// Workshop contributions (issue 25): 500 of them in the document, their pins on the map and their
// list in the pane, against the same page without them. Used by `npm run bench` (its section
// "contributions") and `npm run bench:beitraege` (the section alone).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';

const CATEGORIES = ['bedarf', 'angebot', 'idee', 'frage'];

/** The Gemeinden's label points, the Sozialräume's keys and the indicators' ids of the served data. */
export function servedData(served) {
  const topo = (name) => JSON.parse(readFileSync(join(served, 'data', name), 'utf8'));
  const kreis = topo('rhein-sieg.topo.json');
  return {
    labels: feature(kreis, kreis.objects.labels).features.map((f) => ({ id: f.properties.id, lngLat: f.geometry.coordinates })),
    sozialraeume: topo('sozialraeume.topo.json').objects.sozialraeume.geometries.map((g) => g.properties.id),
    ids: JSON.parse(readFileSync(join(served, 'data/indicators/catalog.json'), 'utf8')).indicators.map((i) => i.id),
  };
}

/** `n` contributions as a workshop leaves them: half on a Sozialraum (pinned at its label point), half points in small heaps beside the Gemeinden's labels. */
export function workshopFile({ labels, sozialraeume }, n) {
  const features = Array.from({ length: n }, (_, i) => {
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

const pinCount = (page) => page.evaluate(() => document.querySelector('sozial-atlas').pointLayers.find((l) => l.id === 'beitraege')?.features.length ?? 0);

/**
 * A page of the stage at `hash`; with `n` > 0 the contributions are read through the pane's
 * "Beiträge laden" as a person does (`hash` must open the pane: beitraege=1), and the page waits
 * until all their pins are on the map (the Sozialräume, and with them their pins, come after the first map).
 */
export async function openWith(stage, hash, data, n) {
  const s = await stage.session();
  await s.page.goto(`${stage.origin}/${hash}`);
  await s.guard(s.page.waitForFunction(() => document.querySelector('sozial-atlas')?.mapInstance?.map?.loaded(), null, { timeout: 30_000 }));
  if (!n) return s;
  await s.page.locator('atlas-contributions input[name=load]').setInputFiles({ name: 'bench.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(workshopFile(data, n)) });
  await s.guard(s.page.locator('atlas-contributions [data-testid=merge-report]').waitFor({ timeout: 30_000 }));
  for (let t = 0; (await pinCount(s.page)) !== n; t++) {
    if (t > 150) throw new Error(`${await pinCount(s.page)} pins on the map, not ${n}`);
    await s.page.waitForTimeout(200);
  }
  return s;
}

/** The Gemeinde labels with no pin within about 2 km: a pin there would take the hover from the area. */
export async function freeOfPins(s, labels) {
  const pinned = await s.page.evaluate(() => document.querySelector('sozial-atlas').pointLayers.find((l) => l.id === 'beitraege')?.features.map((f) => f.lngLat) ?? []);
  return labels.filter(({ lngLat }) => pinned.every((p) => Math.hypot(p[0] - lngLat[0], (p[1] - lngLat[1]) * 1.6) > 0.02));
}

/**
 * Layouts and style recalculations the page does per hover move (Chromium's own counters, CDP
 * Performance.getMetrics), over `moves` moves between the `points` ({x, y} in page px), each
 * after a quiet page: what a hover costs besides the map's frame.
 */
export async function layoutPerHover(s, points, moves) {
  const cdp = await s.context.newCDPSession(s.page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const settle = () => s.page.evaluate(() => window.__benchSettle(() => document.querySelector('sozial-atlas').mapInstance.map.loaded()));
  const sum = { layouts: 0, layoutMs: 0, styles: 0, styleMs: 0 };
  for (let i = 0; i < moves; i++) {
    await settle();
    const before = await metrics();
    const p = points[i % points.length];
    await s.page.mouse.move(p.x, p.y);
    await settle();
    const after = await metrics();
    sum.layouts += after.LayoutCount - before.LayoutCount;
    sum.layoutMs += (after.LayoutDuration - before.LayoutDuration) * 1000;
    sum.styles += after.RecalcStyleCount - before.RecalcStyleCount;
    sum.styleMs += (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000;
  }
  await cdp.detach();
  return Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, v / moves]));
}

/** The `labels` ({lngLat}) in page px, those on the map's canvas and not under a control. */
export const pagePoints = (s, labels) =>
  s.page.evaluate((labels) => {
    const atlas = document.querySelector('sozial-atlas');
    const map = atlas.mapInstance.map;
    const canvas = map.getCanvas();
    const box = canvas.getBoundingClientRect();
    return labels
      .map(({ lngLat }) => map.project(lngLat))
      .map((p) => ({ x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) }))
      .filter((p) => atlas.renderRoot.elementFromPoint(p.x, p.y) === canvas);
  }, labels);

/**
 * Switch and hover with and without `n` contributions: two pages, both with the pane open (the
 * map the same size, the one list empty), measured in turns, `rounds` times, so that both meet the
 * same moments of a shared machine. The switches keep the pane open (beitraege=1 in each link);
 * hover goes to Gemeinde labels free of pins on both pages. Also the layout per hover move
 * (layoutPerHover) on each page. `atlas`: lib/atlas-probe.mjs (its switches and hovers).
 */
export async function withAndWithout(stage, atlas, data, { n, rounds, switches, hovers, warmup, layoutMoves, log = () => {} }) {
  const hash = `#indikator=${data.ids[0]}&klassen=5&methode=quantile&beitraege=1`;
  const pages = { without: await openWith(stage, hash, data, 0), with: await openWith(stage, hash, data, n) };
  const free = await freeOfPins(pages.with, data.labels);
  log(`${free.length} of ${data.labels.length} Gemeinde labels free of pins for hovering`);
  const out = { switch: { with: [], without: [] }, hover: { with: [], without: [] }, layout: {}, kind: await pages.without.page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.kind) };
  for (let r = 0; r < rounds; r++) {
    for (const key of ['without', 'with']) {
      const s = pages[key];
      const { samples } = await atlas.switches(s, data.ids, { count: switches, warmup, timeoutMs: 20_000, hashSuffix: '&beitraege=1' });
      out.switch[key].push(...samples);
      out.hover[key].push(...(await atlas.hovers(s, free, { count: hovers, warmup })));
    }
  }
  for (const key of ['without', 'with']) {
    out.layout[key] = await layoutPerHover(pages[key], await pagePoints(pages[key], free), layoutMoves);
    pages[key].assertClean(`atlas, ${key} ${n} contributions`);
    await pages[key].context.close();
  }
  return out;
}

/** The section's rows (report.mjs `row`): p95 against 1.2 × the page without, medians and layout per hover beside. */
export function contributionRows(row, percentile, median, c, n) {
  const p95 = (xs) => percentile(xs, 0.95);
  return [
    row(`contributions: indicator switch p95 with ${n}, pane open (n=${c.switch.with.length}), target 1.2x the same page without`, 'ms', p95(c.switch.with), p95(c.switch.without), 1.2 * p95(c.switch.without)),
    row(`contributions: hover feedback p95 with ${n}, pane open (n=${c.hover.with.length}), target 1.2x without`, 'ms', p95(c.hover.with), p95(c.hover.without), 1.2 * p95(c.hover.without)),
    row(`  switch p50 with / without ${n} contributions`, 'ms', median(c.switch.with), median(c.switch.without)),
    row(`  hover p50 with / without ${n} contributions`, 'ms', median(c.hover.with), median(c.hover.without)),
    row(`  layout per hover move with / without ${n} contributions (CDP LayoutDuration, mean)`, 'ms', c.layout.with.layoutMs, c.layout.without.layoutMs),
  ];
}

// Many short rounds: on a shared machine the load changes by the minute, and both pages should
// meet the same. 10 × 6 per page: p95 is the 4th slowest of 60, not one slow moment.
export const CONTRIBUTION_PLAN = { n: 500, rounds: 10, switches: 6, hovers: 6, warmup: 1, layoutMoves: 20 };
