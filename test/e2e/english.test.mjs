// The atlas in English (issue 29) as an English-speaking visitor meets it: `?lang=en` on the page,
// `lang="en"` on the web component, the toolbar's switch. Judged by what is on the screen against
// the German interface texts themselves (every literal of src/messages/de/, read with the
// TypeScript parser), the legend's number format, axe-core, and the PDF's text read back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { atlasStage, openPage, waitForChoropleth } from './harness.mjs';
import { openHostPage, recordCspViolations } from './host-page.mjs';
import { axeViolations } from './axe.mjs';
import { pageXY, searchArea, waitForIdle } from './page-tools.mjs';

const stage = atlasStage();

/** Every text piece of a folder of tables (string literals and the fixed parts of templates). */
function literals(dir) {
  const out = new Set();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const source = ts.createSourceFile(name, readFileSync(join(dir, name), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isImportDeclaration(node)) return;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out.add(node.text.trim());
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

const english = literals('src/messages/en');
// Words of five letters or more that are German interface text: what the English tables also
// write (proper names, "Workshop") is not German; the switch names its language in itself.
const GERMAN = [...literals('src/messages/de')].filter((t) => t.length >= 5 && /\p{L}{3}/u.test(t) && !english.has(t) && !['Deutsch', 'Leichte Sprache'].includes(t));
const pattern = (t) => new RegExp(`(?<![\\p{L}\\d-])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d-])`, 'u');
const GERMAN_PATTERNS = GERMAN.map((t) => [t, pattern(t)]);

/** What a person (and a screen reader) meets on the page: visible text, labels, placeholders, through every shadow root. */
function screenText(page) {
  return page.evaluate(() => {
    const parts = [];
    const walk = (root) => {
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) {
          const el = node.parentElement;
          if (el && !['STYLE', 'SCRIPT'].includes(el.tagName) && el.checkVisibility({ visibilityProperty: true }) && node.textContent.trim()) parts.push(node.textContent.trim());
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          // A part marked as another language (the switch "Deutsch") is read as that language.
          const lang = node.getAttribute('lang');
          if (lang && !lang.startsWith('en')) continue;
          for (const a of ['aria-label', 'placeholder', 'title']) if (node.getAttribute(a) && node.checkVisibility()) parts.push(node.getAttribute(a));
          if (node.shadowRoot) walk(node.shadowRoot);
          walk(node);
        }
      }
    };
    walk(document.body);
    return parts.join('\n');
  });
}

function germanIn(text) {
  return GERMAN_PATTERNS.filter(([, re]) => re.test(text)).map(([t]) => t);
}

test('?lang=en: no German interface text in map, legend, card, table, analysis, contributions, places and dialogs; English numbers; axe finds nothing', async () => {
  assert.ok(GERMAN.length > 500, `the German texts were read (${GERMAN.length})`);
  const { page, context, errors, requests } = await stage.open('/?lang=en#indikator=kinderarmut', { renderer: 'canvas', width: 1366, height: 768 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('sozial-atlas').getAttribute('lang'), 'en');
  const seen = [];
  const look = async (what) => {
    const found = germanIn(await screenText(page));
    seen.push(...found.map((t) => `${what}: ${t}`));
  };
  await look('map');
  const bounds = await page.locator('atlas-legend li[data-class] .range').allInnerTexts();
  assert.ok(bounds.length >= 3, 'the legend has classes');
  for (const b of bounds) assert.match(b, /^Class \d+:\s+\d+\.\d to (under )?\d+\.\d$/, `English bounds: ${b}`);
  assert.deepEqual(await axeViolations(page), [], 'axe on the English map');

  await searchArea(page, 'Troisdorf');
  await page.locator('atlas-panel.card').waitFor();
  await look('card');
  // Each pane opened from the toolbar, looked at, and closed again.
  for (const [button, part, settle] of [['table', 'atlas-table table', 0], ['analysis', 'atlas-analysis', 300], ['contributions', 'atlas-contributions', 300], ['places', 'atlas-places-pane', 0]]) {
    await page.locator(`sozial-atlas button[name=${button}]`).click();
    await page.locator(part).waitFor();
    if (settle) await page.waitForTimeout(settle);
    await look(button);
    await page.locator(`sozial-atlas button[name=${button}]`).click();
  }
  await page.locator('sozial-atlas button[name=share]').click();
  await page.locator('atlas-share-dialog dialog[open]').waitFor();
  await look('share dialog');
  const iframe = await page.locator('atlas-share-dialog textarea[name=iframe]').inputValue();
  assert.match(iframe, /[?;]lang=en/, 'the embed snippet keeps the language');
  await page.keyboard.press('Escape');
  await page.locator('sozial-atlas button[name=print]').click();
  await page.locator('atlas-print-dialog dialog[open]').waitFor();
  await look('print dialog');

  // The PDF in English: its own words and the catalog's, no German ones.
  await page.locator('atlas-print-dialog select[name=format]').selectOption('pdf');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('atlas-print-dialog button[type=submit]').click()]);
  const pdf = join(mkdtempSync(join(tmpdir(), 'atlas-en-')), 'sheet.pdf');
  await download.saveAs(pdf);
  const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert.match(pdfText, /Source/);
  seen.push(...germanIn(pdfText).map((t) => `PDF: ${t}`));

  assert.deepEqual(seen, [], 'German interface texts on the English atlas');
  assert.deepEqual(errors, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(stage.origin)), []);
  await context.close();
});

