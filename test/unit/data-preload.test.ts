import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPreload, startFiles } from '../../scripts/lib/data-preload.mjs';
import { loadAtlasData, type Fetcher } from '../../src/data/atlas-data';
import { loadRivers, RIVERS_FILE } from '../../src/data/context';
import { fromDisk } from './support/from-disk';

const catalog = JSON.parse(readFileSync('public/data/indicators/catalog.json', 'utf8'));

describe('data preload links', () => {
  it('name exactly the files the atlas fetches before its first map', async () => {
    const asked: string[] = [];
    const disk = fromDisk('public/data');
    const recording: Fetcher = (url) => {
      asked.push(url.replace(/^data\//, ''));
      return disk(url.replace(/^data\//, ''));
    };
    await Promise.all([loadAtlasData('data/', recording), loadRivers('data/', recording)]);
    expect(new Set(startFiles(catalog, RIVERS_FILE))).toEqual(new Set(asked));
    // The grid loads when first shown, not at start.
    expect(asked.some((f) => /raster/.test(f))).toBe(false);
  });

  it('become preload links that match the fetch of the page’s data-base', () => {
    const plugin = dataPreload();
    const tags = (plugin.transformIndexHtml as () => Array<{ tag: string; attrs: Record<string, string> }>)();
    expect(tags.length).toBe(startFiles(catalog, RIVERS_FILE).length);
    for (const t of tags) {
      expect(t.tag).toBe('link');
      expect(t.attrs).toMatchObject({ rel: 'preload', as: 'fetch', crossorigin: '' });
      expect(t.attrs.href).toMatch(/^\.\/data\//);
    }
    expect(tags[0].attrs.href).toBe('./data/indicators/catalog.json');
    // the page says data-base="./data/": the same addresses
    expect(readFileSync('index.html', 'utf8')).toContain('data-base="./data/"');
    expect(readFileSync('embed.html', 'utf8')).toContain('data-base="./data/"');
  });
});
