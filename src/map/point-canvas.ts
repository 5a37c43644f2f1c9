// A point mark painted on a 2D canvas: the 2D map paints its marks with it, and MapLibre's icons
// are images of it, so both screen maps show the same shape, ring and number.
import { markParts, markReach, markText, type PointMark } from '../symbology/point-marks';
import type { PointLayerStyle } from '../symbology/points';

/** The 2D map's type: a font on this machine, no request to anyone. */
const FONT = "'DejaVu Sans', Arial, sans-serif";

/** Paints a mark with its anchor at (x, y) in the context's units (CSS px). */
export function paintMark(ctx: CanvasRenderingContext2D, style: PointLayerStyle, mark: Pick<PointMark, 'symbol' | 'text'>, x: number, y: number, selected: boolean): void {
  for (const { polygon, fill } of markParts(mark.symbol, style, x, y, 1, selected)) {
    ctx.beginPath();
    polygon.forEach(([px, py], i) => (i === 0 ? ctx.moveTo(px, py) : ctx.lineTo(px, py)));
    ctx.closePath();
    ctx.fillStyle = fill;
    ctx.fill();
  }
  const label = markText(mark, style, x, y);
  if (!label) return;
  ctx.font = `bold ${label.size}px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = label.colour;
  ctx.fillText(label.text, label.x, label.y);
}

/** Half the side of a square around the anchor that holds the whole mark, its rings included. */
export const markExtent = markReach;

/** The mark painted on its own canvas, centred on its anchor, at `pixelRatio` device px per CSS px; null without a 2D context. */
export function markCanvas(style: PointLayerStyle, mark: Pick<PointMark, 'symbol' | 'text'>, selected: boolean, pixelRatio: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D; half: number } | null {
  const half = markExtent(style, mark);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.round(2 * half * pixelRatio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.scale(pixelRatio, pixelRatio);
  paintMark(ctx, style, mark, half, half, selected);
  return { canvas, ctx, half };
}

/** The mark as an image centred on its anchor (MapLibre's icons). */
export function markImage(style: PointLayerStyle, mark: Pick<PointMark, 'symbol' | 'text'>, selected: boolean, pixelRatio: number): ImageData | null {
  const painted = markCanvas(style, mark, selected, pixelRatio);
  return painted && painted.ctx.getImageData(0, 0, painted.canvas.width, painted.canvas.height);
}
