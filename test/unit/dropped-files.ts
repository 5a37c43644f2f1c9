// What the import tests share: the atlas's own data read from disk, and files as the browser hands them over.
import { readFile } from 'node:fs/promises';
import type { Fetcher } from '../../src/data/atlas-data';
import type { DroppedFile } from '../../src/data/import';

export const fromDisk =
  (root: string): Fetcher =>
  async (url) => {
    try {
      const text = await readFile(`${root}/${url.replace(/^\.?\//, '')}`, 'utf8');
      return { ok: true, status: 200, text: async () => text };
    } catch {
      return { ok: false, status: 404, text: async () => '' };
    }
  };

export const dropped = (name: string, content: string | Uint8Array): DroppedFile => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
};

export const fixture = async (path: string): Promise<DroppedFile> => dropped(path.split('/').at(-1) ?? path, await readFile(`test/fixtures/${path}`));
