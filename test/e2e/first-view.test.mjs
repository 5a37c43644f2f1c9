// The first view before the rest of the data: the atlas draws the first map from the boundaries
// and that view's tables alone, while the other tables still load (held back here), with its
// controls waiting; once they are in, everything works as loaded at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlasStage, openPage, waitForChoropleth } from './harness.mjs';
import { probePoint, pixelAt, legendRows, expectedColour, hexToRgb, gemeindeFigures, selectIndicator, shadowText } from './page-tools.mjs';

const { figures } = gemeindeFigures();
const stage = atlasStage({ reducedMotion: true });
const HELD = /\/data\/indicators\/gvisys-zeitreihe\.csv$/;

test('the first map comes with its own tables; the others load after it, and then the controls come alive', async () => {
  const { page, context, requests, errors } = await openPage(stage.browser, { renderer: null });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(HELD, async (route) => {
    await released;
    await route.continue();
  });
  await page.addInitScript(() => document.addEventListener('atlas-rendered', () => (window.__rendered = true), { capture: true }));
  const rendered = () => page.evaluate(() => window.__rendered === true);
  await page.goto(`${stage.origin}/#indikator=dichte&klassen=5&methode=quantile`);
  const atlas = page.locator('sozial-atlas');
  // The map and the legend of the first view, while a table of another indicator is still held back.
  await page.waitForFunction(() => document.querySelector('sozial-atlas')?.renderRoot.querySelector('.layout[aria-busy=true] atlas-legend')?.renderRoot.querySelector('li[data-class]'));
  await page.waitForFunction(() => document.querySelector('sozial-atlas').mapInstance?.map.loaded());
  assert.ok(requests.some((u) => HELD.test(u)), 'the held table was asked for');
  const rows = await legendRows(page);
  assert.ok(rows.length >= 3);
  for (const ags of ['05382060', '05382068', '05382004']) {
    const point = await probePoint(page, ags);
    assert.deepEqual(await pixelAt(page, point), hexToRgb(expectedColour(rows, figures[ags].dichte)), `${figures[ags].name}`);
  }
  // The controls wait for the rest, and say nothing is ready yet: no atlas-rendered for the host page.
  assert.equal(await atlas.evaluate((el) => el.renderRoot.querySelector('aside.side').inert), true);
  assert.equal(await atlas.evaluate((el) => el.renderRoot.querySelector('atlas-toolbar').inert), true);
  await page.waitForTimeout(300);
  assert.equal(await rendered(), false, 'atlas-rendered before all the data was in');
  // Said on the map once the rest takes a while.
  const note = page.locator('sozial-atlas [data-testid=loading-rest]');
  await page.waitForTimeout(700);
  assert.equal(await note.innerText(), 'Weitere Kennzahlen werden geladen …');
  assert.ok(await note.isVisible());

  release();
  await waitForChoropleth(page);
  assert.equal(await atlas.evaluate((el) => el.renderRoot.querySelector('aside.side').inert), false);
  assert.equal(await note.count(), 0);
  await page.waitForFunction(() => window.__rendered === true);
  // The same map, and an indicator of the held table can be chosen now.
  assert.deepEqual(await legendRows(page), rows);
  await selectIndicator(page, 'einwohner-zeitreihe');
  assert.match(await shadowText(page, 'atlas-legend'), /Einwohner/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link to a table view loads everything before its first map', async () => {
  const { page, context } = await openPage(stage.browser, { renderer: null });
  const order = [];
  page.on('request', (r) => /\/data\//.test(r.url()) && order.push(r.url().split('/data/')[1]));
  await page.goto(`${stage.origin}/#indikator=kinderarmut&tabelle=1`);
  await waitForChoropleth(page);
  // No stage: every table was asked for before the map was drawn, none is missing from the table's picker.
  assert.ok(order.includes('indicators/gvisys-zeitreihe.csv'));
  assert.equal(await page.locator('sozial-atlas').evaluate((el) => el.renderRoot.querySelector('.layout').getAttribute('aria-busy')), 'false');
  await context.close();
});

test('a fast load shows no loading screen and no empty map; a slow one says it is loading after half a second', async () => {
  const { page, context, errors } = await openPage(stage.browser, { renderer: null });
  let release;
  const released = new Promise((resolve) => (release = resolve));
  // The boundaries held back: nothing can be drawn until they come.
  await page.route(/\/data\/rhein-sieg\.topo\.json$/, async (route) => {
    await released;
    await route.continue();
  });
  // Not until 'load': the held file is preloaded, and a preload holds the load event back.
  await page.goto(`${stage.origin}/#indikator=dichte`, { waitUntil: 'commit' });
  const status = page.locator('sozial-atlas atlas-status .status');
  const mapRoot = page.locator('sozial-atlas .atlas-canvas-map');
  await status.waitFor({ state: 'attached' });
  await mapRoot.waitFor({ state: 'attached' });
  // Within the first half second: neither the loading screen nor the map's buttons on an empty map.
  assert.equal(await status.isVisible(), false, 'loading screen shown at once');
  assert.equal(await page.locator('sozial-atlas .atlas-canvas-map button').first().isVisible(), false, 'zoom buttons on an empty map');
  // A slow line: then it says so, with the file it waits for.
  await page.waitForTimeout(700);
  assert.ok(await status.isVisible());
  assert.match(await status.innerText(), /Karte wird geladen/);
  release();
  await waitForChoropleth(page);
  assert.equal(await status.count(), 0);
  assert.ok(await page.locator('sozial-atlas .atlas-canvas-map button').first().isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});
