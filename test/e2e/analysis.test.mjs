// End-to-end: the analysis views as a planner uses them (issue 14). Dots where their values put
// them, r as the unit test computes it, bivariate colours equal to their legend cells on the
// canvas, the ranking in the order of the values, the profile's figures equal to the card's, the
// Sozialindex of Troisdorf as computed by hand in the unit test, deep links that survive a
// reload, and no axe violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlasStage, openPage, waitForChoropleth } from './harness.mjs';
import { probePoint, pixelAt, hexToRgb, waitForIdle, shadowText, germanNumber } from './page-tools.mjs';
import { axeViolations } from './axe.mjs';

const stage = atlasStage({ reducedMotion: true });
// The figures the unit tests (test/unit/analysis-state.test.ts) compute from the data by hand.
const SCATTER_R = '−0,54';
const TROISDORF_INDEX = '1,30';
const RECIPE = 'z_kinderarmut*2*hoch_einkuenfte-je-steuerpflichtigen*1*niedrig';
const SCATTER = '#indikator=kinderarmut&streuung=elb-alleinerziehend';

/** '#rrggbb' or 'rgb(r, g, b)' as [r, g, b]. */
const rgbOf = (css) => (css.startsWith('#') ? [1, 3, 5].map((i) => parseInt(css.slice(i, i + 2), 16)) : hexToRgb(css));

async function open(hash, size) {
  const session = size ? await openSized(hash, size) : await stage.open(`/${hash}`);
  await session.page.locator('atlas-analysis').waitFor();
  await waitForIdle(session.page);
  return session;
}

async function openSized(hash, { width, height }) {
  const session = await openPage(stage.browser, { width, height });
  await session.page.emulateMedia({ reducedMotion: 'reduce' });
  await session.page.goto(`${stage.origin}/${hash}`);
  await waitForChoropleth(session.page);
  return session;
}

/** The scatterplot's dots as drawn: id, its two values (x the map's, y the plot's second indicator), SVG centre. */
const dots = (page) =>
  page.locator('atlas-scatter').evaluate((scatter) => {
    const { plan, data } = document.querySelector('sozial-atlas').model;
    // y straight from the loaded table of the second indicator, in the year the plot names
    const ys = data.series.get(scatter.y.indicator.id).cells.get(scatter.y.year ?? 0);
    return [...scatter.renderRoot.querySelectorAll('circle[data-id]')].map((c) => ({
      id: c.dataset.id,
      x: plan.cells.get(c.dataset.id).value,
      y: ys.get(c.dataset.id).value,
      cx: Number(c.getAttribute('cx')),
      cy: Number(c.getAttribute('cy')),
      fill: c.getAttribute('fill'),
    }));
  });

