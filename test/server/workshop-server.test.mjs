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
import { WebsocketProvider } from 'y-websocket';
import { startWorkshopServer } from '../../server/workshop-server.mjs';
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

/** A device: a Yjs document synced with the room. */
function device(server, room, params = {}) {
  const doc = new Y.Doc();
  // disableBc: each device on its own, as phones are (no shortcut through a shared BroadcastChannel).
  const provider = new WebsocketProvider(server.url, room, doc, { WebSocketPolyfill: WebSocket, params, maxBackoffTime: 200, disableBc: true });
  return { doc, provider, list: doc.getMap('contributions'), destroy: () => (provider.destroy(), doc.destroy()) };
}
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
  phone.list.set('c1', 'Spielplatz fehlt');
  await until(() => beamer.list.get('c1') === 'Spielplatz fehlt', 'the beamer sees the phone’s contribution');

  const port = server.port;
  await server.close();
  // Offline meanwhile: the phone keeps working.
  phone.list.set('c2', 'Sprachcafé im Jugendtreff');
  server = await startWorkshopServer({ port, dataDir });
  await until(() => beamer.list.get('c2') === 'Sprachcafé im Jugendtreff', 'the offline edit merged after the restart');
  const late = device(server, room);
  await synced(late);
  assert.deepEqual(late.list.toJSON(), { c1: 'Spielplatz fehlt', c2: 'Sprachcafé im Jugendtreff' }, 'kept on disk across the restart');
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
  phone.list.set('c1', 'Bedarf');
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
    phone.list.set('c1', 'GEHEIMER-TEXT-4711');
    await new Promise((r) => setTimeout(r, 100));
    phone.destroy();
    await server.close();
  } finally {
    Object.assign(console, keep);
  }
  assert.ok(!lines.some((l) => /GEHEIMER-TEXT-4711|127\.0\.0\.1|::1/.test(l)), lines.join('\n'));
});
