// The live session (issue 28) as a workshop meets it, against the REAL workshop server (started
// in this process from server/workshop-server.mjs on a free port, data in a fresh folder): the
// moderator starts a room and gets the participant link with its QR code; two phones join by the
// link straight into the pane, without moderation controls; a contribution from one shows on the
// others within 1 s; the server restarts on the same port and data and everyone comes back by
// themselves with nothing lost; a phone offline adds two, comes back, all converge; a fourth
// device finds the room full (maxClients 3) and is told so, as is one whose text is over the
// message limit; a participant's page that forges another's contribution is refused, and the others
// never see the forgery; the moderator ends the session and the phones are told. One server, one
// browser, a context per device.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { launchBrowser, openPage, waitForChoropleth } from './harness.mjs';
import { axeViolations } from './axe.mjs';
import { startWorkshopServer } from '../../server/workshop-server.mjs';

const dataDir = mkdtempSync(join(tmpdir(), 'live-e2e-'));
const SETTINGS = { port: 0, host: '127.0.0.1', dataDir, maxClients: 3, maxPayload: 3000 };
let server = await startWorkshopServer(SETTINGS);
// The atlas' pages allow connections to their own origin only (CSP default-src 'self'): the server
// stands behind the page's origin at /workshop, as the README has the district's reverse proxy do it.
let site;
const sockets = new Set();
let browser;
const stage = {
  origin: '',
  async open(path, { width, height }) {
    const session = await openPage(browser, { width, height });
    await session.page.emulateMedia({ reducedMotion: 'reduce' });
    await session.page.goto(stage.origin + path);
    await waitForChoropleth(session.page);
    return session;
  },
};
before(async () => {
  const proxy = { '/workshop': { target: `http://127.0.0.1:${server.port}`, ws: true, rewrite: (path) => path.replace(/^\/workshop/, '') } };
  site = await preview({ logLevel: 'error', preview: { port: 0, host: '127.0.0.1', strictPort: false, proxy } });
  site.httpServer.on('connection', (socket) => sockets.add(socket));
  stage.origin = `http://127.0.0.1:${site.httpServer.address().port}`;
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  // The proxy's upgraded sockets are no longer the HTTP server's to close: ended here, or close() would wait for them.
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => site?.httpServer.close(resolve));
  rmSync(dataDir, { recursive: true, force: true });
});

const SIEGBURG = '05382060';
/** The moderator's and a phone's page and the participant link, handed from the first test to the forgery. */
const room = {};
const status = (page) => page.locator('live-panel [data-testid=live-status]');
const texts = (page) => page.locator('atlas-contributions li.item .text').allInnerTexts();
const live = (page, ms = 10000) => status(page).filter({ hasText: 'Live verbunden' }).waitFor({ timeout: ms });

/** Adds a contribution to the area the link chose, by the form, as a person does. */
async function add(page, text) {
  await page.locator('atlas-contributions button[name=add]').click();
  await page.locator('contribution-form').getByRole('radio', { name: 'Bedarf' }).check();
  await page.locator('contribution-form textarea[name=text]').fill(text);
  await page.locator('contribution-form').getByRole('button', { name: 'Beitrag speichern' }).click();
}

/** Waits until `page` lists `text`; resolves to the ms it took. */
async function sees(page, text, ms = 5000) {
  const t0 = Date.now();
  await page.locator('atlas-contributions li.item .text', { hasText: text }).first().waitFor({ timeout: ms });
  return Date.now() - t0;
}

async function enter(link, { width = 390, height = 844 } = {}) {
  const session = await stage.open(`${link.replace(stage.origin, '')}`.replace('#', `#gebiet=${SIEGBURG}&`), { width, height });
  return session;
}

