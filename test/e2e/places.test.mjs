// Places ("Standorte") as a person meets them: the link standorte=schulen,kliniken draws the Kreis's
// schools and hospitals on both screen maps (a known school's pixel in its legend colour), the legend
// counts each layer and category, hover and click tell name, address and attributes, the search finds
// a school by name, the PDF carries the key and the source; own places from a file with every problem
// named by line; reach by deep link as a mapped indicator with "Luftlinie", formula and grid vintage;
// the distance per grid cell; and the table "Bedarf ohne Angebot".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atlasStage } from './harness.mjs';
import { pixelAt, shadowText, waitForIdle } from './page-tools.mjs';

const stage = atlasStage({ reducedMotion: true });
const dir = mkdtempSync(join(tmpdir(), 'atlas-places-'));

// public/data/places/schulen.csv: a Grundschule (circle) with Sozialindex 2, 5.5 km from any other place.
const SCHOOL = { id: '115514', name: 'Gem. Grundschule Am Steimel Hennef-Uckerath', address: 'Finkenweg 25, 53773 Hennef (Sieg)', lngLat: [7.368605, 50.736852] };

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (got, want, tolerance) => got.every((v, i) => Math.abs(v - want[i]) <= tolerance);
const legendSection = (page, layer) => page.locator(`atlas-point-legend section[data-layer=${layer}]`);

/** Page coordinates of lng/lat on the map shown. */
const pageXY = (page, lngLat) =>
  page.evaluate((lngLat) => {
    const map = document.querySelector('sozial-atlas').mapInstance.map;
    const rect = map.getCanvas().getBoundingClientRect();
    const p = map.project(lngLat);
    return { x: Math.round(rect.left + p.x), y: Math.round(rect.top + p.y) };
  }, lngLat);

/** Own places from a file, chosen in the "Standorte" pane: what the pane says of it (summary, problems). */
async function loadOwnPlaces(page, file) {
  await page.locator('sozial-atlas button[name=places]').click();
  await page.locator('atlas-places-pane input[name=own-places]').setInputFiles(file);
  const summary = page.locator('atlas-places-pane [data-testid=own-summary]');
  await summary.waitFor();
  return { summary: await summary.innerText(), problems: await page.locator('atlas-places-pane [data-testid=own-problems] li').allInnerTexts() };
}

async function withPlaces(renderer, hash = '#indikator=dichte&standorte=schulen,kliniken') {
  const session = await stage.open(`/?renderer=${renderer}${hash}`, { renderer: null });
  const { page } = session;
  assert.equal(await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.kind), renderer);
  for (const layer of new URLSearchParams(hash.slice(1)).get('standorte').split(',')) await legendSection(page, layer).waitFor({ timeout: 15000 });
  await waitForIdle(page);
  await page.waitForTimeout(300);
  return session;
}

