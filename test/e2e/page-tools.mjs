// What a person reads off the page, as data: pixels at a point, legend rows, shadow-DOM text.
import { readFileSync } from 'node:fs';
import { waitForChoropleth } from './harness.mjs';

/** The built-in Gemeinde table read straight from its CSV: what the map must show, by AGS. */
export function gemeindeFigures() {
  const csv = readFileSync('public/data/indicators/gemeinden-bevoelkerung-2018.csv', 'utf8');
  const figures = Object.fromEntries(
    csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(';'))
      .map(([ags, name, einwohner, , , flaeche, dichte, frauenanteil]) => [
        ags,
        { name: name.replaceAll('"', ''), einwohner: Number(einwohner), dichte: Number(dichte), flaeche, frauenanteil: Number(frauenanteil.replace(',', '.')) },
      ]),
  );
  return { csv, figures };
}

/** kinderarmut per Sozialraum and year, straight from the sample table: `${id}@${year}` -> { name, value }. */
export function sozialraumFigures() {
  const sample = new Map();
  for (const line of readFileSync('public/data/indicators/sozialraeume-beispiel.csv', 'utf8').trim().split('\n').slice(1)) {
    const [id, name, jahr, kinderarmut] = line.split(';');
    const value = /^\d/.test(kinderarmut) ? Number(kinderarmut.replace(',', '.')) : null;
    sample.set(`${id}@${jahr}`, { name, value });
  }
  return sample;
}

/**
 * A screen point well inside a Gemeinde: on its fill, with the same Gemeinde all around it,
 * and clear of every label so that the pixel shows the fill colour and nothing else.
 */
export async function probePoint(page, id, level = 'gemeinde', { labels = true } = {}) {
  // Where the map is going, not where a flight or a pan (revealing a selected area) passes by.
  await waitForIdle(page);
  return page.evaluate(([id, level, labels]) => {
    const map = document.querySelector('sozial-atlas').mapInstance.map;
    const canvas = map.getCanvas();
    // A person scrolls a host page to the map before looking at it.
    canvas.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = canvas.getBoundingClientRect();
    const [fill, labelLayer] = level === 'sozialraum' ? ['sozialraeume-fill', 'sozialraeume-labels'] : ['gemeinden-fill', 'gemeinden-labels'];
    // Only where a person sees the map: not under the legend, the card or a control.
    const atlas = document.querySelector('sozial-atlas');
    const visible = (x, y) => atlas.renderRoot.elementFromPoint(rect.left + x, rect.top + y) === canvas;
    const at = (x, y) => (visible(x, y) ? map.queryRenderedFeatures([x, y], { layers: [fill] })[0]?.id : undefined);
    // Clear of every label as drawn: no placed symbol's box within 3 px of the point.
    const clearOfLabels = (x, y) => !labels || map.queryRenderedFeatures([[x - 3, y - 3], [x + 3, y + 3]], { layers: [labelLayer] }).length === 0;
    const clearance = (x, y) => {
      let best = 0;
      for (const r of [4, 8, 12, 16, 22]) {
        const ring = Array.from({ length: 8 }, (_, k) => [x + r * Math.cos((k * Math.PI) / 4), y + r * Math.sin((k * Math.PI) / 4)]);
        if (!ring.every(([px, py]) => at(px, py) === id)) break;
        best = r;
      }
      return best;
    };
    let best = null;
    for (let y = 10; y < rect.height - 40; y += 6) {
      for (let x = 10; x < rect.width - 70; x += 6) {
        if (at(x, y) !== id || !clearOfLabels(x, y)) continue;
        const c = clearance(x, y);
        if (!best || c > best.c) best = { x, y, c };
      }
    }
    if (!best || best.c < 4) throw new Error(`no clear interior point for ${id}`);
    return { x: Math.round(rect.left + best.x), y: Math.round(rect.top + best.y) };
  }, [id, level, labels]);
}

/** RGB of the map canvas at a page point (the canvas keeps its drawing buffer). */
export async function pixelAt(page, point) {
  return page.evaluate(({ x, y }) => {
    const canvas = document.querySelector('sozial-atlas').mapInstance.map.getCanvas();
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(canvas, 0, 0);
    const d = ctx.getImageData(Math.round((x - rect.left) * scale), Math.round((y - rect.top) * scale), 1, 1).data;
    return [d[0], d[1], d[2]];
  }, point);
}

/** RGB at a 16 x 10 grid over the map canvas: enough to tell whether the picture changed. */
export async function canvasGrid(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector('sozial-atlas').mapInstance.map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d');
    ctx.drawImage(canvas, 0, 0);
    const out = [];
    for (let j = 0; j < 10; j++)
      for (let i = 0; i < 16; i++) {
        const d = ctx.getImageData(Math.round(((i + 0.5) * canvas.width) / 16), Math.round(((j + 0.5) * canvas.height) / 10), 1, 1).data;
        out.push(`${d[0]},${d[1]},${d[2]}`);
      }
    return out;
  });
}

/** "1.234,5", "−0,4", "+2" as the atlas writes them -> number */
export const germanNumber = (text) => Number(text.replace(/\./g, '').replace(',', '.').replace('−', '-').replace(/^[+±]/, ''));

/** The class rows of the legend: colour of the swatch and the bounds as printed. */
export async function legendRows(page) {
  const rows = await page.locator('atlas-legend li[data-class]').evaluateAll((items) =>
    items
      .filter((li) => /^\d+$/.test(li.dataset.class))
      .map((li) => ({ colour: getComputedStyle(li.querySelector('.swatch')).backgroundColor, text: li.querySelector('.range').innerText })),
  );
  return rows.map(({ colour, text }) => {
    const [lower, upper] = text.replace(/^Klasse \d+:\s*/, '').match(/[−+±-]?[\d.]+(,\d+)?/g).map(germanNumber);
    return { colour, text, lower, upper, last: !text.includes('unter') };
  });
}

