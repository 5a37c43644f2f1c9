// The rooms of the workshop server: unguessable ids, the moderator's secret kept only as its hash,
// and when each room was last used, all in the same LevelDB as the documents (y-leveldb's meta
// entries), so that a restart knows them. Nothing about the people in a room is stored.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as Y from 'yjs';

/** 128 bits, base64url: 22 characters */
const ID_BYTES = 16;
export const ROOM_ID = /^[A-Za-z0-9_-]{22,64}$/;

const token = () => randomBytes(ID_BYTES).toString('base64url');
const hash = (secret) => createHash('sha256').update(String(secret)).digest('hex');

export class Rooms {
  /** `store`: y-leveldb's LeveldbPersistence; `ttlMs`: a room unused this long is deleted */
  constructor(store, ttlMs) {
    this.store = store;
    this.ttlMs = ttlMs;
  }

  /** A new room: its id (for the participant link) and the moderator's secret (shown once). */
  async create(now = Date.now()) {
    const room = token();
    const moderator = token();
    // An empty first update: y-leveldb lists a document (for expiry) once it has one.
    await this.store.storeUpdate(room, Y.encodeStateAsUpdate(new Y.Doc()));
    await this.store.setMeta(room, 'moderator', hash(moderator));
    await this.store.setMeta(room, 'touched', now);
    return { room, moderator };
  }

  async exists(room) {
    return ROOM_ID.test(room) && (await this.store.getMeta(room, 'moderator')) !== undefined;
  }

  /** true when `secret` is this room's moderator secret (compared in constant time) */
  async isModerator(room, secret) {
    if (!secret) return false;
    const kept = await this.store.getMeta(room, 'moderator');
    if (typeof kept !== 'string') return false;
    const a = Buffer.from(kept, 'hex');
    const b = Buffer.from(hash(secret), 'hex');
    return a.length === b.length && timingSafeEqual(a, b);
  }

  touch(room, now = Date.now()) {
    return this.store.setMeta(room, 'touched', now);
  }

  /** The room and everything in it, gone from the disk. */
  async remove(room) {
    await this.store.clearDocument(room);
  }

  /** Deletes every room unused for longer than the time to live; returns their number. */
  async expire(now = Date.now()) {
    let removed = 0;
    for (const room of await this.store.getAllDocNames()) {
      const touched = await this.store.getMeta(room, 'touched');
      if (typeof touched === 'number' && now - touched <= this.ttlMs) continue;
      await this.remove(room);
      removed++;
    }
    return removed;
  }
}
