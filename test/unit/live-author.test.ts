// A device's author in a live room: its id is the SHA-256 of its token, the same the workshop
// server computes from the token it is sent (else the server would refuse the device's own edits),
// and the token stays the same for the room across visits.
import { describe, expect, it } from 'vitest';
import { authorId, liveAuthor } from '../../src/data/live-author';
// @ts-expect-error the server is plain JavaScript
import { authorOf } from '../../server/guard.mjs';

describe('live author', () => {
  it('is the SHA-256 of the token, as the server hashes it', () => {
    expect(authorId('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const token = '3f0c6b1e-2a7d-4c5e-9b8a-1d2e3f4a5b6c';
    expect(authorId(token)).toBe(authorOf(token));
  });
  it('keeps its token for the room; a device without storage gets one for this visit', () => {
    const kept = new Map<string, string>();
    const storage = { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v) };
    const first = liveAuthor('room.author', storage);
    expect(liveAuthor('room.author', storage)).toEqual(first);
    expect(first.id).toBe(authorId(first.token));
    expect(liveAuthor('room.author', null).token).not.toBe(first.token);
  });
});