test('the switch: the German atlas becomes English in place, the link keeps the view and the language; the component speaks lang="en"', async () => {
  const { page, context } = await stage.open('/#indikator=kinderarmut&gebiet=05382068', { renderer: 'canvas' });
  const hash = await page.evaluate(() => location.hash);
  await page.locator('sozial-atlas button[name=language]').click();
  await waitForChoropleth(page);
  await page.locator('sozial-atlas button[name=table]', { hasText: 'Table' }).waitFor();
  assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get('lang')), 'en');
  assert.equal(await page.evaluate(() => location.hash), hash, 'the view is kept');
  assert.equal(await page.locator('sozial-atlas').getAttribute('lang'), 'en');
  await page.reload();
  await waitForChoropleth(page);
  assert.equal(await page.locator('sozial-atlas button[name=language]').innerText(), 'Deutsch', 'a reload stays English');
  await page.locator('sozial-atlas button[name=language]').click();
  await waitForChoropleth(page);
  await page.locator('sozial-atlas button[name=table]', { hasText: 'Tabelle' }).waitFor();
  assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get('lang')), null);
  await context.close();

  const host = await openPage(stage.browser, { renderer: 'canvas' });
  await openHostPage(host.page, stage.origin, { body: '<main><h1>Social planning</h1><sozial-atlas lang="en" indicator="kinderarmut" height="560px"></sozial-atlas></main>' });
  await waitForChoropleth(host.page);
  await host.page.locator('sozial-atlas button[name=table]', { hasText: 'Table' }).waitFor();
  assert.deepEqual(germanIn(await screenText(host.page)), []);
  await host.context.close();
});

test('two atlases of two languages on one page: the second runs in a frame of its own and the first stays German', async () => {
  const host = await openPage(stage.browser, { renderer: 'canvas' });
  const violations = await recordCspViolations(host.page);
  await openHostPage(host.page, stage.origin, {
    body: '<main><h1>Sozialplanung</h1><sozial-atlas indicator="kinderarmut" height="480px"></sozial-atlas><section lang="en"><h2>In English</h2><sozial-atlas lang="en" indicator="kinderarmut" level="sozialraum" height="520px"></sozial-atlas></section></main>',
  });
  await waitForChoropleth(host.page);
  const second = host.page.locator('sozial-atlas[lang=en]');
  const frameElement = second.locator('iframe.language-frame');
  await frameElement.waitFor();
  assert.equal(await frameElement.getAttribute('title'), 'Sozialatlas auf Englisch', 'the frame is named in the page\'s language');
  const frame = await (await frameElement.elementHandle()).contentFrame();
  await waitForChoropleth(frame);
  const query = new URL(frame.url()).searchParams;
  assert.deepEqual([query.get('lang'), query.get('indicator'), query.get('level'), query.get('controls')], ['en', 'kinderarmut', 'sozialraum', 'full']);
  await frame.locator('sozial-atlas button[name=table]', { hasText: 'Table' }).waitFor();
  assert.deepEqual(germanIn(await screenText(frame)), [], 'the framed atlas speaks English');
  const box = await frameElement.boundingBox();
  assert.ok(Math.abs(box.height - 520) <= 1, `the frame fills the element (${box.height} px)`);
  // The first atlas keeps its German after the English one has loaded, also in what it writes anew.
  const first = host.page.locator('sozial-atlas').first();
  await first.locator('button[name=table]', { hasText: 'Tabelle' }).click();
  await first.locator('atlas-table').getByText('Als CSV herunterladen').waitFor();
  assert.equal(await first.getAttribute('lang'), 'de');
  assert.deepEqual(await violations(), []);
  await host.context.close();
});

