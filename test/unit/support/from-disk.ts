// A fetcher that serves a folder of this checkout, so that the loaders run in Node as in the browser.
import { readFile } from 'node:fs/promises';
import type { Fetcher } from '../../../src/data/atlas-data';

export const fromDisk =
  (root: string, override: Record<string, string> = {}): Fetcher =>
  async (url) => {
    const path = url.replace(/^\.?\//, '');
    if (path in override) return { ok: true, status: 200, text: async () => override[path] };
    try {
      const text = await readFile(`${root}/${path}`, 'utf8');
      return { ok: true, status: 200, text: async () => text };
    } catch {
      return { ok: false, status: 404, text: async () => '' };
    }
  };
