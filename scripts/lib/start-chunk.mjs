// One chunk for everything the page runs at start. Rolldown's automatic chunking gives each
// set of (lazy) chunks that share a module a chunk of its own: the start code came as 16 files
// of 0.1-50 KB, each a request, and over HTTP/1.1 a browser opens only six connections to a
// server, so they queued behind each other and behind the data preloads. Every module that
// src/main.ts reaches by static imports goes into the chunk `start`; what is imported lazily
// (side pane, table, analysis, print, MapLibre) keeps its own chunks and imports from it.

/** A codeSplitting group naming the modules reachable from `entry` by static imports. */
export function startChunk(entry = '/src/main.ts') {
  const known = new Map();
  const reaches = (id, ctx, seen = new Set()) => {
    if (known.has(id)) return known.get(id);
    if (seen.has(id)) return false;
    seen.add(id);
    const info = ctx.getModuleInfo(id);
    const result = Boolean(info) && (id.endsWith(entry) || info.importers.some((importer) => reaches(importer, ctx, seen)));
    if (result || seen.size === 1) known.set(id, result);
    return result;
  };
  return { name: (id, ctx) => (reaches(id, ctx) ? 'start' : null) };
}
