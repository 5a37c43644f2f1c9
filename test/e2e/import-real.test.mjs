// End-to-end: what planners actually download, chosen through the file input of "Eigene Daten":
// a real GENESIS export, an Excel workbook, a table keyed by names, a table with one column per year
// and a broken GeoJSON. Judged by the map's pixels against the legend, the years offered, the
// summary and the grouped problem list; own data survives a reload until it is removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { atlasStage, waitForChoropleth } from './harness.mjs';
import { probePoint, pixelAt, legendRows, expectedColour, hexToRgb, shadowText, waitForIdle, indicatorIds } from './page-tools.mjs';

const stage = atlasStage({ reducedMotion: true });
const topo = JSON.parse(readFileSync('public/data/rhein-sieg.topo.json', 'utf8'));
const gemeinden = topo.objects.gemeinden.geometries.map((g) => g.properties).sort((a, b) => a.id.localeCompare(b.id));

/** Chooses files in the picker as a person would, and waits for an own indicator on the map. */
async function choose(page, files) {
  const before = await page.evaluate(() => location.hash);
  await page.locator('atlas-import input[type=file]').setInputFiles(files);
  await page.waitForFunction((before) => location.hash !== before && new URLSearchParams(location.hash.slice(1)).get('indikator')?.startsWith('eigen-'), before);
  await waitForChoropleth(page);
  await waitForIdle(page);
}

/** Each Gemeinde's pixel has the legend colour of its value. */
async function assertMapShows(page, values, ids, level = 'gemeinde') {
  const legend = await legendRows(page);
  for (const id of ids) {
    assert.deepEqual(await pixelAt(page, await probePoint(page, id, level)), hexToRgb(expectedColour(legend, values.get(id))), id);
  }
}

const importText = (page) => shadowText(page, 'atlas-import');

