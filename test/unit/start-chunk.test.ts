// The build's start chunk (scripts/lib/start-chunk.mjs): what the entry reaches by static imports, and nothing lazy.
import { describe, expect, it } from 'vitest';
import { startChunk } from '../../scripts/lib/start-chunk.mjs';

/** A module graph by static importers; `lazy` and what only it imports are reached by import() alone. */
const importers: Record<string, string[]> = {
  '/p/src/main.ts': [],
  '/p/src/ui/shell.ts': ['/p/src/main.ts'],
  '/p/src/domain/format.ts': ['/p/src/ui/shell.ts', '/p/src/ui/lazy.ts'],
  '/p/src/ui/lazy.ts': [],
  '/p/src/ui/lazy-only.ts': ['/p/src/ui/lazy.ts'],
  // a cycle between two start modules, and one between two lazy ones
  '/p/src/a.ts': ['/p/src/b.ts', '/p/src/ui/shell.ts'],
  '/p/src/b.ts': ['/p/src/a.ts'],
  '/p/src/x.ts': ['/p/src/y.ts'],
  '/p/src/y.ts': ['/p/src/x.ts', '/p/src/ui/lazy.ts'],
};
const ctx = { getModuleInfo: (id: string) => (id in importers ? { importers: importers[id] } : null) };

describe('startChunk', () => {
  it('puts every module the entry reaches by static imports into "start", and nothing else', () => {
    const group = startChunk('/src/main.ts');
    const named = Object.fromEntries(Object.keys(importers).map((id) => [id, group.name(id, ctx)]));
    expect(named).toEqual({
      '/p/src/main.ts': 'start',
      '/p/src/ui/shell.ts': 'start',
      '/p/src/domain/format.ts': 'start',
      '/p/src/ui/lazy.ts': null,
      '/p/src/ui/lazy-only.ts': null,
      '/p/src/a.ts': 'start',
      '/p/src/b.ts': 'start',
      '/p/src/x.ts': null,
      '/p/src/y.ts': null,
    });
  });

  it('answers the same whatever order the modules are asked in', () => {
    const ids = Object.keys(importers);
    const forward = startChunk('/src/main.ts');
    const backward = startChunk('/src/main.ts');
    const a = ids.map((id) => forward.name(id, ctx));
    const b = [...ids].reverse().map((id) => backward.name(id, ctx)).reverse();
    expect(b).toEqual(a);
  });
});
