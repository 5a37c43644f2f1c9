// End-to-end: the atlas embedded in a district web page, as a web component and as an iframe,
// under the atlas' Content-Security-Policy. Judged by pixels, legend text and host-page events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlasStage, openPage, waitForChoropleth } from './harness.mjs';
import { openHostPage, recordCspViolations } from './host-page.mjs';
import { probePoint, pixelAt, legendRows, expectedColour, hexToRgb, shadowText, gemeindeFigures, searchArea, probeOrZoom } from './page-tools.mjs';

const stage = atlasStage();
const { figures } = gemeindeFigures();
const SAMPLE = ['05382060', '05382068', '05382004'];

/** A host page with `body`, its CSP violations and requests recorded, once the choropleth is drawn. */
async function host(body, css) {
  const session = await openPage(stage.browser);
  const violations = await recordCspViolations(session.page);
  await openHostPage(session.page, stage.origin, { body, css });
  // With an iframe, the atlas and its choropleth are in the frame.
  const frame = body.startsWith('<iframe') ? await (await session.page.waitForSelector('iframe')).contentFrame() : session.page;
  await waitForChoropleth(frame);
  return { ...session, frame, violations };
}

async function assertColours(page, indicator) {
  const rows = await legendRows(page);
  for (const ags of SAMPLE) {
    const point = await probeOrZoom(page, ags);
    assert.deepEqual(await pixelAt(page, point), hexToRgb(expectedColour(rows, figures[ags][indicator])), `${figures[ags].name} (${indicator})`);
  }
  return rows;
}

function assertClean(session) {
  assert.deepEqual(session.errors, [], 'no errors in the console');
  assert.deepEqual(session.requests.filter((url) => !url.startsWith(stage.origin)), [], 'no request leaves the origin');
}

