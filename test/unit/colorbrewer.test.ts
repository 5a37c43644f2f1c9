// The ColorBrewer tables written out in domain/colorbrewer.ts are d3-scale-chromatic's, colour for colour.
import { describe, expect, it } from 'vitest';
import * as chromatic from 'd3-scale-chromatic';
import { palette, SCHEMES } from '../../src/domain/colour';

describe('palette', () => {
  it.each(SCHEMES.map((s) => s.id))('%s has d3-scale-chromatic’s colours for 3 to 9 classes', (id) => {
    const table = (chromatic as unknown as Record<string, readonly (readonly string[])[]>)[`scheme${id}`];
    for (let k = 3; k <= 9; k++) expect(palette(id, k)).toEqual([...table[k]]);
  });

  it('clamps the number of classes to 3–9 and falls back to the default scheme', () => {
    expect(palette('Blues', 2)).toEqual(palette('Blues', 3));
    expect(palette('Blues', 12)).toEqual(palette('Blues', 9));
    expect(palette('Rainbow', 5)).toEqual(palette('YlGnBu', 5));
  });
});
