// The English locale (src/messages/en/format.ts) as a British statistics office writes it: decimal
// point, thousands comma, a true minus, dates as GOV.UK writes them; and the English tables' own
// counts in that format, not the German one.
import { describe, expect, it } from 'vitest';
import { createLocale } from '../../src/messages/locale';
import { enFormat } from '../../src/messages/en/format';
import { en } from '../../src/messages/en/app';
import { contributionTexts } from '../../src/messages/en/contributions';
import { importTexts } from '../../src/messages/en/import';
import { enIntervals } from '../../src/messages/en/intervals';

const english = createLocale(enFormat);
const pct = { unit: '%', decimals: 1 };

describe('the English locale', () => {
  it('writes numbers with decimal point and thousands comma, the unit after a space', () => {
    expect(english.number(1234567.891, 2)).toBe('1,234,567.89');
    expect(english.auto(0.5)).toBe('0.5');
    expect(english.value(21.44, pct)).toBe('21.4 %');
    expect(english.value(12.3, { unit: 'per 1,000 residents', decimals: 1 })).toBe('12.3 per 1,000 residents');
  });

  it('signs differences with a true minus and ± for no change', () => {
    expect(english.signedNumber(-0.44, 1)).toBe('−0.4');
    expect(english.signedNumber(1.25, 2)).toBe('+1.25');
    expect(english.signedNumber(-0.04, 1)).toBe('±0.0');
  });

  it('names what a cell lacks, and the offices’ symbols', () => {
    expect(english.cell({ kind: 'missing' }, pct)).toBe('no data');
    expect(english.cell({ kind: 'suppressed' }, pct)).toBe('suppressed');
    expect(english.cell({ kind: 'value', value: 3.2, symbol: 'p' }, pct)).toBe('3.2 % (provisional)');
  });

  it('writes dates as 07/12/2026 and 7 December 2026', () => {
    const day = new Date(2026, 11, 7);
    expect(english.date(day, 'numeric')).toBe('07/12/2026');
    expect(english.date(day, 'long')).toBe('7 December 2026');
    expect(english.code).toBe('en-GB');
  });
});

describe('English texts with parameters', () => {
  it('count in the singular and the plural', () => {
    expect(en.searchCount(1)).toBe('1 area found');
    expect(en.searchCount(3)).toBe('3 areas found');
    expect(en.summary({ what: 'Child poverty', highest: 'Troisdorf, 21.4 %', lowest: 'Much, 3.1 %', kreis: '12.0 %', missing: 1, suppressed: 2 })).toBe(
      'Child poverty. Highest value: Troisdorf, 21.4 %. Lowest value: Much, 3.1 %. District value: 12.0 %. 1 area with no data. 2 values suppressed because of small counts.',
    );
  });

  it('write their own numbers in the English format', () => {
    expect(contributionTexts.textCount(1234, 2000)).toBe('1,234 of 2,000 characters');
    expect(importTexts.headline({ file: 'report.csv', rows: 1, matched: 1200, unmatched: ['x'], withoutRow: [], years: [2016] })).toBe(
      'report.csv: 1 line, 1,200 areas matched, 1 unknown key (2016)',
    );
    expect(enIntervals.range(0.998, '10.1', '15.0')).toBe('(99.8% CI 10.1–15.0)');
    expect(en.mapMoved(9.25)).toBe('Map moved, zoom level 9.3');
  });
});
