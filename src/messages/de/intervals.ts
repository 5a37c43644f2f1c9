// German texts of confidence intervals, of "unsicher (kleine Basis)" and of the comparison with the
// Kreis value (state/interval-plan.ts); numbers are formatted by the caller's locale.
import type { ConfidenceLevel, IntervalMethod, Judgement, NoInterval } from '../../domain/intervals';

const PERCENT: Record<ConfidenceLevel, string> = { 0.95: '95', 0.998: '99,8' };

const NO_INTERVAL: Record<NoInterval, string> = {
  method: 'kein Intervall',
  missing: 'kein Intervall (Zählwerte fehlen)',
  suppressed: 'kein Intervall (Zählwerte geheim)',
  'base-zero': 'kein Intervall (Basis 0)',
  invalid: 'kein Intervall (Zählwerte unstimmig)',
};

const JUDGEMENT: Record<Judgement, string> = {
  higher: 'signifikant höher',
  lower: 'signifikant niedriger',
  better: 'signifikant günstiger',
  worse: 'signifikant ungünstiger',
  similar: 'ähnlich',
  'not-assessable': 'nicht bewertbar',
};

export const deIntervals = {
  /** "95-%-KI" */
  ci: (level: ConfidenceLevel) => `${PERCENT[level]}-%-KI`,
  levelName: (level: ConfidenceLevel) => `${PERCENT[level]} %`,
  /** "(95-%-KI 10,1–15,0)", the bounds already formatted */
  range: (level: ConfidenceLevel, lower: string, upper: string) => `(${PERCENT[level]}-%-KI ${lower}–${upper})`,
  none: (reason: NoInterval) => NO_INTERVAL[reason],
  unsure: 'unsicher (kleine Basis)',
  /** the table's interval columns: short on screen ("bis"), whole in a CSV */
  lowerHeader: (level: ConfidenceLevel) => `${PERCENT[level]}-%-KI von`,
  upperHeader: (level: ConfidenceLevel, long: boolean) => (long ? `${PERCENT[level]}-%-KI bis` : 'bis'),
  reliabilityHeader: 'Verlässlichkeit',
  /** "signifikant höher als der Kreiswert (95 %)" */
  judgement: (j: Judgement) => JUDGEMENT[j],
  versusKreis: (j: Judgement, level: ConfidenceLevel) =>
    j === 'not-assessable' ? `Vergleich mit dem Kreiswert: nicht bewertbar` : j === 'similar' ? `ähnlich wie der Kreiswert (${PERCENT[level]}-%-KI enthält ihn)` : `${JUDGEMENT[j]} als der Kreiswert (${PERCENT[level]} %)`,
  /** beneath the significance map's groups, the Kreis value already formatted */
  significanceNote: (level: ConfidenceLevel, kreis: string | null) =>
    kreis === null
      ? 'Kein Kreiswert: kein Gebiet ist bewertbar.'
      : `Kreiswert ${kreis}. Signifikant anders ist ein Gebiet, wenn sein ${PERCENT[level]}-%-Konfidenzintervall den Kreiswert nicht enthält.`,
  significanceNone: (reason: string) => `Kein Gebiet ist bewertbar: kein Intervall für diesen Indikator (${reason}).`,
  confidenceLevel: 'Konfidenzniveau',
  fadeUnsure: 'Unsichere Werte (kleine Basis) blass zeichnen',
  whiskerNote: (level: ConfidenceLevel) => `Querstriche: ${PERCENT[level]}-%-Konfidenzintervall (KI) des Werts.`,
  method: (m: IntervalMethod | null) =>
    m === 'wilson' ? 'Wilson-Intervall (Anteil)' : m === 'byar' ? 'Byar / exakt nach Poisson (Rate)' : 'kein Intervall',
} as const;
