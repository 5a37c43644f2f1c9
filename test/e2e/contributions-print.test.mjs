// The print block "Beiträge" as the committee gets it: a workshop's contributions loaded from a file
// (through the pane's "Beiträge laden"), then "Drucken / Exportieren" with "Beiträge" ticked. The
// PDF read back with pdftotext: the pins' numbers and the categories' key on the map sheet, then the
// page "Ergebnisse des Workshops" with title, guiding question, date, and each contribution with its
// number, text (umlauts, quotes, HTML as text), organisation and votes, grouped by category and area.
// Runs with the pane of issue 25 (branch contrib-ui) merged; one server, one browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atlasStage } from './harness.mjs';

const stage = atlasStage();
const dir = mkdtempSync(join(tmpdir(), 'atlas-results-'));

const WORKSHOP = { workshop_id: 'w-druck', workshop: 'Workshop Siegburg-Nord', frage: 'Was brauchen Familien mit Kindern im Quartier?', workshop_datum: '2026-12-05' };
const at = (minute) => `2026-12-05T09:0${minute}:00.000Z`;
const FEATURES = [
  // a point far from Siegburg's label, so that its pin stands alone with its number
  { geometry: { type: 'Point', coordinates: [7.45, 50.77] }, properties: { id: 'p1', kategorie: 'bedarf', text: 'Spielplatz am Markt fehlt; „dringend“ – sagt der "Elternrat"', organisation: 'Elternrat Grundschule Süd', stimmen: 3, gebiet: null, erstellt: at(1), geaendert: at(1) } },
  { geometry: null, properties: { id: 'p2', kategorie: 'angebot', text: 'Familienzentrum mit Beratung, montags', organisation: null, stimmen: 1, gebiet: '05382060', erstellt: at(2), geaendert: at(2) } },
  { geometry: null, properties: { id: 'p3', kategorie: 'idee', text: '<b>Treff</b> für Jugendliche <script>alert(1)</script>', organisation: null, stimmen: 0, gebiet: '05382060', erstellt: at(3), geaendert: at(3) } },
].map((f) => ({ type: 'Feature', ...f, properties: { ...f.properties, ...WORKSHOP } }));
const FILE = JSON.stringify({ type: 'FeatureCollection', features: FEATURES });

const pdfText = (pdf, first, last = first) => execFileSync('pdftotext', ['-layout', '-f', String(first), '-l', String(last), pdf, '-'], { encoding: 'utf8' });

test('the print block "Beiträge": pins on the map sheet, the results page with every contribution', async () => {
  const { page } = await stage.open('/#indikator=dichte&klassen=5&methode=quantile&beitraege=1');
  await page.locator('atlas-contributions input[name=load]').setInputFiles({ name: 'beitraege.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(FILE) });
  await page.locator('atlas-contributions [data-testid=merge-report]').waitFor();

  await page.locator('sozial-atlas button[name=print]').click();
  // The dialog's module loads on the first click: asked once it is open.
  await page.locator('atlas-print-dialog dialog').waitFor({ state: 'visible' });
  const block = page.locator('atlas-print-dialog input[name=block][value=contributions]');
  assert.equal(await block.count(), 1, 'the dialog offers "Beiträge" when the workshop has contributions');
  await block.check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('atlas-print-dialog button[type=submit]').click()]);
  const pdf = join(dir, download.suggestedFilename());
  await download.saveAs(pdf);

  // the map sheet: the categories' key and the lone point's number "1"
  const sheet = pdfText(pdf, 1);
  for (const name of ['Bedarf', 'Angebot', 'Idee / Maßnahme']) assert.match(sheet, new RegExp(`\\b${name}\\b`), `key "${name}" on the map sheet`);
  assert.match(sheet, /(^|\s)1(\s|$)/m, 'the pin number 1 on the map sheet');

  const results = pdfText(pdf, 2, 9);
  const lines = results.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  assert.equal(lines[0], 'Ergebnisse des Workshops');
  assert.equal(lines[1], 'Workshop Siegburg-Nord');
  assert.ok(lines.includes('Leitfrage: Was brauchen Familien mit Kindern im Quartier?'), results);
  assert.ok(lines.includes('Datum: 5. Dezember 2026'), results);
  assert.ok(lines.includes('3 Beiträge, 4 Stimmen'), results);
  assert.ok(lines.includes('1. Spielplatz am Markt fehlt; „dringend“ – sagt der "Elternrat" 3 Stimmen'), results);
  assert.ok(lines.includes('Elternrat Grundschule Süd'), results);
  assert.ok(lines.includes('2. Familienzentrum mit Beratung, montags 1 Stimme'), results);
  assert.ok(lines.includes('3. <b>Treff</b> für Jugendliche <script>alert(1)</script> 0 Stimmen'), results);
  // grouped: category headings in the legend's order, each with its area
  const index = (line) => lines.indexOf(line);
  const order = ['Bedarf (1)', 'Angebot (1)', 'Siegburg', 'Idee / Maßnahme (1)'].map(index);
  assert.ok(order.every((i) => i > 0), `headings present: ${order}`);
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
});
