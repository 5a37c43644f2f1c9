// The colours of "Vergleich mit dem Kreiswert" (state/significance-plan.ts), as public health atlases
// draw it (UK Fingertips): where the indicator has a direction, better is blue and worse red (not
// green and red: the pair most often confused); without one, a light and a dark blue for lower and
// higher. "Ähnlich" is a pale yellow, apart from the grey of "keine Daten". "Nicht bewertbar" is hatched
// over its own light fill, so it is not read as a fourth group.
import type { Judgement } from '../domain/intervals';

export const SIGNIFICANCE_COLOURS: Record<Exclude<Judgement, 'not-assessable'>, string> = {
  better: '#4a8fc6',
  worse: '#d6604d',
  lower: '#a9cce6',
  higher: '#2c5a9a',
  similar: '#f3e4a2',
};

/** beneath the hatch of an area whose value cannot be compared with the Kreis value */
export const NOT_ASSESSABLE_FILL = '#f2f2f2';
