// The live session of a workshop (issue 28): this device's contributions document of a room,
// synced through the workshop server with the maintained y-websocket provider. Loaded only when a
// room is joined or started (never in the start chunk); nothing here sends a request unless the
// page configured a workshop server (`workshop-server`). Offline the edits stay in the document
// (and in IndexedDB) and merge when the provider is back; a refusal is told by its close code.
import { WebsocketProvider } from 'y-websocket';
import { createContributionStore, type YjsContributionStore } from './contribution-store';
import { authorOf, contributionsMap } from './contribution-doc';
import { liveAuthor } from './live-author';
import type { LiveRefusal } from '../messages/de/live';

export type LiveStatus =
  | { kind: 'connecting' }
  | { kind: 'live' }
  /** `reached`: the server answered once in this visit (then: offline, edits kept; else: unreachable) */
  | { kind: 'offline'; reached: boolean }
  /** the server closed the connection with a reason; `final`: it will not be tried again */
  | { kind: 'refused'; reason: LiveRefusal; final: boolean };

/** server/gate.mjs CLOSE, as the browser hears them. */
const REFUSALS: Record<number, { reason: LiveRefusal; final: boolean }> = {
  4001: { reason: 'full', final: false },
  1009: { reason: 'tooLarge', final: true },
  4029: { reason: 'tooFast', final: false },
  4404: { reason: 'unknownRoom', final: true },
  4410: { reason: 'closed', final: true },
  4400: { reason: 'badRoom', final: true },
  // The device would send the same change again on every connection: it stays disconnected.
  4403: { reason: 'forbidden', final: true },
};

/** The server's two addresses: WebSocket (the rooms) and HTTP (making and deleting rooms). */
export function serverAddresses(configured: string, base = globalThis.location?.href): { ws: string; http: string } {
  const url = new URL(configured, base);
  const path = url.pathname.replace(/\/+$/, '');
  const secure = url.protocol === 'https:' || url.protocol === 'wss:';
  return { ws: `${secure ? 'wss' : 'ws'}://${url.host}${path}`, http: `${secure ? 'https' : 'http'}://${url.host}${path}` };
}

export interface LiveRoom {
  room: string;
  moderator: string;
}

/** A new room on the server (the moderator's "Live-Sitzung starten"). */
export async function createRoom(server: string): Promise<LiveRoom> {
  const response = await fetch(`${serverAddresses(server).http}/rooms`, { method: 'POST' });
  if (!response.ok) throw new Error(`workshop server: ${response.status}`);
  const body = (await response.json()) as Partial<LiveRoom>;
  if (typeof body.room !== 'string' || typeof body.moderator !== 'string') throw new Error('workshop server: no room');
  return { room: body.room, moderator: body.moderator };
}

/** Deletes a room with its data at once ("Sitzung beenden"). */
export async function deleteRoom(server: string, room: string, secret: string): Promise<void> {
  const response = await fetch(`${serverAddresses(server).http}/rooms/${encodeURIComponent(room)}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${secret}` },
  });
  if (!response.ok && response.status !== 404) throw new Error(`workshop server: ${response.status}`);
}

export interface LiveSession {
  readonly room: string;
  readonly moderator: boolean;
  /** the room's contributions on this device (kept in IndexedDB under the room's name) */
  readonly store: YjsContributionStore;
  status(): LiveStatus;
  /** contributions added on this device: a participant edits and deletes only these (the server checks it too) */
  isOwn(id: string): boolean;
  /** called when the status changes; returns the unsubscribe */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

export interface JoinOptions {
  server: string;
  room: string;
  /** the moderator's secret (null: a participant) */
  secret: string | null;
  /** the store's options in tests */
  persist?: boolean;
}

export function joinRoom(options: JoinOptions): LiveSession {
  const name = `sozialatlas-live-${options.room}`;
  const author = liveAuthor(`${name}.author`);
  // The device's votes and contributions carry its author id: the server lets it change those only.
  const store = createContributionStore({ name, persist: options.persist, voter: author.id, framesWritable: options.secret !== null });
  const params: Record<string, string> = { author: author.token, ...(options.secret ? { moderator: options.secret } : {}) };
  // No BroadcastChannel: each tab is a device of its own, as the server counts and limits them.
  const provider = new WebsocketProvider(serverAddresses(options.server).ws, options.room, store.doc, { params, disableBc: true, maxBackoffTime: 4000 });
  let status: LiveStatus = { kind: 'connecting' };
  let reached = false;
  const listeners = new Set<() => void>();
  const set = (next: LiveStatus) => {
    status = next;
    for (const listener of [...listeners]) listener();
  };

  provider.on('sync', (synced: boolean) => {
    if (!synced) return;
    reached = true;
    set({ kind: 'live' });
  });
  provider.on('connection-close', (event: CloseEvent | null) => {
    const refusal = event ? REFUSALS[event.code] : undefined;
    if (refusal) {
      reached = true;
      // The provider would send the same too large update again: it waits until the moderator's or the person's next step.
      if (refusal.final) provider.shouldConnect = false;
      // A room the moderation ended (or that is gone) leaves nothing on the device; what was there stays shown until leaving.
      if (refusal.reason === 'closed' || refusal.reason === 'unknownRoom') forgetRoom(options.room, store);
      set({ kind: 'refused', ...refusal });
    } else if (status.kind !== 'refused' || !status.final) {
      // A refusal that is retried stays said until the room takes this device again.
      if (status.kind !== 'refused') set({ kind: 'offline', reached });
    }
  });

  // A device that loses its network says so at once (the provider would notice a dead socket only
  // after its 30 s watchdog); back online, it connects again unless the server refused it for good.
  const wentOffline = () => provider.disconnect();
  const cameBack = () => {
    if (status.kind !== 'refused' || !status.final) provider.connect();
  };
  globalThis.addEventListener?.('offline', wentOffline);
  globalThis.addEventListener?.('online', cameBack);

  return {
    room: options.room,
    moderator: options.secret !== null,
    store,
    status: () => status,
    isOwn(id) {
      const fields = contributionsMap(store.doc).get(id);
      return fields !== undefined && authorOf(fields) === author.id;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      listeners.clear();
      globalThis.removeEventListener?.('offline', wentOffline);
      globalThis.removeEventListener?.('online', cameBack);
      provider.destroy();
      store.destroy();
    },
  };
}

/** Deletes what this device kept of a room: its document in IndexedDB and its settings. */
export function forgetRoom(room: string, store: YjsContributionStore): void {
  const name = `sozialatlas-live-${room}`;
  void store.forget();
  try {
    for (const key of ['author', 'voter', 'workshop']) globalThis.localStorage?.removeItem(`${name}.${key}`);
  } catch {
    // forbidden storage: nothing was kept there
  }
}
