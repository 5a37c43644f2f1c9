#!/usr/bin/env node
// npm run check:data -- <folder>: checks a data folder (indicators/catalog.json, its CSV tables, the
// TopoJSON boundaries, and any other CSV, .xlsx or GeoJSON in it) before it goes on the web server,
// with the very checks the atlas runs in the browser (src/data/check-data.ts, bundled here on the fly
// by rolldown, which Vite already brings, so that Node runs the TypeScript sources unchanged).
// Prints the problems grouped by kind, each with file, line, column and key; exits 1 on any error.
// Options: --all prints every problem of a kind, not only the first ones.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const args = process.argv.slice(2);
const all = args.includes('--all');
const folder = args.find((a) => !a.startsWith('--'));
if (!folder) {
  console.error('Aufruf: npm run check:data -- <Ordner> [--all]   (z. B. npm run check:data -- public/data)');
  process.exit(2);
}
const root = resolve(folder);
if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`Kein Ordner: ${folder}`);
  process.exit(2);
}

const here = fileURLToPath(new URL('..', import.meta.url));
// Inside the project, so that the bundle's package imports resolve to its node_modules.
const cache = join(here, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(join(cache, 'check-data-'));
let code = 0;
try {
  const bundle = await rolldown({
    input: join(here, 'src/data/check-data.ts'),
    platform: 'node',
    // Packages load from node_modules as they are; only the project's own sources are bundled.
    external: (id) => !id.startsWith('.') && !id.startsWith('/') && !/^[A-Za-z]:/.test(id),
    logLevel: 'silent',
  });
  await bundle.write({ dir: out, format: 'esm', entryFileNames: 'check-data.mjs' });
  const { checkDataFolder } = await import(pathToFileURL(join(out, 'check-data.mjs')).href);

  const files = new Map(walk(root).map((path) => [relative(root, path).split('\\').join('/'), new Uint8Array(readFileSync(path))]));
  const report = await checkDataFolder(files);
  console.log(`${folder}: ${report.files.length} Dateien geprüft, ${report.errors} Fehler, ${report.warnings} Hinweise`);
  for (const group of report.groups) {
    const kind = group.severity === 'error' ? 'Fehler' : 'Hinweis';
    console.log(`\n${kind} · ${group.title} (${group.count} ×)`);
    const shown = all ? group.problems : group.problems.slice(0, 5);
    for (const p of shown) console.log(`  ${located(p)}: ${p.message}`);
    if (shown.length < group.count) console.log(`  … und ${group.count - shown.length} weitere (alle mit --all)`);
  }
  code = report.errors > 0 ? 1 : 0;
} finally {
  rmSync(out, { recursive: true, force: true });
}
process.exit(code);

function located(p) {
  const where = [p.line !== undefined ? `Zeile ${p.line}` : '', p.column ? `Spalte „${p.column}“` : '', p.key ? `Schlüssel „${p.key}“` : ''].filter(Boolean).join(', ');
  return where ? `${p.file} – ${where}` : p.file;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.isFile() && !entry.name.startsWith('.') ? [path] : [];
  });
}
