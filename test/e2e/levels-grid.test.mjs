// End-to-end: what the map side of issue 12 puts on the canvas. Counts as proportional circles
// (pixels inside and outside each circle, the radius order of the values, the size legend), the
// Rhine, and the Zensus 2011 grid level (cells in legend colours, drill-down from a Gemeinde).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atlasStage } from './harness.mjs';
import { expectedColour, gemeindeFigures, hexToRgb, legendRows, pixelAt, shadowText, waitForIdle, indicatorIds } from './page-tools.mjs';
import { decodePng } from './png.mjs';

const stage = atlasStage({ reducedMotion: true });
async function open(path) {
  const session = await stage.open(path);
  await waitForIdle(session.page);
  return session;
}

const near = (rgb, expected, tolerance = 8) => rgb.every((c, i) => Math.abs(c - expected[i]) <= tolerance);
const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
// The circle colour as it lands on the canvas: SYMBOL_COLOUR at SYMBOL_OPACITY over the neutral area fill.
const CIRCLE = hex('#c2410c').map((c, i) => Math.round(0.85 * c + 0.15 * hex('#f7f3ee')[i]));

/** Each Gemeinde's circle as the map draws it: centre on the page, radius in feature-state, visibility of the centre. */
async function circles(page) {
  return page.evaluate(() => {
    const map = document.querySelector('sozial-atlas').mapInstance.map;
    const rect = map.getCanvas().getBoundingClientRect();
    // A point can sit in several tiles: one per id.
    const unique = [...new Map(map.querySourceFeatures('labels').map((f) => [f.properties.id, f])).values()];
    return unique.map((f) => {
      const p = map.project(f.geometry.coordinates);
      return { id: f.properties.id, x: rect.left + p.x, y: rect.top + p.y, r: map.getFeatureState({ source: 'labels', id: f.properties.id }).r ?? 0 };
    });
  });
}

/** A page point inside (or outside) a circle, on the canvas and clear of every label and of the legend. */
async function pointAround(page, circle, distance) {
  return page.evaluate(
    ({ circle, distance }) => {
      const atlas = document.querySelector('sozial-atlas');
      const map = atlas.mapInstance.map;
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      for (let k = 0; k < 24; k++) {
        const a = (k * Math.PI) / 12;
        const x = circle.x + distance * Math.cos(a);
        const y = circle.y + distance * Math.sin(a);
        if (atlas.renderRoot.elementFromPoint(x, y) !== canvas) continue;
        const [cx, cy] = [x - rect.left, y - rect.top];
        const clear = map.queryRenderedFeatures([[cx - 3, cy - 3], [cx + 3, cy + 3]], { layers: ['gemeinden-labels', 'gemeinden-borders', 'kreis-line'] }).length === 0;
        if (clear) return { x: Math.round(x), y: Math.round(y) };
      }
      return null;
    },
    { circle, distance },
  );
}

