// Print/export as a committee member gets it: the PDF's text (pdftotext), its first page as
// pixels (pdftoppm), the PNG's size, a scale bar that matches the map; and as a council
// information system and a screen reader get it: fonts embedded (pdffonts), tagged with a
// structure tree (pdfinfo), table values as text, labels large enough, a map series.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { booleanPointInPolygon, bbox, distance } from '@turf/turf';
import { startPreview, launchBrowser, openPage, waitForChoropleth } from './harness.mjs';
import { legendRows, hexToRgb } from './page-tools.mjs';
import { decodePng } from './png.mjs';

const dir = mkdtempSync(join(tmpdir(), 'atlas-print-'));
const topo = JSON.parse(readFileSync('public/data/rhein-sieg.topo.json', 'utf8'));
const gemeinden = feature(topo, topo.objects.gemeinden).features;
const kreis = feature(topo, topo.objects.kreis).features[0];
const dichte = Object.fromEntries(
  readFileSync('public/data/indicators/gemeinden-bevoelkerung-2018.csv', 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(';'))
    .map((c) => [c[0], Number(c[6])]),
);

let server;
let exports = 0;
let browser;
let session;
before(async () => {
  server = await startPreview();
  browser = await launchBrowser();
  session = await openPage(browser);
  await session.page.goto(`${server.origin}/#indikator=dichte&klassen=5&methode=quantile`);
  await waitForChoropleth(session.page);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function exportSheet({ paper, orientation, format, title, blocks = [], series = [], page = session.page }) {
  await page.locator('sozial-atlas button[name=print]').click();
  await page.locator('atlas-print-dialog select[name=paper]').selectOption(paper);
  await page.locator('atlas-print-dialog select[name=orientation]').selectOption(orientation);
  await page.locator('atlas-print-dialog select[name=format]').selectOption(format);
  if (title) await page.locator('atlas-print-dialog input[name=title]').fill(title);
  for (const block of blocks) await page.locator(`atlas-print-dialog input[name=block][value=${block}]`).check();
  if (series.length) {
    // The list stays open from an earlier series: opened, not toggled.
    await page.locator('atlas-print-dialog details').evaluate((d) => (d.open = true));
    for (const id of series) await page.locator(`atlas-print-dialog input[name=series][value="${id}"]`).check();
  }
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('atlas-print-dialog button[type=submit]').click()]);
  const path = join(dir, `${++exports}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

/** Binary PPM (P6) from pdftoppm -> { width, height, at(x, y) -> [r,g,b] } */
function readPpm(path) {
  const buf = readFileSync(path);
  const header = buf.subarray(0, 64).toString('latin1').split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const offset = buf.indexOf(0x0a, buf.indexOf(0x0a, buf.indexOf(0x0a) + 1) + 1) + 1;
  return { width, height, at: (x, y) => [...buf.subarray(offset + (y * width + x) * 3, offset + (y * width + x) * 3 + 3)] };
}

// Where the sheet puts the map for A4 landscape (see src/print/sheet.ts) and how the renderer fits
// the Kreis into it; re-derived here so that a misplaced map fails the test.
const FRAME = { x: 12, y: 34, w: 297 - 24 - 62 - 6, h: 210 - 34 - 12 - 24 };
const R = 6378137;
const merc = ([lng, lat]) => [(R * lng * Math.PI) / 180, R * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))];
function fit() {
  const [w, s, e, n] = bbox(kreis);
  const [x0, y0] = merc([w, s]);
  const [x1, y1] = merc([e, n]);
  const scale = Math.min((FRAME.w - 16) / (x1 - x0), (FRAME.h - 32) / (y1 - y0)); // mm per projected metre
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  return { scale, toMm: (p) => { const [x, y] = merc(p); return [FRAME.x + FRAME.w / 2 + (x - cx) * scale, FRAME.y + FRAME.h / 2 - (y - cy) * scale]; } };
}

test('the PDF has real text: title, legend bounds, sources and date', async () => {
  const pdf = await exportSheet({ paper: 'A4', orientation: 'landscape', format: 'pdf', title: 'Dichte im Ausschuss' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  assert.match(text, /Dichte im Ausschuss/);
  for (const row of await legendRows(session.page)) {
    assert.ok(text.includes(row.text.replace(/^Klasse \d+:\s*/, '')), `legend bound "${row.text}" in the PDF`);
  }
  assert.match(text, /Quelle: Statistisches Bundesamt \(Destatis\), Gemeindeverzeichnis GV-ISys/);
  assert.match(text, /© GeoBasis-DE \/ BKG \(2016\)/);
  assert.match(text, /Rhein-Sieg-Kreis/);
  const today = new Date().toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });
  assert.match(text, new RegExp(`Erstellt am ${today.replaceAll('.', '\\.')}`));
  assert.match(text, /\b10 km\b|\b5 km\b|\b20 km\b/);
});

test('the PDF page shows each Gemeinde in its legend colour at its position', async () => {
  const pdf = await exportSheet({ paper: 'A4', orientation: 'landscape', format: 'pdf' });
  const dpi = 100;
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
  const page = readPpm(join(dir, 'page-1.ppm'));
  const rows = await legendRows(session.page);
  const { toMm } = fit();
  const pxPerMm = dpi / 25.4;
  for (const g of gemeinden) {
    const value = dichte[g.properties.id];
    const row = rows.find((r) => value >= r.lower && (r.last ? value <= r.upper : value < r.upper));
    const want = hexToRgb(row.colour);
    // Most frequent colour over a grid of points inside the polygon: labels and borders are minorities.
    const [w, s, e, n] = bbox(g);
    const counts = new Map();
    for (let lng = w; lng <= e; lng += (e - w) / 25)
      for (let lat = s; lat <= n; lat += (n - s) / 25) {
        if (!booleanPointInPolygon([lng, lat], g)) continue;
        const [mx, my] = toMm([lng, lat]);
        const key = page.at(Math.round(mx * pxPerMm), Math.round(my * pxPerMm)).join();
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    const mode = [...counts].sort((a, b) => b[1] - a[1])[0][0].split(',').map(Number);
    const off = Math.max(...mode.map((c, i) => Math.abs(c - want[i])));
    assert.ok(off <= 10, `${g.properties.name}: page shows ${mode}, legend says ${want}`);
  }
});

test('the PNG is A4 at 300 dpi and its scale bar matches the map scale within 2 %', async () => {
  const png = readFileSync(await exportSheet({ paper: 'A4', orientation: 'landscape', format: 'png' }));
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  assert.deepEqual([width, height], [3508, 2480]);
  const phys = png.indexOf(Buffer.from('pHYs'));
  assert.ok(phys > 0 && png.readUInt32BE(phys + 4) === 11811, '300 dpi recorded');

  // Bar: its left (filled) half starts 5 mm into the frame, 8 mm above the frame's bottom.
  const pxPerMm = 300 / 25.4;
  const rgb = decodePng(png);
  const y = Math.round((FRAME.y + FRAME.h - 8 + 0.8) * pxPerMm);
  let x = Math.round((FRAME.x + 5) * pxPerMm);
  const dark = (p) => p[0] < 80 && p[1] < 80 && p[2] < 80;
  while (!dark(rgb.at(x, y))) x++;
  const start = x;
  while (dark(rgb.at(x, y))) x++;
  const halfBarMm = (x - start) / pxPerMm;
  // Ground distance across the Kreis along its middle parallel (turf, great circle) against the
  // same span on paper: the map's true scale at its centre, measured, not taken from the renderer.
  const [w, s, e, n] = bbox(kreis);
  const mid = [(w + e) / 2, (s + n) / 2];
  const { toMm } = fit();
  const spanMm = toMm([e, mid[1]])[0] - toMm([w, mid[1]])[0];
  const metresPerMm = (distance([w, mid[1]], [e, mid[1]], { units: 'kilometers' }) * 1000) / spanMm;
  // The bar's label as printed on the same sheet (the PDF of this view has it as text).
  const pdfText = execFileSync('pdftotext', ['-layout', await exportSheet({ paper: 'A4', orientation: 'landscape', format: 'pdf' }), '-'], { encoding: 'utf8' });
  const km = Number(pdfText.match(/^\s*0\s+(\d+) km\s*$/m)[1]);
  const expectedMm = (km * 1000) / metresPerMm;
  assert.ok(Math.abs(2 * halfBarMm - expectedMm) / expectedMm < 0.02, `bar ${2 * halfBarMm} mm, map scale says ${expectedMm} mm`);
});

test('Ctrl+P prints the same sheet, not the UI', async () => {
  const { page } = session;
  const pdf = join(dir, 'browser-print.pdf');
  // page.pdf() runs Chromium's print path: beforeprint fires, print media applies.
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  // The sheet is one image at print resolution; the UI's controls must not be printed.
  assert.doesNotMatch(text, /Klassifikation|Drucken \/ Exportieren|Gemeinde wählen/);
  execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', pdf, join(dir, 'browser')]);
  const page1 = readPpm(join(dir, 'browser-1.ppm'));
  assert.ok(page1.width > page1.height, 'landscape sheet');
  const rows = await legendRows(page);
  const seen = new Set();
  for (let y = 0; y < page1.height; y += 2) for (let x = 0; x < page1.width; x += 2) seen.add(page1.at(x, y).join());
  const near = (want) => [...seen].some((c) => c.split(',').every((v, i) => Math.abs(Number(v) - want[i]) <= 6));
  for (const row of rows) assert.ok(near(hexToRgb(row.colour)), `class colour ${row.colour} is on the printed sheet`);
  assert.equal(await page.locator('sozial-atlas .print-sheet canvas').count(), 0, 'sheet removed after printing');
});

const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8' });
/** DejaVu Sans: ascender 0.928 em + descender 0.236 em, the height of pdftotext's word boxes. */
const BOX_EM = 1.164;
/** Words inside a box (pt) of a page, with their font size from the height of their box. */
function words(pdf, pageNo, inside = null) {
  const xml = run('pdftotext', ['-bbox', '-f', String(pageNo), '-l', String(pageNo), pdf, '-']);
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
    .map((m) => ({ x0: +m[1], y0: +m[2], x1: +m[3], y1: +m[4], text: m[5].replaceAll('&amp;', '&'), size: (+m[4] - +m[2]) / BOX_EM }))
    .filter((w) => !inside || (w.x0 >= inside.x0 && w.x1 <= inside.x1 && w.y0 >= inside.y0 && w.y1 <= inside.y1));
}
const PT = 72 / 25.4;

test('every font of the PDF is embedded, as a subset; the PDF is tagged, in German, its title shown', async () => {
  const pdf = await exportSheet({ paper: 'A4', orientation: 'portrait', format: 'pdf', title: 'Bevölkerungsdichte – Ausschuss für Soziales', blocks: ['table'] });
  const fonts = run('pdffonts', [pdf]).trim().split('\n').slice(2);
  assert.ok(fonts.length >= 2, 'regular and bold');
  for (const line of fonts) {
    // name, type, encoding, then emb, sub, uni as yes/no
    const name = line.split(/\s+/)[0];
    const [emb, sub] = line.match(/\b(yes|no)\b/g) ?? [];
    assert.match(name, /^[A-Z]{6}\+DejaVuSans/, line);
    assert.equal(emb, 'yes', `${line}: embedded`);
    assert.equal(sub, 'yes', `${line}: subset`);
  }
  const info = run('pdfinfo', [pdf]);
  assert.match(info, /^Tagged:\s+yes$/m);
  assert.match(info, /^Title:\s+Bevölkerungsdichte – Ausschuss für Soziales$/m);
  const raw = readFileSync(pdf, 'latin1');
  assert.match(raw, /\/Lang \(de-DE\)/);
  assert.match(raw, /\/DisplayDocTitle true/);
  // The structure: title, map as figure, legend and data table as tables with header cells.
  const struct = run('pdfinfo', ['-struct-text', pdf]);
  assert.match(struct, /^ {2}H1 \(block\)\n {4}"Bevölkerungsdichte – Ausschuss für Soziales"/m);
  assert.match(struct, /^ {2}Figure\b/m);
  assert.ok((struct.match(/^\s+Table\b/gm) ?? []).length >= 2, 'legend and data table');
  assert.match(struct, /^\s+TH\b/m);
  const order = ['H1', 'Figure', 'Table'].map((tag) => struct.search(new RegExp(`^\\s+${tag}\\b`, 'm')));
  assert.deepEqual([...order].sort((a, b) => a - b), order, 'reading order: title, map, legend');
});

test("the data table's values are text in the PDF, every Gemeinde with its value", async () => {
  const pdf = await exportSheet({ paper: 'A4', orientation: 'landscape', format: 'pdf', blocks: ['table'] });
  const lines = run('pdftotext', ['-layout', pdf, '-']).split('\n');
  for (const g of gemeinden) {
    const value = dichte[g.properties.id].toLocaleString('de-DE', { maximumFractionDigits: 0 });
    assert.ok(
      lines.some((l) => l.includes(g.properties.name) && new RegExp(`\\s${value.replace('.', '\\.')}(\\s|$)`).test(l.slice(l.indexOf(g.properties.name)))),
      `${g.properties.name} with ${value} in the table`,
    );
  }
});

test('map labels are real text, at least 7 pt on A4 and 9 pt on A3, and do not overlap', async () => {
  for (const [paper, least] of [['A4', 7], ['A3', 9]]) {
    const pdf = await exportSheet({ paper, orientation: 'landscape', format: 'pdf' });
    const [w, h] = paper === 'A4' ? [297, 210] : [420, 297];
    const side = paper === 'A4' ? 62 : 80;
    const frame = { x0: 12 * PT, y0: 34 * PT, x1: (w - 12 - side - 6) * PT, y1: (h - 12 - 24) * PT };
    const names = new Set(gemeinden.map((g) => g.properties.name.split(/[\s(-]/)[0]));
    const labels = words(pdf, 1, frame).filter((wd) => names.has(wd.text.split(/[\s(-]/)[0]));
    assert.ok(labels.length >= 15, `${paper}: ${labels.length} Gemeinde names on the map`);
    for (const l of labels) assert.ok(l.size >= least - 0.05, `${paper}: ${l.text} at ${l.size.toFixed(2)} pt`);
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1)) assert.ok(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `${paper}: ${a.text} and ${b.text} overlap`);
  }
});

test('a Gemeinde in focus fills the frame with its Sozialräume, named at 7 pt or more', async () => {
  const s = await openPage(browser);
  try {
    await s.page.goto(`${server.origin}/#indikator=kinderarmut&ebene=sozialraeume&gemeinde=05382056`);
    await waitForChoropleth(s.page);
    const pdf = await exportSheet({ paper: 'A4', orientation: 'portrait', format: 'pdf', page: s.page });
    const text = run('pdftotext', ['-layout', pdf, '-']);
    const labels = words(pdf, 1).filter((wd) => wd.text === 'Beispiel-Sozialraum');
    assert.ok(labels.length >= 3, 'the Sozialräume of Sankt Augustin are named');
    for (const l of labels) assert.ok(l.size >= 6.95, `${l.text} at ${l.size.toFixed(2)} pt`);
    // Only the Gemeinde in focus is named: its neighbours are context.
    assert.doesNotMatch(text, /Troisdorf|Siegburg/);
    assert.match(text, /Sankt Augustin/);
  } finally {
    await s.context.close();
  }
});

