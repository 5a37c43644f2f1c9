// End-to-end: drill-down to the Sozialräume and the year slider, judged by canvas pixels,
// breadcrumb and legend text and the URL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlasStage, waitForChoropleth } from './harness.mjs';
import { probePoint, pixelAt, legendRows, expectedColour, hexToRgb, shadowText, waitForIdle, canvasGrid, clickAgainToDrill, sozialraumFigures } from './page-tools.mjs';

/** kinderarmut per Sozialraum and year, straight from the sample table. */
const sample = sozialraumFigures();

const stage = atlasStage({ reducedMotion: true });
async function open(path) {
  const session = await stage.open(path);
  await waitForIdle(session.page);
  return session;
}

const breadcrumb = (page) => page.locator('sozial-atlas nav[data-testid=breadcrumb]').innerText();
const zoom = (page) => page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.map.getZoom());

/** Sozialräume of a Gemeinde in view, each in the legend colour of its value in that year. */
async function assertSozialraumColours(page, gemeinde, year) {
  const rows = await legendRows(page);
  let checked = 0;
  for (const n of ['001', '002', '003']) {
    const id = `${gemeinde}-${n}`;
    const figure = sample.get(`${id}@${year}`);
    if (!figure || figure.value === null) continue;
    // One of the three may lie under the open card; two must be seen.
    const point = await probePoint(page, id, 'sozialraum').catch(() => null);
    if (!point) continue;
    assert.deepEqual(await pixelAt(page, point), hexToRgb(expectedColour(rows, figure.value)), `${figure.name} ${year}`);
    checked++;
  }
  assert.ok(checked >= 2, 'at least two Sozialräume checked');
}

test('drill-down by click: Kreis -> Siegburg -> its Sozialräume, and back by the breadcrumb', async () => {
  const { page, context, errors } = await open('/#indikator=kinderarmut');
  assert.equal(await breadcrumb(page), 'Rhein-Sieg-Kreis');
  const zoomBefore = await zoom(page);
  const point = await probePoint(page, '05382060');
  const gridBefore = await canvasGrid(page);

  await page.mouse.click(point.x, point.y);
  await page.locator('atlas-panel h2').waitFor();
  assert.match(await breadcrumb(page), /Rhein-Sieg-Kreis\s*›\s*Siegburg/);
  await clickAgainToDrill(page, '05382060');

  assert.match(page.url(), /ebene=sozialraeume/);
  assert.match(page.url(), /gemeinde=05382060/);
  assert.doesNotMatch(page.url(), /gebiet=/);
  assert.match(await breadcrumb(page), /^Rhein-Sieg-Kreis\s*›\s*Siegburg(, Stadt)?$/);
  assert.ok((await zoom(page)) > zoomBefore + 1, 'the map zoomed to Siegburg');
  await assertSozialraumColours(page, '05382060', 2022);
  const gridAfter = await canvasGrid(page);
  const changed = gridAfter.filter((rgb, i) => rgb !== gridBefore[i]).length;
  assert.ok(changed > gridAfter.length / 3, `the picture changed with the level (${changed} of ${gridAfter.length} grid points)`);
  // Sample geometry says so on the map and in the legend.
  assert.match(await page.locator('sozial-atlas [data-testid=map-sample-note]').innerText(), /Beispieldaten/);
  assert.match(await shadowText(page, 'atlas-legend'), /Beispieldaten/);

  // A Sozialraum clicked: the breadcrumb grows by one step, the URL holds it.
  const sub = await probePoint(page, '05382060-002', 'sozialraum');
  await page.mouse.click(sub.x, sub.y);
  await page.waitForFunction(() => location.hash.includes('gebiet=05382060-002'));
  assert.match(await breadcrumb(page), /Siegburg(, Stadt)?\s*›\s*Beispiel-Sozialraum 2 – Siegburg$/);
  assert.equal(await page.locator('atlas-panel h2').innerText(), 'Beispiel-Sozialraum 2 – Siegburg');

  // Back up to the Kreis.
  await page.locator('sozial-atlas nav button', { hasText: 'Rhein-Sieg-Kreis' }).click();
  await page.waitForFunction(() => !location.hash.includes('ebene='));
  await waitForIdle(page);
  assert.equal(await breadcrumb(page), 'Rhein-Sieg-Kreis');
  assert.ok(Math.abs((await zoom(page)) - zoomBefore) < 0.3, 'the whole Kreis is framed again');
  assert.deepEqual(errors, []);
  await context.close();
});

test('drill-down by keyboard, and a deep link to a Sozialraum restores level, zoom and panel', async () => {
  const { page, context } = await open('/#indikator=kinderarmut');
  await page.locator('atlas-search input').focus();
  await page.keyboard.type('Siegburg');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('gebiet=05382060'));
  const drill = page.locator('sozial-atlas button[name=drill]');
  await drill.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('ebene=sozialraeume') && location.hash.includes('gemeinde=05382060'));
  await waitForChoropleth(page);
  await waitForIdle(page);
  await assertSozialraumColours(page, '05382060', 2022);
  await context.close();

  const deep = await open('/#indikator=kinderarmut&gebiet=05382060-003');
  assert.match(deep.page.url(), /ebene=sozialraeume/);
  assert.match(deep.page.url(), /gemeinde=05382060/);
  assert.equal(await deep.page.locator('atlas-panel h2').innerText(), 'Beispiel-Sozialraum 3 – Siegburg');
  await assertSozialraumColours(deep.page, '05382060', 2022);
  await deep.context.close();
});

test('the year slider steps through the years: URL, legend and pixels follow', async () => {
  const { page, context } = await open('/#indikator=kinderarmut&ebene=sozialraeume&gemeinde=05382060');
  const slider = page.locator('atlas-time input[name=year]');
  assert.equal(await page.locator('atlas-time output').innerText(), '2022');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => location.hash.includes('jahr=2021'));
  await waitForChoropleth(page);
  assert.equal(await page.locator('atlas-time output').innerText(), '2021');
  assert.match(await shadowText(page, 'atlas-legend'), /2021/);
  await assertSozialraumColours(page, '05382060', 2021);

  await page.keyboard.press('Home');
  await page.waitForFunction(() => location.hash.includes('jahr=2018'));
  await waitForChoropleth(page);
  await assertSozialraumColours(page, '05382060', 2018);

  // The change map: 2022 against 2018, on a diverging scheme centred on 0.
  await page.keyboard.press('End');
  await page.waitForFunction(() => location.hash.includes('jahr=2022'));
  await page.locator('atlas-time select[name=display]').selectOption('change');
  await page.waitForFunction(() => location.hash.includes('ansicht=veraenderung'));
  await waitForChoropleth(page);
  assert.equal(await page.locator('atlas-time select[name=base-year]').inputValue(), '2018');
  const legend = await shadowText(page, 'atlas-legend');
  assert.match(legend, /Veränderung seit 2018/);
  const rows = await legendRows(page);
  const change = (id) => sample.get(`${id}@2022`).value - sample.get(`${id}@2018`).value;
  for (const id of ['05382060-001', '05382060-002']) {
    // One of the three may lie under the open card; two must be seen.
    const point = await probePoint(page, id, 'sozialraum').catch(() => null);
    if (!point) continue;
    assert.deepEqual(await pixelAt(page, point), hexToRgb(expectedColour(rows, Math.round(change(id) * 10) / 10)), `change in ${id}`);
  }
  assert.match(legend, /Prozentpunkte/);
  assert.ok((await legendRows(page)).some((r) => r.lower < 0 || r.upper <= 0) || /−/.test(legend), 'negative classes exist');
  await context.close();
});
