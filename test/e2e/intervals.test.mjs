// End-to-end for issue 26, "honest small numbers", as a planner sees it: the card's interval for
// Troisdorf checked against a Wilson interval computed here from the table's own counts; the table's
// interval columns; "Vergleich mit dem Kreiswert" on both screen maps, its pixels against its legend
// swatches and its legend counts against groups computed here from the counts; the funnel plot from
// its link with its limits and a rectangle that highlights; the PDF read back with pdftotext.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreview, launchBrowser, openPage, waitForChoropleth } from './harness.mjs';
import { hexToRgb, pixelAt, probePoint, waitForIdle } from './page-tools.mjs';
import { axeViolations } from './axe.mjs';

const dir = mkdtempSync(join(tmpdir(), 'atlas-intervals-'));
// Anteil unter 18 (2015): numerator bev_u18, denominator bev_insg, in the GENESIS table of 2015.
const [head, ...lines] = readFileSync('public/data/indicators/genesis-bevoelkerung-2015.csv', 'utf8').trim().split('\n');
const columns = head.split(';');
const rows = lines.map((l) => Object.fromEntries(l.split(';').map((v, i) => [columns[i], v.replace(/"/g, '')])));
const kreis = Number(rows.find((r) => r.ags === '05382').anteil_unter_18.replace(',', '.'));
const gemeinden = rows.filter((r) => r.ags.length === 8);

/** Wilson's score interval in %, as Newcombe (1998) gives it: written out here, not taken from the atlas. */
function wilson(events, base) {
  const z = 1.959963984540054;
  const p = events / base;
  const centre = p + (z * z) / (2 * base);
  const spread = z * Math.sqrt((p * (1 - p)) / base + (z * z) / (4 * base * base));
  const d = 1 + (z * z) / base;
  return [((centre - spread) / d) * 100, ((centre + spread) / d) * 100];
}
const de1 = (x) => x.toFixed(1).replace('.', ',');
const expected = new Map(
  gemeinden.map((r) => {
    const [lo, hi] = wilson(Number(r.bev_u18), Number(r.bev_insg));
    return [r.ags, { name: r.name, lo, hi, group: lo > kreis ? 'signifikant höher' : hi < kreis ? 'signifikant niedriger' : 'ähnlich' }];
  }),
);

let server;
let browser;
before(async () => {
  server = await startPreview();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(hash, options = {}) {
  const session = await openPage(browser, options);
  await session.page.goto(`${server.origin}/${hash}`);
  await waitForChoropleth(session.page);
  return session;
}

test('card and table give Troisdorf the Wilson interval of its own counts (13.223 of 74.400)', async () => {
  const { page, context, errors } = await open('#indikator=anteil-unter-18&gebiet=05382068&tabelle=1&vergleich=05382068_05382060');
  const t = expected.get('05382068');
  const range = `(95-%-KI ${de1(t.lo)}–${de1(t.hi)})`;
  await page.locator('[data-testid=panel-interval]').first().waitFor();
  assert.match(await page.locator('[data-testid=panel-interval]').first().innerText(), new RegExp(range.replace(/[()]/g, '\\$&')));
  assert.match(await page.locator('[data-testid=panel-versus]').first().innerText(), /ähnlich wie der Kreiswert/);
  const headers = await page.locator('atlas-table thead th').allInnerTexts();
  const from = headers.findIndex((h) => h.includes('95-%-KI von'));
  assert.ok(from > 0, `interval columns in ${headers.join(' | ')}`);
  const cells = await page.locator('atlas-table tbody tr[data-id="05382068"]').locator('th, td').allInnerTexts();
  assert.deepEqual([cells[from], cells[from + 1]], [de1(t.lo), de1(t.hi)]);
  // The comparison of pinned areas (in the side pane, behind the menu beside the table) gives it too.
  const compare = (await page.locator('atlas-compare table').textContent()).replace(/\s+/g, ' ');
  assert.match(compare, new RegExp(`95-%-KI.*${de1(t.lo)}–${de1(t.hi)}`));
  assert.match(compare, /Vergleich mit dem Kreiswert.*ähnlich/);
  assert.deepEqual(errors, []);
  await context.close();
});

/** The legend's group rows: label, count and swatch colour. */
async function groups(page) {
  return page.locator('atlas-legend li[data-class]').evaluateAll((items) =>
    items.map((li) => ({
      key: li.dataset.class,
      label: (li.querySelector('.range') ?? li.children[2]).innerText.replace(/^Klasse \d+:\s*/, '').trim(),
      count: Number(li.querySelector('.count').innerText.match(/\d+/)[0]),
      colour: getComputedStyle(li.querySelector('.swatch')).backgroundColor,
    })),
  );
}

test('"Vergleich mit dem Kreiswert" draws the groups of the counts in their legend colours on both screen maps', async () => {
  const counts = {};
  for (const g of expected.values()) counts[g.group] = (counts[g.group] ?? 0) + 1;
  // One Gemeinde of each group the data has, probed on the map.
  const probes = [...new Set([...expected.values()].map((g) => g.group))].map((group) => [...expected].find(([, g]) => g.group === group)[0]);
  for (const renderer of ['webgl', 'canvas']) {
    const { page, context, errors } = await open('#indikator=anteil-unter-18&ansicht=signifikanz', { renderer });
    assert.match(page.url(), /ansicht=signifikanz/);
    const legend = await groups(page);
    const shown = Object.fromEntries(legend.filter((g) => /^\d$/.test(g.key)).map((g) => [g.label, g.count]));
    assert.deepEqual(shown, { 'signifikant niedriger': counts['signifikant niedriger'] ?? 0, ähnlich: counts['ähnlich'] ?? 0, 'signifikant höher': counts['signifikant höher'] ?? 0 });
    assert.equal(legend.reduce((n, g) => n + g.count, 0), 19, 'the legend counts add up to the 19 Gemeinden');
    assert.match(await page.locator('[data-testid=significance-note]').innerText(), /Kreiswert 17,7 %/);
    if (renderer === 'webgl') assert.deepEqual(await axeViolations(page), []);
    await waitForIdle(page);
    for (const id of probes) {
      const want = hexToRgb(legend.find((g) => g.label === expected.get(id).group).colour);
      const seen = await pixelAt(page, await probePoint(page, id));
      assert.ok(seen.every((v, i) => Math.abs(v - want[i]) <= 3), `${renderer}: ${expected.get(id).name} (${expected.get(id).group}) drawn ${seen}, legend ${want}`);
    }
    // The card names the area's group as the legend does, not a class number.
    if (renderer === 'canvas') {
      const id = probes.find((p) => expected.get(p).group !== 'ähnlich') ?? probes[0];
      await page.evaluate((area) => (location.hash += `&gebiet=${area}`), id);
      assert.equal(await page.locator('atlas-panel [data-testid=panel-class]').innerText(), expected.get(id).group);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the funnel plot opens from its link with the Kreis line, both limits and one dot per Gemeinde; a rectangle highlights', async () => {
  const { page, context, errors } = await open('#indikator=anteil-unter-18&trichter=1');
  const funnel = page.locator('atlas-funnel svg[data-testid=funnel]');
  await funnel.waitFor();
  assert.match(page.url(), /trichter=1/);
  assert.equal(await page.locator('atlas-funnel circle.mark').count(), 19);
  for (const id of ['funnel-kreis', 'funnel-95-upper', 'funnel-95-lower', 'funnel-998-upper', 'funnel-998-lower']) assert.equal(await page.locator(`atlas-funnel [data-testid=${id}]`).count(), 1, id);
  // Outside the 95 % funnel: exactly the Gemeinden whose interval excludes the Kreis value.
  const beyond = [...expected.values()].filter((g) => g.group !== 'ähnlich').length;
  assert.match(await page.locator('[data-testid=funnel-summary]').innerText(), new RegExp(`außerhalb der 95-%-Grenze ${beyond},`));
  // Troisdorf's dot sits at its base, right of Alfter's (74.400 against 23.435 residents).
  const cx = (id) => page.locator(`atlas-funnel circle[data-id="${id}"]`).getAttribute('cx').then(Number);
  assert.ok((await cx('05382068')) > (await cx('05382004')));
  // Keyboard as in the scatterplot: one tab stop, arrows by base (smallest first), Enter chooses the area.
  const byBase = [...gemeinden].sort((a, b) => Number(a.bev_insg) - Number(b.bev_insg)).map((r) => r.ags);
  await page.locator('atlas-funnel circle.mark[tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => location.hash.includes(`gebiet=${id}`), byBase[1]);
  const box = await funnel.boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + 8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 4, box.y + box.height - 40, { steps: 4 });
  await page.mouse.up();
  assert.match(await page.locator('atlas-funnel [role=status]').innerText(), /im Rechteck auf der Karte hervorgehoben/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the grid marks the cell of 6 residents "unsicher (kleine Basis)" and fades unsure cells by default; the setting goes into the link', async () => {
  const { page, context, errors } = await open('#indikator=raster-unter-18&ebene=raster&gemeinde=05382068&tabelle=1');
  await page.locator('atlas-table tbody tr[data-id="1kmN3087E4122"]').waitFor();
  assert.match(await page.locator('atlas-table tbody tr[data-id="1kmN3087E4122"]').innerText(), /unsicher \(kleine Basis\)/);
  // Beside the table the settings are behind the menu button.
  if (await page.locator('atlas-toolbar button[name=menu]').isVisible()) await page.locator('atlas-toolbar button[name=menu]').click();
  const fade = page.locator('atlas-time input[name=fade-unsure]');
  assert.equal(await fade.isChecked(), true, 'on by default at the grid level');
  assert.match(await page.locator('atlas-legend [data-testid=faded-note]').innerText(), /^Blass gezeichnet: \d+ Werte unsicher \(kleine Basis\)\.$/);
  await fade.uncheck();
  await page.waitForFunction(() => location.hash.includes('abblenden=0'));
  await page.locator('atlas-time select[name=confidence]').selectOption('0.998');
  await page.waitForFunction(() => location.hash.includes('konfidenz=99.8'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the PDF of the significance map carries its legend with counts, the interval columns, the ranking\'s whiskers and the funnel plot', async () => {
  const { page, context, errors } = await open('#indikator=anteil-unter-18&ansicht=signifikanz&trichter=1');
  await page.locator('sozial-atlas button[name=print]').click();
  await page.locator('atlas-print-dialog select[name=format]').selectOption('pdf');
  for (const block of ['table', 'funnel', 'ranking']) await page.locator(`atlas-print-dialog input[name=block][value=${block}]`).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('atlas-print-dialog button[type=submit]').click()]);
  const pdf = join(dir, 'significance.pdf');
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert.match(text, /Vergleich mit dem Kreiswert/);
  const counts = {};
  for (const g of expected.values()) counts[g.group] = (counts[g.group] ?? 0) + 1;
  for (const label of ['signifikant niedriger', 'ähnlich', 'signifikant höher']) assert.match(text, new RegExp(`${label}\\s+${counts[label] ?? 0} Gebiet`), `${label} with its count`);
  assert.match(text, /Kreiswert 17,7 %/);
  assert.match(text, /95-%-KI von/);
  assert.match(text, /Trichterdiagramm/);
  assert.match(text, /Querstriche: 95-%-Konfidenzintervall/, 'the printed ranking explains its whiskers');
  const t = expected.get('05382068');
  assert.match(text, new RegExp(`Troisdorf.*${de1(t.lo)}\\s+${de1(t.hi)}`));
  assert.deepEqual(errors, []);
  await context.close();
});