for (const renderer of ['webgl', 'canvas']) {
  test(`${renderer}: schools and hospitals from the link, counted in the legend, the school in its index colour, hover and click tell it`, async () => {
    const { page, context, errors } = await withPlaces(renderer);
    assert.equal(await legendSection(page, 'schulen').locator('h3').innerText(), 'Schulen (184)');
    assert.equal(await legendSection(page, 'kliniken').locator('h3').innerText(), 'Krankenhäuser (10)');
    const keys = await legendSection(page, 'schulen').locator('[data-testid=point-keys] li > span').allInnerTexts();
    for (const row of ['Grundschule (98)', 'Gymnasium (23)', 'Index 2 (49)', 'Startchancen-Schule (11)']) assert.ok(keys.includes(row), `legend row ${row} in ${keys.join(' | ')}`);
    assert.match(await legendSection(page, 'schulen').locator('[data-testid=point-source]').innerText(), /OpenStreetMap-Mitwirkende \(ODbL\)/);

    // The legend's "Index 2" mark: its body (the innermost ring) has the colour the school must have on the map.
    const keyFill = await legendSection(page, 'schulen').locator('[data-testid=point-keys] li', { hasText: 'Index 2 (' }).locator('svg polygon').last().getAttribute('fill');
    const at = await pageXY(page, SCHOOL.lngLat);
    const got = await pixelAt(page, at);
    assert.ok(near(got, rgb(keyFill), 2), `${renderer}: the school at ${at.x},${at.y} is ${got}, its legend colour ${keyFill}`);

    // Hover: name, address and attributes; a click chooses it and says so.
    await page.mouse.move(at.x, at.y);
    const tooltip = page.locator('sozial-atlas .tooltip');
    await tooltip.waitFor();
    const tip = await tooltip.innerText();
    for (const part of [SCHOOL.name, SCHOOL.address, 'Sozialindex: 2', 'Schulform: Grundschule']) assert.ok(tip.includes(part), `tooltip has ${part}: ${tip}`);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((name) => document.querySelector('sozial-atlas').renderRoot.querySelector('[data-testid=announcer]').textContent.includes(name), SCHOOL.name);
    assert.equal(await page.evaluate(() => document.querySelector('sozial-atlas').model.state.area), null);

    if (renderer === 'webgl') {
      // The search finds the school by a part of its name, after the areas; choosing it chooses the point.
      await page.locator('atlas-search input').fill('Uckerath');
      const option = page.locator('atlas-search li[role=option]', { hasText: 'Am Steimel' });
      await option.waitFor();
      assert.match(await option.innerText(), /Standort: Schulen/);
      await page.keyboard.press('Escape');
      await page.locator('atlas-search input').fill('Gymnasium Sieg');
      await page.locator('atlas-search li[role=option]', { hasText: 'Gymnasium Siegburg Alleestraße' }).click();
      // Chosen (pressed in the legend's list) and in view, near enough to tell it from its neighbours.
      await page.locator('atlas-point-legend button[data-id="167253"][aria-pressed=true]').waitFor({ state: 'attached' });
      assert.ok((await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.view().zoom)) >= 13);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the search finds a school while "Standorte" is off: choosing it turns its layer on (standorte= in the link), chooses and centres it', async () => {
  const { page, context, errors } = await stage.open('/#indikator=dichte');
  assert.equal(await legendSection(page, 'schulen').count(), 0, 'no place layer is shown');
  assert.doesNotMatch(page.url(), /standorte=/);
  await page.locator('atlas-search input').fill('Uckerath');
  // The places load with the typing; the school is offered after the areas, named with its layer.
  const option = page.locator('atlas-search li[role=option]', { hasText: 'Am Steimel' });
  await option.waitFor({ timeout: 15000 });
  assert.match(await option.innerText(), /Standort: Schulen/);
  await option.click();
  await page.waitForFunction(() => /standorte=schulen/.test(location.hash));
  await legendSection(page, 'schulen').waitFor({ timeout: 15000 });
  assert.equal(await legendSection(page, 'schulen').locator('h3').innerText(), 'Schulen (184)');
  // Chosen (pressed in the legend's list), and the map centred on it, near enough to tell it from its neighbours.
  await page.locator(`atlas-point-legend button[data-id="${SCHOOL.id}"][aria-pressed=true]`).waitFor({ state: 'attached' });
  const view = await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.view());
  assert.ok(view.zoom >= 13, `zoom ${view.zoom}`);
  assert.ok(Math.abs(view.center[0] - SCHOOL.lngLat[0]) < 1e-3 && Math.abs(view.center[1] - SCHOOL.lngLat[1]) < 1e-3, `centred on the school: ${view.center}`);
  assert.match(page.url(), /standorte=schulen(&|$)/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the PDF carries the places: their key with counts and their source', async () => {
  const { page, context } = await withPlaces('canvas', '#indikator=dichte&standorte=schulen');
  await page.locator('sozial-atlas button[name=print]').click();
  await page.locator('atlas-print-dialog select[name=paper]').selectOption('A4');
  await page.locator('atlas-print-dialog select[name=orientation]').selectOption('landscape');
  await page.locator('atlas-print-dialog select[name=format]').selectOption('pdf');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('atlas-print-dialog button[type=submit]').click()]);
  const pdf = join(dir, download.suggestedFilename());
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const part of ['Schulen (184)', 'Grundschule (98)', 'Index 8 (1)', 'Startchancen-Schule (11)', 'OpenStreetMap-Mitwirkende']) assert.ok(text.includes(part), `PDF has ${part}`);
  await context.close();
});