test('moderator, two phones and a full room: live, restart, offline, no moderation for participants', async () => {
  const query = '?workshop-server=/workshop';
  const moderator = await stage.open(`/${query}#indikator=dichte&beitraege=1&gebiet=${SIEGBURG}`, { width: 1366, height: 768 });
  const m = moderator.page;
  m.on('dialog', (d) => void d.accept());
  await m.locator('live-panel button[name=live-start]').click();
  await live(m);
  const link = await m.locator('live-panel [data-testid=live-link]').innerText();
  assert.match(link, new RegExp(`^${stage.origin}/\\?workshop-server=/workshop#beteiligung=[A-Za-z0-9_-]{22}$`));
  assert.equal(await m.locator('live-panel [data-testid=live-qr]').count(), 1);
  await m.screenshot({ path: '.scratch/live-beamer.png' });
  assert.deepEqual(await axeViolations(m), [], 'the moderator pane with link and QR code passes axe (WCAG 2.1 AA)');

  // Phones by the participant link: straight into the pane, in the room, no moderation controls.
  const a = (await enter(link)).page;
  const b = (await enter(link)).page;
  for (const p of [a, b]) {
    await live(p);
    assert.equal(await p.locator('live-panel button[name=live-end]').count(), 0, 'a participant cannot end the session');
    assert.equal(await p.locator('workshop-frame').count(), 0, 'nor edit the workshop frame');
    assert.equal(await p.locator('contribution-exchange').count(), 0, 'nor export or load files');
  }

  await add(a, 'Spielplatz am Markt');
  for (const other of [m, b]) assert.ok((await sees(other, 'Spielplatz am Markt', 1000)) <= 1000, 'within 1 s');
  // A's own contribution is editable on A, not on B.
  assert.equal(await a.locator('atlas-contributions li.item button[name=edit]').count(), 1);
  assert.equal(await b.locator('atlas-contributions li.item button[name=edit]').count(), 0);
  await a.screenshot({ path: '.scratch/live-phone.png' });
  assert.deepEqual(await axeViolations(a), [], 'the participant pane passes axe');

  // The server restarts on the same port and data: everyone comes back by themselves, nothing lost.
  const port = server.port;
  await server.close();
  server = null;
  await status(m).filter({ hasText: 'Keine Verbindung' }).waitFor({ timeout: 5000 });
  server = await startWorkshopServer({ ...SETTINGS, port });
  for (const p of [m, a, b]) await live(p, 15000);
  await add(b, 'Sitzbänke am Weg');
  for (const other of [m, a]) await sees(other, 'Sitzbänke am Weg', 2000);
  for (const p of [m, a, b]) assert.ok((await texts(p)).includes('Spielplatz am Markt'), 'nothing lost in the restart');

  // B goes offline, adds two, comes back: all converge.
  const bContext = b.context();
  await bContext.setOffline(true);
  await status(b).filter({ hasText: 'Keine Verbindung' }).waitFor({ timeout: 5000 });
  await add(b, 'Offline eins');
  await add(b, 'Offline zwei');
  await bContext.setOffline(false);
  for (const p of [m, a]) {
    await sees(p, 'Offline eins', 15000);
    await sees(p, 'Offline zwei', 15000);
  }
  const all = await Promise.all([m, a, b].map(async (p) => (await texts(p)).sort()));
  assert.equal(all[0].length, 4);
  assert.deepEqual(all[1], all[0]);
  assert.deepEqual(all[2], all[0]);

  // A fourth device: the room is full (maxClients 3), and it says so.
  const d = (await enter(link)).page;
  await status(d).filter({ hasText: 'Der Raum ist voll' }).waitFor({ timeout: 10000 });
  await d.context().close();

  // A text beyond the server's message limit (3,000 bytes here: 1,000 three-byte characters) is refused, and said.
  await b.context().close();
  const e = (await enter(link)).page;
  await live(e);
  await add(e, '€'.repeat(1000));
  await status(e).filter({ hasText: 'zu groß' }).waitFor({ timeout: 5000 });
  await e.context().close();

  // The moderator link (the secret from the moderator's tab) restores moderation on another device.
  const secret = await m.evaluate((room) => sessionStorage.getItem(`sozialatlas-moderation.${room}`), link.split('beteiligung=')[1]);
  const f = (await enter(`${link}&moderation=${secret}`)).page;
  await live(f);
  await f.locator('live-panel button[name=live-end]').waitFor();
  assert.doesNotMatch(await f.evaluate(() => location.hash), /moderation=/, 'the secret leaves the address bar');
  await f.context().close();

  Object.assign(room, { m, a, link });
});