test('a map series: five indicators, five pages, each with its own title', async () => {
  const series = ['dichte', 'einwohner', 'frauenanteil', 'kinderarmut', 'personen-bg'];
  const pdf = await exportSheet({ paper: 'A4', orientation: 'landscape', format: 'pdf', series });
  const info = run('pdfinfo', [pdf]);
  assert.match(info, /^Pages:\s+5$/m);
  assert.match(info, /^Tagged:\s+yes$/m);
  const catalog = JSON.parse(readFileSync('public/data/indicators/catalog.json', 'utf8')).indicators;
  const titles = [];
  for (let p = 1; p <= 5; p++) titles.push(run('pdftotext', ['-f', String(p), '-l', String(p), pdf, '-']).split('\n')[0]);
  const labels = series.map((id) => catalog.find((i) => i.id === id).label);
  // The view's own sheet keeps the dialog's title (the measure's label), the others their own.
  for (const label of labels) assert.ok(titles.some((t) => t.startsWith(label)), `a page titled ${label}: ${titles.join(' | ')}`);
  assert.equal(new Set(titles).size, 5, 'five different titles');
});

test('the selected area is outlined on paper only when asked for', async () => {
  const s = await openPage(browser);
  try {
    // Lohmar: its border with its neighbours is inside the Kreis, drawn white unless outlined.
    const lohmar = gemeinden.find((g) => g.properties.name === 'Lohmar');
    await s.page.goto(`${server.origin}/#indikator=dichte&klassen=5&methode=quantile&gebiet=${lohmar.properties.id}`);
    await waitForChoropleth(s.page);
    const dark = async (outline) => {
      await s.page.locator('sozial-atlas button[name=print]').click();
      const box = s.page.locator('atlas-print-dialog input[name=outline]');
      if (outline) await box.check();
      else assert.equal(await box.isChecked(), false, 'off by default');
      const [download] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('atlas-print-dialog button[type=submit]').click()]);
      const pdf = join(dir, `outline-${outline}.pdf`);
      await download.saveAs(pdf);
      const dpi = 150;
      execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', pdf, join(dir, `outline-${outline}`)]);
      const page = readPpm(join(dir, `outline-${outline}-1.ppm`));
      const { toMm } = fit();
      const px = dpi / 25.4;
      // Points on Lohmar's outline away from the Kreis border: dark where the outline is drawn.
      const ring = lohmar.geometry.type === 'Polygon' ? lohmar.geometry.coordinates[0] : lohmar.geometry.coordinates[0][0];
      const inner = ring.filter((p) => booleanPointInPolygon(p, kreis) && distance(p, nearestOnKreis(p), { units: 'kilometers' }) > 1);
      let hits = 0;
      for (const p of inner) {
        const [x, y] = toMm(p).map((v) => Math.round(v * px));
        const around = [[0, 0], [1, 0], [-1, 0], [0, 1], [0, -1]].map(([dx, dy]) => page.at(x + dx, y + dy));
        if (around.some((c) => c.every((v) => v < 90))) hits++;
      }
      return { hits, of: inner.length };
    };
    const off = await dark(false);
    const on = await dark(true);
    assert.ok(off.of > 20, `${off.of} points on Lohmar's inner borders`);
    assert.ok(off.hits / off.of < 0.15, `not outlined by default: ${off.hits} of ${off.of} dark`);
    assert.ok(on.hits / on.of > 0.6, `outlined when asked: ${on.hits} of ${on.of} dark`);
  } finally {
    await s.context.close();
  }
});

