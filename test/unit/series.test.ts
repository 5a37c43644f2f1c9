// The time chart's lines from the built-in data: a Sozialraum beside its Gemeinde and the Kreis,
// with the gaps a planner must see as gaps (a withheld and an empty cell of the sample table).
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { loadAtlasData } from '../../src/data/atlas-data';
import { timeLines, type TimeLine } from '../../src/domain/series';
import { valueCell, type Area, type Level } from '../../src/domain/types';

const data = await loadAtlasData('', async (url) => ({ ok: true, status: 200, text: () => readFile(`public/data/${url}`, 'utf8') }));
const area = (id: string): Area => {
  const found = data.areas.find((a) => a.id === id);
  if (!found) throw new Error(`no area ${id}`);
  return found;
};
/** A line as it reads: year -> number, or the kind of gap. */
const read = (line: TimeLine) => Object.fromEntries(line.points.map((p) => [p.year, p.cell.kind === 'value' ? p.cell.value : p.cell.kind]));

describe('timeLines', () => {
  it('gives a Sozialraum three lines over 2018–2022: itself, its Gemeinde, the Kreis', () => {
    const lines = timeLines(data, 'kinderarmut', area('05382052-003'), data.areas);
    expect(lines.map((l) => [l.role, l.id, l.label, l.sample])).toEqual([
      ['area', '05382052-003', 'Beispiel-Sozialraum 3 – Ruppichteroth', true],
      ['parent', '05382052', 'Ruppichteroth', false],
      ['kreis', '05382', 'Rhein-Sieg-Kreis', false],
    ]);
    // 2018 is withheld ('.') in the sample table: a gap, not 0.
    expect(read(lines[0])).toEqual({ 2018: 'suppressed', 2019: 5.6, 2020: 5.5, 2021: 5.3, 2022: 5.5 });
    // INKAR has the Gemeinden and the official Kreis row for 2021 and 2022 only.
    expect(read(lines[1])).toEqual({ 2018: 'missing', 2019: 'missing', 2020: 'missing', 2021: 7.18, 2022: 7.38 });
    expect(read(lines[2])).toEqual({ 2018: 'missing', 2019: 'missing', 2020: 'missing', 2021: 10.99, 2022: 10.73 });
  });

  it('keeps the empty cell of the sample table (Much 2, 2020) as missing', () => {
    const [own] = timeLines(data, 'personen-bg', area('05382036-002'), data.areas);
    expect(read(own)).toEqual({ 2018: 45, 2019: 44.8, 2020: 'missing', 2021: 42.6, 2022: 41.4 });
  });

  it('gives a Gemeinde two lines over the years the Gemeinde or the Kreis has figures in', () => {
    const lines = timeLines(data, 'kinderarmut', area('05382068'), data.areas);
    expect(lines.map((l) => l.label)).toEqual(['Troisdorf', 'Rhein-Sieg-Kreis']);
    expect(read(lines[0])).toEqual({ 2021: 15.46, 2022: 14.66 });
    expect(read(lines[1])).toEqual({ 2021: 10.99, 2022: 10.73 });
  });

  it('has a single point for an indicator of one year, and no lines for an unknown one', () => {
    const lines = timeLines(data, 'dichte', area('05382068'), data.areas);
    expect(lines.map((l) => l.points.length)).toEqual([1, 1]);
    expect(timeLines(data, 'gibt-es-nicht', area('05382068'), data.areas)).toEqual([]);
  });

  it('gives a table without years no points at all, not a year 0', () => {
    const figures = {
      years: new Map(),
      cells: new Map([[0, new Map([['05382068', valueCell(4.2)]])]]),
      reference: new Map([[0, { value: 3.9, official: true }]]),
      sampleLevels: new Set<Level>(),
    };
    const lines = timeLines({ catalog: data.catalog, series: new Map([['q', figures]]) }, 'q', area('05382068'), data.areas);
    expect(lines.map((l) => l.points)).toEqual([[], []]);
  });
});
