// End-to-end: the built atlas in Debian's Chromium, judged by what a person sees —
// canvas pixels, legend text, the panel, the URL — and by the requests it makes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { startPreview, launchBrowser, openPage, waitForChoropleth } from './harness.mjs';
import { probePoint, pixelAt, legendRows, expectedColour, hexToRgb, selectIndicator, currentIndicator, shadowText, gemeindeFigures } from './page-tools.mjs';

const { csv, figures } = gemeindeFigures();

const HOSTILE_NAME = 'Alfter<img src=x onerror="window.__pwned=1">';
let server;
let browser;
const allRequests = [];

before(async () => {
  // A deliberately broken copy of the data, to see the problem list in the real UI.
  rmSync('dist/test-broken', { recursive: true, force: true });
  cpSync('dist/data', 'dist/test-broken', { recursive: true });
  const broken = csv.replace('05382060;"Siegburg";41463', '05382060;"Siegburg";41x463').replace('05382076;', '05382099;');
  writeFileSync('dist/test-broken/indicators/gemeinden-bevoelkerung-2018.csv', broken);
  const topo = readFileSync('dist/data/rhein-sieg.topo.json', 'utf8').replaceAll('"name":"Alfter"', `"name":${JSON.stringify(HOSTILE_NAME)}`);
  writeFileSync('dist/test-broken/rhein-sieg.topo.json', topo);
  server = await startPreview();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  rmSync('dist/test-broken', { recursive: true, force: true });
});

const fontResponses = [];

async function open(path = '/') {
  const session = await openPage(browser);
  session.page.on('request', (r) => allRequests.push(r.url()));
  session.page.on('response', (r) => {
    if (r.url().includes('/fonts/')) fontResponses.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] });
  });
  await session.page.goto(server.origin + path);
  await waitForChoropleth(session.page);
  return session;
}

