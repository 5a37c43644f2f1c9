// Accessibility (BITV 2.0 = WCAG 2.1 AA): axe-core finds no violation in any main view at
// 320 and 1280 px, in the app and embedded; keyboard alone selects, drills down and hears it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlasStage, openPage, waitForChoropleth } from './harness.mjs';
import { openHostPage } from './host-page.mjs';
import { axeViolations } from './axe.mjs';

const stage = atlasStage({ reducedMotion: true });

/** Main views: how to get there from a fresh page. */
const VIEWS = {
  map: { path: '/#indikator=kinderarmut' },
  panel: { path: '/#indikator=kinderarmut&gebiet=05382068&vergleich=05382068_05382060' },
  sozialraeume: { path: '/#indikator=kinderarmut&gebiet=05382060-003&jahr=2020' },
  table: { path: '/#indikator=kinderarmut&tabelle=1' },
  'print dialog': { path: '/#indikator=kinderarmut', open: 'print', dialog: 'atlas-print-dialog dialog' },
  'share dialog': { path: '/#indikator=kinderarmut&gebiet=05382068', open: 'share', dialog: 'atlas-share-dialog dialog' },
  'embed.html, no controls': { path: '/embed.html?indicator=einwohner&controls=none' },
  // The menu button only where the side pane is a drawer (below 1000 px).
  'indicator picker open': { path: '/#indikator=kinderarmut', open: ['menu', 'indicator'], dialog: 'atlas-indicator-picker [role=listbox]' },
  'Über die Daten': { path: '/#indikator=kinderarmut&gebiet=05382068', open: 'about', dialog: 'atlas-about dialog' },
  // The workshop pane with two contributions listed (a file loaded, its report shown) and the form open.
  'Beiträge, form open': { path: '/#indikator=kinderarmut&beitraege=1', seed: true, open: 'add', dialog: 'contribution-form textarea' },
};

/** Two contributions (an area's and a point's), loaded through the pane's "Beiträge laden". */
const SEED = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: null, properties: { id: 'a1', kategorie: 'bedarf', text: 'Mehr Kitaplätze', organisation: 'Elternrat', stimmen: 2, gebiet: '05382060', workshop: 'Werkstatt', frage: 'Was fehlt?', erstellt: '2026-12-07T09:00:00Z', geaendert: '2026-12-07T09:00:00Z' } },
    { type: 'Feature', geometry: { type: 'Point', coordinates: [7.2, 50.8] }, properties: { id: 'a2', kategorie: 'angebot', text: 'Jugendtreff', organisation: null, stimmen: 0, gebiet: null, workshop: 'Werkstatt', frage: 'Was fehlt?', erstellt: '2026-12-07T09:01:00Z', geaendert: '2026-12-07T09:01:00Z' } },
  ],
});

async function open(path, width) {
  const session = await openPage(stage.browser, { width, height: 800 });
  await session.page.emulateMedia({ reducedMotion: 'reduce' });
  await session.page.goto(stage.origin + path);
  await waitForChoropleth(session.page);
  return session;
}