test('counts are proportional circles: circle colour inside, none outside, radii in the order of the values, a size legend', async () => {
  const { page, context, requests, errors } = await open('/#indikator=einwohner');
  const { figures } = gemeindeFigures();
  const drawn = await circles(page);
  assert.equal(drawn.length, 19);
  // Radius order follows the values, and areas are in their ratio (r² ∝ value).
  const byValue = [...drawn].sort((a, b) => figures[a.id].einwohner - figures[b.id].einwohner);
  for (let i = 1; i < byValue.length; i++) assert.ok(byValue[i].r >= byValue[i - 1].r, `${figures[byValue[i].id].name} has the larger circle`);
  const [small, large] = [byValue[0], byValue.at(-1)];
  assert.ok(Math.abs(small.r ** 2 / large.r ** 2 - figures[small.id].einwohner / figures[large.id].einwohner) < 0.01, 'circle areas in the ratio of the values');

  // On the canvas: the larger circles (a small one is all under its label), inside and just outside their rim.
  let checked = 0;
  for (const c of byValue.slice(-8)) {
    const inside = await pointAround(page, c, c.r * 0.75);
    const outside = await pointAround(page, c, c.r + 4);
    if (!inside || !outside) continue;
    assert.ok(near(await pixelAt(page, inside), CIRCLE), `${figures[c.id].name}: circle colour at ${JSON.stringify(inside)}`);
    assert.ok(!near(await pixelAt(page, outside), CIRCLE, 30), `${figures[c.id].name}: no circle just outside its radius`);
    checked++;
  }
  assert.ok(checked >= 3, `at least three circles checked (${checked})`);

  const legend = await shadowText(page, 'atlas-legend');
  assert.match(legend, /Kreisfläche ∝ Anzahl \(Personen\)/);
  const values = await page.locator('atlas-legend [data-testid=size-legend] g').evaluateAll((gs) => gs.map((g) => g.textContent.trim()));
  assert.ok(values.length >= 2 && values.length <= 3, `2–3 reference circles: ${values}`);
  assert.equal(values[0], '50.000');
  // No class rows and no warning against mapping counts: this map does not colour them.
  assert.equal(await page.locator('atlas-legend li[data-class="0"]').count(), 0);
  assert.doesNotMatch(legend, /eingeschränkt vergleichbar/);

  // Hover and click still reach the areas beneath.
  await page.mouse.move(large.x, large.y + large.r + 6);
  await page.mouse.click(large.x, large.y + large.r + 6);
  await page.waitForFunction((id) => location.hash.includes(`gebiet=${id}`), large.id);
  assert.equal(await page.locator('atlas-panel h2').innerText(), figures[large.id].name);
  assert.deepEqual(requests.filter((u) => !u.startsWith(stage.origin)), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching from circles to a choropleth takes the circles away, by state alone', async () => {
  const { page, context } = await open('/#indikator=einwohner');
  await page.evaluate(() => document.querySelector('sozial-atlas').model.update({ indicator: 'frauenanteil' }));
  await page.waitForFunction(() => location.hash.includes('indikator=frauenanteil'));
  await waitForIdle(page);
  const drawn = await circles(page);
  assert.ok(drawn.every((c) => c.r === 0), 'no radius left');
  assert.equal(await page.locator('atlas-legend [data-testid=size-legend]').count(), 0);
  await context.close();
});

const RIVER = hex('#3a7fc1');
const rhein = JSON.parse(readFileSync('public/data/rhein.geojson', 'utf8')).features[0].geometry.coordinates;

test('the Rhine is a blue line on the map, under the borders, labelled "Rhein"', async () => {
  const { page, context, requests } = await open('/#indikator=frauenanteil');
  // Its vertices as page points, where a person sees the map.
  const points = await page.evaluate((coords) => {
    const atlas = document.querySelector('sozial-atlas');
    const map = atlas.mapInstance.map;
    const rect = map.getCanvas().getBoundingClientRect();
    return coords
      .map((c) => map.project(c))
      .map((p) => ({ x: Math.round(rect.left + p.x), y: Math.round(rect.top + p.y) }))
      .filter(({ x, y }) => atlas.renderRoot.elementFromPoint(x, y) === map.getCanvas());
  }, rhein);
  assert.ok(points.length >= 5, `Rhine vertices on the visible map: ${points.length}`);
  let blue = 0;
  for (const p of points) {
    let found = false;
    for (let dx = -2; dx <= 2 && !found; dx++) for (let dy = -2; dy <= 2 && !found; dy++) found = near(await pixelAt(page, { x: p.x + dx, y: p.y + dy }), RIVER, 12);
    if (found) blue++;
  }
  // Where the Rhine is a Gemeinde or Kreis border, the border is drawn over it.
  assert.ok(blue >= points.length * 0.6, `river blue at ${blue} of ${points.length} vertices`);
  const labels = await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.map.queryRenderedFeatures({ layers: ['rivers-labels'] }).map((f) => f.properties.name));
  assert.ok(labels.includes('Rhein'), `"Rhein" placed along the line: ${labels}`);
  assert.match(await page.locator('sozial-atlas .maplibregl-ctrl-attrib').evaluate((el) => el.textContent), /Natural Earth/);
  assert.deepEqual(requests.filter((u) => !u.startsWith(stage.origin)), []);
  await context.close();
});

test('print: the circle map and the Rhine on the sheet, the size legend explained', async () => {
  const { page, context } = await open('/#indikator=einwohner');
  const dir = mkdtempSync(join(tmpdir(), 'atlas-grid-print-'));
  const exportAs = async (format) => {
    await page.locator('sozial-atlas button[name=print]').click();
    await page.locator('atlas-print-dialog select[name=format]').selectOption(format);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('atlas-print-dialog button[type=submit]').click()]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    return path;
  };
  const png = decodePng(readFileSync(await exportAs('png')));
  let [circle, river] = [0, 0];
  for (let y = 0; y < png.height; y += 2)
    for (let x = 0; x < png.width; x += 2) {
      const p = png.at(x, y);
      if (near(p, CIRCLE, 6)) circle++;
      if (near(p, RIVER, 6)) river++;
    }
  // 19 circles of 8–26 px radius on screen are some 1–2 % of an A4 sheet at 300 dpi; the Rhine a thin line.
  assert.ok(circle > 8000, `circle colour on the sheet (${circle} sampled pixels)`);
  assert.ok(river > 300, `river blue on the sheet (${river} sampled pixels)`);
  const text = execFileSync('pdftotext', ['-layout', await exportAs('pdf'), '-'], { encoding: 'utf8' });
  assert.match(text, /Kreisfläche proportional zur Anzahl\s+\(Personen\)/);
  assert.match(text, /50\.000/);
  assert.match(text, /Natural Earth/);
  await context.close();
});

