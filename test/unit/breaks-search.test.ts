import { describe, expect, it } from 'vitest';
import { breaksOutside, readBreaks } from '../../src/domain/breaks';
import { foldName, searchAreas } from '../../src/domain/area-search';
import type { Area } from '../../src/domain/types';

describe('readBreaks', () => {
  it('reads German numbers separated by semicolons', () => {
    expect(readBreaks('10; 12,5; 1.000')).toEqual({ ok: true, breaks: [10, 12.5, 1000] });
    expect(readBreaks('12.5;20')).toEqual({ ok: true, breaks: [12.5, 20] });
    expect(readBreaks('−2; 0; 2')).toEqual({ ok: true, breaks: [-2, 0, 2] });
  });
  it('rejects a non-number with the entry, instead of dropping it', () => {
    expect(readBreaks('abc; 10')).toEqual({ ok: false, error: 'not-a-number', entry: 'abc' });
  });
  it('rejects breaks that do not ascend', () => {
    expect(readBreaks('20; 10')).toEqual({ ok: false, error: 'unsorted' });
    expect(readBreaks('10; 10')).toEqual({ ok: false, error: 'unsorted' });
  });
  it('flags breaks no value reaches', () => {
    expect(breaksOutside([5, 20, 80], 10, 70)).toEqual([5, 80]);
  });
});

describe('searchAreas', () => {
  const areas: Area[] = [
    { id: '05382056', name: 'Sankt Augustin', level: 'gemeinde', parent: '05382' },
    { id: '05382032', name: 'Königswinter', level: 'gemeinde', parent: '05382' },
    { id: '05382024', name: 'Hennef (Sieg)', level: 'gemeinde', parent: '05382' },
    { id: '05382060', name: 'Siegburg', level: 'gemeinde', parent: '05382' },
    { id: '05382060-001', name: 'Siegburg-Mitte', level: 'sozialraum', parent: '05382060' },
    { id: '05382060-002', name: 'Brückberg', level: 'sozialraum', parent: '05382060' },
  ];
  const names = (q: string) => searchAreas(areas, q).map((h) => h.area.name);
  it('folds umlauts, case and "St."', () => {
    expect(foldName('Königswinter')).toBe('koenigswinter');
    expect(foldName('St. Augustin')).toBe('sankt augustin');
    expect(foldName('Stadt')).toBe('stadt');
    expect(names('koenigs')).toEqual(['Königswinter']);
    expect(names('st. augustin')).toEqual(['Sankt Augustin']);
  });
  it('name beginnings first, Gemeinden before their Sozialräume, then parts of names', () => {
    expect(names('sieg')).toEqual(['Siegburg', 'Siegburg-Mitte', 'Hennef (Sieg)']);
    expect(names('mitte')).toEqual(['Siegburg-Mitte']);
  });
  it('finds by key', () => {
    expect(names('05382060')).toEqual(['Siegburg', 'Brückberg', 'Siegburg-Mitte']);
    expect(names('xyz')).toEqual([]);
  });
});