test('own places from a CSV: drawn, every problem named by line and id, kept for the next visit', async () => {
  const { page, context, errors } = await stage.open('/#indikator=dichte');
  const { summary, problems } = await loadOwnPlaces(page, 'test/fixtures/places/eigene-standorte.csv');
  assert.equal(summary, 'eigene-standorte.csv: 10 Zeilen gelesen, 5 auf der Karte');
  const expected = [
    /^3: Breite und Länge von Standort „K2“ sind vertauscht; getauscht übernommen\./,
    /^4: Standort „K3“ liegt außerhalb des Kreises/,
    /^5: Standort „K4“ hat eine Adresse, aber keine Koordinaten\..*Geokodierung.*nicht anfragt/,
    /^6: Koordinate „sieben“ von Standort „K5“ ist keine Zahl/,
    /^7: Die Kennung „K1“ kommt doppelt vor \(schon Zeile 2\)/,
    /^8: Standort „K6“ liegt [\d.,]+ km außerhalb des Kreises; nicht gezeigt/,
    /^9: Standort „K7“ hat keine Kategorie/,
    /^11: Standort „K9“ hat keine Koordinaten/,
  ];
  for (const want of expected) assert.ok(problems.some((p) => want.test(p)), `a problem matching ${want} in:\n${problems.join('\n')}`);
  assert.equal(problems.length, expected.length, problems.join('\n'));
  // On the map and in the legend, by category, and in the link.
  await legendSection(page, 'eigene-standorte').waitFor();
  assert.equal(await legendSection(page, 'eigene-standorte').locator('h3').innerText(), 'Eigene Standorte (5)');
  assert.deepEqual(await legendSection(page, 'eigene-standorte').locator('[data-testid=point-keys] li > span').allInnerTexts(), ['Kita (2)', 'Familienzentrum (2)', 'ohne Kategorie (1)']);
  assert.match(await page.evaluate(() => location.hash), /standorte=eigene-standorte/);
  // Kept in this browser: a new visit with the link draws them again.
  const again = await context.newPage();
  await again.goto(page.url());
  await again.locator('atlas-point-legend section[data-layer=eigene-standorte] h3').waitFor({ timeout: 20000 });
  assert.equal(await again.locator('atlas-point-legend section[data-layer=eigene-standorte] h3').innerText(), 'Eigene Standorte (5)');
  assert.deepEqual(errors, []);
  await context.close();
});

