// End-to-end: the atlas on a citizen's phone and in small embeds (issue 24): the visible map, as
// measured from the layout (map box less legend, card, notices and controls), is at least 55 % of
// a phone's screen in every state and the largest thing in an embed; the chosen area is panned
// into the visible part; the embed's toolbar is one row, the rest behind "Mehr".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlasStage } from './harness.mjs';
import { waitForIdle } from './page-tools.mjs';
import { measureMap, onVisibleMap, areaCentre } from './map-share.mjs';

const stage = atlasStage({ reducedMotion: true });
const TROISDORF = '05382068';

async function openAt(width, height, path) {
  const session = await stage.open(path, { width, height });
  await waitForIdle(session.page);
  return session;
}

const percent = (share) => `${(share * 100).toFixed(1)} %`;

/** The chosen area's centre lies on the visible map (panned there past legend and card). */
async function assertRevealed(page, id) {
  await page.locator('atlas-panel h2').waitFor();
  await waitForIdle(page);
  const centre = await areaCentre(page, id);
  assert.ok(centre, `${id} is drawn`);
  assert.ok(await onVisibleMap(page, centre), `the centre of ${id} (${Math.round(centre.x)}, ${Math.round(centre.y)}) lies on the visible map`);
}

for (const [width, height] of [[390, 844], [360, 640]]) {
  test(`phone ${width}×${height}: the visible map is at least 55 % with nothing chosen, an area chosen and the legend open`, async () => {
    const { page, context, errors } = await openAt(width, height, '/#indikator=kinderarmut');
    const toggle = page.locator('atlas-legend button.toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'the legend starts as a strip');
    const strip = await page.locator('atlas-legend').evaluate((el) => el.getBoundingClientRect().height);
    assert.ok(strip <= 48, `the strip is one line (${strip} px)`);
    const nothing = await measureMap(page);
    assert.ok(nothing.share >= 0.55, `nothing chosen: ${percent(nothing.share)}`);

    // The legend opens on a tap on its strip and shows the class bounds.
    await page.locator('atlas-legend h2').click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator('atlas-legend li[data-class="0"] .range').isVisible(), 'class bounds shown');
    const legend = await measureMap(page);
    assert.ok(legend.share >= 0.55, `legend open: ${percent(legend.share)}`);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');

    // An area chosen by a link: the card's peek shows name, value and class; a tap shows the rest.
    await page.evaluate((id) => (location.hash = `#indikator=kinderarmut&gebiet=${id}`), TROISDORF);
    await assertRevealed(page, TROISDORF);
    assert.equal(await page.locator('atlas-panel h2').innerText(), 'Troisdorf');
    assert.ok(await page.locator('atlas-panel [data-testid=panel-value]').isVisible(), 'the value is in the peek');
    assert.equal(await page.locator('atlas-panel [data-testid=panel-rank]').isVisible(), false, 'the rank waits for a tap');
    const chosen = await measureMap(page);
    assert.ok(chosen.share >= 0.55, `area chosen: ${percent(chosen.share)}`);
    const expand = page.locator('atlas-panel button.expand');
    assert.equal(await expand.getAttribute('aria-expanded'), 'false');
    await page.locator('atlas-panel [data-testid=panel-value]').click();
    assert.equal(await expand.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator('atlas-panel [data-testid=panel-rank]').isVisible(), 'the details after a tap');
    // The sheet follows a finger on its handle: down closes the details, up opens them again.
    const drag = async (dy) => {
      const grip = await page.locator('atlas-panel .grip').boundingBox();
      assert.ok(grip, 'the sheet has a handle');
      const x = grip.x + grip.width / 2;
      const y = grip.y + grip.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x, y + dy, { steps: 4 });
      await page.mouse.up();
    };
    await drag(60);
    assert.equal(await expand.getAttribute('aria-expanded'), 'false', 'dragged down: the peek');
    assert.equal(await page.locator('atlas-panel [data-testid=panel-rank]').isVisible(), false);
    await drag(-60);
    assert.equal(await expand.getAttribute('aria-expanded'), 'true', 'dragged up: the details');
    assert.ok(await page.evaluate(() => document.scrollingElement.scrollHeight <= innerHeight), 'the page itself does not scroll');
    console.log(`${width}×${height}: visible map ${percent(nothing.share)} nothing chosen, ${percent(legend.share)} legend open, ${percent(chosen.share)} area chosen`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

/** The toolbar's items share one row: every one of them starts above the lowest one's top. */
const oneRow = (page) =>
  page.locator('atlas-toolbar').evaluate((bar) => {
    const boxes = [...bar.shadowRoot.children].filter((el) => el.localName !== 'style').map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
    return boxes.every((r) => r.top < Math.min(...boxes.map((b) => b.bottom)));
  });

/** The largest visible element of the atlas besides the map's own parts, in px². */
const largestOther = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('sozial-atlas').renderRoot;
    const area = (el) => {
      const r = el.getBoundingClientRect();
      return Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
    };
    return Math.max(...[...root.querySelectorAll('atlas-toolbar, atlas-legend, atlas-panel, .panes, [data-testid=link-notice]')].map(area));
  });

for (const { width, height, path } of [
  { width: 600, height: 400, path: `/embed.html?indicator=kinderarmut&area=${TROISDORF}` },
  { width: 900, height: 600, path: `/embed.html?controls=full#indikator=kinderarmut&gebiet=${TROISDORF}` },
]) {
  test(`embed ${width}×${height}: the map is the largest visible thing, the toolbar one row with the rest behind "Mehr"`, async () => {
    const { page, context, errors } = await openAt(width, height, path);
    await assertRevealed(page, TROISDORF);
    const { share } = await measureMap(page);
    const other = await largestOther(page);
    assert.ok(share * width * height > other, `visible map ${percent(share)} against the largest other element ${percent(other / (width * height))}`);
    assert.ok(await oneRow(page), 'the toolbar is one row');

    // "Mehr" is a disclosure: Enter opens it, its actions are reachable, Esc closes it and keeps the card.
    const more = page.locator('atlas-toolbar button[name=more]');
    assert.equal(await page.locator('atlas-toolbar button[name=share]').isVisible(), false);
    await more.focus();
    await page.keyboard.press('Enter');
    assert.equal(await more.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator('atlas-toolbar button[name=share]').isVisible(), 'the actions are in the list');
    await page.keyboard.press('Tab');
    assert.equal(await page.locator('atlas-toolbar').evaluate((bar) => bar.shadowRoot.activeElement?.getAttribute('name')), 'table', 'Tab goes into the list');
    await page.keyboard.press('Escape');
    assert.equal(await more.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('atlas-toolbar').evaluate((bar) => bar.shadowRoot.activeElement?.getAttribute('name')), 'more', 'the keyboard goes back to "Mehr"');
    assert.equal(await page.locator('atlas-panel').count(), 1, 'Esc in the list leaves the card open');
    console.log(`embed ${width}×${height}: visible map ${percent(share)}, largest other element ${percent(other / (width * height))}`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
