// A synthetic point layer (the workshop contributions of the next issues) on both screen maps and
// on paper: each point on the same pixel (±1 px) in its category's colour (±2 per channel) on
// MapLibre and on the 2D map, its text on hover, chosen by a click or from the legend's list,
// close points clustered with their count; the PNG and the PDF show them where the screen does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atlasStage } from './harness.mjs';
import { pageXY, pixelAt, waitForIdle } from './page-tools.mjs';
import { decodePng } from './png.mjs';

const stage = atlasStage({ reducedMotion: true });
const dir = mkdtempSync(join(tmpdir(), 'atlas-points-'));
const VIEW = '#indikator=dichte&klassen=5&methode=quantile';

// Category colours of src/symbology/points.ts (CONTRIBUTION_STYLE), as a person sees them in the legend.
const COLOUR = { bedarf: '#c2185b', angebot: '#1b7837', idee: '#5e3c99', frage: '#b35806', cluster: '#1f2933' };
const POINTS = [
  { id: 'p1', lngLat: [7.2, 50.8], category: 'bedarf', text: 'Mehr Kitaplätze in der Innenstadt' },
  { id: 'p2', lngLat: [7.45, 50.75], category: 'angebot', text: 'Offener Jugendtreff' },
  { id: 'p3', lngLat: [7.05, 50.7], category: 'idee', text: 'Bürgerbus am Wochenende' },
  { id: 'p4', lngLat: [7.35, 50.88], category: 'frage', text: 'Wo gibt es Sprachkurse?' },
  // Ten pixels apart at the Kreis view: one cluster of 2, apart once zoomed in.
  { id: 'p5', lngLat: [7.6, 50.72], category: 'bedarf', text: 'Spielplatz fehlt' },
  { id: 'p6', lngLat: [7.61, 50.72], category: 'frage', text: 'Wann kommt der Radweg?' },
];
const SINGLE = POINTS.slice(0, 4);

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (got, want, tolerance) => got.every((v, i) => Math.abs(v - want[i]) <= tolerance);

async function withPoints(renderer) {
  const session = await stage.open(`/?renderer=${renderer}${VIEW}`, { renderer: null });
  const { page } = session;
  assert.equal(await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.kind), renderer);
  await page.evaluate((points) => document.querySelector('sozial-atlas').setPoints('test', points), POINTS);
  await waitForIdle(page);
  // A frame with the points drawn.
  await page.waitForTimeout(300);
  return session;
}

/** The pixel at a page point once it is within `tolerance` of `want` (the frame after a change may come a little later), or as it is after 5 s. */
async function pixelSoon(page, point, want, tolerance) {
  let got = await pixelAt(page, point);
  for (let i = 0; i < 50 && !near(got, want, tolerance); i++) {
    await page.waitForTimeout(100);
    got = await pixelAt(page, point);
  }
  return got;
}


const screens = {};