/** The nearest vertex of the Kreis outline: a point this close to it sits on the dark Kreis line. */
function nearestOnKreis(p) {
  const ring = kreis.geometry.type === 'Polygon' ? kreis.geometry.coordinates.flat() : kreis.geometry.coordinates.flat(2);
  return ring.reduce((best, q) => (distance(p, q) < distance(p, best) ? q : best), ring[0]);
}

test('the analysis views on paper: scatterplot and ranking on the sheet, the area profile on A4 pages after it', async () => {
  const s = await openPage(browser);
  try {
    // Troisdorf chosen, child poverty against single parents: as a planner leaves the analysis pane.
    await s.page.goto(`${server.origin}/#indikator=kinderarmut&streuung=elb-alleinerziehend&gebiet=05382068`);
    await waitForChoropleth(s.page);
    const pdf = await exportSheet({ paper: 'A4', orientation: 'portrait', format: 'pdf', blocks: ['scatter', 'ranking', 'profile'], page: s.page });
    const info = run('pdfinfo', [pdf]);
    assert.match(info, /^Tagged:\s+yes$/m);
    const pages = Number(info.match(/^Pages:\s+(\d+)$/m)[1]);
    assert.ok(pages >= 2, `sheet and profile: ${pages} pages`);
    const text = (first, last = first) => run('pdftotext', ['-f', String(first), '-l', String(last), pdf, '-']);
    // The sheet (continued where its blocks need more room), then the profile's own pages.
    const starts = Array.from({ length: pages }, (_, i) => text(i + 1)).findIndex((t) => t.startsWith('Gebietsprofil: Troisdorf'));
    assert.ok(starts >= 1, 'the profile follows the sheet');
    const sheet = text(1, starts).replace(/\s+/g, ' ');
    assert.match(sheet, /Streudiagramm/);
    assert.match(sheet, /Rangfolge/);
    assert.match(sheet, /r = −0,54: starker negativer Zusammenhang/, 'r as the screen says it');
    // The ranking: the Gemeinden highest first, as the values order them.
    const order = await s.page.evaluate(() => {
      const m = document.querySelector('sozial-atlas').model;
      return m.plan.shown.map((a) => [a.name, m.plan.cells.get(a.id).value]).sort((a, b) => b[1] - a[1]).map(([name]) => name);
    });
    const ranking = sheet.slice(sheet.indexOf('Rangfolge'));
    const at = order.map((name) => ranking.indexOf(name));
    assert.ok(at.every((i) => i >= 0), `every Gemeinde in the ranking: ${order.filter((_, k) => at[k] < 0)}`);
    assert.deepEqual([...at].sort((a, b) => a - b), at, `highest first: ${order.join(', ')}`);
    // The profile: the mapped indicator's value as the card gives it.
    const profile = text(starts + 1, pages);
    const value = await s.page.evaluate(() => {
      const m = document.querySelector('sozial-atlas').model;
      const cell = m.plan.cells.get('05382068');
      return cell.value.toLocaleString('de-DE', { minimumFractionDigits: m.plan.indicator.decimals, maximumFractionDigits: m.plan.indicator.decimals });
    });
    assert.ok(profile.includes(value), `Troisdorf's ${value} in the profile`);
    const struct = run('pdfinfo', ['-struct-text', pdf]);
    assert.ok((struct.match(/^\s+H1\b/gm) ?? []).length >= 2, 'the sheet and the profile each have their H1');
    assert.ok(altTexts(pdf).some((t) => t.startsWith('r = −0,54: starker negativer Zusammenhang')), 'the scatterplot is a Figure described by its r');
  } finally {
    await s.context.close();
  }
});

