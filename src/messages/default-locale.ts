// The German locale for the places not handed one (lit components read it today; issue 29 passes a
// chosen locale down from <sozial-atlas>). Its formatters under the names the code has always used.
import { createLocale } from './locale';
import { deFormat } from './de/format';

export const defaultLocale = createLocale(deFormat);

export const {
  number: formatNumber,
  value: formatValue,
  signed: formatSigned,
  signedNumber: formatSignedNumber,
  cell: formatCell,
  measure: formatMeasure,
  bound: formatBound,
} = defaultLocale;
