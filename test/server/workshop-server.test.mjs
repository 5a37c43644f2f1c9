// The live session's server as a workshop meets it: several devices in one room, a restart in the
// middle, a full room, an oversized or too fast client, a wrong or deleted room, expiry, and no
// text of a contribution in its log. Real WebSockets on a free port, the y-websocket provider as
// the atlas uses it; a fresh data folder per test.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { randomUUID } from 'node:crypto';
import { WebsocketProvider } from 'y-websocket';
import { startWorkshopServer } from '../../server/workshop-server.mjs';
import { authorOf } from '../../server/guard.mjs';
import { CLOSE } from '../../server/gate.mjs';

const folders = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'workshop-'));
  folders.push(dir);
  return dir;
};
after(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** y-protocols' first sync message with an empty state vector: a valid message, sent too often */
const SYNC_STEP_1 = Buffer.from([0, 0, 1, 0]);
const http = (server) => `http://localhost:${server.port}`;
const newRoom = async (server) => (await fetch(`${http(server)}/rooms`, { method: 'POST' })).json();

/** A device: a Yjs document synced with the room, with its author token as the atlas has one. */
function device(server, room, params = {}) {
  const doc = new Y.Doc();
  const token = randomUUID();
  // disableBc: each device on its own, as phones are (no shortcut through a shared BroadcastChannel).
  const provider = new WebsocketProvider(server.url, room, doc, { WebSocketPolyfill: WebSocket, params: { author: token, ...params }, maxBackoffTime: 200, disableBc: true });
  return { doc, provider, author: authorOf(token), list: doc.getMap('contributions'), destroy: () => (provider.destroy(), doc.destroy()) };
}

/** A contribution as the atlas writes it (src/data/contribution-doc.ts): a map of fields with its author's hash. */
function contribute(d, id, text) {
  d.list.set(id, new Y.Map([['author', d.author], ['text', text], ['votes', new Y.Map()]]));
}
const textOf = (d, id) => d.list.get(id)?.get('text');
const textsOf = (d) => Object.fromEntries([...d.list.entries()].map(([id, fields]) => [id, fields.get('text')]));
const synced = (d) => new Promise((resolve) => (d.provider.synced ? resolve() : d.provider.once('sync', resolve)));
const until = async (check, what, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** The close code a raw WebSocket gets for `path`, after sending `messages`. */
function closeCode(server, path, messages = []) {
  return new Promise((resolve) => {
    const ws = new WebSocket(server.url + path);
    ws.on('open', () => messages.forEach((m) => ws.send(m)));
    ws.on('close', (code) => resolve(code));
    ws.on('error', () => {});
  });
}

test('two devices in one room see each other’s contributions; a restart loses nothing and they reconnect by themselves', async () => {
  const dataDir = folder();
  let server = await startWorkshopServer({ port: 0, dataDir });
  const { room } = await newRoom(server);
  const [beamer, phone] = [device(server, room), device(server, room)];
  await Promise.all([synced(beamer), synced(phone)]);
  contribute(phone, 'c1', 'Spielplatz fehlt');
  await until(() => textOf(beamer, 'c1') === 'Spielplatz fehlt', 'the beamer sees the phone’s contribution');

  const port = server.port;
  await server.close();
  // Offline meanwhile: the phone keeps working, adds one and edits its first.
  contribute(phone, 'c2', 'Sprachcafé im Jugendtreff');
  phone.list.get('c1').set('text', 'Spielplatz fehlt am Markt');
  server = await startWorkshopServer({ port, dataDir });
  await until(() => textOf(beamer, 'c2') === 'Sprachcafé im Jugendtreff', 'the offline edits merged after the restart');
  const late = device(server, room);
  await synced(late);
  assert.deepEqual(textsOf(late), { c1: 'Spielplatz fehlt am Markt', c2: 'Sprachcafé im Jugendtreff' }, 'kept on disk across the restart');
  for (const d of [beamer, phone, late]) d.destroy();
  await server.close();
});

test('refused with a code the atlas explains: full room, oversized message, too fast, unknown or malformed room', async () => {
  const server = await startWorkshopServer({ port: 0, dataDir: folder(), maxClients: 2, maxPayload: 2048, rate: 5, burst: 5 });
  const { room } = await newRoom(server);
  const [a, b] = [device(server, room), device(server, room)];
  await Promise.all([synced(a), synced(b)]);
  assert.equal(await closeCode(server, `/${room}`), CLOSE.roomFull);
  a.destroy();
  b.destroy();
  await until(() => true, 'settle');

  assert.equal(await closeCode(server, `/${room}`, [Buffer.alloc(4096)]), CLOSE.tooLarge);
  assert.equal(await closeCode(server, `/${room}`, Array.from({ length: 30 }, () => SYNC_STEP_1)), CLOSE.tooFast);
  assert.equal(await closeCode(server, '/AAAAAAAAAAAAAAAAAAAAAA'), CLOSE.unknownRoom);
  assert.equal(await closeCode(server, '/kurz'), CLOSE.badRequest);
  await server.close();
});

test('only the moderator’s secret deletes a room: its devices are told, its data is gone', async () => {
  const server = await startWorkshopServer({ port: 0, dataDir: folder() });
  const { room, moderator } = await newRoom(server);
  assert.ok(room.length >= 22 && moderator.length >= 22, '128-bit ids');
  const phone = device(server, room);
  await synced(phone);
  contribute(phone, 'c1', 'Bedarf');
  const closed = new Promise((resolve) => phone.provider.on('connection-close', (event) => event && resolve(event.code)));
  const del = (secret) => fetch(`${http(server)}/rooms/${room}`, { method: 'DELETE', headers: { Authorization: `Bearer ${secret}` } });
  assert.equal((await del(room)).status, 403, 'the room id is not the secret');
  assert.equal((await del(moderator)).status, 204);
  assert.equal(await closed, CLOSE.closed);
  phone.destroy();
  assert.equal(await server.rooms.exists(room), false);
  assert.equal(await closeCode(server, `/${room}`), CLOSE.unknownRoom);
  assert.equal((await del(moderator)).status, 404);
  await server.close();
});

test('rooms unused past their time are deleted; used ones stay', async () => {
  const server = await startWorkshopServer({ port: 0, dataDir: folder(), ttlDays: 30 });
  const old = await newRoom(server);
  const fresh = await newRoom(server);
  const day = 24 * 60 * 60 * 1000;
  await server.rooms.touch(old.room, Date.now() - 31 * day);
  assert.equal(await server.rooms.expire(), 1);
  assert.equal(await server.rooms.exists(old.room), false);
  assert.equal(await server.rooms.exists(fresh.room), true);
  await server.close();
});

test('the log holds no contribution text and no address', async () => {
  const lines = [];
  const keep = { log: console.log, error: console.error, info: console.info, warn: console.warn };
  for (const k of Object.keys(keep)) console[k] = (...args) => lines.push(args.join(' '));
  try {
    const server = await startWorkshopServer({ port: 0, dataDir: folder() });
    const { room } = await newRoom(server);
    const phone = device(server, room);
    await synced(phone);
    contribute(phone, 'c1', 'GEHEIMER-TEXT-4711');
    await new Promise((r) => setTimeout(r, 100));
    phone.destroy();
    await server.close();
  } finally {
    Object.assign(console, keep);
  }
  assert.ok(!lines.some((l) => /GEHEIMER-TEXT-4711|127\.0\.0\.1|::1/.test(l)), lines.join('\n'));
});

/** A fresh device of the same participant or moderator makes `change` once synced; resolves to the close code it got, or 'kept'. */
async function attempt(server, room, change, params = {}) {
  const d = device(server, room, params);
  await synced(d);
  const closed = new Promise((resolve) => d.provider.on('connection-close', (event) => event && resolve(event.code)));
  change(d);
  const code = await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve('kept'), 300))]);
  d.destroy();
  return code;
}

