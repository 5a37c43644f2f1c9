// The catalogue side of issue 12, as a person meets it: the indicator picker searched by a word
// and driven by keyboard, the reference values NRW / Deutschland in card and comparison, and the
// "Über die Daten" view opened from legend and card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { atlasStage } from './harness.mjs';
import { currentIndicator, shadowText, waitForRender } from './page-tools.mjs';

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
  // All 58, under the eight topics.
  assert.equal(await picker.locator('[role=option]').count(), catalog.indicators.length);
  assert.equal(await picker.locator('[role=group]').count(), 8);

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
