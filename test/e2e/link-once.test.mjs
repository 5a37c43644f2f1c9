// End-to-end: one way through a change (issue 23, point 6). The page's URLSearchParams is
// counted: a link's text parsed into words (a string with `indikator=`) and words written back
// into a link. Opening a link parses it once; a change writes the view's link once, however many
// parts read it (address bar, host page event, share dialog); a back button or an edited hash is
// parsed once and written once; the host page's event and the address bar carry the same link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlasStage, openPage, waitForChoropleth } from './harness.mjs';
import { waitForIdle } from './page-tools.mjs';

const stage = atlasStage({ reducedMotion: true });

function countLinks() {
  const counts = { parsed: 0, written: 0 };
  window.__linkCounts = counts;
  const Native = URLSearchParams;
  window.URLSearchParams = class extends Native {
    constructor(init) {
      super(init);
      if (typeof init === 'string' && init.includes('indikator=')) counts.parsed++;
    }
    toString() {
      const text = super.toString();
      if (text.includes('indikator=')) counts.written++;
      return text;
    }
  };
  // The host page's side: every view-change event with its link.
  window.__heard = [];
  addEventListener('view-change', (e) => window.__heard.push(e.detail.hash));
}

async function open(path) {
  const session = await openPage(stage.browser);
  await session.context.addInitScript(countLinks);
  await session.page.emulateMedia({ reducedMotion: 'reduce' });
  await session.page.goto(stage.origin + path);
  await waitForChoropleth(session.page);
  await waitForIdle(session.page);
  return session;
}

/** The counts since the last call, once the shell has drawn what the step changed. */
async function counted(page, step) {
  await page.evaluate(() => Object.assign(window.__linkCounts, { parsed: 0, written: 0 }));
  await step();
  await page.evaluate(() => document.querySelector('sozial-atlas').updateComplete);
  await waitForIdle(page);
  return page.evaluate(() => ({ ...window.__linkCounts }));
}

const change = (page, detail) =>
  page.evaluate((patch) => {
    const toolbar = document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-toolbar');
    toolbar.dispatchEvent(new CustomEvent('state-change', { detail: patch, bubbles: true, composed: true }));
  }, detail);

test('a link is parsed once when opened, a change writes its link once, a hashchange is parsed once', async () => {
  const { page, context, errors } = await open('/#indikator=kinderarmut&jahr=2021');
  const start = await page.evaluate(() => ({ ...window.__linkCounts }));
  console.log('start', start);
  assert.equal(start.parsed, 1, 'the first link parsed once');

  const byChange = await counted(page, async () => {
    await change(page, { area: '05382060' });
    await page.waitForFunction(() => location.hash.includes('gebiet=05382060'));
  });
  console.log('change', byChange);
  assert.deepEqual(byChange, { parsed: 0, written: 1 }, 'a change: no parse, one link written');

  const same = await counted(page, () => change(page, { area: '05382060' }));
  assert.deepEqual(same, { parsed: 0, written: 0 }, 'the same view again: nothing parsed or written');

  const edited = await counted(page, async () => {
    await page.evaluate(() => (location.hash = '#indikator=kinderarmut&jahr=2018&gebiet=05382056'));
    await page.waitForFunction(() => document.querySelector('sozial-atlas').model.state.area === '05382056');
  });
  console.log('edited', edited);
  assert.deepEqual(edited, { parsed: 1, written: 1 }, 'an edited hash: parsed once, its view written once');

  const back = await counted(page, async () => {
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('sozial-atlas').model.state.area === '05382060');
  });
  console.log('back', back);
  assert.deepEqual(back, { parsed: 1, written: 1 }, 'the back button: parsed once, its view written once');

  const heard = await page.evaluate(() => window.__heard.at(-1));
  assert.equal(heard, await page.evaluate(() => location.hash), 'the host page hears the link the address bar shows');
  assert.deepEqual(errors, []);
  await context.close();
});
