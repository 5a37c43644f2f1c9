// Preload links for the data the atlas fetches before its first map, put into index.html and
// embed.html at build time. Without them the browser asks for the catalogue only once the app's
// JavaScript has run, and for the boundaries and tables only once the catalogue is in: two round
// trips after the scripts. With them the first map's files load beside the scripts; the other
// tables follow once those are in (src/data/atlas-data.ts loadInStages), so that they do not
// compete with them.
import { readFileSync } from 'node:fs';

/**
 * The files below the data folder that the atlas fetches for the first map of a page without a
 * link (the catalogue's first indicator on the Gemeinde map, as state/atlas-state fromHash picks
 * it), in the order it asks for them: catalogue, boundaries, reference tables, that indicator's
 * Gemeinde tables and those of its Bezugsgröße, rivers (src/data/atlas-data.ts loadInStages,
 * src/data/context.ts). Neither the Sozialräume (geometry and tables: a Gemeinde map does not
 * draw them) nor the grid are among them: they load after the first map or when first shown.
 */
export function startFiles(catalog, riversFile) {
  const files = ['indicators/catalog.json', catalog.geometry?.file];
  files.push(...(catalog.references ?? []).map((f) => `indicators/${f}`));
  const first = tablesOf(catalog, catalog.indicators?.[0]?.id);
  files.push(...(catalog.tables ?? []).filter((t) => first.has(t.file) && t.level !== 'sozialraum').map((t) => `indicators/${t.file}`));
  files.push(riversFile);
  return [...new Set(files.filter(Boolean))];
}

/** An indicator's tables (`table`, `also`) with those of its `denominator`, as atlas-data's tablesOf reads the catalogue. */
function tablesOf(catalog, id, seen = new Set()) {
  const ind = (catalog.indicators ?? []).find((i) => i.id === id);
  if (!ind || seen.has(id)) return new Set();
  seen.add(id);
  const files = new Set([ind.table, ...(ind.also ?? []).map((a) => a.table)]);
  for (const f of ind.denominator ? tablesOf(catalog, ind.denominator, seen) : []) files.add(f);
  return files;
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
    // Only pages that hold the atlas: the text pages (Leichte Sprache, Barrierefreiheit) load no data.
    transformIndexHtml(html) {
      if (!html.includes('<sozial-atlas')) return [];
      const catalog = JSON.parse(readFileSync(`${dataDir}/indicators/catalog.json`, 'utf8'));
      return startFiles(catalog, riversFile).map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: `${dataBase}${file}` },
        injectTo: 'head',
      }));
    },
  };
}