// The German texts that reached the English atlas from data: the Kreis series' descriptions, the
// sample Sozialräume's names, the values of a school's card.
const GERMAN_SERIES = JSON.parse(readFileSync('public/data/indicators/kreisreihen.json', 'utf8')).series;
const SCHOOL = { name: 'Gem. Grundschule Am Steimel Hennef-Uckerath', address: 'Finkenweg 25, 53773 Hennef (Sieg)', lngLat: [7.368605, 50.736852] };

test('?lang=en: "The district compared", a school\'s card and a sample Sozialraum speak English', async () => {
  const { page, context, errors } = await stage.open('/?lang=en#indikator=kinderarmut&jahr=2022&gebiet=05382068', { renderer: 'canvas', width: 1366, height: 768 });
  await page.locator('atlas-panel button[name=kreis-series]').click();
  const section = page.locator('atlas-about dialog [data-testid=about-kreis]');
  await section.locator('article[data-series]').first().waitFor();
  assert.equal(await section.locator('h3').innerText(), 'The district compared');
  // The section itself: the rest of "About the data" quotes German source titles the catalog's English keeps.
  const text = await section.innerText();
  assert.deepEqual(germanIn(text), [], 'no German interface text');
  const german = GERMAN_SERIES.flatMap((s) => [s.label, s.definition, s.note, s.source, s.unit].filter((t) => t && /\p{L}{3}/u.test(t) && text.includes(t)));
  assert.deepEqual(german, [], 'no German series text');
  const kita = section.locator('article[data-series="kita-unter-3"]');
  assert.equal(await kita.locator('h5').innerText(), 'Childcare rate of children under 3 (day-care centres)');
  assert.match(await kita.innerText(), /Federal Institute for Research on Building, Urban Affairs and Spatial Development/);
  assert.match(await section.locator('[data-testid=kreis-related] h4').innerText(), /^Related to “Child poverty/);
  await page.locator('atlas-about dialog button[name=about-close]').click();

  // A sample Sozialraum, chosen at its level: its English name on the card and the map.
  await page.evaluate(() => (location.hash = '#indikator=kinderarmut&ebene=sozialraeume&gemeinde=05382004&gebiet=05382004-001'));
  const title = page.locator('atlas-panel h2');
  await page.locator('atlas-panel h2', { hasText: /^Sample social area/ }).waitFor();
  assert.equal(await title.innerText(), 'Sample social area 1 – Alfter');
  assert.deepEqual(germanIn(await screenText(page)), [], 'no German name at the Sozialraum level');

  // A school: its card's attributes in English (its name and address are proper names).
  await page.evaluate(() => (location.hash = '#indikator=dichte&standorte=schulen'));
  await page.locator('atlas-point-legend section[data-layer=schulen]').waitFor({ timeout: 15000 });
  await waitForIdle(page);
  const at = await pageXY(page, SCHOOL.lngLat);
  await page.mouse.move(at.x, at.y);
  const tooltip = page.locator('sozial-atlas .tooltip');
  await tooltip.waitFor();
  const tip = (await tooltip.innerText()).replace(SCHOOL.name, '').replace(SCHOOL.address, '');
  for (const part of ['Type of school: Primary school', 'Legal status: State', 'Startchancen: no', 'Social index: 2']) assert.ok(tip.includes(part), `${part} in ${tip}`);
  assert.deepEqual(germanIn(tip), [], `the school's card: ${tip}`);

  assert.deepEqual(errors, []);
  await context.close();
});
