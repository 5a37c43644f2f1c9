// End-to-end on a machine without WebGL (Chromium with --disable-webgl --disable-3d-apis): the
// atlas draws on its 2D canvas renderer, says so in German, and the key journeys work as with
// WebGL — judged by canvas pixels against the legend, the panel, the table and the PDF.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atlasStage, waitForChoropleth } from './harness.mjs';
import { probePoint, pixelAt, legendRows, expectedColour, hexToRgb, selectIndicator, gemeindeFigures, waitForIdle, shadowText, clickAgainToDrill } from './page-tools.mjs';

const { figures } = gemeindeFigures();
/** kinderarmut per Sozialraum in 2022, straight from the sample table. */
const kinderarmut2022 = new Map(
  readFileSync('public/data/indicators/sozialraeume-beispiel.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(';'))
    .filter(([, , jahr, value]) => jahr === '2022' && /^\d/.test(value))
    .map(([id, , , value]) => [id, Number(value.replace(',', '.'))]),
);
const stage = atlasStage({ reducedMotion: true, args: ['--disable-webgl', '--disable-3d-apis'] });
const dir = mkdtempSync(join(tmpdir(), 'atlas-fallback-'));

const kind = (page) => page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.kind);

async function assertGemeindeColours(page, ids) {
  const rows = await legendRows(page);
  for (const ags of ids) {
    const point = await probePoint(page, ags);
    assert.deepEqual(await pixelAt(page, point), hexToRgb(expectedColour(rows, figures[ags].dichte)), `${figures[ags].name} at ${point.x},${point.y}`);
  }
}

test('without WebGL the 2D map draws the legend colours and says it is simplified', async () => {
  const { page, context, errors } = await stage.open('/#indikator=einwohner');
  assert.equal(await kind(page), 'canvas');
  const notice = page.locator('sozial-atlas [data-testid=map-notice]');
  assert.equal(await notice.innerText(), 'Vereinfachte Kartendarstellung');
  assert.equal(await notice.getAttribute('role'), 'status');
  assert.ok(await notice.isVisible());
  // The WebGL map is not half there: one canvas, no MapLibre canvas.
  assert.equal(await page.locator('sozial-atlas .maplibregl-canvas').count(), 0);

  await selectIndicator(page, 'dichte');
  await assertGemeindeColours(page, ['05382060', '05382068', '05382036', '05382004', '05382020']);
  // Sharp on a high-density screen: the backing store follows devicePixelRatio.
  const { width, cssWidth, dpr } = await page.evaluate(() => {
    const c = document.querySelector('sozial-atlas').mapInstance.canvas;
    return { width: c.width, cssWidth: c.getBoundingClientRect().width, dpr: devicePixelRatio };
  });
  assert.equal(width, Math.round(cssWidth * dpr));
  assert.deepEqual(errors, []);
  await context.close();
});

