// The hatch (symbology/hatch.ts) on paper: as line segments in a swatch (PDF and PNG draw the
// same lines) and as the print map's repeated pattern.
import { HATCH } from '../symbology/hatch';

/** Diagonal hatching inside a rectangle (mm), `gap` apart, as line segments. */
export function hatchLines(r: { x: number; y: number; w: number; h: number }, gap: number = HATCH.swatchGapMm): Array<[number, number, number, number]> {
  const lines: Array<[number, number, number, number]> = [];
  // Lines x - y = c for c across the rectangle, clipped to it.
  for (let c = -r.h + gap; c < r.w; c += gap) {
    const x1 = Math.max(0, c);
    const y1 = x1 - c;
    const x2 = Math.min(r.w, c + r.h);
    const y2 = x2 - c;
    lines.push([r.x + x1, r.y + r.h - y1, r.x + x2, r.y + r.h - y2]);
  }
  return lines;
}

/** The print map's hatch: a tile of HATCH.tileMm at `pxPerMm`, repeated; null without a 2D context. */
export function hatchPattern(ctx: CanvasRenderingContext2D, pxPerMm: number): CanvasPattern | null {
  const tile = document.createElement('canvas');
  const size = Math.round(HATCH.tileMm * pxPerMm);
  tile.width = tile.height = size;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = HATCH.colour;
  t.lineWidth = size * HATCH.lineShare;
  t.beginPath();
  for (const o of [-size, 0, size]) {
    t.moveTo(o, size);
    t.lineTo(o + size, 0);
  }
  t.stroke();
  return ctx.createPattern(tile, 'repeat');
}
