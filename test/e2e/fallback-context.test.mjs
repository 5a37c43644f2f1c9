// End-to-end with WebGL: the 2D map's first frame handed over to MapLibre, and a WebGL context
// lost while the atlas is open (forced with WEBGL_lose_context). Given back, MapLibre draws the
// same plan again; not given back, the 2D map takes over for the session with its German notice.
// Judged by pixels against the legend.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlasStage, openPage, waitForChoropleth } from './harness.mjs';
import { probePoint, pixelAt, legendRows, expectedColour, hexToRgb, gemeindeFigures, waitForIdle } from './page-tools.mjs';

const { figures } = gemeindeFigures();
const stage = atlasStage({ reducedMotion: true });
const kind = (page) => page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.kind);

async function assertColours(page) {
  await waitForIdle(page);
  const rows = await legendRows(page);
  for (const ags of ['05382060', '05382068', '05382020']) {
    const point = await probePoint(page, ags);
    assert.deepEqual(await pixelAt(page, point), hexToRgb(expectedColour(rows, figures[ags].dichte)), figures[ags].name);
  }
}

/** Loses the map's WebGL context; with `restoreAfter` (ms) gives it back. */
const loseContext = (page, restoreAfter) =>
  page.evaluate((restoreAfter) => {
    const canvas = document.querySelector('sozial-atlas').mapInstance.map.getCanvas();
    const ext = canvas.getContext('webgl2').getExtension('WEBGL_lose_context');
    ext.loseContext();
    if (restoreAfter !== null) setTimeout(() => ext.restoreContext(), restoreAfter);
  }, restoreAfter);

test('a lost WebGL context that comes back is drawn again with the same colours', async () => {
  const { page, context } = await stage.open('/#indikator=dichte&klassen=5&methode=quantile');
  assert.equal(await kind(page), 'webgl');
  const rendered = page.evaluate(() => new Promise((resolve) => document.querySelector('sozial-atlas').addEventListener('atlas-rendered', resolve, { once: true })));
  await loseContext(page, 300);
  await rendered;
  assert.equal(await kind(page), 'webgl', 'still MapLibre');
  await assertColours(page);
  assert.equal(await page.locator('sozial-atlas [data-testid=map-notice]').count(), 0);
  await context.close();
});

test('a lost WebGL context that does not come back hands over to the 2D map, with its notice', async () => {
  const { page, context } = await stage.open('/#indikator=dichte&klassen=5&methode=quantile&gebiet=05382068');
  await loseContext(page, null);
  await page.waitForFunction(() => document.querySelector('sozial-atlas').mapInstance?.kind === 'canvas', null, { timeout: 10000 });
  const notice = page.locator('sozial-atlas [data-testid=map-notice]');
  await notice.waitFor();
  assert.equal(await notice.innerText(), 'Vereinfachte Kartendarstellung');
  assert.equal(await page.locator('sozial-atlas .maplibregl-canvas').count(), 0, 'the dead WebGL canvas is gone');
  await assertColours(page);
  // The view it had is kept: the selected area's card is still open.
  assert.equal(await page.locator('atlas-panel h2').innerText(), 'Troisdorf');
  await context.close();
});

test('with WebGL the 2D map draws the first frame, and MapLibre takes over and leaves one map', async () => {
  const session = await openPage(stage.browser);
  const { page, context, errors } = session;
  // Before the page's scripts: note when the 2D canvas and when MapLibre first appear.
  await page.addInitScript(() => {
    window.__seen = {};
    const look = () => {
      const atlas = document.querySelector('sozial-atlas');
      if (atlas?.renderRoot?.querySelector('canvas.atlas-canvas')) window.__seen.canvas2d ??= performance.now();
      if (atlas?.mapInstance?.kind === 'webgl') window.__seen.webgl ??= performance.now();
      if (!window.__seen.webgl) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${stage.origin}/#indikator=dichte&klassen=5&methode=quantile`);
  await waitForChoropleth(page);
  const seen = await page.evaluate(() => window.__seen);
  assert.ok(seen.canvas2d < seen.webgl, `the 2D map came first (${Math.round(seen.canvas2d)} ms, MapLibre ${Math.round(seen.webgl)} ms)`);
  await page.waitForFunction(() => !document.querySelector('sozial-atlas').renderRoot.querySelector('canvas.atlas-canvas'));
  assert.equal(await page.locator('sozial-atlas .maplibregl-ctrl-zoom-in').count(), 1, 'one set of controls');
  assert.equal(await page.locator('sozial-atlas [data-testid=map-notice]').count(), 0, 'no notice where WebGL works');
  await assertColours(page);
  assert.deepEqual(errors, []);
  await context.close();
});
