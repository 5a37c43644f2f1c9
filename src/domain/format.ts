// Numbers and cells in words of a locale, as d3-format's formatLocale(definition) does it: the
// definition (separators, the texts of absence and of the offices' symbols) comes in, the
// formatters go out; the German definition is in src/messages/de/. Written out for the usual case
// (a finite number with a fixed count of decimals), because the first Intl.NumberFormat of a page
// loads ICU's number data: 10–16 ms on the way to the first map. Exponent forms and non-finite
// values still go to Intl, in the definition's own locale.
import type { Cell, CellSymbol, Indicator } from './types';

export interface FormatDefinition {
  /** BCP 47 tag Intl uses where a number has no plain decimal form */
  code: string;
  decimal: string;
  thousands: string;
  /** the minus of a signed difference (a true minus sign, not the hyphen) and the sign of "no change" */
  minus: string;
  zero: string;
  /** a unit written after the number, e.g. " " */
  unitSpace: string;
  missing: string;
  suppressed: string;
  /** the offices' Zeichenerklärung in words: a symbol is shown as such, never as a bare number */
  symbols: Readonly<Record<CellSymbol, string>>;
}

type Measure = Pick<Indicator, 'unit' | 'decimals'>;

export interface NumberFormat {
  number(value: number, decimals: number): string;
  /** "21,4 %" */
  value(value: number, indicator: Measure): string;
  signed(value: number, indicator: Measure): string;
  /** "+1,2", "−0,4", "±0": a difference always shows its direction. */
  signedNumber(value: number, decimals: number): string;
  cell(cell: Cell, indicator: Measure): string;
  /** A mapped value, change or deviation: differences signed, in the measure's unit. */
  measure(cell: Cell, measure: Measure & { signed: boolean }): string;
  /** A class bound as the legend writes it: signed for changes and deviations. */
  bound(x: number, measure: Pick<Indicator, 'decimals'> & { signed: boolean }): string;
  readonly missing: string;
  readonly suppressed: string;
  readonly symbols: Readonly<Record<CellSymbol, string>>;
}

export function formatLocale(def: FormatDefinition): NumberFormat {
  const formatters = new Map<number, Intl.NumberFormat>();
  function formatter(decimals: number): Intl.NumberFormat {
    let f = formatters.get(decimals);
    if (!f) {
      f = new Intl.NumberFormat(def.code, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      formatters.set(decimals, f);
    }
    return f;
  }
  const number = (value: number, decimals: number) => plainNumber(value, decimals, def.decimal, def.thousands) ?? formatter(decimals).format(value);
  const value = (x: number, indicator: Measure) => {
    const n = number(x, indicator.decimals);
    return indicator.unit ? `${n}${def.unitSpace}${indicator.unit}` : n;
  };
  /** The sign of the value as written: -0,04 with one decimal reads "±0,0", not "−0,0". */
  const signOf = (x: number, decimals: number) => {
    const shown = Math.round(Math.abs(x) * 10 ** decimals);
    return shown === 0 ? def.zero : x > 0 ? '+' : def.minus;
  };
  const signed = (x: number, indicator: Measure) => `${signOf(x, indicator.decimals)}${value(Math.abs(x), indicator)}`;
  const signedNumber = (x: number, decimals: number) => `${signOf(x, decimals)}${number(Math.abs(x), decimals)}`;
  const cell = (c: Cell, indicator: Measure): string => {
    const symbol = c.symbol ? def.symbols[c.symbol] : null;
    switch (c.kind) {
      case 'value': {
        if (c.symbol === '–') return `– (${symbol})`;
        const text = value(c.value, indicator);
        return symbol ? `${text} (${symbol})` : text;
      }
      case 'missing':
        return symbol ? `${c.symbol} (${symbol})` : def.missing;
      case 'suppressed':
        return symbol ? `${def.suppressed} (${symbol})` : def.suppressed;
    }
  };
  return {
    number,
    value,
    signed,
    signedNumber,
    cell,
    measure: (c, m) => (c.kind === 'value' && m.signed ? signed(c.value, m) : cell(c, m)),
    bound: (x, m) => (m.signed ? signedNumber(x, m.decimals) : number(x, m.decimals)),
    missing: def.missing,
    suppressed: def.suppressed,
    symbols: def.symbols,
  };
}

/**
 * `value` rounded half away from zero to `decimals` places of its shortest decimal form (as ICU
 * rounds: 1.005 → 1,01), with `thousands` between groups of three and `decimal` before the
 * decimals; null where the number has no plain decimal form (1e21, 1e-7, NaN, ∞).
 */
export function plainNumber(value: number, decimals: number, decimal: string, thousands: string): string | null {
  const text = String(Math.abs(value));
  if (!Number.isFinite(value) || !Number.isInteger(decimals) || decimals < 0 || decimals > 20 || text.includes('e')) return null;
  const [whole, fraction = ''] = text.split('.');
  const digits = (whole + fraction.slice(0, decimals).padEnd(decimals, '0')).split('').map(Number);
  if (fraction.charCodeAt(decimals) >= 53 /* '5' */) {
    let i = digits.length - 1;
    for (; i >= 0 && digits[i] === 9; i--) digits[i] = 0;
    if (i < 0) digits.unshift(1);
    else digits[i]++;
  }
  const all = digits.join('');
  const int = all.slice(0, all.length - decimals) || '0';
  const grouped = thousands ? int.replace(/\B(?=(\d{3})+$)/g, thousands) : int;
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${decimals ? `${decimal}${all.slice(all.length - decimals)}` : ''}`;
}
