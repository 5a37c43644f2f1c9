// Proportional circles of a count (the radius is the plan's, domain/symbols.ts): slightly
// translucent with a white rim, so that a large circle does not hide a small neighbour.
import { SYMBOL_COLOUR, SYMBOL_OPACITY } from '../domain/symbols';
import { BASE } from './base';

export const CIRCLES = {
  colour: SYMBOL_COLOUR,
  opacity: SYMBOL_OPACITY,
  stroke: { colour: BASE.white, width: 1, widthMm: 0.25 },
} as const;
