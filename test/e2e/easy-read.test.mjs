// Leichte Sprache (issue 29): from every view a link "Leichte Sprache" is reached by Tab and opens
// the explanation; it and the template "Erklärung zur Barrierefreiheit" pass axe-core, carry the
// headings the rules ask for, link to each other and the atlas, and fit 320 px; so do their English
// versions (easy-read.html, accessibility.html), each linked both ways with hreflang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlasStage, openPage, waitForChoropleth } from './harness.mjs';
import { openHostPage } from './host-page.mjs';
import { axeViolations } from './axe.mjs';

const stage = atlasStage({ reducedMotion: true });

/** The focused element of a frame, looked up through the shadow roots, with its focus outline. */
const focused = (frame) =>
  frame.evaluate(() => {
    let e = document.activeElement;
    while (e?.shadowRoot?.activeElement) e = e.shadowRoot.activeElement;
    const style = e && getComputedStyle(e);
    return e && { tag: e.localName, text: e.textContent.trim(), href: e.getAttribute('href'), target: e.getAttribute('target'), outline: `${style.outlineStyle} ${style.outlineWidth}` };
  });

/** Tab until the link "Leichte Sprache" (in `frame`) has the focus; every Tab pressed on `page`. */
async function tabToLink(page, frame) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(frame);
    if (f?.tag === 'a' && f.text.startsWith('Leichte Sprache')) {
      assert.doesNotMatch(f.outline, /^none|0px$/, 'the focused link shows its focus');
      return { ...f, tabs: i + 1 };
    }
  }
  assert.fail('Tab never reached the link "Leichte Sprache"');
}

const EASY_HEADINGS = ['Der Sozial·atlas in Leichter Sprache', 'Was ist der Sozial·atlas?', 'So benutzen Sie den Sozial·atlas', 'Was bedeuten die Farben?', 'Woher kommen die Zahlen?', 'Barriere·freiheit', 'Kontakt'];
const STATEMENT_HEADINGS = [
  'Erklärung zur Barrierefreiheit',
  'Stand der Vereinbarkeit mit den Anforderungen',
  'Nicht barrierefreie Inhalte',
  'Erstellung dieser Erklärung zur Barrierefreiheit',
  'Feedback und Kontakt',
  'Ombudsverfahren (Schlichtung in Nordrhein-Westfalen)',
];