// Counts (einwohner) are proportional circles since issue 12 (test/e2e/levels-grid.test.mjs): the class colours are tested on the density.
test('the canvas shows each Gemeinde in the legend colour of its class', async () => {
  const { page, context, errors } = await open('/#indikator=dichte&klassen=5&methode=quantile');
  const rows = await legendRows(page);
  assert.equal(rows.length, 5, 'five classes in the legend');
  for (const ags of ['05382060', '05382068', '05382036', '05382004']) {
    const point = await probePoint(page, ags);
    const seen = await pixelAt(page, point);
    const want = hexToRgb(expectedColour(rows, figures[ags].dichte));
    assert.deepEqual(seen, want, `${figures[ags].name} at ${point.x},${point.y}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('switching the indicator changes the pixels and the legend text', async () => {
  const { page, context } = await open('/#indikator=einwohner');
  const ids = Object.keys(figures);
  const points = {};
  for (const ags of ids) points[ags] = await probePoint(page, ags);
  const before = await Promise.all(ids.map((ags) => pixelAt(page, points[ags])));
  const legendBefore = await shadowText(page, 'atlas-legend');

  await selectIndicator(page, 'dichte');
  const legendAfter = await shadowText(page, 'atlas-legend');
  assert.notEqual(legendAfter, legendBefore);
  assert.match(legendAfter, /Bevölkerungsdichte/);
  assert.match(legendAfter, /Ew\.\/km²/);

  const rows = await legendRows(page);
  const after = await Promise.all(ids.map((ags) => pixelAt(page, points[ags])));
  assert.ok(after.some((rgb, i) => rgb.join() !== before[i].join()), 'some Gemeinde changed colour');
  ids.forEach((ags, i) => assert.deepEqual(after[i], hexToRgb(expectedColour(rows, figures[ags].dichte)), figures[ags].name));
  assert.match(page.url(), /indikator=dichte/);
  await context.close();
});

test('hovering shows outline and tooltip; clicking opens the panel with name and value', async () => {
  const { page, context } = await open('/#indikator=einwohner');
  const point = await probePoint(page, '05382060');
  await page.mouse.move(point.x, point.y);
  const tooltip = page.locator('sozial-atlas .tooltip');
  await tooltip.waitFor();
  assert.equal(await tooltip.innerText(), 'Siegburg\n41.463 Personen');

  await page.mouse.click(point.x, point.y);
  const title = page.locator('atlas-panel h2');
  await title.waitFor();
  assert.equal(await title.innerText(), 'Siegburg');
  assert.equal(await page.locator('atlas-panel [data-testid=panel-value]').innerText(), '41.463 Personen');
  const panel = await shadowText(page, 'atlas-panel');
  assert.match(panel, /Kreiswert \(berechnet\)\s+599\.780 Personen/);
  assert.match(panel, /Rang \(1 = höchster Wert\)\s+5 von 19 Städten und Gemeinden/);
  assert.match(panel, /Statistisches Bundesamt/);
  assert.match(page.url(), /gebiet=05382060/);
  await context.close();
});

test('a deep link restores the same view, also after a reload', async () => {
  const link = '/#indikator=frauenanteil&klassen=4&methode=equal&farben=Greens&gebiet=05382068';
  const { page, context } = await open(link);
  const check = async () => {
    assert.equal(await currentIndicator(page), 'frauenanteil');
    assert.equal(await page.locator('atlas-controls select[name=method]').inputValue(), 'equal');
    assert.equal(await page.locator('atlas-controls select[name=scheme]').inputValue(), 'Greens');
    assert.equal((await legendRows(page)).length, 4);
    assert.equal(await page.locator('atlas-panel h2').innerText(), 'Troisdorf');
  };
  await check();
  // Sankt Augustin, in the middle: clear of the card that the deep link opens on the right.
  const pixel = await pixelAt(page, await probePoint(page, '05382056'));
  await page.reload();
  await waitForChoropleth(page);
  await check();
  assert.deepEqual(await pixelAt(page, await probePoint(page, '05382056')), pixel);
  await context.close();
});

test('bad rows are listed with file, line, column and key, and the map is still drawn', async () => {
  const { page, context } = await open('/?data-base=test-broken/#indikator=einwohner');
  const problems = await shadowText(page, 'atlas-problems');
  assert.match(problems, /Hinweise zu den Daten/);
  await page.locator('atlas-problems summary').click();
  const list = await shadowText(page, 'atlas-problems');
  assert.match(list, /gemeinden-bevoelkerung-2018\.csv – Zeile 16, Spalte „einwohner“, Schlüssel „05382060“: „41x463“ ist keine Zahl/);
  assert.match(list, /Zeile 20, Spalte „ags“, Schlüssel „05382099“: Unbekannter Schlüssel/);
  const legend = await shadowText(page, 'atlas-legend');
  assert.match(legend, /keine Angabe\s+2 Gebiete/);
  // Troisdorf still has its circle (einwohner is a count); Siegburg has none and is drawn in the no-data style, not blank.
  const radius = (id) => page.evaluate((id) => document.querySelector('sozial-atlas').mapInstance.map.getFeatureState({ source: 'labels', id }).r, id);
  assert.ok((await radius('05382068')) > 0, 'Troisdorf has its circle');
  assert.equal(await radius('05382060'), 0, 'Siegburg has no circle');
  const siegburg = await pixelAt(page, await probePoint(page, '05382060'));
  const troisdorf = await pixelAt(page, await probePoint(page, '05382068'));
  assert.notDeepEqual(siegburg, troisdorf, 'no-data is not the fill of an area with a value');
  await context.close();
});

test('names from data are text, never HTML', async () => {
  const { page, context } = await open('/?data-base=test-broken/#indikator=einwohner&gebiet=05382004');
  const panelTitle = page.locator('atlas-panel h2');
  await panelTitle.waitFor();
  assert.equal(await panelTitle.innerText(), HOSTILE_NAME);
  // Only hovering: a point on the area will do, under its (long, hostile) label too.
  const point = await probePoint(page, '05382004', 'gemeinde', { labels: false });
  await page.mouse.move(point.x, point.y);
  await page.locator('sozial-atlas .tooltip').waitFor();
  assert.match(await page.locator('sozial-atlas .tooltip').innerText(), /<img src=x onerror=/);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('sozial-atlas img').count(), 0);
  await context.close();
});

test('label glyphs come from the app itself', () => {
  assert.ok(fontResponses.length >= 2, 'glyph ranges were requested');
  for (const r of fontResponses) {
    assert.equal(r.status, 200, r.url);
    assert.ok(!/text\/html/.test(r.type ?? ''), `${r.url} is a glyph file, not the SPA fallback page`);
  }
});

test('not one request leaves the app origin', () => {
  assert.ok(allRequests.length > 10, 'requests were recorded');
  const foreign = allRequests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
  assert.deepEqual(foreign, []);
});
