// A device's identity in a live session's room (issue 28): a random token kept on the device, sent
// to the workshop server when connecting, and its SHA-256, which the device writes into what it
// adds and votes. The server hashes the token itself and lets a participant change only what
// carries that hash, so the hash in the shared document cannot be used to pose as its author.
// lib0's SHA-256 (the Yjs authors' library, already here under yjs) works where the browser's
// crypto.subtle does not: outside secure contexts, and synchronously.
import { digest } from 'lib0/hash/sha256';

export interface LiveAuthor {
  /** stays on this device and goes only to the workshop server */
  token: string;
  /** the SHA-256 of the token, hex: what the room's document holds */
  id: string;
}

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export const authorId = (token: string): string => hex(digest(new TextEncoder().encode(token)));

/** This device's author in a room, kept under `key` (a new one for this visit where nothing can be kept). */
export function liveAuthor(key: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null = localStorageOrNull()): LiveAuthor {
  let token: string | null = null;
  try {
    token = storage?.getItem(key) ?? null;
  } catch {
    // forbidden storage: a new token
  }
  if (!token) {
    token = crypto.randomUUID();
    try {
      storage?.setItem(key, token);
    } catch {
      // a full or forbidden storage: this device's contributions are its own for this visit
    }
  }
  return { token, id: authorId(token) };
}

function localStorageOrNull(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // a sandboxed frame throws on access
  }
}