for (const [name, width, height, path] of [
  ['desktop', 1280, 800, '/#indikator=kinderarmut&gebiet=05382068'],
  ['phone', 390, 844, '/#indikator=kinderarmut&gebiet=05382068'],
]) {
  test(`${name} (${width} px): Tab reaches "Leichte Sprache", Enter opens the page`, async () => {
    const { page, context, errors } = await stage.open(path, { width, height });
    const link = await tabToLink(page, page);
    assert.equal(link.target, null, 'the atlas page itself: the explanation opens in the same window');
    await Promise.all([page.waitForURL(/\/leichte-sprache\.html$/), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('h1').innerText(), EASY_HEADINGS[0]);
    if (name === 'desktop') {
      // Back to the atlas: "Über die Daten" names the page too.
      await page.goBack();
      await waitForChoropleth(page);
      await page.locator('sozial-atlas atlas-legend button[name=about]').click();
      const inAbout = page.locator('sozial-atlas atlas-about dialog a', { hasText: 'Der Sozialatlas in Leichter Sprache' });
      await inAbout.waitFor({ state: 'visible' });
      assert.match(await inAbout.getAttribute('href'), /\/leichte-sprache\.html$/);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('embedded (iframe 600×400, controls=minimal): Tab reaches the link, which opens the page in a new window', async () => {
  const { page, context, errors } = await openPage(stage.browser, { width: 900, height: 600 });
  await openHostPage(page, stage.origin, {
    body: '<main><h1>Sozialplanung</h1><iframe src="../embed.html?indicator=kinderarmut&amp;controls=minimal" title="Sozialatlas: Kinderarmut" width="600" height="400"></iframe></main>',
  });
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await waitForChoropleth(frame);
  const link = await tabToLink(page, frame);
  assert.equal(link.target, '_blank');
  assert.ok(link.text.includes('neues Fenster'), `the link says that it opens a new window: "${link.text}"`);
  const [opened] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('Enter')]);
  await opened.waitForLoadState();
  assert.match(opened.url(), /\/leichte-sprache\.html$/);
  assert.equal(page.url(), `${stage.origin}/host/page.html`, 'the host page stays');
  assert.deepEqual(errors, []);
  await context.close();
});

const EASY_HEADINGS_EN = ['The social atlas in easy read', 'What is the social atlas?', 'How to use the social atlas', 'What do the colours mean?', 'Where do the numbers come from?', 'Accessibility', 'Contact'];
const STATEMENT_HEADINGS_EN = [
  'Accessibility statement',
  'Compliance status',
  'Non-accessible content',
  'Preparation of this accessibility statement',
  'Feedback and contact information',
  'Enforcement procedure (conciliation in North Rhine-Westphalia)',
];

// Each page links to its counterpart in the other language, marked with that language (hreflang).
for (const [file, lang, headings, links, otherLanguage] of [
  ['leichte-sprache.html', 'de', EASY_HEADINGS, ['./', './barrierefreiheit.html'], { './easy-read.html': 'en' }],
  ['barrierefreiheit.html', 'de', STATEMENT_HEADINGS, ['./', './leichte-sprache.html'], { './accessibility.html': 'en' }],
  ['easy-read.html', 'en', EASY_HEADINGS_EN, ['./?lang=en', './accessibility.html'], { './leichte-sprache.html': 'de' }],
  ['accessibility.html', 'en', STATEMENT_HEADINGS_EN, ['./?lang=en', './easy-read.html'], { './barrierefreiheit.html': 'de' }],
]) {
  test(`${file}: headings, links, axe finds nothing at 1280 and 320 px, no sideways scrolling, nothing from elsewhere`, async () => {
    for (const width of [1280, 320]) {
      const { page, context, errors, requests } = await openPage(stage.browser, { width, height: 800 });
      await page.goto(`${stage.origin}/${file}`);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.deepEqual(await page.locator('h1, h2').allInnerTexts(), headings);
      const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of links) assert.ok(hrefs.includes(href), `${file} links to ${href}`);
      for (const [href, hreflang] of Object.entries(otherLanguage)) {
        const marked = await page.locator(`nav a[href="${href}"]`).evaluateAll((as) => as.map((a) => [a.getAttribute('hreflang'), a.getAttribute('lang')]));
        assert.deepEqual(marked, [[hreflang, hreflang]], `${file} links to ${href} in the nav, marked as ${hreflang}`);
      }
      assert.deepEqual(await axeViolations(page), [], `axe at ${width} px`);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `no sideways scrolling at ${width} px`);
      assert.deepEqual(requests.filter((u) => !u.startsWith(stage.origin) && !u.startsWith('data:')), []);
      assert.deepEqual(requests.filter((u) => u.includes('/data/')), [], 'the text page loads none of the atlas data');
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
}

for (const [file, required] of [
  ['barrierefreiheit.html', ['[Datum]', '[E-Mail-Adresse]', '[Telefonnummer]']],
  ['accessibility.html', ['[Date]', '[Email address]', '[Phone number]']],
]) {
  test(`${file}: the template marks what the district fills in`, async () => {
    const { page, context } = await openPage(stage.browser, { width: 1280, height: 800 });
    await page.goto(`${stage.origin}/${file}`);
    const fields = await page.locator('.fill').allInnerTexts();
    for (const field of required) assert.ok(fields.includes(field), `field ${field}`);
    assert.ok(fields.every((f) => /^\[.+\]$/s.test(f)), 'each field in square brackets');
    await context.close();
  });
}
