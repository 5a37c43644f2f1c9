// Proportional circles for counts: a circle's area, not its radius, grows with the value, so a
// Gemeinde with twice the inhabitants gets twice the ink (d3 scaleSqrt from zero, as Bertin's
// and Plot's size channels do). Pure: the plan resolves it once, map, legend and print read it.

/** Circles in one strong colour over areas in a light neutral one that no class scale and no no-data fill uses. */
export const SYMBOL_COLOUR = '#c2410c';
export const SYMBOL_AREA_FILL = '#f7f3ee';
/** circles are drawn a little translucent (map, legend and print alike), so overlaps stay readable */
export const SYMBOL_OPACITY = 0.85;

/** Radius in CSS px of the largest circle on screen; print scales it by its own px per screen px. */
export const MAX_RADIUS = 26;

/** value -> radius in CSS px */
export type RadiusScale = (value: number) => number;

/**
 * value -> radius; 0 -> 0 and the largest value -> maxRadius, so circle areas are in the values'
 * ratio; clamped to [0, maxRadius]. What d3's scaleSqrt().domain([0, max]).range([0, maxRadius])
 * .clamp(true) computes, written out: d3-scale's continuous scales bring d3-interpolate, d3-color
 * and d3-format along, 6 KB gzip of the start bundle for one square root.
 */
export function radiusScale(max: number, maxRadius = MAX_RADIUS): RadiusScale {
  const top = max > 0 ? max : 1;
  return (value) => Math.sqrt(Math.min(1, Math.max(0, value / top))) * maxRadius;
}

/**
 * Two or three round values for the size legend, largest first: the largest round value up to
 * the maximum (1, 2 or 5 × 10^n), then about a quarter and a sixteenth of
 * it (half and a quarter of its radius), each rounded the same way; none below the smallest value
 * shown on the map by more than a step, so the legend never explains circles nobody sees.
 */
export function sizeReferences(min: number, max: number): number[] {
  if (!(max > 0)) return [];
  const top = roundDown(max);
  const out = [top];
  for (const part of [top / 4, top / 16]) {
    const v = roundDown(part);
    if (v < out[out.length - 1] && (out.length < 2 || v >= min / 2)) out.push(v);
  }
  return out;
}

/** The largest round number (1, 2 or 5 × 10^n) not over x: legend values, scale-bar lengths. */
export function roundDown(x: number): number {
  const power = 10 ** Math.floor(Math.log10(x));
  return ([5, 2, 1].find((s) => s * power <= x) ?? 1) * power;
}
