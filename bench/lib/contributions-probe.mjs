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