/** The colour a value must have according to the legend's printed bounds. */
export function expectedColour(rows, value) {
  const row = rows.find((r) => value >= r.lower && (r.last ? value <= r.upper : value < r.upper));
  if (!row) throw new Error(`value ${value} is in no legend class: ${rows.map((r) => r.text).join(' | ')}`);
  return row.colour;
}

export function hexToRgb(colour) {
  const m = colour.match(/\d+/g);
  return m.slice(0, 3).map(Number);
}

/** Resolves once the map stands still (a framing flight is over) and has drawn everything. */
export async function waitForIdle(page) {
  // The map instance exists once the map that draws it (MapLibre, or the 2D map without WebGL) is there.
  await page.waitForFunction(() => {
    const map = document.querySelector('sozial-atlas')?.mapInstance?.map;
    return Boolean(map) && !map.isMoving() && map.loaded() && map.areTilesLoaded();
  });
}

/** Resolves after the atlas has drawn its next plan; rejects after `timeoutMs` (a missing frame fails the test instead of hanging the run). */
export function waitForRender(page, timeoutMs = 20000) {
  return page.evaluate(
    (timeoutMs) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no 'atlas-rendered' within ${timeoutMs} ms`)), timeoutMs);
        document.querySelector('sozial-atlas').addEventListener('atlas-rendered', () => (clearTimeout(timer), resolve()), { once: true });
      }),
    timeoutMs,
  );
}

export async function selectIndicator(page, id) {
  const rendered = page.evaluate(
    (id) =>
      new Promise((resolve, reject) => {
        const atlas = document.querySelector('sozial-atlas');
        const timer = setTimeout(() => reject(new Error(`no 'atlas-rendered' for ${id} within 20000 ms`)), 20000);
        const on = (e) => {
          if (e.detail.indicator !== id) return;
          atlas.removeEventListener('atlas-rendered', on);
          clearTimeout(timer);
          resolve();
        };
        atlas.addEventListener('atlas-rendered', on);
      }),
    id,
  );
  await chooseIndicator(page, id);
  await rendered;
}

/** Chooses an indicator the way a person does with the mouse: opens the picker and clicks its entry. */
export async function chooseIndicator(page, id) {
  const picker = page.locator('atlas-controls atlas-indicator-picker');
  await picker.locator('button[name=indicator]').click();
  await picker.locator(`[role=option][data-id="${id}"]`).click();
}

/** The id of the indicator the picker names as shown. */
export async function currentIndicator(page) {
  return page.locator('atlas-controls atlas-indicator-picker button[name=indicator]').getAttribute('data-id');
}

/** Every indicator id the picker offers, in its order; the picker is closed again after. */
export async function indicatorIds(page) {
  const picker = page.locator('atlas-controls atlas-indicator-picker');
  await picker.locator('button[name=indicator]').click();
  const ids = await picker.locator('[role=option]').evaluateAll((os) => os.map((o) => o.dataset.id));
  await page.keyboard.press('Escape');
  return ids;
}

/** Visible text of a component's shadow root, as laid out. */
export async function shadowText(page, selector) {
  return page.locator(selector).evaluate((el) =>
    [...el.shadowRoot.children]
      .filter((c) => c.tagName !== 'STYLE')
      .map((c) => c.innerText)
      .join('\n'),
  );
}

/** Chooses an area the way a person does: types its name into the search and presses Enter. */
export async function searchArea(page, text) {
  const input = page.locator('atlas-search input');
  await input.fill(text);
  await page.keyboard.press('Enter');
}

/**
 * probePoint, and where the area is too small at this scale for a point clear of its label
 * (a small map in a host page), the map centred on it one zoom step closer first.
 */
export async function probeOrZoom(page, id, level = 'gemeinde') {
  try {
    return await probePoint(page, id, level);
  } catch {
    await page.evaluate(
      ([id, level]) => {
        const map = document.querySelector('sozial-atlas').mapInstance.map;
        const source = level === 'sozialraum' ? 'sozialraeume' : 'gemeinden';
        const [f] = map.querySourceFeatures(source, { filter: ['==', ['get', 'id'], id] });
        const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];
        const lng = ring.reduce((s, p) => s + p[0], 0) / ring.length;
        const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
        map.jumpTo({ center: [lng, lat], zoom: map.getZoom() + 1 });
      },
      [id, level],
    );
    await waitForIdle(page);
    return probePoint(page, id, level);
  }
}

/** The selected Gemeinde clicked again, where it is now (the map keeps it clear of the card): its Sozialräume open. */
export async function clickAgainToDrill(page, id) {
  await waitForIdle(page);
  const again = await probePoint(page, id);
  await page.mouse.click(again.x, again.y);
  await page.waitForFunction(() => location.hash.includes('ebene=sozialraeume'));
  await waitForChoropleth(page);
  await waitForIdle(page);
}

/** Page px of a lng/lat on the map shown (MapLibre or the 2D map's stand-in). */
export const pageXY = (page, lngLat) =>
  page.evaluate((lngLat) => {
    const map = document.querySelector('sozial-atlas').mapInstance.map;
    const rect = map.getCanvas().getBoundingClientRect();
    const p = map.project(lngLat);
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, lngLat);

/** Drops a file named `name` holding `text` onto the atlas, as a person drags one from the desktop (dragover, then drop). */
export function dropFile(page, name, text, type = 'text/csv') {
  return page.evaluate(
    ({ name, text, type }) => {
      const target = document.querySelector('sozial-atlas').renderRoot.querySelector('.layout');
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type }));
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { name, text, type },
  );
}
