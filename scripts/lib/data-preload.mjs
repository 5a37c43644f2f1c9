// Preload links for the data the atlas fetches at start, put into index.html and embed.html at
// build time. Without them the browser asks for the catalogue only once the app's JavaScript has
// run, and for the boundaries and tables only once the catalogue is in: two round trips after
// the scripts. With them all start files load beside the scripts.
import { readFileSync } from 'node:fs';

/**
 * The files below the data folder that the atlas fetches before its first map, in the order it
 * asks for them: catalogue, boundaries, Sozialräume, reference tables, indicator tables, rivers
 * (src/data/atlas-data.ts loadAtlasData, src/data/context.ts). The grid is not among them: it
 * loads when first shown.
 */
export function startFiles(catalog, riversFile) {
  const files = ['indicators/catalog.json', catalog.geometry?.file, catalog.sozialraeume?.file];
  files.push(...(catalog.references ?? []).map((f) => `indicators/${f}`));
  files.push(...(catalog.tables ?? []).map((t) => `indicators/${t.file}`));
  files.push(riversFile);
  return [...new Set(files.filter(Boolean))];
}

/**
 * The Vite plugin: a `<link rel="preload" as="fetch" crossorigin>` per start file of the atlas'
 * own data (`dataBase` relative to the page, as its `data-base` attribute says). `crossorigin`
 * makes the preload's request the same as the app's fetch(), so that the browser uses it. A page
 * told to read other data (`?data-base=…`) fetches those as before.
 */
export function dataPreload({ dataDir = 'public/data', dataBase = './data/', riversFile = 'rhein.geojson' } = {}) {
  return {
    name: 'atlas-data-preload',
    transformIndexHtml() {
      const catalog = JSON.parse(readFileSync(`${dataDir}/indicators/catalog.json`, 'utf8'));
      return startFiles(catalog, riversFile).map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `${dataBase}${file}` },
        injectTo: 'head',
      }));
    },
  };
}
