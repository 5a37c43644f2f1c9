// The locale in use for the places not handed one (lit components, state texts): German until a
// language pack (./language.ts) swaps it; its formatters under the names the code has always used.
// Read at the moment of use, as the text tables are, so a swapped locale reaches every number.
import { createLocale, type Locale } from './locale';
import { deFormat } from './de/format';

export let defaultLocale = createLocale(deFormat);
export let formatNumber = defaultLocale.number;
export let formatValue = defaultLocale.value;
export let formatSigned = defaultLocale.signed;
export let formatSignedNumber = defaultLocale.signedNumber;
export let formatCell = defaultLocale.cell;
export let formatMeasure = defaultLocale.measure;
export let formatBound = defaultLocale.bound;

export function useLocale(locale: Locale): void {
  defaultLocale = locale;
  ({ number: formatNumber, value: formatValue, signed: formatSigned, signedNumber: formatSignedNumber, cell: formatCell, measure: formatMeasure, bound: formatBound } = locale);
}