test('a GENESIS export: title, header rows and footer found, 19 Gemeinden mapped, labelled own data', async () => {
  const { page, context, errors, requests } = await stage.open('/#indikator=einwohner');
  const file = 'test/fixtures/genesis/13211-01-03-5_rhein-sieg.csv';
  const before = requests.length;
  await choose(page, file);

  const summary = await page.locator('atlas-import [data-testid=import-summary]').innerText();
  assert.match(summary, /13211-01-03-5_rhein-sieg\.csv: 20 Zeilen, 19 Gebiete zugeordnet \(2016\)\nIndikatoren: „Arbeitslose insgesamt“, „Arbeitslose, Ausländer“/);
  assert.match(await page.locator('atlas-import [data-testid=line-roles]').innerText(), /1–6 Titel · 7–10 Kopf · 11–30 Daten · 31–65 Fußzeilen/);

  // The figures of the file's first column of figures, by AGS, as the map must show them.
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => /^05382\d{3};/.test(l)).map((l) => l.split(';'));
  const values = new Map(rows.map((f) => [f[0], Number(f[2])]));
  assert.match(await shadowText(page, 'atlas-legend'), /Arbeitslose insgesamt/);
  assert.match(await shadowText(page, 'atlas-legend'), /Eigene Daten: 13211-01-03-5_rhein-sieg\.csv/);
  assert.doesNotMatch(await shadowText(page, 'atlas-legend'), /Beispieldaten/);
  await assertMapShows(page, values, ['05382068', '05382056', '05382036', '05382004']);
  // One year, named as such.
  assert.match(await shadowText(page, 'atlas-time'), /Stand 2016/);

  const foreign = requests.slice(before).filter((url) => !url.startsWith(stage.origin) && !/^(data|blob):/.test(url));
  assert.deepEqual(foreign, [], 'nothing left the page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an Excel workbook: first sheet read, the sheet picker lists the others', async () => {
  const { page, context, errors } = await stage.open('/#indikator=einwohner');
  await choose(page, 'test/fixtures/xlsx/kinder-bg.xlsx');
  const summary = await page.locator('atlas-import [data-testid=import-summary]').innerText();
  assert.match(summary, /kinder-bg\.xlsx \(Blatt „Kinder BG“\): 19 Zeilen, 19 Gebiete zugeordnet \(2022\)\nIndikatoren: „Anteil in %“/);
  const sheets = await page.locator('atlas-import select[name=sheet] option').allInnerTexts();
  assert.deepEqual(sheets, ['Kinder BG', 'Erläuterungen']);
  // Figures of make-xlsx.mjs: 8.0 % + 0.7 % per Gemeinde in AGS order.
  const values = new Map(gemeinden.map((g, i) => [g.id, Math.round((8 + 0.7 * i) * 10) / 10]));
  await assertMapShows(page, values, ['05382004', '05382060', '05382076']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a table keyed by names: every loose match listed, hostile names shown as text, never as HTML', async () => {
  const { page, context, errors } = await stage.open('/#indikator=einwohner');
  const written = { '05382056': 'St. Augustin', '05382020': 'Hennef', '05382008': 'Bad Honnef, Stadt', '05382024': 'Koenigswinter', '05382040': 'Neunkirchen Seelscheid' };
  const values = new Map(gemeinden.map((g, i) => [g.id, 10 + i]));
  const csv = [
    'Kommune;Anzahl Beratungen',
    // Official symbols: a provisional figure and one not reliable enough.
    ...gemeinden.map((g) => `${written[g.id] ?? g.name};${g.id === '05382004' ? `${values.get(g.id)} p` : g.id === '05382012' ? '/' : values.get(g.id)}`),
    '<img src=x onerror="window.__hacked=1">;5',
  ].join('\n');
  await choose(page, { name: 'beratungen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  assert.match(await page.locator('atlas-import [data-testid=import-summary]').innerText(), /19 Gebiete zugeordnet, 1 unbekannte Schlüssel/);
  await page.locator('atlas-import [data-testid=name-matches] summary').click();
  const matches = await page.locator('atlas-import [data-testid=name-matches] li').allInnerTexts();
  assert.ok(matches.includes('St. Augustin → Sankt Augustin (05382056)'), matches.join(' | '));
  assert.ok(matches.includes('Hennef → Hennef (Sieg) (05382020)'), matches.join(' | '));
  assert.equal(matches.length, 5);

  await page.locator('atlas-import atlas-problems summary').click();
  const problems = await shadowText(page, 'atlas-import atlas-problems');
  assert.match(problems, /Unbekannte Schlüssel\s+1 ×/);
  assert.match(problems, /Schlüssel „<img src=x onerror="window.__hacked=1">“/);
  assert.equal(await page.evaluate(() => window.__hacked), undefined);
  assert.equal(await page.locator('atlas-import atlas-problems img').count(), 0);
  await assertMapShows(page, values, ['05382056', '05382020', '05382024']);
  // Card and table say the symbols, never a bare number.
  await page.evaluate(() => (location.hash += '&tabelle=1'));
  await page.locator('atlas-table tbody tr').first().waitFor();
  const rows = await page.locator('atlas-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.innerText.replace(/\s+/g, ' ').trim()));
  assert.ok(rows.some((r) => /^Alfter .*10 \(vorläufig\)/.test(r)), rows.join(' | '));
  assert.ok(rows.some((r) => /^Bornheim .*\/ \(nicht sicher genug\)/.test(r)), rows.join(' | '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a table with one column per year is one indicator over those years; the slider moves the colours', async () => {
  const { page, context, errors } = await stage.open('/#indikator=einwohner');
  const byYear = { 2019: (i) => 10 + i, 2020: (i) => 40 - i, 2021: (i) => 20 + ((i * 7) % 19) };
  const csv = ['AGS;Gemeinde;2019;2020;31.12.2021', ...gemeinden.map((g, i) => `${g.id};${g.name};${byYear[2019](i)};${byYear[2020](i)};${byYear[2021](i)}`)].join('\n');
  await choose(page, { name: 'jahre.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  assert.match(await page.locator('atlas-import [data-testid=import-summary]').innerText(), /\(2019–2021\)\nIndikatoren: „[^“]+“$/);
  assert.equal(await page.locator('atlas-time input[name=year]').getAttribute('aria-valuetext'), '2021');
  const at = (year) => new Map(gemeinden.map((g, i) => [g.id, byYear[year](i)]));
  await assertMapShows(page, at(2021), ['05382004', '05382060', '05382076']);
  await page.locator('atlas-time button[name=year-back]').click();
  await page.locator('atlas-time button[name=year-back]').click();
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('jahr') === '2019');
  await waitForChoropleth(page);
  await waitForIdle(page);
  await assertMapShows(page, at(2019), ['05382004', '05382060', '05382076']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken GeoJSON: each bad feature named in grouped problems and left off the map, the sound ones mapped', async () => {
  const { page, context, errors } = await stage.open('/#indikator=einwohner');
  const csv = 'sozialraum;Quote\n05382060-001;10\n05382060-006;20\n05382999-007;30\n';
  const geojson = { name: 'kaputt.geojson', mimeType: 'application/geo+json', buffer: readFileSync('test/fixtures/geometry/kaputt.geojson') };
  await choose(page, [geojson, { name: 'quote.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }]);
  assert.match(await page.locator('atlas-import [data-testid=import-summary]').innerText(), /3 Gebiete zugeordnet/);
  assert.equal(await page.locator('atlas-import [data-testid=geometry-summary]').innerText(), 'kaputt.geojson: 8 Gebiete gelesen, 3 als Sozialräume übernommen');
  await page.locator('atlas-import atlas-problems summary').click();
  const problems = await shadowText(page, 'atlas-import atlas-problems');
  for (const [title, key] of [
    ['Offene Ringe', '05382060-002'],
    ['Selbstüberschneidungen', '05382060-003'],
    ['Ringe mit weniger als 4 Positionen', '05382060-004'],
    ['Flächen ohne Inhalt', '05382060-005'],
    ['Außerhalb des Kreises', '05382060-008'],
    ['Überlappende Sozialräume', '05382060-006'],
  ]) {
    assert.match(problems, new RegExp(`${title}\\s+1 ×\\s+kaputt\\.geojson – Schlüssel „${key}“`), title);
  }
  const shown = await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.map.querySourceFeatures('sozialraeume').map((f) => f.properties.id));
  assert.deepEqual([...new Set(shown)].sort(), ['05382060-001', '05382060-006', '05382999-007']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('corrections in the summary: another header row and a column made "nicht verwenden" are read again at once', async () => {
  const { page, context, errors } = await stage.open('/#indikator=einwohner');
  const csv = ['Kennzahl;Bezugsjahr;Stand', 'AGS;Quote;Fälle', ...gemeinden.map((g, i) => `${g.id};${i},5;${10 + i}`)].join('\n');
  await choose(page, { name: 'korrektur.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const summary = () => page.locator('atlas-import [data-testid=import-summary]').innerText();
  const until = async (re) => {
    for (let i = 0; i < 100 && !re.test(await summary()); i++) await page.waitForTimeout(50);
    assert.match(await summary(), re);
  };
  // Both lines above the figures read as header rows, their texts joined.
  assert.match(await summary(), /Indikatoren: „Bezugsjahr, Quote“, „Stand, Fälle“/);
  await page.locator('atlas-import input[name=header-line]').fill('2');
  await page.locator('atlas-import button.reread').click();
  await until(/Indikatoren: „Quote“, „Fälle“/);
  assert.match(await page.locator('atlas-import [data-testid=line-roles]').innerText(), /1 Titel · 2 Kopf · 3–21 Daten/);
  await page.locator('atlas-import [data-testid=column-roles] summary').click();
  await page.locator('atlas-import select[name=role][data-column="2"]').selectOption('ignore');
  await until(/Indikatoren: „Quote“$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('own data stays across a reload, labelled "Eigene Daten", until "Eigene Daten entfernen"', async () => {
  const { page, context, errors } = await stage.open('/#indikator=einwohner');
  // What the indicator picker offers, as a person opening it sees.
  const options = () => indicatorIds(page);
  const until = async (ok) => {
    // Restoring reads the kept files again after the map: up to 20 s on a loaded machine.
    for (let i = 0; i < 100 && !ok(await options().catch(() => [])); i++) await page.waitForTimeout(200);
    assert.ok(ok(await options()), (await options()).join(' '));
  };
  await choose(page, 'test/fixtures/genesis/12411-07-01-5_rhein-sieg.csv');
  const own = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('indikator'));
  await page.reload();
  await waitForChoropleth(page);
  await until((o) => o.includes(own));
  await page.waitForFunction((own) => new URLSearchParams(location.hash.slice(1)).get('indikator') === own, own);
  await waitForChoropleth(page);
  assert.match(await shadowText(page, 'atlas-legend'), /Durchschnittsalter der Bevölkerung/);
  assert.match(await importText(page), /Eigene Daten sind in diesem Browser gespeichert/);
  // The restored import opens "Eigene Daten" with its summary, as a fresh one does.
  assert.equal(await page.locator('atlas-import details.import').evaluate((d) => d.open), true);
  await page.locator('atlas-import button.clear').click();
  await until((o) => !o.some((v) => v.startsWith('eigen-')));
  await page.reload();
  await waitForChoropleth(page);
  await page.waitForTimeout(500);
  assert.ok(!(await options()).some((o) => o.startsWith('eigen-')), (await options()).join(' '));
  assert.deepEqual(errors, []);
  await context.close();
});