/** The Zensus 2011 grid table straight from its CSV: cell id -> { gemeinde, values by column } (null: empty, 'geheim': withheld). */
const gridCsv = readFileSync('public/data/indicators/zensus-2011-raster.csv', 'utf8').trim().split('\n');
const gridColumns = gridCsv[0].split(';');
const gridCells = new Map(
  gridCsv.slice(1).map((line) => {
    const cells = line.split(';');
    const value = (name) => {
      const text = cells[gridColumns.indexOf(name)];
      return text === '' ? null : /^[\d,]+$/.test(text) ? Number(text.replace(',', '.')) : 'geheim';
    };
    return [cells[0], { gemeinde: cells[1], value }];
  }),
);

const breadcrumb = (page) => page.locator('sozial-atlas nav[data-testid=breadcrumb]').innerText();

/** Resolves once the grid cells are loaded, tiled and drawn. */
async function waitForGrid(page) {
  await page.waitForFunction(() => {
    const atlas = document.querySelector('sozial-atlas');
    const map = atlas.mapInstance.map;
    const legend = atlas.renderRoot.querySelector('atlas-legend');
    return !legend?.renderRoot.querySelector('[data-testid=grid-loading]') && map.isSourceLoaded('raster') && map.querySourceFeatures('raster').length > 0 && !map.isMoving() && map.areTilesLoaded();
  }, null, { timeout: 30000 });
}

/** Page points at the centres of the shown cells of a Gemeinde that a person sees clear of labels and borders. */
async function cellCentres(page, gemeinde) {
  return page.evaluate((gemeinde) => {
    const atlas = document.querySelector('sozial-atlas');
    const map = atlas.mapInstance.map;
    const canvas = map.getCanvas();
    const rect = canvas.getBoundingClientRect();
    const seen = new Map(map.querySourceFeatures('raster').filter((f) => f.properties.parent === gemeinde).map((f) => [f.properties.id, f]));
    const out = [];
    for (const [id, f] of seen) {
      const ring = f.geometry.coordinates[0].slice(0, 4);
      const centre = [ring.reduce((s, p) => s + p[0], 0) / 4, ring.reduce((s, p) => s + p[1], 0) / 4];
      const p = map.project(centre);
      if (atlas.renderRoot.elementFromPoint(rect.left + p.x, rect.top + p.y) !== canvas) continue;
      const near = map.queryRenderedFeatures([[p.x - 3, p.y - 3], [p.x + 3, p.y + 3]], { layers: ['raster-labels', 'rivers-labels', 'gemeinden-outline', 'kreis-line', 'rivers-line'] });
      const under = map.queryRenderedFeatures([p.x, p.y], { layers: ['raster-fill'] })[0]?.id;
      if (near.length === 0 && under === id) out.push({ id, x: Math.round(rect.left + p.x), y: Math.round(rect.top + p.y) });
    }
    return out;
  }, gemeinde);
}

/** The no-data grey, its hatching, or a blend of both (the pattern is resampled when zoomed): a grey, no class colour. */
const greyish = (rgb) => Math.max(...rgb) - Math.min(...rgb) <= 16 && rgb[0] >= 80;

/**
 * The catalog's default rule, written out: unsure when the residents are under 100 or the 95 % Wilson
 * interval of the share (its count rebuilt from share × residents) is wider than 0.8 × the share.
 */
function unsureShare(share, residents) {
  if (typeof residents !== 'number' || residents <= 0) return false;
  if (residents < 100) return true;
  const z = 1.959963984540054;
  const p = Math.round((share * residents) / 100) / residents;
  const width = (2 * z * Math.sqrt((p * (1 - p)) / residents + (z * z) / (4 * residents * residents))) / (1 + (z * z) / residents);
  return share !== 0 && width * 100 > 0.8 * share;
}

