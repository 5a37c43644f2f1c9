// English numbers, dates, order and the words for what a cell lacks: the definition of the English
// locale (see ../locale.ts), as the Office for National Statistics (ONS) and GOV.UK write them.
import type { LocaleDefinition } from '../locale';

export const enFormat: LocaleDefinition = {
  code: 'en-GB',
  decimal: '.',
  thousands: ',',
  // "−0.4" with a true minus sign as in German (screen readers say "minus"; a hyphen may be read as a
  // dash), "±0" where no change is shown
  minus: '−',
  zero: '±',
  // The ONS closes up the per cent sign ("21.4%"), but this one space also stands before the
  // catalogue's word units ("12.3 per 1,000 residents", "41.2 years", "15 minutes"), which would run
  // into the number without it. One space for every unit, as ISO 80000 and the SI brochure write
  // "21.4 %", reads correctly everywhere; closing up "%" alone needs a per-unit rule in domain/format.
  unitSpace: ' ',
  missing: 'no data',
  suppressed: 'suppressed',
  // the offices' flags in words, as Eurostat explains its own (p provisional, r revised, e/s estimated)
  symbols: {
    p: 'provisional',
    r: 'revised',
    s: 'estimated',
    '()': 'low reliability',
    '–': 'nil',
    x: 'not applicable',
    '/': 'not reliable enough to publish',
    '…': 'not yet available',
    '.': 'unknown or confidential',
  },
  // "07/12/2026" and "7 December 2026", as GOV.UK writes dates
  dates: {
    numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
    long: { day: 'numeric', month: 'long', year: 'numeric' },
  },
};
