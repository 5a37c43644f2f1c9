// End-to-end: the table view (sorting by mouse and keyboard, colours as on the map, the CSV
// download) and a planner's own CSV dropped onto the atlas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { atlasStage, openPage, waitForChoropleth } from './harness.mjs';
import { probePoint, pixelAt, legendRows, expectedColour, hexToRgb, shadowText, waitForIdle, indicatorIds, selectIndicator, dropFile } from './page-tools.mjs';

const gemeinden = readFileSync('public/data/indicators/gemeinden-bevoelkerung-2018.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(';'))
  .map(([ags, name, einwohner, , , flaeche]) => ({ ags, name: name.replaceAll('"', ''), einwohner: Number(einwohner), flaeche: Number(flaeche.replace(',', '.')), flaecheText: flaeche }));
const collator = new Intl.Collator('de');

const stage = atlasStage({ reducedMotion: true });
const open = (path) => stage.open(path);

/** The table body as shown: one array of cell texts per row. */
const tableCells = (page) =>
  page.locator('atlas-table tbody tr').evaluateAll((rows) => rows.map((tr) => [...tr.children].map((c) => c.innerText.trim())));

// On the area (no two Gemeinden alike): counts (einwohner) are circles, their table rows have no class colour (issue 12).
test('the table sorts by mouse and keyboard, colours rows like the map, and downloads what it shows', async () => {
  const { page, context, errors } = await open('/#indikator=flaeche&tabelle=1');
  const rows = await tableCells(page);
  assert.equal(rows.length, 19);
  // Default: highest value first.
  const byValue = [...gemeinden].sort((a, b) => b.flaeche - a.flaeche);
  assert.deepEqual(rows.map((r) => r[0]), byValue.map((g) => g.name));

  // Sort by name with the mouse: German collation.
  await page.locator('atlas-table th button.sort').first().click();
  const byName = [...gemeinden].map((g) => g.name).sort(collator.compare);
  assert.deepEqual((await tableCells(page)).map((r) => r[0]), byName);
  assert.equal(await page.locator('atlas-table th[aria-sort]').first().getAttribute('aria-sort'), 'ascending');

  // And by value with the keyboard, twice: one direction, then the other.
  const valueHeader = page.locator('atlas-table th button.sort').nth(1);
  const valueTh = page.locator('atlas-table th[scope=col]').nth(1);
  await valueHeader.focus();
  for (let press = 0; press < 2; press++) {
    await page.keyboard.press('Enter');
    const direction = await valueTh.getAttribute('aria-sort');
    const expected = direction === 'descending' ? byValue : [...byValue].reverse();
    assert.deepEqual((await tableCells(page)).map((r) => r[0]), expected.map((g) => g.name), `value ${direction}`);
  }

  // Each row's swatch has the legend colour of its value, the colour the map shows.
  const legend = await legendRows(page);
  const swatches = await page.locator('atlas-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({ id: tr.dataset.id, colour: getComputedStyle(tr.querySelector('.swatch')).backgroundColor })),
  );
  for (const { id, colour } of swatches) {
    const g = gemeinden.find((x) => x.ags === id);
    assert.equal(colour, expectedColour(legend, g.flaeche), g.name);
  }
  // (The table pane narrows the map; the whole Kreis is framed again, so a large Gemeinde is probed.)
  await waitForIdle(page);
  const hennef = await pixelAt(page, await probePoint(page, '05382020'));
  assert.deepEqual(hennef, hexToRgb(swatches.find((s) => s.id === '05382020').colour));

  // The download is exactly the rows shown, in the order shown, German conventions.
  const shown = await tableCells(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('atlas-table button.download').click()]);
  assert.match(download.suggestedFilename(), /^sozialatlas-flaeche.*\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'BOM for Excel');
  const lines = text.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  assert.match(lines[0], /;/);
  assert.equal(lines.length, 1 + shown.length);
  shown.forEach((cells, i) => {
    const fields = lines[i + 1].split(';');
    assert.equal(fields[0].replaceAll('"', ''), cells[0]);
    const g = gemeinden.find((x) => x.name === cells[0]);
    assert.ok(fields.includes(g.flaecheText), `${g.name}: ${lines[i + 1]}`);
  });

  // A name in the table selects the area.
  await page.locator('atlas-table tbody button.area', { hasText: 'Siegburg' }).click();
  await page.waitForFunction(() => location.hash.includes('gebiet=05382060'));
  assert.equal(await page.locator('atlas-panel h2').innerText(), 'Siegburg');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a CSV dropped onto the atlas is checked, summarised and mapped at once, nothing uploaded', async () => {
  const { page, context, errors, requests } = await open('/#indikator=einwohner');
  const values = new Map(gemeinden.map((g, i) => [g.ags, Math.round((5 + ((i * 7.3) % 20)) * 10) / 10]));
  const csv = [
    'ags;name;quote_eigene_erhebung;anzahl_faelle',
    ...gemeinden.map((g, i) => `${g.ags};"${g.name}";${String(values.get(g.ags)).replace('.', ',')};${i === 3 ? 2 : 10 + i}`),
    '05382999;Nirgendwo;3,5;12',
  ].join('\r\n');
  const before = requests.length;

  await dropFile(page, 'eigene-erhebung.csv', csv);
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('indikator')?.startsWith('eigen-'));
  await waitForChoropleth(page);

  const summary = await page.locator('atlas-import [data-testid=import-summary]').innerText();
  assert.match(summary, /eigene-erhebung\.csv/);
  assert.match(summary, /20 Zeilen/);
  assert.match(summary, /19 Gebiete zugeordnet/);
  assert.match(summary, /1 unbekannte/);
  await page.locator('atlas-import atlas-problems summary').click();
  assert.match(await shadowText(page, 'atlas-import atlas-problems'), /eigene-erhebung\.csv – Zeile 21, Spalte „ags“, Schlüssel „05382999“: Unbekannter Schlüssel/);

  assert.match(await shadowText(page, 'atlas-legend'), /quote_eigene_erhebung/);
  const legend = await legendRows(page);
  for (const ags of ['05382068', '05382060', '05382036']) {
    assert.deepEqual(await pixelAt(page, await probePoint(page, ags)), hexToRgb(expectedColour(legend, values.get(ags))), ags);
  }
  // The small count (2 < 3) is withheld in the count indicator.
  const counts = await indicatorIds(page);
  const countId = counts.find((id) => id.startsWith('eigen-') && id.includes('anzahl'));
  assert.ok(countId, 'the count column is an indicator too');
  await selectIndicator(page, countId);
  await waitForChoropleth(page);
  assert.match(await shadowText(page, 'atlas-legend'), /geheim \/ unterdrückt\s+1 Gebiet/);

  const newRequests = requests.slice(before).filter((url) => !url.startsWith(stage.origin) && !/^(data|blob):/.test(url));
  assert.deepEqual(newRequests, [], 'nothing left the page');
  assert.deepEqual(errors, []);
  await context.close();
});

