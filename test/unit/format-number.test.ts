// The hand-written German number format (domain/format formatNumber) against Intl.NumberFormat('de-DE').
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/messages/default-locale';

const formats = [0, 1, 2, 3].map((d) => new Intl.NumberFormat('de-DE', { minimumFractionDigits: d, maximumFractionDigits: d }));
const intl = (value: number, decimals: number) => formats[decimals].format(value);

describe('formatNumber', () => {
  it('writes what Intl writes for figures as the atlas has them', () => {
    const values = [0, -0, 1, -1, 7.4, 10.99, 16.2, 599780, 1234.5, 12345.678, 1_000_000, -1234.56, 0.5, 0.05, 0.04, -0.04, 9.95, 99.95, 999.5, 1.005, 2.675, 1.0049, 0.125, 123456789.125, 1e20, 3e-7];
    for (const v of values) for (const d of [0, 1, 2, 3]) expect(formatNumber(v, d), `${v} / ${d}`).toBe(intl(v, d));
  });

  it('agrees with Intl on many random figures of every size and sign', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let i = 0; i < 20000; i++) {
      const magnitude = 10 ** Math.floor(random() * 9 - 3);
      const v = (random() - 0.3) * magnitude;
      // values on a rounding tie, as tables with two decimals give them
      const tie = Math.round(v * 1000) / 1000;
      for (const x of [v, tie]) for (const d of [0, 1, 2]) expect(formatNumber(x, d), `${x} / ${d}`).toBe(intl(x, d));
    }
  });

  it('leaves what has no plain decimal form to Intl', () => {
    for (const v of [NaN, Infinity, -Infinity, 1e21, 1.5e-9]) expect(formatNumber(v, 1)).toBe(intl(v, 1));
  });
});
