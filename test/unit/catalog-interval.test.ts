// The `interval` field of catalog.json: declared per indicator, checked against its kind and counts.
import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/data/catalog';
import { DEFAULT_RELIABILITY } from '../../src/domain/intervals';

const FORMULA = { numerator: ['a'], denominator: ['b'], factor: 100 };
const catalogOf = (indicators: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  kreis: { id: '05382', name: 'Rhein-Sieg-Kreis' },
  geometry: { file: 'g.topo.json' },
  tables: [{ file: 't.csv', key: 'ags' }],
  indicators: indicators.map((i) => ({ label: 'X', topic: 'T', table: 't.csv', column: 'x', source: 'S', license: 'L', vintage: '2020', kind: 'share', sample: false, ...i })),
  ...extra,
});
const read = (indicators: Record<string, unknown>[], extra?: Record<string, unknown>) => readCatalog(catalogOf(indicators, extra), 'c.json');

describe('interval in the catalog', () => {
  it('reads the method, a base with its factor and own thresholds', () => {
    const { catalog, problems } = read([
      { id: 'a', formula: FORMULA, interval: { method: 'wilson', maxRelativeWidth: 0.5 } },
      { id: 'e', kind: 'count' },
      { id: 'r', kind: 'rate', interval: { method: 'byar', base: 'e', factor: 1000, minBase: 500 } },
      { id: 'q', kind: 'index', formula: FORMULA, interval: { method: 'none', reason: 'Verhältnis zweier Gruppen' } },
    ]);
    expect(problems).toEqual([]);
    expect(catalog?.indicators.map((i) => i.interval)).toEqual([
      { method: 'wilson', maxRelativeWidth: 0.5 },
      undefined,
      { method: 'byar', base: 'e', factor: 1000, minBase: 500 },
      { method: 'none', reason: 'Verhältnis zweier Gruppen' },
    ]);
    expect(catalog?.reliability).toEqual(DEFAULT_RELIABILITY);
  });

  it('warns of a formula without a declared method', () => {
    const { problems } = read([{ id: 'a', formula: FORMULA }]);
    expect(problems).toEqual([expect.objectContaining({ key: 'a', severity: 'warning', message: expect.stringContaining('ohne „interval“') })]);
  });

  it('reports a method that does not fit the kind, none without reason, counts nowhere, an unknown base', () => {
    const { problems } = read([
      { id: 'c', kind: 'count', formula: FORMULA, interval: { method: 'wilson' } },
      { id: 'n', formula: FORMULA, interval: { method: 'none' } },
      { id: 'w', interval: { method: 'wilson' } },
      { id: 'b', interval: { method: 'wilson', base: 'gibtsnicht', factor: 100 } },
      { id: 'f', interval: { method: 'wilson', base: 'c' } },
      { id: 'm', interval: { method: 'poisson' } },
    ]);
    const of = (key: string) => problems.filter((p) => p.key === key && p.severity === 'error').map((p) => p.message);
    expect(of('c')).toEqual([expect.stringContaining('passt nicht zur Art „count“')]);
    expect(of('n')).toEqual([expect.stringContaining('Begründung')]);
    expect(of('w')).toEqual([expect.stringContaining('ohne Zähldaten')]);
    expect(of('b')).toEqual([expect.stringContaining('„gibtsnicht“')]);
    expect(of('f')).toEqual([expect.stringContaining('„factor“')]);
    expect(of('m')).toEqual([expect.stringContaining('„poisson“')]);
  });

  it('reads the catalog-wide thresholds and rejects ones that are not positive', () => {
    expect(read([{ id: 'a' }], { reliability: { minBase: 50 } }).catalog?.reliability).toEqual({ maxRelativeWidth: 0.8, minBase: 50 });
    const bad = read([{ id: 'a' }], { reliability: { maxRelativeWidth: -1 } });
    expect(bad.problems).toEqual([expect.objectContaining({ key: 'reliability', message: expect.stringContaining('maxRelativeWidth') })]);
  });
});
