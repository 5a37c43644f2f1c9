// Proportional circles of a count (the radius is the plan's, domain/symbols.ts): slightly
// translucent with a white rim, so that a large circle does not hide a small neighbour; the
// largest drawn first, so that none hides a smaller one.
import { SYMBOL_COLOUR, SYMBOL_OPACITY } from '../domain/symbols';
import { BASE } from './base';

export const CIRCLES = {
  colour: SYMBOL_COLOUR,
  opacity: SYMBOL_OPACITY,
  stroke: { colour: BASE.white, width: 1, widthMm: 0.25 },
} as const;

/** A circle where a painter puts it: centre and radius in its own units (CSS px, print px). */
export interface CircleMark {
  at: readonly [number, number];
  r: number;
}

/** What paintCircles asks of a 2D context: the canvas's, or anything drawing like it (as d3-shape's context). */
export type CircleContext = Pick<CanvasRenderingContext2D, 'beginPath' | 'arc' | 'fill' | 'stroke' | 'globalAlpha' | 'fillStyle' | 'strokeStyle' | 'lineWidth'>;

/**
 * The circles in the symbology's look, largest first; none of radius 0. `colour`: the plan's
 * (Symbols.colour); `strokeWidth`: the rim in the context's units.
 */
export function paintCircles(ctx: CircleContext, marks: readonly CircleMark[], colour: string, strokeWidth: number): void {
  ctx.fillStyle = colour;
  ctx.strokeStyle = CIRCLES.stroke.colour;
  ctx.lineWidth = strokeWidth;
  for (const { at, r } of marks.filter((m) => m.r > 0).sort((a, b) => b.r - a.r)) {
    ctx.beginPath();
    ctx.arc(at[0], at[1], r, 0, 2 * Math.PI);
    // Translucent fill, opaque rim.
    ctx.globalAlpha = CIRCLES.opacity;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.stroke();
  }
}