test('own places from an Excel file: decimal-comma latitudes read, the bad row named, the places marked on the map', async () => {
  const { page, context, errors } = await stage.open('/?renderer=canvas#indikator=dichte', { renderer: null });
  // test/fixtures/places/make-places-xlsx.mjs: Breite typed with a decimal comma (text cells), Länge as numbers.
  const { summary, problems } = await loadOwnPlaces(page, 'test/fixtures/places/eigene-standorte.xlsx');
  assert.equal(summary, 'eigene-standorte.xlsx: 3 Zeilen gelesen, 2 auf der Karte');
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /^4: Koordinate „sieben Komma eins“ von Standort „JT1“ ist keine Zahl/);
  await legendSection(page, 'eigene-standorte').waitFor();
  assert.equal(await legendSection(page, 'eigene-standorte').locator('h3').innerText(), 'Eigene Standorte (2)');
  assert.deepEqual(await legendSection(page, 'eigene-standorte').locator('[data-testid=point-keys] li > span').allInnerTexts(), ['Familienzentrum (2)']);
  await page.locator('sozial-atlas button[name=places]').click();
  await waitForIdle(page);
  await page.waitForTimeout(300);
  // The mark of Familienzentrum Sieglar (50,8030 / 7.127) on the map in its key's colour.
  const keyFill = await legendSection(page, 'eigene-standorte').locator('[data-testid=point-keys] li', { hasText: 'Familienzentrum (' }).locator('svg [fill]').last().getAttribute('fill');
  assert.equal(keyFill, '#1b9e77', 'the first own category is green, not a colour of the Blues beneath');
  const at = await pageXY(page, [7.127, 50.803]);
  const got = await pixelAt(page, at);
  assert.ok(near(got, rgb(keyFill), 2), `the place at ${at.x},${at.y} is ${got}, its key colour ${keyFill}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('reach by deep link: the share mapped and classed with "Luftlinie", formula and grid vintage; "Bedarf ohne Angebot"; the distance per cell', async () => {
  const { page, context, errors } = await stage.open('/#indikator=kinderarmut&erreichbarkeit=schulen:grundschule:1000');
  await page.waitForFunction(() => document.querySelector('sozial-atlas').model.state.indicator === 'erreichbarkeit-anteil', null, { timeout: 20000 });
  await waitForIdle(page);
  const legend = await shadowText(page, 'atlas-legend');
  assert.match(legend, /Anteil der Einwohner bis 1 km Luftlinie zu Grundschule \(Schulen\)/);
  assert.match(legend, /Klasse 1:\s+[\d,]+ bis unter [\d,]+/);
  assert.match(legend, /Einwohner in Gitterzellen mit Mittelpunkt bis 1 km Luftlinie zum nächsten Standort ÷ Einwohner im Gebiet × 100/);
  assert.match(legend, /Zensus 2011 \(Stichtag 09\.05\.2011\)/);
  assert.match(await page.evaluate(() => location.hash), /erreichbarkeit=schulen:grundschule:1000/);

  // The table: need (child poverty, shown before reach) high, reach low.
  await page.locator('sozial-atlas button[name=places]').click();
  const table = page.locator('atlas-reach-gap [data-testid=reach-gap]');
  await table.waitFor();
  assert.equal(await page.locator('atlas-reach-gap select[name=gap-need]').inputValue(), 'kinderarmut');
  const rows = await table.locator('tbody tr').allInnerTexts();
  assert.ok(rows.length > 0);
  for (const row of rows) assert.match(row, /^\S.*\t[\d,]+ je 100 unter 15 \(Klasse [45]\)\t[\d,]+ % \(Klasse [12]\)$/, row);
  assert.deepEqual(rows.map((r) => r.split('\t')[0]), ['Eitorf', 'Windeck']);

  assert.deepEqual(errors, []);
  await context.close();

  // Per grid cell: the distance to the nearest Grundschule, from a link of its own (the indicator exists only once computed).
  const cells = await stage.open('/#indikator=erreichbarkeit-entfernung&ebene=raster&erreichbarkeit=schulen:grundschule:1000');
  await cells.page.waitForFunction(() => document.querySelector('sozial-atlas').model.state.level === 'raster' && document.querySelector('sozial-atlas').model.state.indicator === 'erreichbarkeit-entfernung', null, { timeout: 20000 });
  await waitForIdle(cells.page);
  assert.match(await shadowText(cells.page, 'atlas-legend'), /Luftlinie zu Grundschule \(Schulen\), nächster Standort \(m\)/);
  // The link's indicator is shown after all: no note that it was replaced.
  assert.doesNotMatch(await cells.page.locator('sozial-atlas atlas-status').evaluate((el) => el.shadowRoot?.textContent ?? el.textContent), /erreichbarkeit-entfernung/);
  assert.deepEqual(cells.errors, []);
  await cells.context.close();
});
