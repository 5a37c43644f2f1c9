// What the print figures share: their box, the extent of a text primitive (measured with the
// embedded font's widths, as the sheet wraps and fits with), and text fitted into a width. Pure: no DOM.
import type { Primitive } from '../sheet';
import { fitLine, textWidth } from '../measure';

export { textWidth };

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const MM_PER_PT = 25.4 / 72;

type TextPrimitive = Extract<Primitive, { kind: 'text' }>;

/** The box a text primitive covers: ascent 0,75 em above its baseline, descent 0,25 em below. */
export function textBox(t: TextPrimitive): Box {
  const w = textWidth(t.text, t.size, t.bold);
  const em = t.size * MM_PER_PT;
  const x = t.align === 'right' ? t.x - w : t.align === 'center' ? t.x - w / 2 : t.x;
  return { x, y: t.y - 0.75 * em, w, h: em };
}

/** One line of text at most maxPt (down to minPt, then cut with an ellipsis) that fits the width. */
export function fitted(text: string, maxPt: number, minPt: number, width: number, at: Omit<TextPrimitive, 'kind' | 'text' | 'size'>): TextPrimitive {
  const line = fitLine(text, maxPt, minPt, width, at.bold);
  return { kind: 'text', ...at, text: line.text, size: line.size };
}

export const INK = '#1f2933';
export const MUTED = '#4b5563';
export const GRID = '#d1d5db';

/** Decimals a tick label needs for the step between ticks. */
export const stepDecimals = (step: number): number => Math.max(0, Math.min(6, -Math.floor(Math.log10(Math.abs(step) || 1) + 1e-9)));
