import { describe, expect, it } from 'vitest';
import { parseTable, detectSeparator, unclosedQuoteLine, NO_YEAR, type TableSpec } from '../../src/data/csv';
import { normaliseKey } from '../../src/data/keys';

const KEYS = new Set(['05382004', '05382008', '05382012']);
const spec = (over: Partial<TableSpec> = {}): TableSpec => ({
  file: 'test.csv',
  keyColumn: 'ags',
  columns: ['anteil', 'anzahl'],
  countColumns: ['anzahl'],
  knownKeys: KEYS,
  totalKey: '05382',
  ...over,
});
const value = (t: ReturnType<typeof parseTable>, key: string, col: string, year = NO_YEAR) => t.rows.get(year)?.get(key)?.get(col);
const has = (t: ReturnType<typeof parseTable>, key: string, year = NO_YEAR) => t.rows.get(year)?.has(key) ?? false;

describe('parseTable: German conventions', () => {
  it('reads semicolons, decimal commas, a BOM, quotes and umlauts', () => {
    const text = '\uFEFFags;name;anteil;anzahl\n05382004;"Alfter; Ort";21,4;1.234\n05382008;Bad Honnef;3,5;12\n05382012;"Bornheim ""Vorgebirge""";7;40\n';
    const t = parseTable(text, spec());
    expect(t.problems).toEqual([]);
    expect(value(t, '05382004', 'anteil')).toEqual({ kind: 'value', value: 21.4 });
    expect(value(t, '05382004', 'anzahl')).toEqual({ kind: 'value', value: 1234 });
    expect(value(t, '05382012', 'anteil')).toEqual({ kind: 'value', value: 7 });
  });

  it('reads comma-separated files with decimal points', () => {
    const text = 'ags,anteil,anzahl\n05382004,21.4,5\n05382008,3.5,12\n05382012,7.25,40\n';
    const t = parseTable(text, spec());
    expect(t.problems).toEqual([]);
    expect(value(t, '05382012', 'anteil')).toEqual({ kind: 'value', value: 7.25 });
  });

  it('keeps empty cells as missing and marks as suppressed, and withholds small counts', () => {
    const text = 'ags;anteil;anzahl\n05382004;;x\n05382008;.;2\n05382012;1,0;0\n';
    const t = parseTable(text, spec());
    expect(t.problems).toEqual([]);
    expect(value(t, '05382004', 'anteil')?.kind).toBe('missing');
    expect(value(t, '05382004', 'anzahl')?.kind).toBe('suppressed');
    expect(value(t, '05382008', 'anteil')?.kind).toBe('suppressed');
    expect(value(t, '05382008', 'anzahl')?.kind).toBe('suppressed');
    expect(value(t, '05382012', 'anzahl')).toEqual({ kind: 'value', value: 0 });
  });

  it('keeps the Kreis row as the official total', () => {
    const t = parseTable('ags;anteil;anzahl\n05382;10,5;100\n05382004;1;5\n05382008;2;5\n05382012;3;5\n', spec());
    expect(t.total.get(NO_YEAR)?.get('anteil')).toEqual({ kind: 'value', value: 10.5 });
    expect(has(t, '05382')).toBe(false);
  });

  it('accepts 12-digit ARS and keys that lost their leading zero', () => {
    const t = parseTable('ags;anteil;anzahl\n053820004004;1;5\n5382008;2;5\n05382012;3;5\n', spec());
    expect(t.problems).toEqual([]);
    expect(has(t, '05382004')).toBe(true);
    expect(has(t, '05382008')).toBe(true);
  });
});

describe('parseTable: every problem is located', () => {
  it('unknown key: file, line, column and key', () => {
    const t = parseTable('ags;anteil;anzahl\n05382004;1;5\n05382999;2;5\n05382008;2;5\n05382012;3;5\n', spec());
    expect(t.problems).toEqual([
      expect.objectContaining({ file: 'test.csv', line: 3, column: 'ags', key: '05382999', severity: 'error' }),
    ]);
    expect(t.problems[0].message).toContain('Unbekannter Schlüssel');
  });

  it('duplicate key: names the line of the first occurrence', () => {
    const t = parseTable('ags;anteil;anzahl\n05382004;1;5\n05382008;2;5\n05382004;9;9\n05382012;3;5\n', spec());
    expect(t.problems).toHaveLength(1);
    expect(t.problems[0]).toMatchObject({ line: 4, key: '05382004' });
    expect(t.problems[0].message).toContain('Zeile 2');
    expect(value(t, '05382004', 'anteil')).toEqual({ kind: 'value', value: 1 });
  });

  it('bad number: line, column and key; the cell shows as missing, the row stays', () => {
    const t = parseTable('ags;anteil;anzahl\n05382004;1;5\n05382008;zwei;5\n05382012;3;5\n', spec());
    expect(t.problems).toEqual([expect.objectContaining({ line: 3, column: 'anteil', key: '05382008' })]);
    expect(value(t, '05382008', 'anteil')?.kind).toBe('missing');
    expect(value(t, '05382008', 'anzahl')).toEqual({ kind: 'value', value: 5 });
  });

  it('missing column and missing key column', () => {
    const t = parseTable('ags;anteil\n05382004;1\n05382008;2\n05382012;3\n', spec());
    expect(t.problems).toEqual([expect.objectContaining({ line: 1, column: 'anzahl' })]);
    const k = parseTable('schluessel;anteil;anzahl\n05382004;1;2\n', spec());
    expect(k.problems).toEqual([expect.objectContaining({ line: 1, column: 'ags' })]);
  });

  it('a row with the wrong number of fields is reported, not silently dropped', () => {
    const t = parseTable('ags;anteil;anzahl\n05382004;1;5\n05382008;2\n05382012;3;5\n', spec());
    expect(t.problems.find((p) => p.line === 3)?.message).toContain('2 Felder');
    // and the area without a row is named too
    expect(t.problems.find((p) => p.key === '05382008' && p.severity === 'warning')).toBeTruthy();
  });

  it('counts lines across quoted line breaks', () => {
    const t = parseTable('ags;name;anteil;anzahl\n05382004;"zwei\nZeilen";1;5\n05382008;x;zz;5\n05382012;y;3;5\n', spec());
    expect(t.problems).toEqual([expect.objectContaining({ line: 4, column: 'anteil', key: '05382008' })]);
  });

  it('an empty file says so', () => {
    expect(parseTable('', spec()).problems[0].message).toContain('leer');
  });
});