test('without WebGL: hover, click a Gemeinde, drill down to its Sozialräume and back', async () => {
  const { page, context, errors } = await stage.open('/#indikator=kinderarmut');
  const point = await probePoint(page, '05382060');
  await page.mouse.move(point.x, point.y);
  const tooltip = page.locator('sozial-atlas .tooltip');
  await tooltip.waitFor();
  assert.match(await tooltip.innerText(), /^Siegburg\n16,2 je 100 unter 15/);
  await page.mouse.click(point.x, point.y);
  await page.locator('atlas-panel h2').waitFor();
  assert.equal(await page.locator('atlas-panel h2').innerText(), 'Siegburg');
  assert.match(await page.locator('atlas-panel [data-testid=panel-value]').innerText(), /16,2/);
  assert.match(page.url(), /gebiet=05382060/);

  const zoomBefore = await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.map.getZoom());
  await clickAgainToDrill(page, '05382060');
  assert.ok((await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.map.getZoom())) > zoomBefore + 1, 'the map zoomed to Siegburg');
  const rows = await legendRows(page);
  assert.ok(rows.length >= 3);
  let checked = 0;
  for (const id of ['05382060-001', '05382060-002', '05382060-003']) {
    // One of the three may lie under the open card; two must be seen.
    const p = await probePoint(page, id, 'sozialraum').catch(() => null);
    if (!p || !kinderarmut2022.has(id)) continue;
    assert.deepEqual(await pixelAt(page, p), hexToRgb(expectedColour(rows, kinderarmut2022.get(id))), id);
    checked++;
  }
  assert.ok(checked >= 2, 'at least two Sozialräume checked');

  await page.locator('sozial-atlas nav button', { hasText: 'Rhein-Sieg-Kreis' }).click();
  await page.waitForFunction(() => !location.hash.includes('ebene='));
  await waitForIdle(page);
  const zoomAfter = await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.map.getZoom());
  assert.ok(Math.abs(zoomAfter - zoomBefore) < 0.3, 'the whole Kreis is framed again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without WebGL: zoom buttons, keyboard and drag move the map', async () => {
  const { page, context } = await stage.open('/#indikator=dichte');
  const view = () => page.evaluate(() => {
    const m = document.querySelector('sozial-atlas').mapInstance.map;
    return { zoom: m.getZoom(), lng: m.getCenter().lng };
  });
  const start = await view();
  await page.locator('sozial-atlas .maplibregl-ctrl-zoom-in').click();
  await waitForIdle(page);
  assert.ok(Math.abs((await view()).zoom - start.zoom - 1) < 1e-6, 'one step in');
  assert.equal(await page.locator('sozial-atlas .maplibregl-ctrl-zoom-out').getAttribute('aria-label'), 'Verkleinern');
  await page.locator('sozial-atlas .maplibregl-ctrl-zoom-out').click();
  await waitForIdle(page);
  await page.locator('sozial-atlas canvas.atlas-canvas').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => /verschoben|Zoomstufe|Karte/.test(document.querySelector('sozial-atlas').renderRoot.querySelector('[data-testid=announcer]').textContent));
  const moved = await view();
  assert.ok(moved.lng > start.lng, 'arrow right moves the view east');
  const box = await page.locator('sozial-atlas canvas.atlas-canvas').boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  assert.ok((await view()).lng < moved.lng, 'dragging right moves the view west');
  await context.close();
});

test('without WebGL: the table colours its rows like the map, and the PDF export carries the map', async () => {
  const { page, context, errors } = await stage.open('/#indikator=dichte&klassen=5&methode=quantile&tabelle=1');
  await page.locator('atlas-table tbody tr').first().waitFor();
  assert.equal(await page.locator('atlas-table tbody tr').count(), 19);
  await waitForIdle(page);
  await assertGemeindeColours(page, ['05382020', '05382068']);

  await page.locator('sozial-atlas button[name=print]').click();
  await page.locator('atlas-print-dialog select[name=format]').selectOption('pdf');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('atlas-print-dialog button[type=submit]').click()]);
  const pdf = join(dir, download.suggestedFilename());
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert.match(text, /Bevölkerungsdichte/);
  for (const row of await legendRows(page)) assert.ok(text.includes(row.text.replace(/^Klasse \d+:\s*/, '')), `legend bound "${row.text}" in the PDF`);
  // The printed map, as pixels: every class colour of the legend is on the page.
  const ppm = execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', pdf]);
  const seen = new Set();
  const [, w, h] = ppm.subarray(0, 32).toString('latin1').split(/\s+/).map(Number);
  const start = ppm.length - w * h * 3;
  for (let i = start; i + 2 < ppm.length; i += 3) seen.add(`${ppm[i]},${ppm[i + 1]},${ppm[i + 2]}`);
  const near = (want) => [...seen].some((c) => c.split(',').every((v, i) => Math.abs(Number(v) - want[i]) <= 6));
  for (const row of await legendRows(page)) assert.ok(near(hexToRgb(row.colour)), `class colour ${row.colour} is on the printed page`);
  assert.match(await shadowText(page, 'atlas-legend'), /Bevölkerungsdichte/);
  assert.deepEqual(errors, []);
  await context.close();
});
