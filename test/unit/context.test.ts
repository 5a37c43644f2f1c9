// The Rhine as context: loaded beside the boundaries, and a map without it when it cannot be.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadRivers } from '../../src/data/context';

const file = readFileSync('public/data/rhein.geojson', 'utf8');
const serve = (status: number, text: string) => async () => ({ ok: status === 200, status, text: async () => text });

describe('loadRivers', () => {
  it('reads the Rhine as one named line', async () => {
    const { rivers, problems } = await loadRivers('data/', serve(200, file));
    expect(problems).toEqual([]);
    expect(rivers.features.map((f) => f.properties.name)).toEqual(['Rhein']);
  });
  it('a missing or broken file is a warning and no line, never a load error', async () => {
    for (const fetcher of [serve(404, ''), serve(200, '<html>')]) {
      const { rivers, problems } = await loadRivers('data/', fetcher);
      expect(rivers.features).toEqual([]);
      expect(problems).toMatchObject([{ file: 'rhein.geojson', severity: 'warning' }]);
    }
  });
});
