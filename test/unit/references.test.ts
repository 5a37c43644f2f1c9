// Reference tables (NRW, Deutschland): read line by line, a bad line reported with its number.
import { describe, expect, it } from 'vitest';
import { readReferences, type ReferenceTable } from '../../src/data/references';

describe('readReferences', () => {
  it('collects NRW and Bund per table, column and year, decimal comma', () => {
    const into: ReferenceTable = new Map();
    const text = 'tabelle;spalte;ebene;jahr;wert\nt.csv;k;nrw;2021;16,87\nt.csv;k;bund;2021;12,1\nt.csv;k;nrw;2022;17\n';
    expect(readReferences(text, 'r.csv', into)).toEqual([]);
    expect(into.get('t.csv')?.get('k')).toEqual(new Map([[2021, { nrw: 16.87, bund: 12.1 }], [2022, { nrw: 17 }]]));
  });

  it('reports a wrong header and unreadable lines, keeping the rest', () => {
    const into: ReferenceTable = new Map();
    expect(readReferences('a;b\n', 'r.csv', into)).toEqual([expect.objectContaining({ line: 1 })]);
    const problems = readReferences('tabelle;spalte;ebene;jahr;wert\nt.csv;k;kreis;2021;1\nt.csv;k;nrw;2021;\nt.csv;k;nrw;2022;3\n', 'r.csv', into);
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
    expect(into.get('t.csv')?.get('k')).toEqual(new Map([[2022, { nrw: 3 }]]));
  });
});
