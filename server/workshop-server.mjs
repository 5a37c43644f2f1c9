// The live workshop session's server (issue 28): the maintained y-websocket server code
// (@y/websocket-server) syncs each room's Yjs document, y-leveldb keeps it on disk. The project's
// part is only what a district's server must add around it: rooms that exist only when a
// moderator made them, limits that are refused with a code the atlas can explain, deletion and
// expiry, and no record of who was there (no IP address, no text in any log).
import http from 'node:http';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { LeveldbPersistence } from 'y-leveldb';
import { docs, getYDoc, setPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { CLOSE, Gate } from './gate.mjs';
import { authorOf, mayChange } from './guard.mjs';
import { ROOM_ID, Rooms } from './rooms.mjs';

export const DEFAULTS = {
  port: 1234,
  host: '0.0.0.0',
  dataDir: './workshop-data',
  maxClients: 200,
  maxPayload: 64 * 1024,
  /** messages per second and connection, and how many may come at once */
  rate: 30,
  burst: 120,
  ttlDays: 30,
  /** origins whose pages may use the server; '*' any (behind the district's proxy, name the atlas' origin) */
  origins: ['*'],
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** Starts the server; resolves once it listens, with its address and a close(). */
export async function startWorkshopServer(options = {}) {
  const o = { ...DEFAULTS, ...options };
  const store = new LeveldbPersistence(o.dataDir);
  const rooms = new Rooms(store, o.ttlDays * DAY_MS);
  // Writes still under way when the server closes are awaited: a database closed under them loses them.
  const pending = new Set();
  const track = (promise) => {
    pending.add(promise);
    void promise.catch((e) => console.error('workshop-server: write failed:', e?.code ?? e?.message)).finally(() => pending.delete(promise));
    return promise;
  };
  /** each room document's reading from disk: no message is judged against a half-read room */
  const loaded = new WeakMap();
  setPersistence({
    provider: store,
    bindState: (name, doc) =>
      loaded.set(doc, track(
        (async () => {
          const kept = await store.getYDoc(name);
          await store.storeUpdate(name, Y.encodeStateAsUpdate(doc));
          Y.applyUpdate(doc, Y.encodeStateAsUpdate(kept));
          doc.on('update', (update) => void track(store.storeUpdate(name, update)));
        })(),
      )),
    writeState: async () => {},
  });

  const allowed = (origin) => o.origins.includes('*') || (origin !== undefined && o.origins.includes(origin));
  const cors = (req) => ({
    'Access-Control-Allow-Origin': o.origins.includes('*') ? '*' : allowed(req.headers.origin) ? req.headers.origin : 'null',
    'Access-Control-Allow-Methods': 'POST, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization',
    Vary: 'Origin',
  });
  const reply = (req, res, status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...cors(req) });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      const [, first, room] = url.pathname.split('/');
      if (req.method === 'OPTIONS') return reply(req, res, 204);
      if (!allowed(req.headers.origin) && req.headers.origin !== undefined) return reply(req, res, 403, { error: 'origin' });
      if (req.method === 'GET' && url.pathname === '/') return reply(req, res, 200, { ok: true });
      if (req.method === 'POST' && first === 'rooms' && !room) return reply(req, res, 201, await rooms.create());
      if (req.method === 'DELETE' && first === 'rooms' && room) {
        const secret = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
        if (!(await rooms.exists(room))) return reply(req, res, 404, { error: 'unknown room' });
        if (!(await rooms.isModerator(room, secret))) return reply(req, res, 403, { error: 'not the moderator' });
        await closeRoom(room);
        return reply(req, res, 204);
      }
      return reply(req, res, 404, { error: 'not found' });
    } catch (e) {
      console.error('workshop-server: request failed:', e instanceof Error ? e.message : e);
      return reply(req, res, 500, { error: 'server' });
    }
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: o.maxPayload });
  /** Refused after the handshake, with a close code: a browser cannot read a refused handshake's status. */
  const refuse = (req, socket, head, code, reason) =>
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', () => {});
      ws.close(code, reason);
    });

  server.on('upgrade', async (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const room = url.pathname.slice(1);
    if (!allowed(req.headers.origin)) return socket.destroy();
    if (!ROOM_ID.test(room)) return refuse(req, socket, head, CLOSE.badRequest, 'bad room');
    if (!(await rooms.exists(room))) return refuse(req, socket, head, CLOSE.unknownRoom, 'unknown room');
    if ((docs.get(room)?.conns.size ?? 0) >= o.maxClients) return refuse(req, socket, head, CLOSE.roomFull, 'room full');
    const moderator = await rooms.isModerator(room, url.searchParams.get('moderator'));
    const author = authorOf(url.searchParams.get('author'));
    const doc = await readDoc(room);
    wss.handleUpgrade(req, socket, head, (ws) => {
      // The moderator's updates pass; a participant's are judged (guard.mjs).
      const gate = new Gate(ws, { ...o, guard: moderator ? null : (message) => mayChange(doc, message, author) });
      setupWSConnection(gate, req, { docName: room });
      void rooms.touch(room);
    });
  });

  /** The room's document once read from disk (a failed read is logged where it failed). */
  async function readDoc(room) {
    const doc = getYDoc(room);
    await loaded.get(doc)?.catch(() => {});
    // its last device may have left meanwhile, and the handler forgotten it
    return docs.get(room) === doc ? doc : readDoc(room);
  }

  async function closeRoom(room) {
    const doc = docs.get(room);
    if (doc) for (const conn of [...doc.conns.keys()]) conn.close(CLOSE.closed, 'room closed');
    // The handler forgets the document once its last connection is gone; then the disk forgets it.
    await new Promise((resolve) => setTimeout(resolve, 50));
    docs.get(room)?.destroy();
    docs.delete(room);
    await rooms.remove(room);
  }

  const expired = await rooms.expire();
  const sweep = setInterval(() => void rooms.expire().catch(() => {}), Math.min(DAY_MS / 24, o.ttlDays * DAY_MS));
  sweep.unref();

  await new Promise((resolve) => server.listen(o.port, o.host, resolve));
  const { port } = server.address();
  return {
    url: `ws://${o.host === '0.0.0.0' ? 'localhost' : o.host}:${port}`,
    port,
    expired,
    rooms,
    async close() {
      clearInterval(sweep);
      for (const client of wss.clients) client.terminate();
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
      // A document's awareness keeps a timer until the document is destroyed.
      for (const doc of docs.values()) doc.destroy();
      docs.clear();
      while (pending.size) await Promise.allSettled([...pending]);
      await store.destroy();
    },
  };
}