for (const width of [1280, 320]) {
  test(`axe finds no WCAG 2.1 AA violation in any main view at ${width} px`, async () => {
    const found = [];
    for (const [name, view] of Object.entries(VIEWS)) {
      const { page, context } = await open(view.path, width);
      if (view.seed) {
        await page.locator('atlas-contributions input[name=load]').setInputFiles({ name: 'beitraege.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(SEED) });
        await page.locator('atlas-contributions li.item').nth(1).waitFor();
      }
      if (view.open) {
        for (const name of [view.open].flat()) {
          const button = page.locator(`sozial-atlas button[name=${name}]`).first();
          if (name === 'menu' && !(await button.isVisible())) continue;
          // On a phone print and share wait behind "Mehr", as a person finds them.
          const more = page.locator('sozial-atlas button[name=more]');
          if ((name === 'print' || name === 'share') && !(await button.isVisible()) && (await more.isVisible())) await more.click();
          await button.click();
        }
        await page.locator(view.dialog).waitFor({ state: 'visible' });
      }
      for (const v of await axeViolations(page)) found.push(`${name}: ${v}`);
      await context.close();
    }
    // Embedded in a host page, with the panel open.
    const session = await openPage(stage.browser, { width, height: 800 });
    await openHostPage(session.page, stage.origin, {
      body: '<main><h1>Sozialplanung</h1><sozial-atlas indicator="kinderarmut" area="05382068" controls="minimal" height="700"></sozial-atlas></main>',
    });
    await waitForChoropleth(session.page);
    for (const v of await axeViolations(session.page)) found.push(`host page: ${v}`);
    await session.context.close();
    assert.deepEqual(found, []);
  });
}

/** The element that has the keyboard focus, looked up through the shadow roots. */
const focused = (page) =>
  page.evaluate(() => {
    let e = document.activeElement;
    while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
    const style = e && getComputedStyle(e);
    return e && { tag: e.localName, name: e.getAttribute('name'), label: (e.getAttribute('aria-label') ?? e.textContent).trim().slice(0, 40), outline: `${style.outlineStyle} ${style.outlineWidth}` };
  });

test('keyboard only: Tab to the search, pick Troisdorf, drill down, and hear each step', async () => {
  const { page, context, errors } = await open('/#indikator=kinderarmut', 1280);
  const announcer = page.locator('[data-testid=announcer]');
  // Every stop on the way shows where the focus is.
  async function tabTo(name) {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      assert.doesNotMatch(f.outline, /^none|0px$/, `visible focus on <${f.tag}> ${f.name ?? f.label}`);
      if (f.name === name) return;
    }
    assert.fail(`Tab never reached ${name}`);
  }
  await tabTo('search');
  await page.keyboard.type('Troisdorf');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('gebiet=05382068'));
  const value = await page.locator('[data-testid=panel-value]').innerText();
  const selected = await announcer.textContent();
  assert.match(selected, /^Troisdorf ausgewählt: .+, Klasse [1-5] von 5 \(.+ bis .+\)\.$/);
  assert.ok(selected.includes(value), `"${selected}" names the value ${value}`);
  assert.equal(await announcer.getAttribute('role'), 'status');

  await tabTo('drill');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('ebene=sozialraeume') && location.hash.includes('gemeinde=05382068'));
  await waitForChoropleth(page);
  const drilled = await announcer.textContent();
  assert.match(drilled, /, Sozialräume von Troisdorf\. Höchster Wert: [^.]+ – Troisdorf, [\d,]+ je 100 unter 15\. Niedrigster Wert: [^.]+ – Troisdorf, /);
  assert.equal(await page.locator('[data-testid=map-summary]').textContent(), drilled, 'the summary under the map says the same');
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 320 px, which is 1280 px at 400 % zoom, nothing needs scrolling sideways', async () => {
  for (const path of ['/#indikator=kinderarmut&gebiet=05382068&vergleich=05382068_05382060', '/#indikator=kinderarmut&tabelle=1', '/embed.html?indicator=kinderarmut&controls=none']) {
    const session = await openPage(stage.browser, { width: 320, height: 256 });
    await session.page.goto(stage.origin + path);
    await waitForChoropleth(session.page);
    const layout = await session.page.evaluate(() => {
      const wide = [];
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          const box = el.getBoundingClientRect();
          // A data table may scroll in its own pane (WCAG 1.4.10 exempts tables); nothing else may stick out.
          if (box.width > 0 && box.right > innerWidth + 1 && !el.closest('table')) wide.push(`${el.localName}.${el.className} ${Math.round(box.right)}`);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      const canvas = document.querySelector('sozial-atlas').mapInstance.map.getCanvas().getBoundingClientRect();
      return { scrollWidth: document.documentElement.scrollWidth, wide, map: [canvas.width, canvas.height] };
    });
    assert.deepEqual(layout.wide, [], path);
    assert.ok(layout.scrollWidth <= 320, `${path}: page ${layout.scrollWidth} px wide`);
    assert.ok(layout.map[0] >= 300 && layout.map[1] >= 150, `${path}: the map keeps room: ${layout.map}`);
    await session.context.close();
  }
});
