// The catalog fields added for issue 12: display, definition, formula, code, references, grid.
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/data/catalog';

const base = (indicator: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  kreis: { id: '05382', name: 'Rhein-Sieg-Kreis' },
  geometry: { file: 'g.topo.json' },
  tables: [{ file: 't.csv', key: 'ags', yearColumn: 'jahr' }],
  indicators: [
    { id: 'x', label: 'X', topic: 'Wohnen', table: 't.csv', column: 'x', source: 'S', license: 'L', vintage: '2020', kind: 'share', sample: false, ...indicator },
  ],
  ...extra,
});

describe('readCatalog', () => {
  it('reads definition, code and formula, and shows a count as circles unless told otherwise', () => {
    const { catalog, problems } = readCatalog(
      base({ definition: 'a / b × 100', code: '12411-02-03-5', formula: { numerator: ['a'], denominator: ['b', 'c'], factor: 100 }, interval: { method: 'wilson' } }),
      'c.json',
    );
    expect(problems).toEqual([]);
    expect(catalog?.indicators[0]).toMatchObject({ definition: 'a / b × 100', code: '12411-02-03-5', formula: { numerator: ['a'], denominator: ['b', 'c'], factor: 100 }, display: 'choropleth' });
    expect(readCatalog(base({ kind: 'count' }), 'c.json').catalog?.indicators[0].display).toBe('circles');
  });

  it('reports an unknown display and a formula without its parts, naming the indicator', () => {
    const a = readCatalog(base({ display: 'bars' }), 'c.json');
    expect(a.catalog?.indicators).toEqual([]);
    // (and, with its only indicator gone, that the catalog has none left)
    expect(a.problems).toContainEqual(expect.objectContaining({ key: 'x', message: expect.stringContaining('Darstellung „bars“') }));
    const b = readCatalog(base({ formula: { numerator: 'a', factor: 100 } }), 'c.json');
    expect(b.catalog?.indicators[0].formula).toBeUndefined();
    expect(b.problems).toEqual([expect.objectContaining({ key: 'x', message: expect.stringContaining('„formula“') })]);
  });

  it('reads reference tables and a grid that is not among the tables loaded at start', () => {
    const grid = {
      file: 'raster.topo.json',
      source: 'Zensus 2011',
      license: 'dl-de/by-2-0',
      attribution: '©',
      vintage: 'Zensus 2011, Stichtag 09.05.2011',
      table: { file: 'r.csv', key: 'id', year: 2011 },
      indicators: [{ id: 'r', label: 'R', topic: 'Wohnen', table: 'r.csv', column: 'e', source: 'S', license: 'L', vintage: '2011', kind: 'density', sample: false }],
    };
    const { catalog, problems } = readCatalog(base({}, { references: ['ref.csv'], grid }), 'c.json');
    expect(problems).toEqual([]);
    expect(catalog?.references).toEqual(['ref.csv']);
    expect(catalog?.tables.map((t) => t.file)).toEqual(['t.csv']);
    expect(catalog?.grid?.table).toEqual({ file: 'r.csv', key: 'id', level: 'raster', year: 2011, yearColumn: undefined, sample: false });
    expect(catalog?.grid?.indicators.map((i) => i.id)).toEqual(['r']);
  });
});
