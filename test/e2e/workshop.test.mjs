// End-to-end: the atlas as a workshop instrument, at the sizes it is used at (beamer, large
// screen, phone, an embed): map first, legend and the chosen area in view, one scroll region,
// presentation mode, search, states that say what happened, and one difference unit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlasStage, openPage, waitForChoropleth } from './harness.mjs';
import { probeOrZoom, waitForIdle, shadowText, chooseIndicator } from './page-tools.mjs';

const stage = atlasStage({ reducedMotion: true });

const SIZES = [
  { name: 'beamer 1366×768', width: 1366, height: 768, path: '/' },
  { name: 'screen 1920×1080', width: 1920, height: 1080, path: '/' },
  { name: 'phone 390×844', width: 390, height: 844, path: '/' },
  { name: 'embed 900×600', width: 900, height: 600, path: '/embed.html?controls=full' },
];

async function openAt({ width, height }, path) {
  const session = await openPage(stage.browser, { width, height });
  await session.page.emulateMedia({ reducedMotion: 'reduce' });
  await session.page.goto(stage.origin + path);
  await waitForChoropleth(session.page);
  await waitForIdle(session.page);
  return session;
}

/** The box of an element inside the atlas (through shadow roots), in page pixels. */
const box = (page, selector) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().toJSON());
const inside = (b, width, height) => b.width > 0 && b.left >= 0 && b.top >= 0 && b.right <= width + 0.5 && b.bottom <= height + 0.5;

