// "Der Kreis im Vergleich" (issue 27) as a person meets it: from the card of a Gemeinde shown with
// Kinderarmut, "Über die Daten" opens at the Kreis series, the related ones first; each names its
// latest year with Kreis, NRW and Deutschland written as the source writes them, all years in a
// table, and its source line. The figures expected here are read from the shipped table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { atlasStage } from './harness.mjs';

const stage = atlasStage({ reducedMotion: true });
const DIR = 'public/data/indicators';
const { series } = JSON.parse(readFileSync(`${DIR}/kreisreihen.json`, 'utf8'));
const rows = readFileSync(`${DIR}/kreisreihen.csv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(';'));

/** The source's figure with as many decimals as the series has anywhere (INKAR: two; 29,4 is 29,40). */
function figure(id, scope, year) {
  const mine = rows.filter((r) => r[0] === id);
  const decimals = Math.max(...mine.map((r) => (r[3].split(',')[1] ?? '').length));
  const cell = mine.find((r) => r[1] === scope && r[2] === String(year))?.[3];
  if (cell === undefined) return 'nicht in der Quelle';
  return Number(cell.replace(',', '.')).toLocaleString('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}
const latest = (id, year) => `${year}: Kreis ${figure(id, 'kreis', year)} · NRW ${figure(id, 'nrw', year)} · Deutschland ${figure(id, 'bund', year)}`;

test('the card of a Gemeinde offers the Kreis series; Kita, school leavers and turnout read as in the source', async () => {
  const { page, context, errors } = await stage.open('/#indikator=kinderarmut&jahr=2022&gebiet=05382068', { width: 1366, height: 768 });
  const before = page.url();
  await page.locator('atlas-panel button[name=kreis-series]').click();
  const dialog = page.locator('atlas-about dialog');
  await dialog.waitFor({ state: 'visible' });
  const section = dialog.locator('[data-testid=about-kreis]');
  await section.locator('article[data-series]').first().waitFor();
  // Opened at the section, its heading in view and holding the keyboard.
  const [box, body] = [await section.boundingBox(), await dialog.locator('.body').boundingBox()];
  assert.ok(box.y >= body.y - 1 && box.y < body.y + body.height / 2, `the section is in view: ${box.y} in ${body.y}+${body.height}`);
  assert.equal(await page.evaluate(() => document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-about').shadowRoot.activeElement?.id), 'about-kreis-title');
  assert.equal(await section.locator('h3').innerText(), 'Der Kreis im Vergleich');

  // The series of Kinderarmut's subject first, under its name; all twelve once.
  const related = section.locator('[data-testid=kreis-related]');
  assert.match(await related.locator('h4').innerText(), /^Passend zu „Kinderarmut/);
  const relatedIds = await related.locator('article').evaluateAll((as) => as.map((a) => a.dataset.series));
  assert.deepEqual(relatedIds.slice(0, 3), ['kita-unter-3', 'kita-3-6', 'kinderarmut-kreis']);
  const all = await section.locator('article[data-series]').evaluateAll((as) => as.map((a) => a.dataset.series));
  assert.deepEqual([...all].sort(), series.map((s) => s.id).sort());

  const article = (id) => section.locator(`article[data-series="${id}"]`);
  const kita = article('kita-unter-3');
  assert.equal((await kita.locator('[data-testid=kreis-latest]').innerText()).split(' (')[0], latest('kita-unter-3', 2020));
  assert.match(await kita.locator('[data-testid=kreis-latest]').innerText(), /^2020: Kreis 29,81 · NRW 29,40 · Deutschland /);
  const kitaText = await kita.innerText();
  const meta = series.find((s) => s.id === 'kita-unter-3');
  for (const part of [meta.source, meta.license, meta.definition, '2006–2020 (15 Jahre)', 'a_betr0003_bev0003']) assert.ok(kitaText.includes(part), `Kita: ${part}`);
  // Every year in the chart's table, Kreis beside NRW and Deutschland.
  await kita.locator('atlas-chart summary').click();
  const table = await kita.locator('atlas-chart tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.innerText.trim())));
  assert.equal(table.length, 15);
  assert.deepEqual(table[0], ['2006', figure('kita-unter-3', 'kreis', 2006), figure('kita-unter-3', 'nrw', 2006), figure('kita-unter-3', 'bund', 2006)]);
  assert.deepEqual(table[0].slice(0, 2), ['2006', '6,91']);

  const school = article('schulabgaenger-ohne-abschluss');
  assert.equal((await school.locator('[data-testid=kreis-latest]').innerText()).split(' (')[0], latest('schulabgaenger-ohne-abschluss', 2022));
  assert.match(await school.locator('[data-testid=kreis-latest]').innerText(), /^2022: Kreis 4,15 · NRW 6,25 · /);
  assert.match(await school.innerText(), /1995–2022 \(28 Jahre\)/);
  // A Deutschlandatlas cell: the Kreis only, and said so.
  const turnout = article('wahlbeteiligung-bundestag-2021-da');
  assert.equal((await turnout.locator('[data-testid=kreis-latest]').innerText()).split(' (')[0], '2021: Kreis 80,2 · NRW nicht in der Quelle · Deutschland nicht in der Quelle');
  assert.match(await turnout.locator('[data-testid=kreis-source]').innerText(), /Deutschlandatlas.*Deutschlandatlas_KRS1221, Indikator wahl_beteil/);

  await dialog.locator('button[name=about-close]').click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(page.url(), before, 'the view is unchanged');
  assert.deepEqual(errors, []);
  await context.close();
});

test('with the whole Kreis shown, the side pane offers the series; turnout brings the Bundestag 2021 turnout first', async () => {
  const { page, context, errors } = await stage.open('/#indikator=wahlbeteiligung-bundestag', { width: 1366, height: 768 });
  assert.equal(await page.locator('atlas-panel').count(), 0, 'no area chosen');
  await page.locator('atlas-sidebar button[name=kreis-series]').click();
  const section = page.locator('atlas-about dialog [data-testid=about-kreis]');
  await section.locator('article[data-series]').first().waitFor();
  assert.match(await section.locator('[data-testid=kreis-related] h4').innerText(), /^Passend zu „Wahlbeteiligung/);
  assert.equal(await section.locator('[data-testid=kreis-related] article').first().getAttribute('data-series'), 'wahlbeteiligung-bundestag-2021-da');
  assert.deepEqual(errors, []);
  await context.close();
});
