// End-to-end: own Sozialräume dropped onto the atlas get population and the grid's shares,
// estimated from the Zensus 2011 1 km cells, on the map with a legend that says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { atlasStage, waitForChoropleth } from './harness.mjs';
import { shadowText, waitForIdle } from './page-tools.mjs';

const stage = atlasStage({ reducedMotion: true });

test('own Sozialräume get estimates from the Zensus 2011 grid, marked as such in the legend', async () => {
  const { page, context, requests } = await stage.open('/#indikator=kinderarmut');
  const input = page.locator('atlas-import input[type=file]');
  await input.setInputFiles([{ name: 'sozialraeume-siegburg.geojson', mimeType: 'application/geo+json', buffer: readFileSync('test/fixtures/good/sozialraeume-siegburg.geojson') }]);
  await page.waitForFunction(() => document.querySelector('sozial-atlas').model?.data.catalog.indicators.some((i) => i.id === 'geschaetzt-einwohner'), null, { timeout: 30000 });
  const estimates = await page.evaluate(() => {
    const { data } = document.querySelector('sozial-atlas').model;
    const cells = data.series.get('geschaetzt-einwohner').cells.get(2011);
    return data.boundaries.sozialraeume.features.map((f) => ({ id: f.properties.id, cell: cells.get(f.properties.id) }));
  });
  assert.ok(estimates.length >= 2, 'every own Sozialraum estimated');
  for (const { id, cell } of estimates) assert.ok(cell.kind === 'value' && cell.value > 0, `${id}: ${JSON.stringify(cell)}`);

  await page.evaluate(() => (location.hash = '#indikator=geschaetzt-unter-18&ebene=sozialraeume&gemeinde=05382060'));
  await page.waitForFunction(() => document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-legend')?.shadowRoot.textContent.includes('geschätzt aus dem Zensus-2011-Gitter'));
  await waitForChoropleth(page);
  await waitForIdle(page);
  const legend = await shadowText(page, 'atlas-legend');
  assert.match(legend, /geschätzt aus dem Zensus-2011-Gitter/);
  assert.doesNotMatch(legend, /Beispieldaten/, 'own areas with estimated figures are no sample data');
  assert.deepEqual(requests.filter((url) => !url.startsWith(stage.origin) && !/^(data|blob):/.test(url)), []);
  await context.close();
});