async function assertCellColours(page, gemeinde, column) {
  const rows = await legendRows(page);
  const points = await cellCentres(page, gemeinde);
  let valued = 0;
  let empty = 0;
  for (const point of points) {
    const value = gridCells.get(point.id)?.value(column);
    const rgb = await pixelAt(page, point);
    if (typeof value === 'number') {
      // A share of few residents is "unsicher (kleine Basis)" and faded at the grid level (issue 26).
      const legend = hexToRgb(expectedColour(rows, value));
      const want = column === 'unter18_anteil' && unsureShare(value, gridCells.get(point.id).value('einwohner')) ? legend.map((v) => Math.round(255 - (255 - v) * 0.35)) : legend;
      assert.deepEqual(rgb, want, `cell ${point.id} (${value}${want === legend ? '' : ', unsure: faded'})`);
      valued++;
    } else if (value === null && empty < 3) {
      // "keine Angabe": the no-data grey or its hatching, never a class colour (not 0).
      assert.ok(greyish(rgb) && !rows.some((r) => near(rgb, hexToRgb(r.colour), 10)), `empty cell ${point.id} grey or hatched: ${rgb}`);
      empty++;
    }
  }
  assert.ok(valued >= 5, `at least five cells checked against the legend (${valued} of ${points.length} clear points)`);
}

test('ebene=raster&gemeinde=AGS: the grid loads when first shown and each cell has its legend colour', async () => {
  const { page, context, requests, errors } = await open('/#indikator=raster-unter-18&ebene=raster&gemeinde=05382060');
  await waitForGrid(page);
  assert.match(await breadcrumb(page), /^Rhein-Sieg-Kreis\s*›\s*Siegburg(, Stadt)?\s*›\s*Rasterzellen$/);
  const legend = await shadowText(page, 'atlas-legend');
  assert.match(legend, /Anteil unter 18 Jahren \(Zensus 2011, 1-km-Gitter\)/);
  assert.match(legend, /Rasterzellen \(1 km²\) in Siegburg/);
  assert.match(await page.locator('atlas-legend [data-testid=legend-vintage]').innerText(), /^Zensus 2011, Stichtag 09\.05\.2011$/);
  assert.match(legend, /keine Angabe/);
  await assertCellColours(page, '05382060', 'unter18_anteil');
  // Only the grid's indicators are offered at its level.
  const offered = await indicatorIds(page);
  assert.ok(offered.length >= 5 && offered.every((id) => id.startsWith('raster-')), `offered: ${offered}`);
  assert.deepEqual(requests.filter((u) => !u.startsWith(stage.origin)), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('drill-down from a Gemeinde card to its cells: grid fetched only then, breadcrumb, card with the vintage', async () => {
  const { page, context, requests, errors } = await open('/#indikator=einwohner');
  assert.ok(!requests.some((u) => u.includes('raster')), 'the grid is not loaded at start');
  await page.locator('atlas-search input').fill('Siegburg');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('gebiet=05382060'));
  const drill = page.locator('sozial-atlas button[name=grid-drill]');
  assert.match(await drill.innerText(), /Rasterzellen von Siegburg(, Stadt)? zeigen/);
  await drill.click();
  await page.waitForFunction(() => location.hash.includes('ebene=raster') && location.hash.includes('gemeinde=05382060'));
  await waitForGrid(page);
  assert.ok(requests.some((u) => u.endsWith('/raster.topo.json')), 'the grid was fetched for the drill-down');
  assert.match(page.url(), /indikator=raster-einwohner/);
  assert.match(await breadcrumb(page), /Siegburg(, Stadt)?\s*›\s*Rasterzellen$/);
  await assertCellColours(page, '05382060', 'einwohner');

  // A cell clicked: its card names the vintage; the breadcrumb grows by the cell.
  const [cell] = (await cellCentres(page, '05382060')).filter((p) => typeof gridCells.get(p.id)?.value('einwohner') === 'number');
  await page.mouse.click(cell.x, cell.y);
  await page.waitForFunction((id) => location.hash.includes(`gebiet=${id}`), cell.id);
  assert.match(await shadowText(page, 'atlas-panel'), /Zensus 2011, Stichtag 09\.05\.2011/);
  assert.match(await breadcrumb(page), /Rasterzellen\s*›\s*Rasterzelle N\d+E\d+/);

  // Back up by the breadcrumb: the Gemeinde's card at the Gemeinde level.
  await page.locator('sozial-atlas nav button', { hasText: /^Siegburg/ }).click();
  await page.waitForFunction(() => !location.hash.includes('ebene=raster'));
  assert.match(page.url(), /gebiet=05382060/);
  assert.deepEqual(requests.filter((u) => !u.startsWith(stage.origin)), []);
  assert.deepEqual(errors, []);
  await context.close();
});
