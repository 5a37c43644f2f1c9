// NRW and Deutschland beside an area: the value of the year shown, the difference only within one year.
import { describe, expect, it } from 'vitest';
import { differenceTo, referencesAt } from '../../src/domain/reference-values';
import { MISSING, SUPPRESSED, valueCell } from '../../src/domain/types';
import { loadAtlasData, referencesOf } from '../../src/data/atlas-data';
import { fromDisk } from './support/from-disk';

const refs = new Map([
  [2021, { kreis: 10, nrw: 16.87, bund: 12.18 }],
  [2022, { kreis: 10, nrw: 16.43, bund: null }],
]);

describe('referencesAt', () => {
  it('takes the year shown, else the latest before it, per scope', () => {
    expect(referencesAt(refs, 2022)).toEqual([
      { scope: 'nrw', value: 16.43, year: 2022, sameYear: true },
      { scope: 'bund', value: 12.18, year: 2021, sameYear: false },
    ]);
    expect(referencesAt(refs, 2021).map((p) => [p.scope, p.value, p.sameYear])).toEqual([
      ['nrw', 16.87, true],
      ['bund', 12.18, true],
    ]);
  });

  it('gives nothing for a year before every published one, and the latest without a year', () => {
    expect(referencesAt(refs, 2015)).toEqual([]);
    expect(referencesAt(refs, null).map((p) => [p.scope, p.year, p.sameYear])).toEqual([
      ['nrw', 2022, false],
      ['bund', 2021, false],
    ]);
    expect(referencesAt(new Map(), 2022)).toEqual([]);
  });
});

describe('differenceTo', () => {
  const nrw = { scope: 'nrw' as const, value: 16.43, year: 2022, sameYear: true };
  it('is area minus reference, rounded as every difference of the atlas', () => {
    expect(differenceTo(valueCell(21.4), nrw)).toEqual(valueCell(4.97));
  });
  it('keeps missing and withheld, and compares no two different years', () => {
    expect(differenceTo(MISSING, nrw)).toEqual(MISSING);
    expect(differenceTo(SUPPRESSED, nrw)).toEqual(SUPPRESSED);
    expect(differenceTo(valueCell(21.4), { ...nrw, sameYear: false })).toEqual(MISSING);
  });
});

describe('the built-in data', () => {
  it('has NRW and Deutschland for Kinderarmut 2022 as referenzwerte-inkar.csv writes them', async () => {
    const data = await loadAtlasData('', fromDisk('public/data'));
    const points = referencesAt(referencesOf(data, 'kinderarmut'), 2022);
    expect(points.map((p) => [p.scope, p.value, p.year])).toEqual([
      ['nrw', 16.43, 2022],
      ['bund', 12.07, 2022],
    ]);
  });
});
