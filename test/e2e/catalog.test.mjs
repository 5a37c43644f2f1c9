// The catalogue side of issue 12, as a person meets it: the indicator picker searched by a word
// and driven by keyboard, the reference values NRW / Deutschland in card and comparison, and the
// "Über die Daten" view opened from legend and card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { atlasStage } from './harness.mjs';
import { currentIndicator, waitForRender } from './page-tools.mjs';

const stage = atlasStage({ reducedMotion: true });
const catalog = JSON.parse(readFileSync('public/data/indicators/catalog.json', 'utf8'));
const labelOf = (id) => catalog.indicators.find((i) => i.id === id).label;

async function openAt(viewport, path) {
  const session = await stage.open(path);
  await session.page.setViewportSize(viewport);
  return session;
}

const activeOption = (picker) => picker.locator('input[role=combobox]').getAttribute('aria-activedescendant');

test('the picker finds single parents by a word and takes one by keyboard; the legend follows', async () => {
  const { page, context, errors } = await openAt({ width: 1366, height: 768 }, '/#indikator=kinderarmut');
  const picker = page.locator('atlas-controls atlas-indicator-picker');
  const button = picker.locator('button[name=indicator]');
  assert.equal(await currentIndicator(page), 'kinderarmut');
  assert.match(await button.innerText(), /Kinderarmut/, 'the shown indicator is named while closed');

  await button.focus();
  await page.keyboard.press('Enter');
  const filter = picker.locator('input[role=combobox]');
  await filter.waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-sidebar').renderRoot.querySelector('atlas-controls').renderRoot.querySelector('atlas-indicator-picker').shadowRoot.activeElement?.id), 'picker-filter', 'the filter has the keyboard');
  assert.equal(await activeOption(picker), 'opt-kinderarmut', 'the list opens at the shown indicator');
  // All 76, under the ten topics.
  assert.equal(await picker.locator('[role=option]').count(), catalog.indicators.length);
  assert.equal(await picker.locator('[role=group]').count(), 10);

  await page.keyboard.type('Alleinerz');
  const ids = await picker.locator('[role=option]').evaluateAll((os) => os.map((o) => o.dataset.id));
  assert.ok(ids.includes('elb-alleinerziehend'), ids.join());
  assert.ok(ids.length < 6, `a short list: ${ids.join()}`);
  assert.match(await picker.locator('[data-testid=picker-count]').innerText(), new RegExp(`^${ids.length} Indikator`));
  // Arrows move to the entry; its definition, vintage and years stand there before choosing.
  for (let i = 0; i < ids.length && (await activeOption(picker)) !== 'opt-elb-alleinerziehend'; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await activeOption(picker), 'opt-elb-alleinerziehend');
  const detail = await picker.locator('[data-testid=picker-detail]').innerText();
  const entry = catalog.indicators.find((i) => i.id === 'elb-alleinerziehend');
  assert.ok(detail.includes(entry.definition), detail);
  assert.ok(detail.includes(`Stand: ${entry.vintage}`), detail);
  assert.match(detail, /Jahre: Gemeinden \d{4}/);

  const rendered = waitForRender(page);
  await page.keyboard.press('Enter');
  await rendered;
  assert.match(page.url(), /indikator=elb-alleinerziehend/);
  assert.ok((await page.locator('atlas-legend [data-testid=map-title]').innerText()).includes(entry.label), 'the legend names the chosen indicator');
  assert.equal(await currentIndicator(page), 'elb-alleinerziehend');
  assert.equal(await filter.count(), 0, 'the list is closed');

  // Esc closes without choosing; the card stays open.
  await button.click();
  await filter.waitFor();
  await page.keyboard.type('Kinderarmut');
  await page.keyboard.press('Escape');
  assert.equal(await filter.count(), 0);
  assert.equal(await currentIndicator(page), 'elb-alleinerziehend');
  assert.deepEqual(errors, []);
  await context.close();
});

/** NRW and Deutschland of a column in a year, as the reference table writes them. */
function referenceOf(column, year) {
  const rows = readFileSync('public/data/indicators/referenzwerte-inkar.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(';'));
  const at = (scope) => Number(rows.find(([, c, e, y]) => c === column && e === scope && y === String(year))[4].replace(',', '.'));
  return { nrw: at('nrw'), bund: at('bund') };
}
/** An area's figure straight from its table: the card rounds for display, differences are taken unrounded. */
function figureOf(file, column, ags, year) {
  const [head, ...lines] = readFileSync(`public/data/indicators/${file}`, 'utf8').trim().split('\n').map((l) => l.split(';'));
  const row = lines.find((r) => r[0] === ags && r[head.indexOf('jahr')] === String(year));
  return Number(row[head.indexOf(column)].replace(',', '.'));
}
const german = (x, d = 1) => x.toLocaleString('de-DE', { minimumFractionDigits: d, maximumFractionDigits: d });
/** "14,7 je 100 unter 15" -> 14.7 */
const readNumber = (text) => Number(text.split(' ')[0].replaceAll('.', '').replace(',', '.'));
const signed = (x) => `${Math.round(Math.abs(x) * 10) === 0 ? '±' : x > 0 ? '+' : '−'}${german(Math.abs(x))}`;

test('card and comparison show NRW and Deutschland for Kinderarmut 2022, with the difference in percentage points', async () => {
  const { page, context, errors } = await openAt({ width: 1366, height: 768 }, '/#indikator=kinderarmut&jahr=2022&gebiet=05382068&vergleich=05382068_05382060');
  const ref = referenceOf('kinderarmut', 2022);
  const card = page.locator('atlas-panel');
  await card.locator('h2').waitFor();
  // A small table: units once in its heads, the year beside each reference.
  const refs = card.locator('[data-testid=panel-references]');
  const heads = await refs.locator('thead th').allInnerTexts();
  assert.match(heads[0], /Wert\s+je 100 unter 15/);
  assert.match(heads[1], /Abweichung\s+Prozentpunkte/);
  const lines = await refs.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.innerText.trim())));
  const value = figureOf('inkar-sgb2-zeitreihe.csv', 'kinderarmut', '05382068', 2022);
  assert.equal(readNumber(await card.locator('[data-testid=panel-value]').innerText()), Math.round(value * 10) / 10);
  assert.deepEqual(lines, [
    ['NRW 2022', german(ref.nrw), signed(value - ref.nrw)],
    ['Deutschland 2022', german(ref.bund), signed(value - ref.bund)],
  ]);

  const compare = page.locator('atlas-compare');
  await compare.locator('table').waitFor();
  const rows = await compare.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.innerText.trim())));
  const nrwRow = rows.find((r) => r[0].startsWith('Abweichung von NRW'));
  const bundRow = rows.find((r) => r[0].startsWith('Abweichung von Deutschland'));
  assert.ok(nrwRow && bundRow, JSON.stringify(rows));
  assert.match(nrwRow[0], new RegExp(`Prozentpunkte; NRW 2022: ${german(ref.nrw)}`));
  assert.equal(nrwRow[1], signed(value - ref.nrw), 'Troisdorf against NRW');
  assert.equal(bundRow[1], signed(value - ref.bund), 'Troisdorf against Deutschland');
  assert.deepEqual(errors, []);
  await context.close();
});

