import { describe, expect, it } from 'vitest';
import { detectDecimal, parseCell, parseNumber, suppressSmallCount } from '../../src/domain/cells';
import { formatCell, formatValue, formatSigned } from '../../src/messages/default-locale';
import { valueCell } from '../../src/domain/types';

describe('parseNumber', () => {
  it('reads German decimal comma and thousands dots', () => {
    expect(parseNumber('1.234,5', ',')).toBe(1234.5);
    expect(parseNumber('21,4', ',')).toBe(21.4);
    expect(parseNumber('-0,5', ',')).toBe(-0.5);
    expect(parseNumber('74903', ',')).toBe(74903);
  });
  it('reads decimal points when the column uses them', () => {
    expect(parseNumber('21.4', '.')).toBe(21.4);
    expect(parseNumber('1,234.5', '.')).toBe(1234.5);
  });
  it('rejects what is not a number', () => {
    expect(parseNumber('12a', ',')).toBeNull();
    expect(parseNumber('1,2,3', ',')).toBeNull();
    expect(parseNumber('21.4', ',')).toBeNull();
  });
});

describe('parseCell', () => {
  it('empty is missing, marks are suppressed', () => {
    expect(parseCell('  ', ',')).toEqual({ ok: true, cell: { kind: 'missing' } });
    for (const mark of ['.', '-', 'x', '*']) {
      expect(parseCell(mark, ',')).toEqual({ ok: true, cell: { kind: 'suppressed' } });
    }
  });
  it('gives a reason for a bad number', () => {
    const r = parseCell('zwölf', ',');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain('zwölf');
  });
});

describe('detectDecimal', () => {
  it('decides per column, not per cell', () => {
    expect(detectDecimal(['1,5', '2', '3,25'])).toBe(',');
    expect(detectDecimal(['1.5', '2', '3.25'])).toBe('.');
    // "1.234" alone is a thousands-dotted integer in German, not 1.234
    expect(detectDecimal(['1.234', '12,5'])).toBe(',');
  });
});

describe('suppression of small counts', () => {
  it('withholds 1 and 2, keeps 0 and 3', () => {
    expect(suppressSmallCount(valueCell(1), 3).kind).toBe('suppressed');
    expect(suppressSmallCount(valueCell(2), 3).kind).toBe('suppressed');
    expect(suppressSmallCount(valueCell(0), 3).kind).toBe('value');
    expect(suppressSmallCount(valueCell(3), 3).kind).toBe('value');
  });
});

describe('German formatting', () => {
  const pct = { unit: '%', decimals: 1 };
  it('formats values, signs and the two kinds of absence', () => {
    expect(formatValue(21.4, pct)).toBe('21,4 %');
    expect(formatValue(74903, { unit: 'Personen', decimals: 0 })).toBe('74.903 Personen');
    expect(formatSigned(-1.25, pct)).toBe('−1,3 %');
    expect(formatSigned(2, pct)).toBe('+2,0 %');
    expect(formatCell({ kind: 'missing' }, pct)).toBe('keine Angabe');
    expect(formatCell({ kind: 'suppressed' }, pct)).toBe('geheim / unterdrückt');
  });
});