test("a bivariate map's sheet carries its 3×3 key in the nine colours of the map", async () => {
  const s = await openPage(browser);
  try {
    await s.page.goto(`${server.origin}/#indikator=kinderarmut&streuung=elb-alleinerziehend&bivariat=1`);
    await waitForChoropleth(s.page);
    const colours = await s.page.evaluate(() => [...document.querySelector('sozial-atlas').model.plan.bivariate.colours]);
    assert.equal(colours.length, 9);
    const pdf = await exportSheet({ paper: 'A4', orientation: 'landscape', format: 'pdf', page: s.page });
    execFileSync('pdftoppm', ['-r', '100', '-f', '1', '-l', '1', pdf, join(dir, 'bivariate')]);
    const page = readPpm(join(dir, 'bivariate-1.ppm'));
    // Beside the map (right of it in landscape), where the legend stands.
    const legendX = Math.round(((297 - 12 - 62) * 100) / 25.4);
    const seen = colours.map(() => 0);
    for (let y = 0; y < page.height; y++)
      for (let x = legendX; x < page.width; x++) {
        const c = page.at(x, y);
        const k = colours.findIndex((hex) => hexToRgb(hex.replace(/^#(..)(..)(..)$/, (_, r, g, b) => `rgb(${parseInt(r, 16)}, ${parseInt(g, 16)}, ${parseInt(b, 16)})`)).every((v, i) => Math.abs(v - c[i]) <= 3));
        if (k >= 0) seen[k]++;
      }
    for (const [i, n] of seen.entries()) assert.ok(n > 40, `key cell ${i + 1} (${colours[i]}) in the legend: ${n} px`);
    assert.ok(altTexts(pdf).some((t) => t.startsWith('Bivariate Legende, neun Felder')), 'the key is a Figure with a text alternative');
  } finally {
    await s.context.close();
  }
});

/** The /Alt strings of a PDF's structure elements (UTF-16BE with a byte order mark, PDF escapes). */
function altTexts(pdf) {
  const raw = readFileSync(pdf, 'latin1');
  return [...raw.matchAll(/\/Alt \(((?:\\.|[^\\)])*)\)/g)].map(([, body]) => {
    const bytes = [];
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== '\\') bytes.push(body.charCodeAt(i));
      else if (/[0-7]/.test(body[i + 1])) {
        const oct = body.slice(i + 1).match(/^[0-7]{1,3}/)[0];
        bytes.push(parseInt(oct, 8));
        i += oct.length;
      } else {
        const c = body[++i];
        bytes.push({ n: 10, r: 13, t: 9, b: 8, f: 12 }[c] ?? c.charCodeAt(0));
      }
    }
    const buf = Buffer.from(bytes);
    return buf[0] === 0xfe && buf[1] === 0xff ? buf.subarray(2).swap16().toString('utf16le') : buf.toString('latin1');
  });
}