test('the web component on a host page: attributes set the view, the host hears area-select and view-change', async () => {
  const session = await host(
    '<main><h1>Sozialplanung</h1><p>Die Karte zeigt die Städte und Gemeinden.</p>' +
      '<sozial-atlas indicator="dichte" classification="equal" classes="4" controls="minimal" height="560"></sozial-atlas></main>',
  );
  const { page } = session;
  const atlas = page.locator('sozial-atlas');
  assert.equal((await atlas.boundingBox()).height, 560, 'height attribute');
  const rows = await assertColours(page, 'dichte');
  assert.equal(rows.length, 4, 'classes="4"');
  const widths = rows.map((r) => r.upper - r.lower);
  assert.ok(Math.max(...widths) - Math.min(...widths) <= 2, `classification="equal" gives equal intervals: ${widths}`);
  // controls="minimal": the indicator picker, no workbench.
  assert.equal(await page.locator('sozial-atlas atlas-indicator-picker button[name=indicator]').count(), 1);
  assert.equal(await page.locator('sozial-atlas select[name=method]').count(), 0);
  assert.equal(await page.locator('sozial-atlas button[name=print]').count(), 0);

  await page.evaluate(() => {
    window.__heard = [];
    const atlas = document.querySelector('sozial-atlas');
    for (const type of ['area-select', 'view-change']) document.addEventListener(type, (e) => window.__heard.push({ type, target: e.target.localName, detail: e.detail }));
    atlas.addEventListener('state-change', () => window.__heard.push({ type: 'leaked state-change' }));
  });
  await searchArea(page, 'Troisdorf');
  await page.waitForFunction(() => window.__heard.some((e) => e.type === 'area-select'));
  const heard = await page.evaluate(() => window.__heard);
  const select = heard.find((e) => e.type === 'area-select');
  assert.deepEqual(select, { type: 'area-select', target: 'sozial-atlas', detail: { id: '05382068', name: 'Troisdorf', level: 'gemeinde', parent: '05382' } });
  assert.match(heard.find((e) => e.type === 'view-change').detail.hash, /gebiet=05382068/);
  assert.ok(!heard.some((e) => e.type.startsWith('leaked')), 'inner events stay inside');
  assert.equal(await page.evaluate(() => location.hash), '', 'without url-state the host page URL is left alone');

  // The host page changes an attribute: the view follows, the selection stays.
  await page.evaluate(() => document.querySelector('sozial-atlas').setAttribute('indicator', 'frauenanteil'));
  await page.waitForFunction(() => document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-legend')?.shadowRoot.textContent.includes('Anteil Frauen'));
  await waitForChoropleth(page);
  await assertColours(page, 'frauenanteil');
  assert.equal(await page.locator('atlas-panel h2').innerText(), 'Troisdorf');

  assert.deepEqual(await session.violations(), [], 'no CSP violation');
  assertClean(session);
  await session.context.close();
});

test('a hostile host page (global reset, * { display: block }) does not break it', async () => {
  const hostile = `
    * { display: block !important; box-sizing: content-box !important; margin: 0.5em; padding: 0.5em; border: 3px solid lime;
        font: italic 700 28px/3 serif; color: #f0f; background: #ff0; text-align: right; letter-spacing: 0.2em;
        text-transform: uppercase; white-space: nowrap; visibility: visible; cursor: crosshair; }
    p, li, ol, span, canvas, select, button { width: 50px; height: 10px; overflow: hidden; display: none !important; }`;
  const session = await host('<div class="content"><sozial-atlas indicator="dichte" height="640"></sozial-atlas></div>', hostile);
  const { page } = session;
  const box = await page.locator('sozial-atlas').boundingBox();
  assert.ok(box.height >= 640 && box.width > 600, `the atlas keeps its size: ${box.width} x ${box.height}`);
  const rows = await assertColours(page, 'dichte');
  assert.equal(rows.length, 5);
  const look = await page.evaluate(() => {
    const legend = document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-legend').shadowRoot;
    const style = getComputedStyle(legend.querySelector('.range'));
    const swatch = legend.querySelector('.swatch').getBoundingClientRect();
    return { fontStyle: style.fontStyle, transform: style.textTransform, family: style.fontFamily, size: style.fontSize, swatch: [swatch.width, swatch.height] };
  });
  assert.equal(look.fontStyle, 'normal');
  assert.equal(look.transform, 'none');
  assert.doesNotMatch(look.family, /^serif$/);
  assert.ok(parseFloat(look.size) < 20, `legend text keeps its size: ${look.size}`);
  assert.ok(look.swatch[0] > 15 && look.swatch[1] > 10, `swatches are drawn: ${look.swatch}`);
  assert.deepEqual(await session.violations(), []);
  assertClean(session);
  await session.context.close();
});

test('embed.html in an iframe takes the same options as URL parameters', async () => {
  const session = await host(
    '<iframe src="../embed.html?indicator=kinderarmut&amp;level=sozialraum&amp;area=05382060&amp;controls=none&amp;year=2020" title="Sozialatlas: Kinderarmut in Siegburg" width="900" height="640"></iframe>',
  );
  const { frame } = session;
  const summary = await frame.locator('[data-testid=map-summary]').innerText();
  assert.match(summary, /^Kinderarmut.* 2020, Sozialräume von Siegburg\. Höchster Wert: .*Siegburg, /);
  assert.match(await shadowText(frame, 'atlas-legend'), /2020/);
  assert.equal(await frame.locator('sozial-atlas atlas-indicator-picker').count(), 0, 'controls=none');
  assert.match(frame.url(), /#indikator=kinderarmut&ebene=sozialraeume&gemeinde=05382060&jahr=2020/);
  assert.deepEqual(await session.violations(frame), [], 'no CSP violation in the frame');
  assertClean(session);
  await session.context.close();
});

test('"Link / Einbetten" gives a link, an iframe and a web component that show the same view', async () => {
  const view = '/#indikator=kinderarmut&gebiet=05382068&klassen=4&methode=equal&tabelle=1';
  const app = await stage.open(view);
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stage.origin });
  await app.page.locator('sozial-atlas button[name=share]').click();
  const dialog = app.page.locator('atlas-share-dialog dialog');
  await dialog.waitFor({ state: 'visible' });
  const text = (name) => app.page.locator(`atlas-share-dialog textarea[name=${name}]`).inputValue();
  const [link, iframe, component] = [await text('link'), await text('iframe'), await text('component')];
  const hash = await app.page.evaluate(() => location.hash);
  assert.equal(link, `${stage.origin}/index.html${hash}`);
  await app.page.locator('atlas-share-dialog button[name=copy-link]').click();
  await app.page.locator('[data-testid=share-status]').filter({ hasText: 'kopiert' }).waitFor();
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), link);
  const announced = await app.page.locator('[data-testid=announcer]').textContent();
  const legend = await shadowText(app.page, 'atlas-legend');
  assert.match(announced, /^Troisdorf ausgewählt: .*Klasse \d von 4/);

  // The iframe snippet, pasted into a page, shows the same view.
  const framed = await host(iframe);
  const { frame } = framed;
  assert.equal(new URL(frame.url()).hash, hash);
  assert.equal(await frame.locator('[data-testid=announcer]').textContent(), announced);
  await framed.context.close();

  // So does the web-component snippet.
  assert.match(component, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed\/sozial-atlas\.js"><\/script>\n<sozial-atlas /);
  const hosted = await host(component);
  assert.equal(await hosted.page.locator('[data-testid=announcer]').textContent(), announced);
  assert.equal(await shadowText(hosted.page, 'atlas-legend'), legend);
  assert.equal(await hosted.page.locator('atlas-table').count(), 1, 'table="1" opens the table');
  assertClean(hosted);
  await hosted.context.close();
  await app.context.close();
});

