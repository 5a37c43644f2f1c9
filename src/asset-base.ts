// Where the built atlas lives. Every bundle file sits one folder below it (dist/assets/ for the
// pages, dist/embed/ for the web component), so data, glyphs and the pages are found from the
// module itself, whichever page of the district website loads it. In `vite dev` this file is
// src/asset-base.ts, one folder below the root as well.
export const ATLAS_BASE = new URL('../', import.meta.url);