// The first map comes before the other tables; a file dropped on it meanwhile must not be read into
// the first view's data and then replaced by the rest (it once was, silently).
test('a CSV dropped on the first map while the other tables still load is mapped once they are in', async () => {
  const { page, context, errors } = await openPage(stage.browser, { renderer: 'canvas' });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/indicators/wahlbeteiligung-europa.csv', async (route) => (await held, route.continue()));
  await page.goto(`${stage.origin}/`);
  await page.waitForFunction(() => document.querySelector('sozial-atlas')?.model?.data.pending === true);
  const csv = ['ags;quote_waehrend_laden', ...gemeinden.map((g, i) => `${g.ags};${10 + i},5`)].join('\r\n');
  await dropFile(page, 'waehrend-laden.csv', csv);
  await page.waitForTimeout(300);
  release();
  await page.waitForFunction(() => !document.querySelector('sozial-atlas').model.data.pending);
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('indikator')?.startsWith('eigen-'));
  await waitForChoropleth(page);
  await page.waitForTimeout(300);
  assert.match(new URLSearchParams(await page.evaluate(() => location.hash.slice(1))).get('indikator'), /^eigen-/, 'the own indicator stays on the map');
  assert.match(await shadowText(page, 'atlas-legend'), /quote_waehrend_laden/);
  assert.match(await page.locator('atlas-import [data-testid=import-summary]').innerText(), /19 Gebiete zugeordnet/);
  assert.deepEqual(errors, []);
  await context.close();
});