const allIndicators = [...catalog.indicators, ...catalog.grid.indicators];

test('"Über die Daten" from the legend lists every indicator with source and years, and the geometries', async () => {
  const { page, context, errors } = await openAt({ width: 1366, height: 768 }, '/#indikator=kinderarmut');
  await page.locator('atlas-legend button[name=about]').click();
  const dialog = page.locator('atlas-about dialog');
  await dialog.waitFor({ state: 'visible' });
  const entries = await dialog.locator('article[data-id]').evaluateAll((as) => as.map((a) => ({ id: a.dataset.id, text: a.innerText })));
  assert.deepEqual(entries.map((e) => e.id).sort(), allIndicators.map((i) => i.id).sort(), 'every indicator of catalog and grid, once');
  for (const ind of allIndicators) {
    const { text } = entries.find((e) => e.id === ind.id);
    assert.ok(text.includes(ind.source), `${ind.id}: source`);
    assert.ok(text.includes(ind.license), `${ind.id}: licence`);
    assert.match(text, /Jahre\s+(Gemeinden|Sozialräume|Rasterzellen) \d{4}/, `${ind.id}: years`);
  }
  const kinder = entries.find((e) => e.id === 'kinderarmut').text;
  assert.match(kinder, /Gemeinden 2021–2022/);
  assert.match(kinder, /q_newfBGu15_bev/);
  assert.match(kinder, /Bezugswerte\s+NRW 2021–2022; Deutschland 2021–2022/);
  const topics = new Set(allIndicators.map((i) => i.topic)).size;
  assert.equal(await dialog.locator('h3').count(), topics + 3, `${topics} topics, the Kreis series, the geometries and the intervals' methods`);
  assert.equal(await dialog.locator('h3#about-intervals').innerText(), 'Kleine Zahlen ehrlich zeigen: Konfidenzintervalle');
  assert.match(await dialog.locator('article[data-level=gemeinde]').innerText(), /VG250/);
  // Searchable: a word keeps only the entries it names.
  await dialog.locator('input[name=about-filter]').fill('Alleinerz');
  const found = await dialog.locator('article[data-id]').evaluateAll((as) => as.map((a) => a.dataset.id));
  assert.ok(found.includes('elb-alleinerziehend') && found.length < 6, found.join());
  assert.match(await dialog.locator('[data-testid=about-count]').innerText(), new RegExp(`^${found.length} Indikator`));
  // Esc clears the search field first (as every search field does), then closes.
  await page.keyboard.press('Escape');
  assert.equal(await dialog.locator('input[name=about-filter]').inputValue(), '');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Über die Daten" from the card opens at the indicator shown, with the focus on it', async () => {
  const { page, context, errors } = await openAt({ width: 1366, height: 768 }, '/#indikator=wohnflaeche-je-einwohner&gebiet=05382068');
  const before = page.url();
  await page.locator('atlas-panel button[name=about]').click();
  const dialog = page.locator('atlas-about dialog');
  await dialog.waitFor({ state: 'visible' });
  const current = dialog.locator('article[aria-current=true]');
  assert.equal(await current.getAttribute('data-id'), 'wohnflaeche-je-einwohner');
  assert.match(await current.innerText(), /in der Karte gezeigt/);
  const [box, body] = [await current.boundingBox(), await dialog.locator('.body').boundingBox()];
  assert.ok(box.y >= body.y - 1 && box.y < body.y + body.height, `the entry is in view: ${box.y} in ${body.y}+${body.height}`);
  const focus = await page.evaluate(() => document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-about').shadowRoot.activeElement?.id);
  assert.equal(focus, 'h-wohnflaeche-je-einwohner');
  await dialog.locator('button[name=about-close]').click();
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(page.url(), before, 'the view is unchanged');
  assert.equal(await page.locator('atlas-panel h2').innerText(), 'Troisdorf', 'the card stays');
  assert.deepEqual(errors, []);
  await context.close();
});