for (const size of SIZES) {
  test(`${size.name}: legend and chosen area in view, the page itself never scrolls`, async () => {
    const { page, context, errors } = await openAt(size, `${size.path}#indikator=kinderarmut`);
    const { width, height } = size;
    assert.ok(inside(await box(page, 'atlas-legend'), width, height), 'the legend lies entirely inside the viewport');
    assert.match(await shadowText(page, 'atlas-legend'), /Kinderarmut[\s\S]*2022[\s\S]*Städte und Gemeinden[\s\S]*Gebiete/);
    assert.ok(await page.evaluate(() => document.scrollingElement.scrollHeight <= innerHeight), 'document height = viewport height');
    const canvas = await box(page, 'sozial-atlas .maplibregl-canvas');
    if (width < 700) assert.ok(canvas.top < height / 2, `on the phone the map starts in the upper half (top ${canvas.top})`);
    assert.ok(canvas.width * canvas.height > 0.35 * width * height, 'the map is the largest element');

    // By a click on the map
    const point = await probeOrZoom(page, '05382060');
    await page.mouse.click(point.x, point.y);
    await page.locator('atlas-panel h2').waitFor();
    assert.equal(await page.locator('atlas-panel h2').innerText(), 'Siegburg');
    assert.ok(inside(await box(page, 'atlas-panel h2'), width, height), 'the card heading is in view after a click');
    assert.equal(await page.locator('sozial-atlas .tooltip').count(), 0, 'the tooltip disappears on click');
    assert.ok(inside(await box(page, 'atlas-legend'), width, height), 'the legend stays in view with the card open');
    assert.ok(await page.evaluate(() => document.scrollingElement.scrollHeight <= innerHeight));

    // Esc closes the card and gives the keyboard back
    await page.locator('atlas-panel h2').click();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-panel'));
    assert.doesNotMatch(page.url(), /gebiet=/);

    // By the search
    await page.locator('atlas-search input').fill('troisd');
    // The list as a person sees it before they press a key: the Gemeinde first, its Sozialräume after it.
    await page.locator('atlas-search [role=option]').first().filter({ hasText: 'Gemeinde 05382068' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('atlas-panel h2').waitFor();
    assert.equal(await page.locator('atlas-panel h2').innerText(), 'Troisdorf');
    assert.ok(inside(await box(page, 'atlas-panel h2'), width, height), 'the card heading is in view after the search');
    assert.match(page.url(), /gebiet=05382068/);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the legend fits from an ultra-wide screen to a 400 px tall embed, and the tooltip never leaves the map', async () => {
  for (const size of [{ width: 3440, height: 1440, path: '/' }, { width: 900, height: 400, path: '/embed.html?controls=minimal' }, { width: 320, height: 640, path: '/' }]) {
    const { page, context } = await openAt(size, `${size.path}#indikator=kinderarmut&klassen=7`);
    const legend = await box(page, 'atlas-legend');
    assert.ok(inside(legend, size.width, size.height), `legend inside ${size.width}×${size.height}: ${JSON.stringify(legend)}`);
    assert.equal(await page.locator('atlas-legend li[data-class]').count() >= 7, true, 'all seven classes listed');
    assert.ok(await page.evaluate(() => document.scrollingElement.scrollHeight <= innerHeight));
    await context.close();
  }
  // Hovering the easternmost Gemeinde near the map's right edge: the tooltip flips to the left.
  const { page, context } = await openAt({ width: 1366, height: 768 }, '/#indikator=kinderarmut');
  const canvas = await box(page, 'sozial-atlas .maplibregl-canvas');
  const point = await page.evaluate(() => {
    const map = document.querySelector('sozial-atlas').mapInstance.map;
    const rect = map.getCanvas().getBoundingClientRect();
    for (let x = rect.width - 60; x > rect.width / 2; x -= 4)
      for (let y = rect.height / 3; y < (rect.height * 2) / 3; y += 4)
        if (map.queryRenderedFeatures([x, y], { layers: ['gemeinden-fill'] }).length) return { x: rect.left + x, y: rect.top + y };
    return null;
  });
  assert.ok(point, 'an area near the right edge');
  await page.mouse.move(point.x, point.y);
  await page.locator('sozial-atlas .tooltip').waitFor();
  const tip = await box(page, 'sozial-atlas .tooltip');
  assert.ok(tip.right <= canvas.right && tip.left >= canvas.left, `tooltip ${tip.left}–${tip.right} inside the map ${canvas.left}–${canvas.right}`);
  await context.close();
});

test('the search is a combobox: it finds a Sozialraum by name, arrows and Enter choose it, Esc closes and clears', async () => {
  const { page, context } = await openAt({ width: 1366, height: 768 }, '/#indikator=kinderarmut');
  const input = page.locator('atlas-search input');
  assert.equal(await input.getAttribute('role'), 'combobox');
  await input.fill('Siegburg');
  assert.equal(await input.getAttribute('aria-expanded'), 'true');
  const options = await page.locator('atlas-search [role=option]').allInnerTexts();
  assert.match(options[0], /^Siegburg\s+Gemeinde 05382060/);
  assert.ok(options.some((o) => /Sozialraum 05382060-00\d/.test(o)), 'its Sozialräume are found too');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await input.getAttribute('aria-activedescendant'), 'option-1');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('ebene=sozialraeume') && location.hash.includes('gebiet=05382060-00'));
  await page.locator('atlas-panel h2').waitFor();
  await input.fill('Hen');
  await page.keyboard.press('Escape');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Escape');
  assert.equal(await input.inputValue(), '');
  await context.close();
});

test('presentation mode scales type: at 1920×1080 map labels and chart text are 14 px or more', async () => {
  const { page, context } = await openAt({ width: 1920, height: 1080 }, '/#indikator=kinderarmut&gebiet=05382060');
  const labelSize = () =>
    page.evaluate(() => {
      // The label size expression (interpolated over zoom) at the zoom shown.
      const map = document.querySelector('sozial-atlas').mapInstance.map;
      const [, , , z0, s0, z1, s1] = map.getLayoutProperty('gemeinden-labels', 'text-size');
      const t = Math.min(1, Math.max(0, (map.getZoom() - z0) / (z1 - z0)));
      return s0 + t * (s1 - s0);
    });
  const chartText = () =>
    page.locator('atlas-chart').evaluate((chart) => {
      const svg = chart.renderRoot.querySelector('svg.chart');
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
  const before = await labelSize();
  await page.locator('sozial-atlas button[name=present]').click();
  await page.waitForFunction(() => document.querySelector('sozial-atlas').hasAttribute('presenting'));
  await page.waitForTimeout(300);
  await waitForIdle(page);
  const after = await labelSize();
  assert.ok(after >= 14 && after > before, `labels ${before} -> ${after} px`);
  await page.locator('atlas-chart').waitFor();
  assert.ok((await chartText()) >= 14, `chart text ${await chartText()} px`);
  const rendered = await page.evaluate(() =>
    document.querySelector('sozial-atlas').mapInstance.map.queryRenderedFeatures({ layers: ['gemeinden-labels'] }).map((f) => f.properties.name),
  );
  assert.ok(rendered.includes('Siegburg'), 'the selected area keeps its label');
  await page.locator('sozial-atlas button[name=present]').click();
  await page.waitForFunction(() => !document.querySelector('sozial-atlas').hasAttribute('presenting'));
  await context.close();
});

test('a data base that fails says where and why, offers a retry, and recovers when the data is back', async () => {
  const { page, context } = await openPage(stage.browser, { width: 1366, height: 768 });
  await page.goto(`${stage.origin}/?data-base=nonexistent/`);
  const failed = page.locator('[data-testid=load-failed]');
  await failed.waitFor();
  const text = await failed.innerText();
  assert.match(text, /konnten nicht geladen werden/);
  assert.match(text, /nonexistent\/indicators\/catalog\.json/);
  assert.doesNotMatch(text.split('Einzelheiten')[0], /Unexpected token|JSON/, 'a plain reason, not the parser message');
  // The data comes back (the server now answers under that address): the retry draws the map.
  await page.route('**/nonexistent/**', (route) => route.continue({ url: route.request().url().replace('/nonexistent/', '/data/') }));
  await page.locator('sozial-atlas button[name=retry]').click();
  await waitForChoropleth(page);
  assert.equal(await failed.count(), 0);
  assert.ok((await page.locator('atlas-legend li[data-class]').count()) >= 3);
  await context.close();
});

test('a deep link with unknown values shows what was corrected and the hash names the view shown', async () => {
  const { page, context } = await openAt({ width: 1366, height: 768 }, '/#indikator=gibtesnicht&jahr=1990&gebiet=05382999');
  const notice = page.locator('[data-testid=link-notice]');
  await notice.waitFor();
  const text = await notice.innerText();
  assert.match(text, /„gibtesnicht“ gibt es nicht/);
  assert.match(text, /Jahr „1990“ gibt es nicht – gezeigt wird \d{4}/);
  assert.match(text, /Gebiet „05382999“/);
  const hash = await page.evaluate(() => location.hash);
  assert.doesNotMatch(hash, /gibtesnicht|1990|05382999/);
  await context.close();
});

test('one difference unit in legend, table, card and comparison: Prozentpunkte for a rate per 100', async () => {
  const { page, context } = await openAt({ width: 1920, height: 1080 }, '/#indikator=kinderarmut&ansicht=abweichung&gebiet=05382060&vergleich=05382060_05382068&tabelle=1');
  await page.locator('atlas-table table').waitFor();
  await page.locator('atlas-compare table').waitFor();
  assert.match(await shadowText(page, 'atlas-legend'), /\(Prozentpunkte\)/);
  assert.match(await page.locator('atlas-table thead').innerText(), /Abweichung \(Prozentpunkte\)/);
  assert.match(await page.locator('atlas-panel [data-testid=panel-difference]').innerText(), /^[+−±][\d,]+ Prozentpunkte$/);
  assert.match(await page.locator('atlas-compare table').innerText(), /Abweichung vom Kreis\s*Prozentpunkte/);
  for (const text of [await shadowText(page, 'atlas-legend'), await page.locator('atlas-table').innerText(), await shadowText(page, 'atlas-panel')]) {
    assert.doesNotMatch(text, /[+−]\d+,\d %|je 100 unter 15 ggü/, 'no other unit for the same difference');
  }
  await context.close();
});

test('ranks and counts refer to the areas shown; sample figures cite no official source; drill-down only where values exist', async () => {
  const { page, context } = await openAt({ width: 1366, height: 768 }, '/#indikator=kinderarmut&ebene=sozialraeume&gemeinde=05382068&gebiet=05382068-001');
  await page.locator('atlas-panel h2').waitFor();
  assert.match(await page.locator('atlas-panel [data-testid=panel-rank]').innerText(), /^\d von \d Sozialräumen in Troisdorf$/);
  const legend = await shadowText(page, 'atlas-legend');
  assert.match(legend, /Anzahl: Sozialräume in Troisdorf/);
  const panel = await shadowText(page, 'atlas-panel');
  for (const text of [legend, panel]) assert.doesNotMatch(text, /INKAR|BBSR|amtlich\)/);
  assert.match(panel, /Beispieldaten \(erfunden\)/);
  await page.locator('sozial-atlas .maplibregl-ctrl-attrib-button').click();
  assert.match(await page.locator('sozial-atlas .maplibregl-ctrl-attrib-inner').innerText(), /Beispielgeometrie/);
  await context.close();

  // On the Gemeinde map the sample geometry is not credited; an indicator without Sozialraum values offers no drill-down.
  const second = await openAt({ width: 1366, height: 768 }, '/#indikator=dichte&gebiet=05382060');
  await second.page.locator('atlas-panel h2').waitFor();
  assert.doesNotMatch(await second.page.locator('sozial-atlas .maplibregl-ctrl-attrib-inner').innerText(), /Beispielgeometrie/);
  assert.equal(await second.page.locator('atlas-panel button[name=drill]').count(), 0);
  assert.match(await shadowText(second.page, 'atlas-panel'), /keine Werte der Sozialräume/);
  await second.context.close();
});

test('manual breaks are checked at the field and start afresh for the next indicator', async () => {
  const { page, context } = await openAt({ width: 1366, height: 768 }, '/#indikator=dichte&methode=manual&grenzen=300_600');
  await page.locator('atlas-controls summary').click();
  assert.match(await page.locator('atlas-controls [data-testid=breaks-hint]').innerText(), /Werte der Karte: [\d.]+ bis [\d.]+/);
  const field = page.locator('atlas-controls input[name=breaks]');
  await field.fill('abc; 10');
  await field.press('Enter');
  await field.blur();
  assert.match(await page.locator('atlas-controls [data-testid=breaks-error]').innerText(), /„abc“ ist keine Zahl/);
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.match(page.url(), /grenzen=300_600/, 'the map keeps the last valid breaks');
  await field.fill('100; 90000');
  await field.blur();
  assert.match(await page.locator('atlas-controls [data-testid=breaks-hint]').innerText(), /Außerhalb der Werte.*90\.000/);
  await chooseIndicator(page, 'frauenanteil');
  await page.waitForFunction(() => !location.hash.includes('grenzen='));
  assert.match(page.url(), /methode=quantile/);
  await context.close();
});

test('table and map are linked: a row hovered outlines its area, an area hovered marks its row; a Kreis row', async () => {
  const { page, context } = await openAt({ width: 1366, height: 768 }, '/#indikator=kinderarmut&tabelle=1');
  await page.locator('atlas-table table').waitFor();
  assert.match(await page.locator('atlas-table tfoot').innerText(), /Rhein-Sieg-Kreis/);
  await page.locator('atlas-table tbody tr[data-id="05382068"]').hover();
  assert.equal(await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.map.getFeatureState({ source: 'gemeinden', id: '05382068' }).hover), true);
  const point = await probeOrZoom(page, '05382060');
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(() =>
    document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-table').renderRoot.querySelector('tr.hovered')?.dataset.id === '05382060',
  );
  const tableBox = await box(page, 'atlas-table table');
  const paneBox = await box(page, 'sozial-atlas .table-pane');
  assert.ok(tableBox.width <= paneBox.width, 'all columns fit at 1366 px');
  await context.close();
});

test('keyboard on the map: German control labels, arrows pan with an announcement', async () => {
  const { page, context } = await openAt({ width: 1366, height: 768 }, '/#indikator=kinderarmut');
  assert.equal(await page.locator('sozial-atlas .maplibregl-ctrl-zoom-in').getAttribute('aria-label'), 'Vergrößern');
  assert.equal(await page.locator('sozial-atlas .maplibregl-ctrl-zoom-out').getAttribute('aria-label'), 'Verkleinern');
  assert.match(await page.locator('sozial-atlas .maplibregl-canvas').getAttribute('aria-label'), /^Karte/);
  await page.locator('sozial-atlas .maplibregl-canvas').focus();
  const before = await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.map.getCenter().lng);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => /Karte verschoben/.test(document.querySelector('sozial-atlas').renderRoot.querySelector('[data-testid=announcer]').textContent));
  const after = await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.map.getCenter().lng);
  assert.ok(after > before, 'the map moved east');
  await context.close();
});

test('removed and attached again, the atlas gets a new map and draws it', async () => {
  const { page, context, errors } = await openAt({ width: 1366, height: 768 }, '/#indikator=dichte');
  await page.evaluate(() => {
    const atlas = document.querySelector('sozial-atlas');
    const parent = atlas.parentElement;
    atlas.remove();
    parent.append(atlas);
  });
  await waitForChoropleth(page);
  assert.equal(await page.evaluate(() => document.querySelector('sozial-atlas').renderRoot.querySelectorAll('.maplibregl-canvas').length), 1);
  const point = await probeOrZoom(page, '05382060');
  await page.mouse.click(point.x, point.y);
  await page.locator('atlas-panel h2').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
