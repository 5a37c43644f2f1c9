import { describe, expect, it } from 'vitest';
import { faded, palette } from '../../src/domain/colour';

describe('faded', () => {
  it('mixes a fill towards white as if drawn at the given opacity', () => {
    expect(faded('#000000', 0.25)).toBe('#bfbfbf');
    expect(faded('#ff0000', 0.5)).toBe('#ff8080');
    expect(faded('#ffffff')).toBe('#ffffff');
  });

  it('keeps the order of a sequential scheme, so faded classes still read as lighter to darker', () => {
    const lightness = palette('YlOrRd', 5).map((c) => faded(c)).map((c) => parseInt(c.slice(1, 3), 16) + parseInt(c.slice(3, 5), 16) + parseInt(c.slice(5, 7), 16));
    expect([...lightness].sort((a, b) => b - a)).toEqual(lightness);
  });

  it('leaves what it cannot read as it is', () => {
    expect(faded('transparent-ish')).toBe('transparent-ish');
  });
});
