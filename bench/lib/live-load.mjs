// Simulated workshop devices against the real workshop server process (issue 28, point 5): each
// a Yjs document with the y-websocket provider, as the atlas has them, writing contributions and
// votes in the atlas' document shape (src/data/contribution-doc.ts) under its own author token.
// Every change is stamped when made; every other device notes when it arrives (propagation).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomUUID, createHash } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';

const TICK_MS = 1000 / 100; // /proc's clock ticks (USER_HZ 100 on Linux)

/** `npm run workshop-server` as a district runs it, on a free port; RSS and CPU read from /proc. */
export async function startServerProcess(env) {
  const child = spawn(process.execPath, ['server/main.mjs'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const found = /ws:\/\/[^\s)]+/.exec(out);
      if (found) resolve(found[0]);
    });
    child.once('exit', (code) => reject(new Error(`workshop server ended (${code}) before it listened`)));
  });
  const status = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) * 1024;
  return {
    url,
    http: url.replace(/^ws/, 'http'),
    pid: child.pid,
    rss: () => status('VmRSS'),
    peakRss: () => status('VmHWM'),
    /** CPU time used so far, ms (user + system) */
    cpuMs() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    },
    stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))),
  };
}

export async function newRoom(server) {
  const response = await fetch(`${server.http}/rooms`, { method: 'POST' });
  return (await response.json()).room;
}

/** A clock that threads of one process share (performance.now() alone starts per thread). */
export const now = () => performance.timeOrigin + performance.now();

/**
 * One room's devices. Each change carries when it was made (a contribution's `sentAt`, a vote's
 * value), so that devices in other threads can tell its propagation; `arrivals`: ms, one per
 * device a change reached.
 */
export function openDevices(server, room, count, arrivals) {
  return Array.from({ length: count }, () => {
    const token = randomUUID();
    const author = createHash('sha256').update(token).digest('hex');
    const doc = new Y.Doc();
    const list = doc.getMap('contributions');
    const provider = new WebsocketProvider(server.url, room, doc, { WebSocketPolyfill: WebSocket, params: { author: token }, disableBc: true, maxBackoffTime: 500 });
    list.observeDeep((events, transaction) => {
      if (transaction.local) return;
      const t = now();
      for (const event of events) {
        const path = event.path;
        const contribution = path.length === 0;
        if (!contribution && !(path.length === 2 && path[1] === 'votes')) continue;
        for (const [key, change] of event.changes.keys) {
          if (change.action !== 'add') continue;
          const value = event.target.get(key);
          const t0 = contribution ? value?.get('sentAt') : value;
          if (typeof t0 === 'number') arrivals.push(t - t0);
        }
      }
    });
    const synced = new Promise((resolve) => (provider.synced ? resolve() : provider.once('sync', resolve)));
    return { doc, list, author, provider, synced, own: new Set(), voted: new Set(), changes: 0 };
  });
}

/** A contribution in the atlas' shape (and when it was sent), by `d`. */
export function contribute(d, i) {
  const id = randomUUID();
  const time = new Date().toISOString();
  d.own.add(id);
  d.changes++;
  d.list.set(
    id,
    new Y.Map([
      ['workshop', 'workshop'],
      ['category', ['bedarf', 'angebot', 'idee', 'frage'][i % 4]],
      ['text', `Beitrag ${i}: ${'Spielplatz, Treffpunkt, Sprachcafé '.repeat(1 + (i % 3))}`],
      ['organisation', null],
      ['place', { kind: 'area', key: '05382060' }],
      ['created', time],
      ['changed', time],
      ['votes', new Y.Map()],
      ['author', d.author],
      ['sentAt', now()],
    ]),
  );
}

/** A vote of `d` on another's contribution it has and has not voted for; false when there is none yet. */
export function vote(d) {
  for (const [id, fields] of d.list) {
    if (d.own.has(id) || d.voted.has(id)) continue;
    d.voted.add(id);
    d.changes++;
    // the atlas sets `true`; the time it was sent counts the same (a vote is its key)
    fields.get('votes').set(d.author, now());
    return true;
  }
  return false;
}

/**
 * Each device makes `adds` contributions and `votes` votes, one change every `intervalMs` (with
 * jitter, so that devices do not march in step), a vote only where it has another's contribution.
 */
export async function work(devices, { adds, votes, intervalMs }) {
  await Promise.all(
    devices.map(async (d, n) => {
      await sleep(Math.random() * intervalMs);
      let added = 0;
      let cast = 0;
      while (added < adds || cast < votes) {
        // the adds spread over the run, so that votes find contributions from the start
        const addNow = added < adds && (cast >= votes || added * votes <= cast * adds);
        if (addNow) contribute(d, n * adds + added++);
        else if (vote(d)) cast++;
        else if (added < adds) contribute(d, n * adds + added++);
        await sleep(intervalMs * (0.5 + Math.random()));
      }
    }),
  );
}

/** Each device's state vector (base64) once all hold `contributions` and `votes`; null after `ms`. */
export async function settled(devices, contributions, votes, ms) {
  const end = Date.now() + ms;
  const count = (d) => {
    let v = 0;
    for (const fields of d.list.values()) v += fields.get('votes').size;
    return d.list.size === contributions && v === votes;
  };
  while (Date.now() < end) {
    if (devices.every(count)) return devices.map((d) => Buffer.from(Y.encodeStateVector(d.doc)).toString('base64'));
    await sleep(200);
  }
  return null;
}

/**
 * Devices that only listen, as raw sockets: the server sends each of them every change of the room
 * (its work is the same), while this process only counts the messages instead of applying them.
 */
export async function openListeners(server, room, count) {
  const sockets = Array.from({ length: count }, () => {
    const ws = new WebSocket(`${server.url}/${room}`);
    ws.received = 0;
    ws.on('message', () => ws.received++);
    ws.on('error', () => {});
    return ws;
  });
  await Promise.all(sockets.map((ws) => new Promise((resolve) => ws.once('open', resolve))));
  return sockets;
}

export function closeDevices(devices) {
  for (const d of devices) {
    d.provider.destroy();
    d.doc.destroy();
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