describe('parseTable: tables with a year column', () => {
  const yearly = spec({ yearColumn: 'jahr' });
  const head = 'ags;jahr;anteil;anzahl\n';

  it('keeps one row per area and year, the Kreis row per year too', () => {
    const rows = ['05382;2021;9,5;90', '05382;2022;10,5;100']
      .concat(['05382004', '05382008', '05382012'].flatMap((k, i) => [`${k};2021;${i};5`, `${k};2022;${i + 10};5`]))
      .join('\n');
    const t = parseTable(head + rows, yearly);
    expect(t.problems).toEqual([]);
    expect(t.years).toEqual([2021, 2022]);
    expect(value(t, '05382008', 'anteil', 2021)).toEqual({ kind: 'value', value: 1 });
    expect(value(t, '05382008', 'anteil', 2022)).toEqual({ kind: 'value', value: 11 });
    expect(t.total.get(2021)?.get('anteil')).toEqual({ kind: 'value', value: 9.5 });
  });

  it('the same key in two years is no duplicate; in the same year it is', () => {
    const t = parseTable(head + '05382004;2021;1;5\n05382004;2022;2;5\n05382004;2022;3;5\n', spec({ yearColumn: 'jahr', knownKeys: new Set(['05382004']) }));
    expect(t.problems).toEqual([expect.objectContaining({ line: 4, key: '05382004', column: 'ags' })]);
    expect(t.problems[0].message).toContain('für 2022 (schon in Zeile 3)');
  });

  it('a bad or empty year is located and the row not assigned', () => {
    const t = parseTable(head + '05382004;20x1;1;5\n05382004;;1;5\n05382004;2022;1;5\n', spec({ yearColumn: 'jahr', knownKeys: new Set(['05382004']) }));
    expect(t.problems).toEqual([
      expect.objectContaining({ line: 2, column: 'jahr', key: '05382004', message: expect.stringContaining('„20x1“ ist kein Jahr') }),
      expect.objectContaining({ line: 3, column: 'jahr', message: expect.stringContaining('Jahr fehlt') }),
    ]);
  });

  it('names the years an area lacks, and a missing year column', () => {
    const t = parseTable(head + '05382004;2021;1;5\n05382004;2022;1;5\n05382008;2022;1;5\n', spec({ yearColumn: 'jahr', knownKeys: new Set(['05382004', '05382008']) }));
    expect(t.problems).toEqual([expect.objectContaining({ key: '05382008', severity: 'warning', message: expect.stringContaining('fehlen die Jahre 2021') })]);
    const n = parseTable('ags;anteil;anzahl\n05382004;1;5\n', yearly);
    expect(n.problems).toEqual([expect.objectContaining({ line: 1, column: 'jahr', message: expect.stringContaining('Jahresspalte') })]);
  });
});

describe('separator and keys', () => {
  it('detects the separator from the header, ignoring quoted text', () => {
    expect(detectSeparator('a;b;"c,d,e"\n1,5;2;3')).toBe(';');
    expect(detectSeparator('a,b,c\n1;2;3')).toBe(',');
  });
  it('normalises official keys', () => {
    expect(normaliseKey('053820056056')).toBe('05382056');
    expect(normaliseKey(' 05382056 ')).toBe('05382056');
    expect(normaliseKey('05382056-003')).toBe('05382056-003');
    expect(normaliseKey('Siegburg')).toBeNull();
  });
});

describe('unclosedQuoteLine', () => {
  it('names the line where a quote opens and never closes', () => {
    expect(unclosedQuoteLine('ags;name\n05382004;"Alfter"\n05382008;"Bad Honnef\n05382012;Bornheim\n', ';')).toBe(3);
  });

  it('accepts doubled quotes, quoted separators and line breaks, a quote inside a field, and no quotes at all', () => {
    expect(unclosedQuoteLine('ags;name\n1;"Sankt ""Augustin"""\n2;"a;b\nc"\n3;5" Zoll\n', ';')).toBeNull();
    expect(unclosedQuoteLine('ags,name\n1,"x, y"\n', ',')).toBeNull();
    expect(unclosedQuoteLine('ags;name\n1;Alfter\n', ';')).toBeNull();
    expect(unclosedQuoteLine('ags;name\r\n1;"x\r\n', ';')).toBe(2);
  });
});