test('the share dialog builds the snippets from the chosen size, controls and start, and previews exactly that', async () => {
  const app = await stage.open('/#indikator=kinderarmut&gebiet=05382068&klassen=4');
  await app.page.locator('sozial-atlas button[name=share]').click();
  const dialog = app.page.locator('atlas-share-dialog dialog');
  await dialog.waitFor({ state: 'visible' });
  const share = (sel) => app.page.locator(`atlas-share-dialog ${sel}`);
  await share('input[name=width-kind][value=fixed]').check();
  await share('input[name=width]').fill('420');
  await share('input[name=width]').press('Tab');
  await share('input[name=height]').fill('5000');
  await share('input[name=height]').press('Tab');
  await share('select[name=controls]').selectOption('none');
  await share('select[name=start]').selectOption('overview');
  const iframe = await share('textarea[name=iframe]').inputValue();
  const component = await share('textarea[name=component]').inputValue();
  const src = iframe.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.match(iframe, / width="420" height="1600" /, 'a height over the range is cut to its maximum');
  assert.deepEqual([...new URL(src).searchParams], [['indicator', 'kinderarmut'], ['controls', 'none']], 'the overview: the indicator only');
  assert.match(component, /<sozial-atlas indicator="kinderarmut" controls="none" height="1600px"><\/sozial-atlas>/);
  assert.equal(await share('textarea[name=link]').inputValue(), `${stage.origin}/index.html#indikator=kinderarmut`);

  // The preview is that embed at that size: the same address, 420 × 1600 CSS px before it is scaled to fit.
  const preview = share('iframe[name=preview]');
  assert.equal(await preview.getAttribute('src'), src);
  const box = await preview.evaluate((f) => ({ w: f.offsetWidth, h: f.offsetHeight, k: new DOMMatrix(getComputedStyle(f).transform).a }));
  assert.deepEqual([box.w, box.h], [420, 1600]);
  assert.ok(box.k > 0.2 && box.k < 0.5, `scaled to fit the dialog: ${box.k}`);
  assert.equal(await share('[data-testid=preview-note]').innerText(), `So sieht die Einbettung in 420 × 1600 Pixeln aus, hier auf ${Math.round(box.k * 100)} % verkleinert.`);
  const frame = await (await preview.elementHandle()).contentFrame();
  await waitForChoropleth(frame);
  assert.equal(await frame.locator('atlas-toolbar').count(), 0, 'controls="none": no toolbar in the preview');

  // Copying is confirmed in the status line, which a screen reader announces.
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stage.origin });
  await share('button[name=copy-iframe]').click();
  await app.page.locator('[data-testid=share-status]').filter({ hasText: 'kopiert' }).waitFor();
  assert.equal(await app.page.evaluate(() => navigator.clipboard.readText()), iframe);
  await app.page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  // Closed, the preview goes: it would load an embed in the background on every change of view.
  await share('iframe[name=preview]').waitFor({ state: 'detached', timeout: 2000 });
  assertClean(app);
  await app.context.close();
});

test('under its Content-Security-Policy the whole atlas works: no violation, no foreign request, no cookie', async () => {
  const page1 = await (await fetch(`${stage.origin}/`)).text();
  const page2 = await (await fetch(`${stage.origin}/embed.html`)).text();
  for (const html of [page1, page2]) {
    assert.match(html.replaceAll('&#39;', "'"), /<meta http-equiv="Content-Security-Policy" content="default-src 'self';[^"]*">/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle="|\son\w+="/, 'no inline script, style or handler');
  }
  const session = await openPage(stage.browser);
  const { page, context } = session;
  const violations = await recordCspViolations(page);
  const response = await page.goto(`${stage.origin}/#indikator=kinderarmut`);
  assert.match(response.headers()['content-security-policy'], /^default-src 'self'/);
  await waitForChoropleth(page);

  // A tour through everything that loads code or data later: panel and chart, table,
  // comparison, share dialog, PDF and PNG export, own data.
  await searchArea(page, 'Troisdorf');
  await page.locator('atlas-chart').waitFor();
  await page.locator('sozial-atlas button[name=pin]').click();
  await page.locator('sozial-atlas button[name=table]').click();
  await page.locator('atlas-table table').waitFor();
  await page.locator('sozial-atlas button[name=share]').click();
  await page.locator('atlas-share-dialog button', { hasText: 'Schließen' }).click();
  for (const format of ['pdf', 'png']) {
    await page.locator('sozial-atlas button[name=print]').click();
    await page.locator('atlas-print-dialog select[name=format]').selectOption(format);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('atlas-print-dialog button[type=submit]').click()]);
    assert.match(download.suggestedFilename(), new RegExp(`\\.${format}$`));
  }
  await page.evaluate(() => {
    const rows = ['ags;quote_test', '05382068;12,5', '05382060;7,5'];
    const transfer = new DataTransfer();
    transfer.items.add(new File([rows.join('\n')], 'test.csv', { type: 'text/csv' }));
    const target = document.querySelector('sozial-atlas').renderRoot.querySelector('.layout');
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await page.waitForFunction(() => location.hash.includes('indikator=eigen-'));
  await waitForChoropleth(page);

  assert.deepEqual(await violations(), []);
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => document.cookie), '');
  assert.ok(session.requests.length > 10, `the tour made requests: ${session.requests.length}`);
  assertClean(session);
  await context.close();
});