for (const renderer of ['webgl', 'canvas']) {
  test(`${renderer}: each point in its category's colour, hover shows its text, a click chooses it, close points cluster`, async () => {
    const { page, context, errors } = await withPoints(renderer);
    const at = {};
    for (const p of SINGLE) {
      at[p.id] = await pageXY(page, p.lngLat);
      // The marks' code loads with the first layer: the first frame with them may come a little later.
      const got = await pixelSoon(page, { x: Math.round(at[p.id].x), y: Math.round(at[p.id].y) }, rgb(COLOUR[p.category]), 2);
      assert.ok(near(got, rgb(COLOUR[p.category]), 2), `${renderer} ${p.id} (${p.category}) at ${at[p.id].x},${at[p.id].y}: ${got}`);
    }
    // The cluster: ink with its count, at the two points' middle.
    const mid = await pageXY(page, [7.605, 50.72]);
    const body = await pixelAt(page, { x: Math.round(mid.x), y: Math.round(mid.y) + 7 });
    assert.ok(near(body, rgb(COLOUR.cluster), 2), `${renderer} cluster at ${mid.x},${mid.y}: ${body}`);
    screens[renderer] = { ...at, cluster: mid };

    // Hover: the text of the point, not the area under it.
    await page.mouse.move(at.p2.x, at.p2.y);
    const tooltip = page.locator('sozial-atlas .tooltip');
    await tooltip.waitFor();
    assert.equal(await tooltip.innerText(), 'Angebot\nOffener Jugendtreff');
    await page.mouse.move(mid.x, mid.y);
    await page.waitForFunction(() => document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-tooltip').renderRoot.textContent.includes('2 Beiträge'));

    // Click: the point is chosen (said, pressed in the list), the area under it is not.
    await page.mouse.click(at.p1.x, at.p1.y);
    const announcer = page.locator('sozial-atlas [data-testid=announcer]');
    await page.waitForFunction(() => document.querySelector('sozial-atlas').renderRoot.querySelector('[data-testid=announcer]').textContent.includes('Bedarf: Mehr Kitaplätze'));
    assert.equal(await page.locator('atlas-point-legend button[data-id=p1]').getAttribute('aria-pressed'), 'true');
    assert.equal(await page.evaluate(() => document.querySelector('sozial-atlas').model.state.area), null);
    // Ringed on the map: below the triangle (inradius 6) its white ring (2 px), then the ink line, 1 + 2.5 px when chosen.
    const ring = await pixelSoon(page, { x: Math.round(at.p1.x), y: Math.round(at.p1.y + 6 + 2 + 2) }, rgb(COLOUR.cluster), 40);
    assert.ok(near(ring, rgb(COLOUR.cluster), 40), `${renderer}: the chosen triangle's heavy ink line: ${ring}`);

    // Keyboard: the list's buttons reach every point.
    await page.locator('atlas-point-legend summary').click();
    const buttons = page.locator('atlas-point-legend button[data-id]');
    assert.equal(await buttons.count(), POINTS.length);
    await page.locator('atlas-point-legend button[data-id=p4]').focus();
    await page.keyboard.press('Enter');
    assert.match(await announcer.textContent(), /Frage: Wo gibt es Sprachkurse\?/);
    assert.equal(await page.locator('atlas-point-legend button[data-id=p4]').getAttribute('aria-pressed'), 'true');
    // The legend keys the categories shown, by shape and name, with how many points each has.
    assert.deepEqual(await page.locator('atlas-point-legend [data-testid=point-keys] li').allInnerTexts(), ['Bedarf (2)', 'Angebot (1)', 'Idee / Maßnahme (1)', 'Frage (2)']);

    // A click on the cluster zooms in, and its points part.
    const zoom = await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.view().zoom);
    await page.mouse.click(mid.x, mid.y);
    await page.waitForFunction((zoom) => document.querySelector('sozial-atlas').mapInstance.view().zoom > zoom + 1.9, zoom);
    await waitForIdle(page);
    await page.waitForTimeout(300);
    for (const p of POINTS.slice(4)) {
      const xy = await pageXY(page, p.lngLat);
      const got = await pixelSoon(page, { x: Math.round(xy.x), y: Math.round(xy.y) }, rgb(COLOUR[p.category]), 2);
      assert.ok(near(got, rgb(COLOUR[p.category]), 2), `${renderer} ${p.id} after zooming in: ${got}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('both screen maps put each point on the same pixel (±1 px)', () => {
  assert.ok(screens.webgl && screens.canvas, 'both maps measured');
  for (const id of [...SINGLE.map((p) => p.id), 'cluster']) {
    const [a, b] = [screens.webgl[id], screens.canvas[id]];
    assert.ok(Math.abs(a.x - b.x) <= 1 && Math.abs(a.y - b.y) <= 1, `${id}: webgl ${a.x},${a.y} canvas ${b.x},${b.y}`);
  }
});

async function exportSheet(page, format) {
  await page.locator('sozial-atlas button[name=print]').click();
  await page.locator('atlas-print-dialog select[name=paper]').selectOption('A4');
  await page.locator('atlas-print-dialog select[name=orientation]').selectOption('landscape');
  await page.locator('atlas-print-dialog select[name=format]').selectOption(format);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('atlas-print-dialog button[type=submit]').click()]);
  const path = join(dir, `${format}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

// On A4 landscape the map frame ends about 208 mm from the left, the legend column (with the
// points' key, whose marks have the same colours) starts at 214 mm.
const MAP_RIGHT_PX = Math.round((211 * 300) / 25.4);

/** Centre of the pixels of one colour (±2) between x0 and x1 (the map frame by default): where a mark's body lies. */
function centroid(image, want, x0 = 0, x1 = MAP_RIGHT_PX) {
  let [sx, sy, n] = [0, 0, 0];
  for (let y = 0; y < image.height; y++)
    for (let x = x0; x < x1; x++)
      if (near(image.at(x, y), want, 2)) {
        sx += x;
        sy += y;
        n++;
      }
  return n ? { x: sx / n, y: sy / n, n } : null;
}

test('the PNG and the PDF show the points where the screen does, in their colours', async () => {
  const { page, context } = await withPoints('webgl');
  const image = decodePng(readFileSync(await exportSheet(page, 'png')));
  const screen = {};
  for (const p of SINGLE) screen[p.id] = await page.evaluate((lngLat) => document.querySelector('sozial-atlas').mapInstance.map.project(lngLat), p.lngLat);
  // Each category's colour is one mark on paper (the cluster holds p5 and p6).
  const paper = {};
  for (const p of SINGLE) {
    paper[p.id] = centroid(image, rgb(COLOUR[p.category]));
    assert.ok(paper[p.id] && paper[p.id].n > 100, `${p.id} (${p.category}) on the PNG`);
  }
  const key = centroid(image, rgb(COLOUR.angebot), MAP_RIGHT_PX, image.width);
  assert.ok(key && key.n > 100, 'the key beside the map shows the Angebot mark');
  // Paper and screen are the same Web Mercator view up to scale and shift: fitted on p1 and p3, p2 and p4 must land within 0.3 mm.
  const scale = (paper.p3.x - paper.p1.x) / (screen.p3.x - screen.p1.x);
  const place = (s) => ({ x: paper.p1.x + (s.x - screen.p1.x) * scale, y: paper.p1.y + (s.y - screen.p1.y) * scale });
  const pxPerMm = 300 / 25.4;
  for (const id of ['p2', 'p4']) {
    const want = place(screen[id]);
    // A triangle's body centroid is its incentre, the anchor; the others are symmetric.
    const off = Math.hypot(paper[id].x - want.x, paper[id].y - want.y) / pxPerMm;
    assert.ok(off <= 0.3, `${id} on the PNG ${off.toFixed(2)} mm from where the screen puts it`);
  }
  // The PDF draws the same primitives: rasterised, each point's middle has its colour.
  const pdf = await exportSheet(page, 'pdf');
  execFileSync('pdftoppm', ['-r', '300', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
  const ppm = readFileSync(join(dir, 'page-1.ppm'));
  const [, w] = ppm.subarray(0, 64).toString('latin1').split(/\s+/).map(Number);
  const offset = ppm.indexOf(0x0a, ppm.indexOf(0x0a, ppm.indexOf(0x0a) + 1) + 1) + 1;
  for (const p of SINGLE) {
    const { x, y } = paper[p.id];
    const i = offset + (Math.round(y) * w + Math.round(x)) * 3;
    const got = [...ppm.subarray(i, i + 3)];
    assert.ok(near(got, rgb(COLOUR[p.category]), 10), `${p.id} on the PDF: ${got}`);
  }
  await context.close();
});

/** Siegburg's label anchor (the label point of the boundaries) on the page. */
const SIEGBURG = '05382060';
const siegburgAnchor = (page) =>
  page.evaluate((id) => {
    const atlas = document.querySelector('sozial-atlas');
    const lngLat = atlas.model.data.boundaries.labels.features.find((f) => f.properties.id === id).geometry.coordinates;
    const p = atlas.mapInstance.map.project(lngLat);
    return { lngLat, x: p.x, y: p.y };
  }, SIEGBURG);

/**
 * Where the label "Siegburg" stands, as the map answers a person's pointer: the map points (every
 * 3 px within 90 × 45 px of the anchor) whose hit test finds it; and whether its box meets a box
 * around the anchor, and whether it is on the map at all.
 */
const siegburgLabel = (page, anchor, half) =>
  page.evaluate(
    ({ anchor, half }) => {
      const map = document.querySelector('sozial-atlas').mapInstance.map;
      const rect = map.getCanvas().getBoundingClientRect();
      const named = (box) => map.queryRenderedFeatures(box, { layers: ['gemeinden-labels'] }).some((f) => f.properties.name === 'Siegburg');
      const hits = [];
      for (let dy = -45; dy <= 45; dy += 3) for (let dx = -90; dx <= 90; dx += 3) if (named([anchor.x + dx, anchor.y + dy])) hits.push([dx, dy]);
      return {
        shown: named([[0, 0], [rect.width, rect.height]]),
        onMark: named([[anchor.x - half, anchor.y - half], [anchor.x + half, anchor.y + half]]),
        hits,
      };
    },
    { anchor, half },
  );

async function until(check, what) {
  for (let i = 0; i < 60; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`waited 6 s for ${what}`);
}

const sides = {};

for (const renderer of ['webgl', 'canvas']) {
  test(`${renderer}: the label "Siegburg" gives way to a mark on its anchor, and stands where it stood once the mark is gone`, async () => {
    const { page, context, errors } = await stage.open(`/?renderer=${renderer}${VIEW}`, { renderer: null });
    assert.equal(await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.kind), renderer);
    await waitForIdle(page);
    const anchor = await siegburgAnchor(page);
    // The Frage mark: a circle of radius 7 with its white ring (2 px) and ink line (1 px).
    const half = 7 + 2 + 1;
    const before = await siegburgLabel(page, anchor, half);
    assert.ok(before.shown && before.onMark, `${renderer}: "Siegburg" on its anchor before any mark: ${JSON.stringify(before)}`);

    await page.evaluate((lngLat) => document.querySelector('sozial-atlas').setPoints('test', [{ id: 'here', lngLat, category: 'frage', text: 'Hier?' }]), anchor.lngLat);
    // The mark on the anchor, in its colour (never hidden by the label).
    const markAt = await pageXY(page, anchor.lngLat);
    const mark = await pixelSoon(page, { x: Math.round(markAt.x), y: Math.round(markAt.y) }, rgb(COLOUR.frage), 2);
    assert.ok(near(mark, rgb(COLOUR.frage), 2), `${renderer}: the mark on Siegburg's anchor: ${mark}`);
    await until(async () => !(await siegburgLabel(page, anchor, half)).onMark, `${renderer}: "Siegburg" off the mark`);
    await waitForIdle(page);
    const moved = await siegburgLabel(page, anchor, half);
    assert.equal(moved.onMark, false, `${renderer}: the label's box clear of the mark`);
    assert.ok(moved.shown, `${renderer}: "Siegburg" still on the map, beside the mark`);
    const [sx, sy] = moved.hits.reduce(([x, y], [dx, dy]) => [x + dx / moved.hits.length, y + dy / moved.hits.length], [0, 0]);
    sides[renderer] = Math.abs(sx) > Math.abs(sy) ? (sx > 0 ? 'right' : 'left') : sy > 0 ? 'below' : 'above';

    await page.evaluate(() => document.querySelector('sozial-atlas').setPoints('test', null));
    await until(async () => (await siegburgLabel(page, anchor, half)).onMark, `${renderer}: "Siegburg" back on its anchor`);
    await waitForIdle(page);
    const after = await siegburgLabel(page, anchor, half);
    assert.deepEqual(after.hits, before.hits, `${renderer}: "Siegburg" where it stood before the mark`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('both screen maps move "Siegburg" to the same side of the mark', () => {
  assert.ok(sides.webgl && sides.canvas, 'both maps measured');
  assert.equal(sides.canvas, sides.webgl, JSON.stringify(sides));
});
