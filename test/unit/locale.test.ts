// The locale object (src/messages/locale.ts): numbers, dates, name order and texts with parameters,
// German from its definition; a second definition changes them all without touching the code.
import { describe, expect, it } from 'vitest';
import { createLocale, type LocaleDefinition } from '../../src/messages/locale';
import { deFormat } from '../../src/messages/de/format';
import { defaultLocale } from '../../src/messages/default-locale';
import { de } from '../../src/messages/de/app';
import { tableTextsDe } from '../../src/messages/de/problems';
import { problem } from '../../src/data/problem-messages';

const german = createLocale(deFormat);
const pct = { unit: '%', decimals: 1 };

describe('the German locale', () => {
  it('writes numbers with decimal comma, thousands dot and the unit after a space', () => {
    expect(german.number(1234567.891, 2)).toBe('1.234.567,89');
    expect(german.number(0.05, 1)).toBe('0,1');
    expect(german.value(21.44, pct)).toBe('21,4 %');
    expect(german.auto(1000)).toBe('1.000');
    expect(german.auto(0.5)).toBe('0,5');
  });

  it('signs differences with a true minus and ± for no change', () => {
    expect(german.signedNumber(-0.44, 1)).toBe('−0,4');
    expect(german.signedNumber(1.25, 2)).toBe('+1,25');
    expect(german.signedNumber(-0.04, 1)).toBe('±0,0');
    expect(german.bound(-2, { decimals: 0, signed: true })).toBe('−2');
  });

  it('names what a cell lacks, and the offices’ symbols', () => {
    expect(german.cell({ kind: 'missing' }, pct)).toBe('keine Angabe');
    expect(german.cell({ kind: 'suppressed' }, pct)).toBe('geheim / unterdrückt');
    expect(german.cell({ kind: 'value', value: 3.2, symbol: 'p' }, pct)).toBe('3,2 % (vorläufig)');
  });

  it('writes dates in the numeric and the long style', () => {
    const day = new Date(2026, 11, 7);
    expect(german.date(day, 'numeric')).toBe('07.12.2026');
    expect(german.date(day, 'long')).toBe('7. Dezember 2026');
  });

  it('orders names as German readers expect: umlauts with their vowel', () => {
    const names = ['Zülpich', 'Ägidienberg', 'Bad Honnef', 'Oberpleis', 'Öttingen', 'Alfter'];
    expect([...names].sort(german.compare)).toEqual(['Ägidienberg', 'Alfter', 'Bad Honnef', 'Oberpleis', 'Öttingen', 'Zülpich']);
  });

  it('is the default locale, with the PDF’s language tag', () => {
    expect(defaultLocale.code).toBe('de-DE');
    expect(defaultLocale.number(12345, 0)).toBe(german.number(12345, 0));
  });
});

describe('texts with parameters', () => {
  it('fill in their parameters', () => {
    expect(de.searchCount(1)).toBe('1 Gebiet gefunden');
    expect(de.searchCount(3)).toBe('3 Gebiete gefunden');
    expect(de.classRange('10,0', '20,0', false)).toBe('10,0 bis unter 20,0');
  });

  it('give a problem its German text while it keeps code and parameters', () => {
    const p = problem('row.keyUnknown', { key: '05382999' }, { file: 'x.csv', line: 4 });
    expect(p).toMatchObject({ code: 'row.keyUnknown', params: { key: '05382999' }, line: 4, severity: 'error' });
    expect(p.message).toBe(tableTextsDe['row.keyUnknown']({ key: '05382999' }));
    expect(p.message).toBe('Unbekannter Schlüssel „05382999“; die Zeile wird nicht zugeordnet.');
  });
});

describe('another definition', () => {
  // Not a locale of the atlas (issue 29 adds English): proof that a definition alone changes the formats.
  const english: LocaleDefinition = {
    ...deFormat,
    code: 'en-GB',
    decimal: '.',
    thousands: ',',
    minus: '−',
    zero: '±',
    missing: 'no data',
    suppressed: 'withheld',
    dates: { numeric: { day: '2-digit', month: '2-digit', year: 'numeric' }, long: { day: 'numeric', month: 'long', year: 'numeric' } },
  };
  const en = createLocale(english);

  it('changes numbers, absence, dates and order', () => {
    expect(en.number(1234567.891, 2)).toBe('1,234,567.89');
    expect(en.value(21.44, pct)).toBe('21.4 %');
    expect(en.cell({ kind: 'missing' }, pct)).toBe('no data');
    expect(en.date(new Date(2026, 11, 7), 'long')).toBe('7 December 2026');
    expect(en.number(1e21, 0)).toBe(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(1e21));
  });
});
