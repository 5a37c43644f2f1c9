// INKAR time series (long format: one row per key and year): complete per year, and consistent with the
// single-year table inkar-sgb2-2022.csv they were extracted alongside.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const DIR = 'public/data/indicators';

interface Table {
  header: string[];
  rows: string[][];
}

// The files are plain: `;`-separated, names in double quotes without `;` or `"` inside.
function read(file: string): Table {
  const text = readFileSync(`${DIR}/${file}`, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.replace(/\n$/, '').split('\n');
  const split = (line: string) => line.split(';').map((cell) => cell.replace(/^"(.*)"$/, '$1'));
  return { header: split(lines[0]), rows: lines.slice(1).map(split) };
}

const KREIS = '05382';
const GEMEINDEN = read('gemeinden-bevoelkerung-2018.csv').rows.map((r) => r[0]);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

const SERIES = [
  {
    file: 'inkar-sgb2-zeitreihe.csv',
    columns: ['kinderarmut', 'personen_in_bg_je_1000'],
    // INKAR 2024 has these two indicators at Gemeinde level for 2021 and 2022 only.
    years: range(2021, 2022),
  },
  {
    file: 'inkar-aerzte-zeitreihe.csv',
    columns: [
      'hausaerzte_je_10000',
      'allgemeinaerzte_je_10000',
      'internisten_je_10000',
      'aerzte_je_10000',
      'kinderaerzte_je_10000_u15',
    ],
    years: range(2015, 2022),
  },
];

describe.each(SERIES)('$file', ({ file, columns, years }) => {
  const table = read(file);

  it('has the header ags;name;jahr;<columns>', () => {
    expect(GEMEINDEN).toHaveLength(19);
    expect(table.header).toEqual(['ags', 'name', 'jahr', ...columns]);
  });

  it('has every year, each with exactly the 19 Gemeinden and the Kreis row', () => {
    const byYear = new Map<string, string[]>();
    for (const row of table.rows) {
      expect(row).toHaveLength(3 + columns.length);
      byYear.set(row[2], [...(byYear.get(row[2]) ?? []), row[0]]);
    }
    expect([...byYear.keys()].sort()).toEqual(years);
    for (const year of years) {
      const keys = byYear.get(year)!;
      expect(keys).toHaveLength(20);
      expect(new Set(keys)).toEqual(new Set([KREIS, ...GEMEINDEN]));
    }
  });

  it('has a number with decimal comma (at most 2 decimals) in every cell and one name per key', () => {
    const names = new Map<string, Set<string>>();
    for (const row of table.rows) {
      for (const cell of row.slice(3)) expect(cell).toMatch(/^\d+(,\d{1,2})?$/);
      names.set(row[0], (names.get(row[0]) ?? new Set()).add(row[1]));
    }
    for (const set of names.values()) expect(set.size).toBe(1);
    expect([...names.get(KREIS)!]).toEqual(['Rhein-Sieg-Kreis']);
  });
});

describe('inkar-sgb2-zeitreihe.csv and inkar-sgb2-2022.csv', () => {
  it('agree cell for cell in 2022', () => {
    const single = read('inkar-sgb2-2022.csv');
    const series = read('inkar-sgb2-zeitreihe.csv');
    expect(single.header).toEqual(['ags', 'name', 'kinderarmut', 'personen_in_bg_je_1000']);
    const rows2022 = series.rows.filter((r) => r[2] === '2022').map((r) => [r[0], r[1], r[3], r[4]]);
    expect(single.rows).toHaveLength(20);
    expect(rows2022).toEqual(single.rows);
  });
});
