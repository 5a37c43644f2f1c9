// Change between two figures of an area (years, or the area against the Kreis).
import { MISSING, SUPPRESSED, valueCell, type Cell } from './types';

/**
 * a − b. A withheld figure on either side withholds the difference (it could be recovered
 * otherwise); a missing one leaves it missing. Rounded to 9 decimals so that 21,4 − 18,2 is
 * 3,2 and not 3,1999999.
 */
export function difference(a: Cell | undefined, b: Cell | undefined): Cell {
  if (a?.kind === 'suppressed' || b?.kind === 'suppressed') return SUPPRESSED;
  if (a?.kind !== 'value' || b?.kind !== 'value') return MISSING;
  return valueCell(Math.round((a.value - b.value) * 1e9) / 1e9);
}
