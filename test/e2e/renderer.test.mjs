// Which map draws: on this machine's software WebGL (SwiftShader) the atlas chooses its 2D map by
// itself, as it would on a virtual desktop, and says so; MapLibre is never loaded. A page
// (attribute or URL option `renderer`) or a person's stored choice can ask for either map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlasStage } from './harness.mjs';
import { probePoint, pixelAt, legendRows, expectedColour, hexToRgb, gemeindeFigures, sozialraumFigures, waitForIdle } from './page-tools.mjs';

const { figures } = gemeindeFigures();
const stage = atlasStage({ reducedMotion: true });
const kind = (page) => page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.kind);
const loadedMaplibre = (requests) => requests.some((url) => /\/assets\/atlas-map-[^/]*\.js$/.test(url));

test('on software WebGL the atlas draws its 2D map by itself, says so, and never loads MapLibre', async () => {
  const { page, context, requests, errors } = await stage.open('/#indikator=dichte&klassen=5&methode=quantile', { renderer: null });
  assert.equal(await kind(page), 'canvas');
  const notice = page.locator('sozial-atlas [data-testid=map-notice]');
  assert.equal(await notice.innerText(), 'Vereinfachte Kartendarstellung');
  assert.ok(await notice.isVisible());
  assert.equal(await page.locator('sozial-atlas .maplibregl-canvas').count(), 0);
  // What a person sees: each Gemeinde in its legend class's colour.
  const rows = await legendRows(page);
  for (const ags of ['05382060', '05382068', '05382036', '05382004']) {
    const point = await probePoint(page, ags);
    assert.deepEqual(await pixelAt(page, point), hexToRgb(expectedColour(rows, figures[ags].dichte)), `${figures[ags].name} at ${point.x},${point.y}`);
  }
  // Still so once the page has been idle for a while: no MapLibre chunk was fetched.
  await waitForIdle(page);
  await page.waitForTimeout(1500);
  assert.equal(await kind(page), 'canvas');
  assert.equal(loadedMaplibre(requests), false, requests.filter((u) => /atlas-map/.test(u)).join(', '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page can ask for the WebGL map (URL option renderer=webgl), and it draws the legend colours', async () => {
  const { page, context, requests, errors } = await stage.open('/?renderer=webgl#indikator=dichte&klassen=5&methode=quantile', { renderer: null });
  assert.equal(await kind(page), 'webgl');
  assert.ok(loadedMaplibre(requests));
  assert.equal(await page.locator('sozial-atlas [data-testid=map-notice]').count(), 0);
  const rows = await legendRows(page);
  const point = await probePoint(page, '05382060');
  assert.deepEqual(await pixelAt(page, point), hexToRgb(expectedColour(rows, figures['05382060'].dichte)));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page’s renderer option wins over a stored choice; the stored choice over the automatic one', async () => {
  // The harness stores 'webgl' as a person's choice would be stored.
  const asked = await stage.open('/?renderer=canvas#indikator=dichte');
  assert.equal(await kind(asked.page), 'canvas');
  assert.equal(await asked.page.locator('sozial-atlas [data-testid=map-notice]').innerText(), 'Vereinfachte Kartendarstellung');
  await asked.context.close();
  const stored = await stage.open('/#indikator=dichte');
  assert.equal(await kind(stored.page), 'webgl');
  await stored.context.close();
});

test('the 2D map draws a new year in the task of the key press: its colours are on the canvas when the page hears of it', async () => {
  const sample = sozialraumFigures();
  const { page, context, errors } = await stage.open('/?renderer=canvas#indikator=kinderarmut&ebene=sozialraeume&gemeinde=05382060&jahr=2022');
  await waitForIdle(page);
  const ids = ['05382060-001', '05382060-002', '05382060-003'].filter((id) => sample.get(`${id}@2021`)?.value != null);
  const points = [];
  for (const id of ids) points.push({ id, ...(await probePoint(page, id, 'sozialraum')) });
  assert.ok(points.length >= 2, 'two Sozialräume with a 2021 figure to look at');
  await page.evaluate((points) => {
    const atlas = document.querySelector('sozial-atlas');
    const canvas = atlas.mapInstance.map.getCanvas();
    // True from the start of the key press's task (a capture listener on window runs before the
    // slider's own) until the next animation frame or task: the draw must wait for neither.
    let inTask = false;
    addEventListener(
      'keydown',
      () => {
        inTask = true;
        requestAnimationFrame(() => (inTask = false));
        setTimeout(() => (inTask = false), 0);
      },
      { capture: true, once: true },
    );
    window.__seen = new Promise((resolve) => {
      const on = (e) => {
        if (e.detail.year !== 2021) return;
        atlas.removeEventListener('atlas-rendered', on);
        // Read in the handler itself, before any later frame could draw again.
        const rect = canvas.getBoundingClientRect();
        const ctx = canvas.getContext('2d');
        const scale = canvas.width / rect.width;
        resolve({
          inTask,
          pixels: points.map(({ x, y }) => [...ctx.getImageData(Math.round((x - rect.left) * scale), Math.round((y - rect.top) * scale), 1, 1).data.slice(0, 3)]),
        });
      };
      atlas.addEventListener('atlas-rendered', on);
    });
  }, points);
  await page.locator('atlas-time input[name=year]').focus();
  await page.keyboard.press('ArrowLeft');
  const seen = await page.evaluate(() => window.__seen);
  assert.equal(seen.inTask, true, 'drawn in the task of the key press, not an animation frame later');
  assert.equal(await page.locator('atlas-time output').innerText(), '2021');
  const rows = await legendRows(page);
  points.forEach(({ id }, i) => {
    const figure = sample.get(`${id}@2021`);
    assert.deepEqual(seen.pixels[i], hexToRgb(expectedColour(rows, figure.value)), `${figure.name} 2021`);
  });
  // The same picture once the page is idle: nothing drawn after it changed what it showed.
  await waitForIdle(page);
  for (const [i, point] of points.entries()) assert.deepEqual(await pixelAt(page, point), seen.pixels[i]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a highlight fades the other areas to the same colour on both screen maps, ±2 per channel', async () => {
  const rgbOf = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const close = (a, b) => a.every((v, i) => Math.abs(v - b[i]) <= 2);
  const seen = {};
  for (const renderer of ['webgl', 'canvas']) {
    const { page, context, errors } = await stage.open('/#indikator=dichte&klassen=5&methode=quantile', { renderer });
    assert.equal(await kind(page), renderer);
    const points = { kept: await probePoint(page, '05382068'), faded: await probePoint(page, '05382060') };
    // As the scatterplot's brushed rectangle does: Sankt Augustin in, Siegburg (and the rest) out.
    await page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.highlight(['05382068']));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await waitForIdle(page);
    const fills = await page.evaluate(() => ['05382068', '05382060'].map((id) => document.querySelector('sozial-atlas').model.plan.fill(id)));
    seen[renderer] = { kept: await pixelAt(page, points.kept), faded: await pixelAt(page, points.faded), fills: fills.map(rgbOf) };
    assert.deepEqual(errors, []);
    await context.close();
  }
  const { webgl, canvas } = seen;
  assert.ok(close(webgl.kept, webgl.fills[0]), `highlighted area in its class colour ${webgl.fills[0]}, seen ${webgl.kept}`);
  assert.ok(!close(webgl.faded, webgl.fills[1]) && webgl.faded.every((v, i) => v >= webgl.fills[1][i] - 2), `the other area paler than ${webgl.fills[1]}, seen ${webgl.faded}`);
  assert.ok(close(canvas.kept, webgl.kept), `highlighted area: 2D map ${canvas.kept}, WebGL ${webgl.kept}`);
  assert.ok(close(canvas.faded, webgl.faded), `faded area: 2D map ${canvas.faded}, WebGL ${webgl.faded}`);
});
