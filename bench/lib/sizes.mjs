// What the browser downloads, gzip -9 (node:zlib), from the served copy of dist/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));

/** A module and every module it imports statically: what a host page loads for the web component. */
function staticClosure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.\.?\/[^"']+\.m?js)["']/g)) visit(join(file, '..', spec));
  };
  visit(entry);
  return [...seen];
}

/**
 * The files and the MapLibre chunk they import dynamically (map/atlas-map, a chunk of its own
 * since issue 15), with its static imports: it is imported as soon as the map is created, so it
 * counts as loaded at start.
 */
function withMapChunk(files) {
  const dynamic = files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/import\(["'`]\.\/((?:sozial-atlas-)?atlas-map-[^"'`]+\.js)["'`]\)/g)].map((m) => join(f, '..', m[1])));
  return [...new Set([...files, ...dynamic.flatMap(staticClosure)])];
}

export function sizes(served) {
  const at = (path) => join(served, path);
  const name = (file) => relative(served, file);
  const sum = (files) => files.reduce((n, f) => n + gzipBytes(f), 0);

  const html = readFileSync(at('index.html'), 'utf8');
  // The entry script and its modulepreloads: what loads before the first map. MapLibre is a chunk
  // of its own (map/atlas-map); since the 2D map draws the first frame it loads after it, and only
  // where a graphics processor draws, but within the first seconds there: counted with the start.
  const entry = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => at(m[1]));
  const initial = withMapChunk(entry);
  const assets = readdirSync(at('assets')).map((f) => at(`assets/${f}`));
  const appJs = assets.filter((f) => f.endsWith('.js'));
  const worker = assets.filter((f) => /maplibre-gl-worker-.*\.mjs$/.test(f));
  if (worker.length !== 1) throw new Error(`expected one MapLibre worker file in dist/assets, found ${worker.length}`);
  const data = filesUnder(at('data')).filter((f) => /\.(json|csv)$/.test(f));
  const baselineJs = filesUnder(at('bench-baseline')).filter((f) => f.endsWith('.js'));
  const listed = [...filesUnder(served).filter((f) => !/^(bench-|fonts\/)/.test(name(f))), ...baselineJs];
  const embedEntry = at('embed/sozial-atlas.js');
  const embedInitial = withMapChunk(staticClosure(embedEntry));
  const embedJs = filesUnder(at('embed')).filter((f) => f.endsWith('.js'));
  return {
    embedInitialJs: sum(embedInitial),
    embedJs: sum(embedJs),
    embedFiles: embedInitial.map(name),
    appJs: sum(appJs),
    initialJs: sum(initial),
    /** the entry and its modulepreloads alone: what the first map waits for (MapLibre follows it where a graphics processor draws) */
    firstJs: sum(entry),
    lazyJs: sum(appJs.filter((f) => !initial.includes(f))),
    worker: sum(worker),
    totalJs: sum(appJs) + sum(worker),
    baselineJs: sum(baselineJs),
    topojson: gzipBytes(at('data/rhein-sieg.topo.json')),
    data: sum(data),
    initialFiles: initial.map(name),
    dataFiles: data.map(name),
    files: Object.fromEntries(listed.map((f) => [name(f), { bytes: statSync(f).size, gzip: gzipBytes(f) }])),
  };
}