test('a participant adds, votes and edits their own; a forged moderation update is refused and reaches neither the others nor the disk; the moderator’s passes', async () => {
  const dataDir = folder();
  let server = await startWorkshopServer({ port: 0, dataDir });
  const { room, moderator } = await newRoom(server);
  const mod = device(server, room, { moderator });
  const [author, other] = [device(server, room), device(server, room)];
  await Promise.all([mod, author, other].map(synced));
  mod.doc.getMap('workshops').set('w', new Y.Map([['title', 'Sozialraumkonferenz']]));
  contribute(author, 'a1', 'Spielplatz fehlt');
  contribute(other, 'o1', 'Sprachcafé');
  await until(() => textOf(author, 'o1') && textOf(other, 'a1') && mod.list.size === 2, 'both contributions everywhere');

  // The legitimate flows: own edit, own vote on another's, taking it back, deleting one's own.
  author.list.get('a1').set('text', 'Spielplatz fehlt am Markt');
  author.list.get('o1').get('votes').set(author.author, true);
  contribute(author, 'a2', 'Wird gelöscht');
  await until(() => textOf(other, 'a1') === 'Spielplatz fehlt am Markt' && other.list.get('o1').get('votes').has(author.author) && textOf(other, 'a2'), 'own edit and vote arrive');
  author.list.delete('a2');
  author.list.get('o1').get('votes').delete(author.author);
  await until(() => !other.list.has('a2') && other.list.get('o1').get('votes').size === 0, 'own deletion and unvote arrive');
  assert.equal(author.provider.wsconnected, true, 'none of it refused');

  // Forgeries from the other participant's device, each on a fresh connection.
  const forgeries = {
    'hide (delete) another’s contribution': (d) => d.list.delete('a1'),
    'edit another’s text': (d) => d.list.get('a1').set('text', 'GEFÄLSCHT'),
    'replace another’s contribution under its id': (d) => d.list.set('a1', new Y.Map([['author', d.author], ['text', 'GEFÄLSCHT'], ['votes', new Y.Map()]])),
    'make oneself its author': (d) => d.list.get('a1').set('author', d.author),
    'cast another’s vote': (d) => d.list.get('a1').get('votes').set('someone-else', true),
    'change the workshop frame': (d) => d.doc.getMap('workshops').get('w').set('title', 'GEFÄLSCHT'),
    'add a workshop': (d) => d.doc.getMap('workshops').set('w2', new Y.Map([['title', 'GEFÄLSCHT']])),
    'write beside the contributions': (d) => d.doc.getMap('room').set('closed', true),
    'add a contribution in another’s name': (d) => d.list.set('x1', new Y.Map([['author', author.author], ['text', 'GEFÄLSCHT']])),
  };
  for (const [what, change] of Object.entries(forgeries)) assert.equal(await attempt(server, room, change), CLOSE.forbidden, what);
  // Without the secret a participant cannot close the room either.
  const del = await fetch(`${http(server)}/rooms/${room}`, { method: 'DELETE', headers: { Authorization: 'Bearer ' + other.author } });
  assert.equal(del.status, 403);

  // None of it reached the others: a later change from the moderator arrives after anything relayed before it.
  contribute(mod, 'm1', 'Merker');
  await until(() => textOf(author, 'm1') && textOf(other, 'm1'), 'the marker arrives');
  for (const d of [author, other, mod]) {
    assert.deepEqual(textsOf(d), { a1: 'Spielplatz fehlt am Markt', o1: 'Sprachcafé', m1: 'Merker' });
    assert.equal(d.doc.getMap('workshops').get('w').get('title'), 'Sozialraumkonferenz');
    assert.equal(d.list.get('a1').get('votes').size, 0);
  }
  // Nor the disk.
  const port = server.port;
  for (const d of [author, other, mod]) d.destroy();
  await server.close();
  server = await startWorkshopServer({ port, dataDir });
  const late = device(server, room);
  await synced(late);
  assert.deepEqual(textsOf(late), { a1: 'Spielplatz fehlt am Markt', o1: 'Sprachcafé', m1: 'Merker' }, 'the disk holds no forgery');
  assert.equal(late.doc.getMap('room').size, 0);

  // The same changes from the moderator pass.
  for (const what of ['edit another’s text', 'change the workshop frame', 'hide (delete) another’s contribution'])
    assert.equal(await attempt(server, room, forgeries[what], { moderator }), 'kept', what);
  await until(() => !late.list.has('a1') && late.doc.getMap('workshops').get('w').get('title') === 'GEFÄLSCHT', 'the moderator’s changes arrive');
  late.destroy();
  await server.close();
});
