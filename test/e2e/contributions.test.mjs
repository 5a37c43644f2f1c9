// Workshop contributions (issue 25) as a person uses them: added by mouse (an area from its card)
// and by keyboard (a point set with the crosshair), voted and taken back, edited, deleted and
// restored, kept over a reload, pinned on the MapLibre and the 2D map in their category's colour,
// chosen from the map and by a link, exported and loaded into a fresh browser with the texts
// unchanged, two browsers' files merged with their one conflict listed, and a file with HTML and
// script in its texts shown as text. One server and one browser; each browser a context of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { atlasStage } from './harness.mjs';
import { dropFile, pageXY, pixelAt, probePoint, waitForIdle } from './page-tools.mjs';

/** An area's probe point once the map stands: the same twice 250 ms apart (the pane's content may still move the map's edge). */
async function standingPoint(page, id) {
  let last = await probePoint(page, id);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(250);
    await waitForIdle(page);
    const next = await probePoint(page, id);
    if (Math.abs(next.x - last.x) < 1 && Math.abs(next.y - last.y) < 1) return next;
    last = next;
  }
  return last;
}

const stage = atlasStage({ reducedMotion: true });
const VIEW = '#indikator=dichte&klassen=5&methode=quantile';
const SIEGBURG = '05382060';
// Category colours of src/symbology/points.ts (CONTRIBUTION_STYLE), as the legend shows them.
const COLOUR = { bedarf: '#c2185b', angebot: '#1b7837' };
const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (got, want, tolerance) => got.every((v, i) => Math.abs(v - want[i]) <= tolerance);

const TEXT_MOUSE = 'Offener Treff „Süd“ für Jugendliche; Öffnungszeiten: 14–18 Uhr';
const TEXT_KEYS = 'Mehr Kitaplätze im Zentrum';

/** The page's list items: number (from the mark), text, meta line. */
const items = (page) =>
  page.locator('atlas-contributions li.item').evaluateAll((lis) =>
    lis.map((li) => ({ id: li.dataset.id, text: li.querySelector('.text').textContent, meta: li.querySelector('.meta').textContent.replace(/\s+/g, ' ').trim(), mark: li.querySelector('svg.mark text')?.textContent })),
  );

/** The pins on the map as the point layer holds them. */
const pins = (page) => page.evaluate(() => document.querySelector('sozial-atlas').pointLayers.find((l) => l.id === 'beitraege')?.features ?? []);


/** A pin's body shows its category's colour: below the anchor, clear of the white number on it (±2 per channel, retried while a frame comes). */
async function assertPinColour(page, pin, label) {
  const want = rgb(COLOUR[pin.category]);
  const at = await pageXY(page, pin.lngLat);
  let got = null;
  for (let i = 0; i < 30; i++) {
    got = await pixelAt(page, { x: Math.round(at.x + 3), y: Math.round(at.y + 5) });
    if (near(got, want, 2)) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`${label}: pin ${pin.label} (${pin.category}) at ${at.x},${at.y} shows ${got}, not ${want}`);
}

async function exportFile(page, kind) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`atlas-contributions button[name=export-${kind}]`).click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

/** Chooses files in the pane's "Beiträge laden". */
async function load(page, files) {
  await page.locator('atlas-contributions input[name=load]').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/geo+json', buffer: Buffer.from(f.text) })));
  await page.locator('atlas-contributions [data-testid=merge-report]').waitFor();
}

/** Keeps every text of the status region from now on: a slow machine may look after its 1.5 s are over. */
const listen = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('sozial-atlas').renderRoot.querySelector('[data-testid=announcer]');
    window.__said = [];
    new MutationObserver(() => window.__said.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
  });

/** Resolves once the status region has said `pattern` (since the last time it was asked); the texts up to it are used up. */
const announced = (page, pattern) =>
  page.waitForFunction((source) => {
    const said = window.__said ?? [];
    const i = said.findIndex((text) => new RegExp(source).test(text));
    if (i < 0) return false;
    said.splice(0, i + 1);
    return true;
  }, pattern.source);

let exported = null;
let exportedCsv = null;
let firstIds = null;

