// German alphabetical order without ICU (domain/names compareNames) against Intl.Collator('de').
import { describe, expect, it } from 'vitest';
import { compareNames } from '../../src/domain/names';
import { loadAtlasData } from '../../src/data/atlas-data';
import { fromDisk } from './support/from-disk';

const german = new Intl.Collator('de');
const sorted = (names: string[], compare: (a: string, b: string) => number) => [...names].sort(compare);

describe('compareNames', () => {
  it('orders umlauts and ß as German dictionaries do, not after z', () => {
    const names = ['Zülpich', 'Ägidienberg', 'Oberpleis', 'Öttershagen', 'Uckerath', 'Übersetzig', 'Straße', 'Strasburg', 'Much', 'Bad Honnef', 'bad Godesberg'];
    expect(sorted(names, compareNames)).toEqual(sorted(names, german.compare));
    expect(sorted(['Zülpich', 'Ägidienberg'], compareNames)).toEqual(['Ägidienberg', 'Zülpich']);
  });

  it('sorts every area name of the built-in data as the German collator does', async () => {
    const data = await loadAtlasData('', fromDisk('public/data'));
    const names = data.areas.map((a) => a.name);
    expect(names.length).toBeGreaterThan(19);
    expect(sorted(names, compareNames)).toEqual(sorted(names, german.compare));
    // Spaces, hyphens, brackets and numbers in names
    const odd = ['Hennef (Sieg)', 'Hennef Ost', 'Hennef-Uckerath', 'Siegburg 10', 'Siegburg 2', 'Sankt Augustin', 'St. Augustin', 'Neunkirchen-Seelscheid', 'Neunkirchen'];
    expect(sorted(odd, compareNames)).toEqual(sorted(odd, german.compare));
  });
});