test('a forged moderation message is rejected', async () => {
  const { m, a, link } = room;
  assert.ok(m && a, 'the room of the test before');
  // A participant's page rewrites another's contribution through its provider's document, as a crafted script would.
  const g = (await enter(link)).page;
  await live(g);
  await sees(g, 'Spielplatz am Markt');
  await g.locator('atlas-contributions').evaluate((pane) => {
    for (const fields of pane.store.doc.getMap('contributions').values()) if (fields.get('text') === 'Spielplatz am Markt') fields.set('text', 'GEFÄLSCHT');
  });
  await status(g).filter({ hasText: 'nur die Moderation' }).waitFor({ timeout: 5000 });
  // A change the moderator makes after the refusal arrives; the forgery, refused before it, did not.
  await add(m, 'Nach der Fälschung');
  await sees(a, 'Nach der Fälschung');
  for (const p of [m, a]) {
    const shown = await texts(p);
    assert.ok(shown.includes('Spielplatz am Markt') && !shown.includes('GEFÄLSCHT'), shown.join(' | '));
  }
  await g.context().close();

  // For the beamer: the QR code filling the screen with the link under it, on a laptop and on a phone; Esc closes it.
  for (const size of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    await m.setViewportSize(size);
    await m.locator('live-panel button[name=live-qr-big]').click();
    const big = m.locator('live-panel dialog.big [data-testid=live-qr]');
    await big.waitFor();
    const box = await big.boundingBox();
    assert.ok(Math.min(box.width, box.height) >= 0.7 * Math.min(size.width, size.height), `the QR code fills the screen at ${size.width}×${size.height}: ${JSON.stringify(box)}`);
    assert.equal(await m.locator('live-panel dialog.big .link').innerText(), link);
    await m.screenshot({ path: `.scratch/live-qr-${size.width}.png` });
    await m.keyboard.press('Escape');
    await big.waitFor({ state: 'detached' });
  }

  // The moderator ends the session: the phones are told.
  await m.locator('live-panel button[name=live-end]').click();
  await status(a).filter({ hasText: 'beendet' }).waitFor({ timeout: 5000 });
  // Nothing of the ended room stays on the devices: its IndexedDB store is deleted.
  const store = `sozialatlas-live-${link.split('beteiligung=')[1]}`;
  for (const p of [m, a]) await p.waitForFunction(async (name) => !(await indexedDB.databases()).some((d) => d.name === name), store, { timeout: 5000 });
  for (const p of [m, a]) await p.context().close();
});

test('a participant link on a page without a workshop server says so in the pane', async () => {
  const { page } = await stage.open(`/#indikator=dichte&gebiet=${SIEGBURG}&beteiligung=AAAAAAAAAAAAAAAAAAAAAA`, { width: 390, height: 844 });
  await status(page).filter({ hasText: 'mit keinem Workshop-Server verbunden' }).waitFor({ timeout: 5000 });
  await page.context().close();
});

test('a configured server that does not answer: the start fails with a clear message, the atlas works on', async () => {
  const { page, errors } = await stage.open(`/?workshop-server=/nowhere#indikator=dichte&beitraege=1&gebiet=${SIEGBURG}`, { width: 1280, height: 800 });
  await page.locator('live-panel button[name=live-start]').click();
  await status(page).filter({ hasText: 'konnte nicht angelegt werden' }).waitFor({ timeout: 5000 });
  await add(page, 'Ohne Server');
  await sees(page, 'Ohne Server');
  assert.ok(errors.every((e) => /404|Not Found/i.test(e)), errors.join('\n'));
  await page.context().close();
});
