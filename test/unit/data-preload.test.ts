import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataPreload, startFiles } from '../../scripts/lib/data-preload.mjs';
import { loadInStages, type Fetcher } from '../../src/data/atlas-data';
import { fromHash } from '../../src/state/atlas-state';
import { allIndicatorIds } from '../../src/state/level-indicators';
import { loadRivers, RIVERS_FILE } from '../../src/data/context';
import { fromDisk } from './support/from-disk';

const catalog = JSON.parse(readFileSync('public/data/indicators/catalog.json', 'utf8'));

describe('data preload links', () => {
  it('name exactly the files the atlas fetches for its first map', async () => {
    const asked: string[] = [];
    const disk = fromDisk('public/data');
    const preloaded = new Set(startFiles(catalog, RIVERS_FILE));
    // Every other file is held back: the first map must come without it.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const recording: Fetcher = async (url) => {
      const file = url.replace(/^data\//, '');
      asked.push(file);
      if (!preloaded.has(file)) await released;
      return disk(file);
    };
    // A page without a link shows the catalogue's first indicator (state/atlas-state fromHash).
    const first = fromHash('', allIndicatorIds(catalog)).indicator;
    const [staged] = await Promise.all([loadInStages('data/', recording, () => ({ indicator: first, sozialraeume: false })), loadRivers('data/', recording)]);
    expect(staged.data.series.has(first)).toBe(true);
    expect(preloaded).toEqual(new Set(asked.filter((f) => preloaded.has(f))));
    release();
    await staged.rest;
    // The rest are the other tables and the Sozialräume (a Gemeinde map does not draw them); the
    // grid loads when first shown, not at start.
    const later = asked.filter((f) => !preloaded.has(f));
    expect(later.length).toBeGreaterThan(0);
    expect(preloaded.has(catalog.sozialraeume.file)).toBe(false);
    expect(new Set(later)).toEqual(new Set([catalog.sozialraeume.file, ...catalog.tables.map((t: { file: string }) => `indicators/${t.file}`).filter((f: string) => !preloaded.has(f))]));
    expect(asked.some((f) => /raster/.test(f))).toBe(false);
  });

  it('become preload links that match the fetch of the page’s data-base', () => {
    const plugin = dataPreload();
    const transform = plugin.transformIndexHtml as (html: string) => Array<{ tag: string; attrs: Record<string, string> }>;
    const tags = transform(readFileSync('index.html', 'utf8'));
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
    // the text pages hold no atlas and load no data
    expect(transform(readFileSync('leichte-sprache.html', 'utf8'))).toEqual([]);
    expect(transform(readFileSync('barrierefreiheit.html', 'utf8'))).toEqual([]);
    expect(transform(readFileSync('easy-read.html', 'utf8'))).toEqual([]);
    expect(transform(readFileSync('accessibility.html', 'utf8'))).toEqual([]);
  });
});