test('scatterplot: every dot where its two values put it, coloured by its map class, r as computed by hand', async () => {
  const { page, context, errors } = await open(SCATTER);
  await page.getByRole('heading', { name: 'Streudiagramm' }).waitFor();
  assert.equal(await page.locator('atlas-scatter svg[aria-label="Streudiagramm"]').count(), 1);
  const drawn = await dots(page);
  assert.equal(drawn.length, 19, 'one dot per Gemeinde');
  // the values are the map's, and the positions a linear function of them (one scale per axis)
  const model = await page.evaluate(() => {
    const { plan } = document.querySelector('sozial-atlas').model;
    return Object.fromEntries(plan.shown.map((a) => [a.id, { value: plan.cells.get(a.id).value, fill: plan.fill(a.id) }]));
  });
  const [a, b] = [drawn[0], drawn.at(-1)];
  const sx = (b.cx - a.cx) / (b.x - a.x);
  const sy = (b.cy - a.cy) / (b.y - a.y);
  assert.ok(sx > 0 && sy < 0, 'x grows to the right, y upwards');
  for (const d of drawn) {
    assert.equal(d.fill, model[d.id].fill, `${d.id}: the dot has its map fill`);
    assert.ok(Math.abs(a.cx + (d.x - a.x) * sx - d.cx) < 0.01, `${d.id} at cx ${d.cx}`);
  }
  const ys = drawn.map((d) => d.cy - a.cy - (d.y - a.y) * sy);
  assert.ok(Math.max(...ys.map(Math.abs)) < 0.01, 'every dot on the y scale');
  const summary = await page.locator('[data-testid="scatter-summary"]').innerText();
  assert.match(summary, new RegExp(`^r = ${SCATTER_R}: starker negativer Zusammenhang`));
  assert.equal(await page.locator('[data-testid="kreis-x"]').count(), 1, 'a Kreis line across x');
  assert.equal(await page.locator('[data-testid="kreis-y"]').count(), 1, 'a Kreis line across y');
  assert.equal(await page.locator('[data-testid="fit"]').count(), 1, 'the regression line');
  // The data table beside the plot: its rows are written when it is opened, one per dot, with the dot's values.
  const table = page.locator('atlas-scatter details');
  await table.locator('summary').click();
  await table.locator('tbody tr').nth(drawn.length - 1).waitFor();
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.cells].map((c) => c.innerText)));
  assert.equal(rows.length, drawn.length);
  const troisdorfRow = rows.find(([name]) => name === 'Troisdorf');
  const troisdorfDot = drawn.find((d) => d.id === '05382068');
  const decimals = (troisdorfRow[1].split(',')[1] ?? '').length;
  const shownX = germanNumber(troisdorfRow[1]);
  assert.ok(Math.abs(shownX - troisdorfDot.x) <= 0.5 * 10 ** -decimals + 1e-9, `Troisdorf's x ${troisdorfRow[1]} in the table, ${troisdorfDot.x} on the plot`);
  await table.locator('summary').click();
  // axis text at least 12 px, in presentation at least 14 px (drawn at 1 SVG unit = 1 CSS px)
  const textPx = () => page.locator('atlas-scatter svg text').evaluateAll((ts) => Math.min(...ts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width))));
  assert.ok((await textPx()) >= 12, `axis text ${await textPx()} px`);
  await page.locator('atlas-toolbar button[name=present]').click();
  await page.waitForFunction(() => document.querySelector('sozial-atlas').hasAttribute('presenting'));
  await page.waitForTimeout(300);
  assert.ok((await textPx()) >= 14, `axis text in presentation ${await textPx()} px`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('scatterplot and map linked: hover, keyboard, choose, and a brushed rectangle fades the others on the map', async () => {
  const { page, context, errors } = await open(SCATTER);
  const troisdorf = page.locator('atlas-scatter circle[data-id="05382068"]');
  await troisdorf.hover();
  await page.waitForFunction(() => document.querySelector('sozial-atlas').mapInstance.hovered === '05382068');
  // and back: the area under the pointer on the map is marked among the dots
  await page.locator('atlas-scatter h2').hover();
  await page.waitForFunction(() => document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-analysis').hovered === null);
  const onMap = await probePoint(page, '05382068', 'gemeinde', { labels: false });
  await page.mouse.move(onMap.x, onMap.y);
  await page.locator('atlas-scatter circle.hovered[data-id="05382068"]').waitFor();
  // keyboard: one tab stop, arrows move, Enter chooses
  const first = page.locator('atlas-scatter circle[tabindex="0"]');
  assert.equal(await first.count(), 1, 'one dot holds the tab stop');
  await first.focus();
  await page.keyboard.press('ArrowRight');
  const focused = await page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.dataset?.id;
  });
  assert.ok(focused, 'the next dot has the focus');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => location.hash.includes(`gebiet=${id}`), focused);
  await page.locator('atlas-panel h2').waitFor();
  // a label for the chosen area
  assert.equal(await page.locator('atlas-scatter text.label').count(), 1);
  // brush: from the top left to an edge halfway between two dots, down to the x axis: the dots left of it
  const svg = await page.locator('atlas-scatter svg').boundingBox();
  const xs = (await dots(page)).map((d) => d.cx).sort((p, q) => p - q);
  const gap = xs.findIndex((x, i) => i > 4 && xs[i + 1] - x > 4);
  const edge = (xs[gap] + xs[gap + 1]) / 2;
  await page.mouse.move(svg.x + 2, svg.y + 2);
  await page.mouse.down();
  await page.mouse.move(svg.x + edge / 2, svg.y + 100, { steps: 4 });
  await page.mouse.move(svg.x + edge, svg.y + svg.height - 2, { steps: 4 });
  await page.mouse.up();
  const brushed = await page.locator('atlas-scatter circle:not(.faded)').evaluateAll((cs) => cs.map((c) => c.dataset.id));
  assert.equal(brushed.length, gap + 1, `the ${gap + 1} dots left of the edge are in the rectangle`);
  assert.match(await page.locator('atlas-scatter [role="status"]').innerText(), new RegExp(`${gap + 1} Gebiete im Rechteck`));
  // On the map, as a person sees it: the brushed Gemeinden in their class colour, the others
  // paler (faded towards white), each still of its own hue.
  const ids = await page.evaluate(() => document.querySelector('sozial-atlas').model.plan.areas.map((a) => a.id));
  const fills = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, document.querySelector('sozial-atlas').model.plan.fill(id)])), ids);
  // Beside the open pane and the card some Gemeinden are out of sight: those in sight are judged.
  const seenOnMap = async () => {
    const seen = {};
    for (const id of ids) {
      const point = await probePoint(page, id).catch(() => null);
      if (point) seen[id] = await pixelAt(page, point);
    }
    assert.ok(Object.keys(seen).some((id) => brushed.includes(id)) && Object.keys(seen).some((id) => !brushed.includes(id)), `brushed and other Gemeinden in sight: ${Object.keys(seen)}`);
    return seen;
  };
  const close = (a, b) => a.every((v, i) => Math.abs(v - b[i]) <= 2);
  for (const [id, rgb] of Object.entries(await seenOnMap())) {
    const fill = rgbOf(fills[id]);
    if (brushed.includes(id)) assert.ok(close(rgb, fill), `${id} brushed: drawn in its class colour ${fill}, seen ${rgb}`);
    else assert.ok(!close(rgb, fill) && rgb.every((v, i) => v >= fill[i] - 2), `${id} outside the rectangle: paler than ${fill}, seen ${rgb}`);
  }
  // closing the pane lets go of the highlight
  await page.locator('atlas-analysis button.close').click();
  await page.waitForFunction(() => !document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-analysis'));
  for (const [id, rgb] of Object.entries(await seenOnMap())) assert.ok(close(rgb, rgbOf(fills[id])), `${id} in its class colour again, seen ${rgb}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('bivariate map: each Gemeinde on the canvas in the colour of its legend cell', async () => {
  const { page, context, errors } = await open(`${SCATTER}&bivariat=1`, { width: 1920, height: 1080 });
  const legend = page.locator('atlas-bivariate-legend');
  await legend.locator('[data-testid="bivariate-legend"]').waitFor();
  const text = await shadowText(page, 'atlas-bivariate-legend');
  const cuts = [...text.matchAll(/Terzile bei ([\d,]+) \/ ([\d,]+)/g)].map((m) => [germanNumber(m[1]), germanNumber(m[2])]);
  assert.equal(cuts.length, 2, 'bounds of both axes printed');
  const cells = await legend.locator('[data-cell]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.cell, getComputedStyle(e).backgroundColor])));
  const drawn = Object.fromEntries((await dots(page)).map((d) => [d.id, d]));
  const third = (v, [lo, hi]) => (v < lo ? 0 : v < hi ? 1 : 2);
  // folded, the legend leaves the Gemeinden under it free for the probe
  await page.locator('atlas-legend button.toggle').click();
  await waitForIdle(page);
  for (const id of ['05382060', '05382068', '05382076', '05382012']) {
    const d = drawn[id];
    const cell = third(d.y, cuts[1]) * 3 + third(d.x, cuts[0]);
    const seen = await pixelAt(page, await probePoint(page, id));
    assert.deepEqual(seen, hexToRgb(cells[cell]), `${id}: cell ${cell + 1}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('ranking: bars in the order of the values, highest first, the chosen one marked', async () => {
  const { page, context, errors } = await open('#indikator=kinderarmut&rangfolge=1&gebiet=05382068');
  await page.getByRole('heading', { name: 'Rangfolge' }).waitFor();
  const bars = await page.locator('atlas-ranking g[data-id]').evaluateAll((gs) => gs.map((g) => ({ id: g.dataset.id, value: Number(g.dataset.value), w: Number(g.querySelector('rect').getAttribute('width')) })));
  assert.equal(bars.length, 19);
  const values = await page.evaluate(() => {
    const { plan } = document.querySelector('sozial-atlas').model;
    return plan.shown.map((a) => plan.cells.get(a.id).value).sort((a, b) => b - a);
  });
  assert.deepEqual(bars.map((b) => b.value), values);
  assert.deepEqual(bars.map((b) => b.w), [...bars.map((b) => b.w)].sort((a, b) => b - a), 'bar lengths follow the values');
  assert.equal(await page.locator('atlas-ranking rect.selected').getAttribute('aria-label'), `Rang 3: Troisdorf, 14,7 je 100 unter 15`);
  assert.equal(await page.locator('[data-testid="ranking-kreis"]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('area profile: the value of the mapped indicator equals the card, every topic is there', async () => {
  const { page, context, errors } = await open('#indikator=kinderarmut&profil=05382068&gebiet=05382068');
  await page.getByRole('heading', { name: 'Gebietsprofil Troisdorf' }).waitFor();
  const card = await page.locator('[data-testid="panel-value"]').innerText();
  const profile = await page.locator('atlas-profile tr[data-indicator="kinderarmut"] [data-testid="profile-value"]').innerText();
  assert.equal(card.split(' ')[0], profile, `card ${card}, profile ${profile}`);
  const topics = await page.locator('atlas-profile caption').allInnerTexts();
  assert.ok(topics.length >= 6, topics.join(', '));
  const rows = await page.locator('atlas-profile tbody tr').count();
  assert.ok(rows > 30, `${rows} indicators`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Sozialindex: mapped around 0, Troisdorf as computed by hand, the recipe in legend and card', async () => {
  const { page, context, errors } = await open(`#indikator=kinderarmut&index=${RECIPE}&gebiet=05382068`);
  await page.locator('atlas-panel h2').waitFor();
  await page.waitForFunction(() => document.querySelector('sozial-atlas').model.plan.indicator.id === 'sozialindex');
  await page.locator('[data-testid="panel-value"]').filter({ hasText: TROISDORF_INDEX }).waitFor();
  assert.equal(await page.locator('[data-testid="panel-value"]').innerText(), TROISDORF_INDEX);
  assert.match(await shadowText(page, 'atlas-legend'), /Sozialindex[\s\S]*gewichtetes Mittel der z-Werte aus Kinderarmut[^]*Gewicht 2, höher = mehr Bedarf/);
  assert.match(await shadowText(page, 'atlas-panel'), /Sozialindex: gewichtetes Mittel der z-Werte/);
  assert.match(await page.locator('[data-testid="index-recipe"]').innerText(), /Gesamtbetrag der Einkünfte je Steuerpflichtigen \(Gewicht 1, niedriger = mehr Bedarf/);
  // sensitivity: ranks against equal weights, the largest moves first
  const shifts = await page.locator('[data-testid="index-sensitivity"] tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.innerText)));
  assert.ok(shifts.length > 0, 'some Gemeinde changes rank with equal weights');
  for (const [, rank, equal, shift] of shifts) assert.equal(germanNumber(shift), Number(equal) - Number(rank));
  const sizes = shifts.map((r) => Math.abs(germanNumber(r[3])));
  assert.deepEqual(sizes, [...sizes].sort((a, b) => b - a));
  // the editor changes the recipe in the link
  await page.locator('atlas-index-editor li[data-indicator="kinderarmut"] input[name="weight"]').fill('1');
  await page.locator('atlas-index-editor li[data-indicator="kinderarmut"] input[name="weight"]').dispatchEvent('change');
  await page.waitForFunction(() => location.hash.includes('index=z_kinderarmut*1*hoch'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('each deep link restores its view after a reload', async () => {
  const links = [
    [`${SCATTER}&bivariat=1`, async (page) => (await page.locator('atlas-bivariate-legend [data-testid="bivariate-legend"]').count()) === 1 && (await page.locator('atlas-scatter select[name="y"]').inputValue()) === 'elb-alleinerziehend'],
    ['#indikator=kinderarmut&rangfolge=1', async (page) => (await page.locator('atlas-ranking g[data-id]').count()) === 19],
    ['#indikator=kinderarmut&profil=05382068', async (page) => (await page.getByRole('heading', { name: 'Gebietsprofil Troisdorf' }).count()) === 1],
    [`#indikator=kinderarmut&index=${RECIPE}`, async (page) => (await page.locator('[data-testid="index-recipe"]').count()) === 1],
  ];
  for (const [hash, shows] of links) {
    const { page, context, errors } = await open(hash);
    await page.waitForTimeout(300);
    assert.ok(await shows(page), `${hash} opens its view`);
    await page.reload();
    await page.locator('atlas-analysis').waitFor();
    await waitForIdle(page);
    await page.waitForTimeout(300);
    assert.ok(await shows(page), `${hash} after a reload`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('axe-core finds nothing in any analysis view', async () => {
  for (const hash of [`${SCATTER}&bivariat=1&gebiet=05382068`, '#indikator=kinderarmut&rangfolge=1&gebiet=05382068', '#indikator=kinderarmut&profil=05382068', `#indikator=kinderarmut&index=${RECIPE}`]) {
    const { page, context } = await open(hash);
    await page.waitForTimeout(400);
    assert.deepEqual(await axeViolations(page), [], hash);
    await context.close();
  }
});
