// German number formatting as Intl.NumberFormat('de-DE') writes it: 21,4 %, 1.153 km², 12.345
// Personen. Written out for the usual case (a finite number with a fixed count of decimals),
// because the first Intl.NumberFormat of a page loads ICU's number data: 10–16 ms on the way to the
// first map. Exponent forms and non-finite values still go to Intl.
import type { Cell, CellSymbol, Indicator } from './types';

const formatters = new Map<number, Intl.NumberFormat>();
function formatter(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f;
}

export function formatNumber(value: number, decimals: number): string {
  return germanNumber(value, decimals) ?? formatter(decimals).format(value);
}

/**
 * `value` rounded half away from zero to `decimals` places of its shortest decimal form (as ICU
 * rounds: 1.005 → 1,01), with "." between thousands and "," before the decimals; null where the
 * number has no plain decimal form (1e21, 1e-7, NaN, ∞).
 */
function germanNumber(value: number, decimals: number): string | null {
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
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, '.');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${decimals ? `,${all.slice(all.length - decimals)}` : ''}`;
}

/** "21,4 %" — a unit written after a narrow no-break space-free normal space, as Duden asks. */
export function formatValue(value: number, indicator: Pick<Indicator, 'unit' | 'decimals'>): string {
  const n = formatNumber(value, indicator.decimals);
  return indicator.unit ? `${n} ${indicator.unit}` : n;
}

export function formatSigned(value: number, indicator: Pick<Indicator, 'unit' | 'decimals'>): string {
  return `${signOf(value, indicator.decimals)}${formatValue(Math.abs(value), indicator)}`;
}

/** "+1,2", "−0,4", "±0": a difference always shows its direction. */
export function formatSignedNumber(value: number, decimals: number): string {
  return `${signOf(value, decimals)}${formatNumber(Math.abs(value), decimals)}`;
}

/** The sign of the value as written: -0,04 with one decimal reads "±0,0", not "−0,0". */
function signOf(value: number, decimals: number): string {
  const shown = Math.round(Math.abs(value) * 10 ** decimals);
  return shown === 0 ? '±' : value > 0 ? '+' : '−';
}

export const TEXT_MISSING = 'keine Angabe';
export const TEXT_SUPPRESSED = 'geheim / unterdrückt';

/** The offices' Zeichenerklärung in words: a symbol is shown as such, never as a bare number. */
export const SYMBOL_TEXTS: Readonly<Record<CellSymbol, string>> = {
  p: 'vorläufig',
  r: 'berichtigt',
  s: 'geschätzt',
  '()': 'Aussagewert eingeschränkt',
  '–': 'nichts vorhanden',
  x: 'Nachweis nicht sinnvoll',
  '/': 'nicht sicher genug',
  '…': 'Angabe fällt später an',
  '.': 'unbekannt oder geheim',
};

export function formatCell(cell: Cell, indicator: Pick<Indicator, 'unit' | 'decimals'>): string {
  const symbol = cell.symbol ? SYMBOL_TEXTS[cell.symbol] : null;
  switch (cell.kind) {
    case 'value': {
      if (cell.symbol === '–') return `– (${symbol})`;
      const text = formatValue(cell.value, indicator);
      return symbol ? `${text} (${symbol})` : text;
    }
    case 'missing':
      return symbol ? `${cell.symbol} (${symbol})` : TEXT_MISSING;
    case 'suppressed':
      return symbol ? `${TEXT_SUPPRESSED} (${symbol})` : TEXT_SUPPRESSED;
  }
}

/** A mapped value, change or deviation: differences signed, in the measure's unit. */
export function formatMeasure(cell: Cell, measure: Pick<Indicator, 'unit' | 'decimals'> & { signed: boolean }): string {
  return cell.kind === 'value' && measure.signed ? formatSigned(cell.value, measure) : formatCell(cell, measure);
}

/** A class bound as the legend writes it: signed for changes and deviations. */
export function formatBound(x: number, measure: Pick<Indicator, 'decimals'> & { signed: boolean }): string {
  return measure.signed ? formatSignedNumber(x, measure.decimals) : formatNumber(x, measure.decimals);
}