test('add by mouse and keyboard, vote and undo, edit, delete and restore, reload, pins on the MapLibre map, chosen from the map and by link', async () => {
  const { page, context, errors } = await stage.open(`/${VIEW}`);
  // The toolbar's button opens the pane: a region named "Beiträge".
  await page.getByRole('button', { name: 'Beiträge', exact: true }).click();
  const pane = page.getByRole('region', { name: 'Beiträge', exact: true });
  await pane.waitFor();
  await listen(page);
  assert.match(await page.evaluate(() => location.hash), /beitraege=1/);

  // Mouse: the area on the map, then its card's "Beitrag zu diesem Gebiet" (two steps from the map).
  // The map reframes beside the opened pane: the point is looked up once it stands.
  await waitForIdle(page);
  const siegburg = await standingPoint(page, SIEGBURG);
  await page.mouse.click(siegburg.x, siegburg.y);
  await page.getByRole('button', { name: 'Beitrag zu diesem Gebiet' }).click();
  assert.equal(await page.locator('contribution-form [data-testid=form-area]').innerText(), 'Gebiet: Siegburg');
  await page.locator('contribution-form').getByRole('radio', { name: 'Angebot' }).check();
  await page.locator('contribution-form textarea[name=text]').fill(TEXT_MOUSE);
  assert.equal(await page.locator('contribution-form #text-count').innerText(), `${[...TEXT_MOUSE].length} von 1.000 Zeichen`);
  await page.locator('contribution-form').getByRole('button', { name: 'Beitrag speichern' }).click();
  await announced(page, /Beitrag 1 hinzugefügt/);
  assert.deepEqual((await items(page)).map((i) => [i.mark, i.text, i.meta]), [['1', TEXT_MOUSE, 'Angebot · Siegburg · 0 Stimmen']]);
  // The card counts it and opens the pane at its area.
  assert.equal(await page.locator('atlas-panel button[name=contributions]').innerText(), '1 Beitrag');
  await page.locator('atlas-panel button[name=contributions]').click();
  assert.match(await page.locator('atlas-contributions [data-testid=area-filter]').innerText(), /^Nur Siegburg\s+alle Gebiete$/);
  await page.locator('atlas-contributions button[name=area-filter-clear]').click();

  // Keyboard: "Beitrag hinzufügen", text, place "Punkt auf der Karte", the crosshair moved with arrows, Enter, save.
  await page.locator('atlas-contributions button[name=add]').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type(TEXT_KEYS);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.locator('contribution-form input[value=point]').isChecked(), true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=place-picker]').waitFor();
  await announced(page, /Fadenkreuz/);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await announced(page, /Punkt gesetzt/);
  assert.equal(await page.locator('contribution-form [data-testid=form-point]').innerText(), 'Punkt gesetzt');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await announced(page, /Beitrag 2 hinzugefügt/);
  const list = await items(page);
  assert.deepEqual(list.map((i) => [i.mark, i.text]), [['1', TEXT_MOUSE], ['2', TEXT_KEYS]]);
  firstIds = list.map((i) => i.id);

  // The pins: numbered, in their category's colours, where the map puts them.
  const onMap = await pins(page);
  assert.deepEqual(onMap.map((p) => [p.label, p.category, p.text]), [['1', 'angebot', TEXT_MOUSE], ['2', 'bedarf', TEXT_KEYS]]);
  await waitForIdle(page);
  for (const pin of onMap) await assertPinColour(page, pin, 'webgl');
  // The point set 3 × 8 px below the map's middle.
  const middle = await page.evaluate(() => {
    const canvas = document.querySelector('sozial-atlas').mapInstance.map.getCanvas().getBoundingClientRect();
    return { x: canvas.left + canvas.width / 2, y: canvas.top + canvas.height / 2 };
  });
  const placed = await pageXY(page, onMap[1].lngLat);
  assert.ok(Math.abs(placed.x - middle.x) <= 1 && Math.abs(placed.y - (middle.y + 24)) <= 1, `the crosshair's point: ${JSON.stringify(placed)} vs middle ${JSON.stringify(middle)}`);
  // The legend keys the categories with their counts.
  assert.deepEqual(await page.locator('atlas-point-legend [data-testid=point-keys] li').allInnerTexts(), ['Angebot (1)', 'Bedarf (1)']);

  // Hover on a pin shows its category and text (not the area under it).
  await page.mouse.move((await pageXY(page, onMap[1].lngLat)).x, (await pageXY(page, onMap[1].lngLat)).y - 4);
  const tooltip = page.locator('sozial-atlas .tooltip');
  await tooltip.waitFor();
  assert.equal(await tooltip.innerText(), `Bedarf\n${TEXT_KEYS}`);
  await page.mouse.move(5, 5);

  // +1 and its undo on this device.
  const first = page.locator(`atlas-contributions li[data-id="${firstIds[0]}"]`);
  await first.locator('button[name=vote]').click();
  assert.equal(await first.locator('[data-testid=votes]').innerText(), '1 Stimme');
  await announced(page, /Beitrag 1: Stimme gezählt/);
  assert.equal(await first.locator('button[name=vote]').getAttribute('aria-pressed'), 'true');
  await first.locator('button[name=vote]').click();
  assert.equal(await first.locator('[data-testid=votes]').innerText(), '0 Stimmen');

  // Sorted and filtered: 2 with a vote first (by votes and by newest), only Angebot shows 1.
  const marks = async () => (await items(page)).map((i) => i.mark);
  await page.locator(`atlas-contributions li[data-id="${firstIds[1]}"] button[name=vote]`).click();
  assert.deepEqual(await marks(), ['2', '1']);
  await page.locator('atlas-contributions select[name=sort]').selectOption('newest');
  assert.deepEqual(await marks(), ['2', '1']);
  await page.locator('atlas-contributions select[name=sort]').selectOption('area');
  assert.deepEqual(await marks(), ['1', '2'], 'Siegburg (a Gemeinde itself) before the point in one of its Sozialräume');
  await page.locator('atlas-contributions input[name=category][value=angebot]').check();
  assert.deepEqual(await marks(), ['1']);
  assert.equal(await page.locator('atlas-contributions [data-testid=contribution-count]').innerText(), '1 von 2 Beiträgen');
  await page.locator('atlas-contributions input[name=category][value=angebot]').uncheck();
  await page.locator(`atlas-contributions li[data-id="${firstIds[1]}"] button[name=vote]`).click();
  await page.locator('atlas-contributions select[name=sort]').selectOption('votes');

  // Chosen in the list: chosen on the map (the legend's list of points presses it) and named in the link.
  await page.locator(`atlas-contributions li[data-id="${firstIds[1]}"] button.pick`).click();
  await page.waitForFunction((id) => location.hash.includes(`beitrag=${id}`), firstIds[1]);
  await page.locator(`atlas-point-legend button[data-id="${firstIds[1]}"][aria-pressed=true]`).waitFor({ state: 'attached', timeout: 3000 });

  // Edit: the text changes, the number stays.
  const second = page.locator(`atlas-contributions li[data-id="${firstIds[1]}"]`);
  await second.locator('button[name=edit]').click();
  assert.equal(await page.locator('contribution-form h3').innerText(), 'Beitrag 2 bearbeiten');
  await page.locator('contribution-form textarea[name=text]').fill(`${TEXT_KEYS} und in Kaldauen`);
  await page.locator('contribution-form').getByRole('button', { name: 'Änderungen speichern' }).click();
  assert.equal(await second.locator('.text').innerText(), `${TEXT_KEYS} und in Kaldauen`);

  // Delete, then undo: back with its number (numbers follow the order of creation, so the other one is 1 meanwhile).
  await first.locator('button[name=remove]').click();
  assert.deepEqual((await items(page)).map((i) => [i.mark, i.text]), [['1', `${TEXT_KEYS} und in Kaldauen`]]);
  await announced(page, /Beitrag 1 gelöscht/);
  await page.locator('atlas-contributions button[name=undo]').click();
  assert.deepEqual((await items(page)).map((i) => [i.mark, i.text]).sort(), [['1', TEXT_MOUSE], ['2', `${TEXT_KEYS} und in Kaldauen`]]);

  // A click on a pin chooses it in the list (and the link names it).
  const pin1 = (await pins(page)).find((p) => p.label === '1');
  const at = await pageXY(page, pin1.lngLat);
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction((id) => location.hash.includes(`beitrag=${id}`), firstIds[0]);
  assert.equal(await first.locator('button.pick').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-contributions').renderRoot.activeElement?.className), 'pick');

  exported = await exportFile(page, 'geojson');
  assert.match(exported.name, /^beitraege-.*\.geojson$/);
  // The CSV for Excel: BOM, ';', one row per contribution with its text and category.
  exportedCsv = await exportFile(page, 'csv');
  assert.match(exportedCsv.name, /^beitraege-.*\.csv$/);
  assert.equal(exportedCsv.text.charCodeAt(0), 0xfeff, 'UTF-8 with BOM');
  const rows = exportedCsv.text.slice(1).trim().split(/\r?\n/);
  assert.equal(rows.length, 3, rows.join('\n'));
  assert.match(rows[0], /^"?id"?;"?kategorie"?;/);
  assert.ok(rows.some((r) => r.includes('"angebot"') && r.includes(`"${TEXT_MOUSE.replaceAll('"', '""')}"`)), rows.join('\n'));

  // Reload: kept in IndexedDB; the link opens the pane and chooses the contribution it names.
  await page.goto(`${stage.origin}/${VIEW}&beitraege=1&beitrag=${firstIds[1]}`);
  await page.reload();
  await page.locator('atlas-contributions li.item').nth(1).waitFor();
  assert.deepEqual((await items(page)).map((i) => i.text).sort(), [TEXT_MOUSE, `${TEXT_KEYS} und in Kaldauen`].sort());
  await page.waitForFunction((id) => document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-contributions')?.renderRoot.querySelector(`li[data-id="${id}"] button.pick`)?.getAttribute('aria-pressed') === 'true', firstIds[1]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('export, then load into a fresh browser: the same texts, pins on the 2D map; two browsers merged with one conflict', async () => {
  assert.ok(exported, 'the first test exported a file');
  const b = await stage.open(`/?renderer=canvas${VIEW}&beitraege=1`, { renderer: null });
  assert.equal(await b.page.evaluate(() => document.querySelector('sozial-atlas').mapInstance.kind), 'canvas');
  await b.page.getByRole('region', { name: 'Beiträge', exact: true }).waitFor();
  await load(b.page, [exported]);
  assert.match(await b.page.locator('[data-testid=merge-report]').innerText(), /2 neu, 0 aktualisiert, 0 unverändert/);
  const texts = (f) => JSON.parse(f.text).features.map((x) => x.properties.text);
  assert.deepEqual((await items(b.page)).map((i) => i.text).sort(), texts(exported).sort());
  const again = await exportFile(b.page, 'geojson');
  assert.deepEqual(texts(again), texts(exported));
  await waitForIdle(b.page);
  for (const pin of await pins(b.page)) await assertPinColour(b.page, pin, 'canvas');

  // Both browsers change contribution 1 after parting: the newer change wins, the conflict is listed.
  const a = await stage.open(`/${VIEW}&beitraege=1`);
  await load(a.page, [exported]);
  const edit = async (page, text) => {
    await page.locator(`atlas-contributions li[data-id="${firstIds[0]}"] button[name=edit]`).click();
    await page.locator('contribution-form textarea[name=text]').fill(text);
    await page.locator('contribution-form button[type=submit]').click();
  };
  await edit(a.page, 'Treff Süd: Fassung aus Browser A');
  await a.page.waitForTimeout(20);
  await edit(b.page, 'Treff Süd: Fassung aus Browser B');
  const fileA = await exportFile(a.page, 'geojson');
  const fileB = await exportFile(b.page, 'geojson');
  const c = await stage.open(`/${VIEW}&beitraege=1`);
  await load(c.page, [
    { ...fileA, name: 'a.geojson' },
    { ...fileB, name: 'b.geojson' },
  ]);
  const report = await c.page.locator('[data-testid=merge-report]').innerText();
  assert.match(report, /2 neu, 1 aktualisiert/);
  assert.match(report, /1 Konflikt/);
  assert.match(await c.page.locator('[data-testid=conflicts]').innerText(), /Fassung aus Browser B/);
  assert.ok((await items(c.page)).some((i) => i.text === 'Treff Süd: Fassung aus Browser B'));
  for (const s of [a, b, c]) assert.deepEqual(s.errors, []);
  await Promise.all([a.context.close(), b.context.close(), c.context.close()]);
});

test('a dropped file with HTML and script in its texts and bad entries: shown as text, nothing run, each problem located; the CSV read back', async () => {
  const { page, context, errors } = await stage.open(`/${VIEW}`);
  await listen(page);
  const evil = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', geometry: null, properties: { id: 'x1', kategorie: 'frage', text: '<img src=x onerror="window.__pwned=1">Bild?', organisation: '<b>Verein</b>', stimmen: 0, gebiet: SIEGBURG, workshop: 'Test', frage: '', erstellt: '2026-12-07T09:00:00Z', geaendert: '2026-12-07T09:00:00Z' } },
      { type: 'Feature', geometry: null, properties: { id: 'x2', kategorie: 'idee', text: '<script>window.__pwned=2</script>Skript', organisation: null, stimmen: 0, gebiet: SIEGBURG, workshop: 'Test', frage: '', erstellt: '2026-12-07T09:01:00Z', geaendert: '2026-12-07T09:01:00Z' } },
      { type: 'Feature', geometry: null, properties: { id: 'x3', workshop: 'Test', frage: '', kategorie: 'wunsch', text: 'Ein Wunsch', organisation: null, stimmen: 0, gebiet: SIEGBURG, erstellt: '2026-12-07T09:02:00Z', geaendert: '2026-12-07T09:02:00Z' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [13.4, 52.52] }, properties: { id: 'x4', workshop: 'Test', frage: '', kategorie: 'frage', text: 'In Berlin?', organisation: null, stimmen: 0, gebiet: null, erstellt: '2026-12-07T09:03:00Z', geaendert: '2026-12-07T09:03:00Z' } },
      { type: 'Feature', geometry: null, properties: { id: 'x5', workshop: 'Test', frage: '', kategorie: 'bedarf', text: 'L'.repeat(1200), organisation: null, stimmen: 0, gebiet: SIEGBURG, erstellt: '2026-12-07T09:04:00Z', geaendert: '2026-12-07T09:04:00Z' } },
      { type: 'Feature', geometry: null, properties: { id: 'x6', workshop: 'Test', frage: '', kategorie: 'idee', text: 'Gebiet unbekannt', organisation: null, stimmen: 0, gebiet: '99999999', erstellt: '2026-12-07T09:05:00Z', geaendert: '2026-12-07T09:05:00Z' } },
    ],
  };
  await dropFile(page, 'fremd.geojson', JSON.stringify(evil), 'application/geo+json');
  await page.locator('atlas-contributions [data-testid=merge-report]').waitFor();
  const report = page.locator('atlas-contributions [data-testid=merge-report]');
  assert.match(await report.innerText(), /5 neu, 0 aktualisiert, 0 unverändert/);
  // Each bad entry located (file, entry number, field, id) with what happened to it; only the unknown category is not loaded.
  await report.locator('atlas-problems summary').click();
  const problems = await report.locator('atlas-problems li').allInnerTexts();
  const problem = (pattern) => problems.find((p) => pattern.test(p)) ?? assert.fail(`no problem ${pattern} in ${JSON.stringify(problems)}`);
  assert.match(problem(/wunsch/), /^fremd\.geojson – Eintrag 3, Feld „kategorie“, ID „x3“:.*Unbekannte Kategorie „wunsch“.*wird nicht geladen/s);
  assert.match(problem(/außerhalb/), /Eintrag 4, .*ID „x4“:.*wird geladen/s);
  assert.match(problem(/1\.200 Zeichen/), /Eintrag 5, Feld „text“, ID „x5“:.*ersten 1\.000/s);
  assert.match(problem(/99999999/), /Eintrag 6, Feld „gebiet“, ID „x6“:.*wird geladen/s);
  assert.equal(problems.length, 4, JSON.stringify(problems));
  const listed = await items(page);
  assert.deepEqual(listed.map((i) => i.id).sort(), ['x1', 'x2', 'x4', 'x5', 'x6']);
  assert.equal(listed.find((i) => i.id === 'x5').text.length, 1000);
  const texts = listed.filter((i) => i.id === 'x1' || i.id === 'x2').map((i) => i.text).sort();
  assert.deepEqual(texts, ['<img src=x onerror="window.__pwned=1">Bild?', '<script>window.__pwned=2</script>Skript']);
  assert.match((await items(page)).find((i) => i.id === 'x1').meta, /<b>Verein<\/b>/);
  assert.equal(await page.evaluate(() => document.querySelector('sozial-atlas').renderRoot.querySelector('atlas-contributions').renderRoot.querySelectorAll('img, script, b').length), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  // The own-data import did not take it.
  assert.equal(await page.locator('atlas-import [data-testid=import-summary]').count(), 0);

  // The first test's CSV read back: its two contributions with the same texts.
  assert.ok(exportedCsv, 'the first test exported a CSV');
  await page.locator('atlas-contributions button[name=report-close]').click();
  await page.locator('atlas-contributions input[name=load]').setInputFiles({ name: exportedCsv.name, mimeType: 'text/csv', buffer: Buffer.from(exportedCsv.text) });
  await report.waitFor();
  assert.match(await report.innerText(), /2 neu, 0 aktualisiert, 0 unverändert/);
  // They belong to the first test's workshop, kept beside "Test": switched to, its contributions are listed.
  const workshops = page.locator('atlas-contributions select[name=workshop]');
  assert.equal(await page.locator('atlas-contributions [data-testid=workshop] .title').innerText(), 'Test');
  assert.deepEqual((await workshops.locator('option').allInnerTexts()).length, 2);
  await workshops.selectOption('workshop');
  await announced(page, /^Workshop /);
  const fromCsv = (await items(page)).filter((i) => !i.id.startsWith('x')).map((i) => i.text).sort();
  assert.deepEqual(fromCsv, JSON.parse(exported.text).features.map((f) => f.properties.text).sort());
  assert.deepEqual(errors, []);
  await context.close();
});
