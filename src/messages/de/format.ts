// German numbers, dates, order and the words for what a cell lacks: the definition of the German
// locale (see ../locale.ts), as Intl.NumberFormat('de-DE') and DIN 5008 write them.
import type { LocaleDefinition } from '../locale';

export const deFormat: LocaleDefinition = {
  code: 'de-DE',
  decimal: ',',
  thousands: '.',
  // "−0,4" with a true minus sign, "±0" where no change is shown, as German typesetting writes them
  minus: '−',
  zero: '±',
  // "21,4 %": the unit after a normal space, as Duden asks
  unitSpace: ' ',
  missing: 'keine Angabe',
  suppressed: 'geheim / unterdrückt',
  symbols: {
    p: 'vorläufig',
    r: 'berichtigt',
    s: 'geschätzt',
    '()': 'Aussagewert eingeschränkt',
    '–': 'nichts vorhanden',
    x: 'Nachweis nicht sinnvoll',
    '/': 'nicht sicher genug',
    '…': 'Angabe fällt später an',
    '.': 'unbekannt oder geheim',
  },
  dates: {
    numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
    long: { day: 'numeric', month: 'long', year: 'numeric' },
  },
};
