// The hatch over areas without a value or with a withheld one: diagonal lines rising to the
// right, never mistaken for a class colour. On screen a repeated tile of CSS px, on paper lines
// in mm; the same colour everywhere, also in the legend's and table's swatches.
import { hexRgb } from '../domain/colour';

export const HATCH = {
  colour: '#5a626b',
  /** screen: a tile of 8 px, its line 2 px wide (hatchTile) */
  tilePx: 8,
  /** print map: lines 1.4 mm apart, each 18 % of that wide */
  tileMm: 1.4,
  lineShare: 0.18,
  /** swatches on paper (legend, table): lines 1.2 mm apart, 0.2 mm wide */
  swatchGapMm: 1.2,
  swatchLineMm: 0.2,
} as const;

/** The screen tile as RGBA pixels, transparent between the lines: MapLibre's pattern image and the 2D map's. */
export function hatchTile(size: number = HATCH.tilePx): { width: number; height: number; data: Uint8Array } {
  const [r, g, b] = hexRgb(HATCH.colour) ?? [0, 0, 0];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size === 0 || (x + y + 1) % size === 0;
      const o = (y * size + x) * 4;
      data.set(on ? [r, g, b, 255] : [0, 0, 0, 0], o);
    }
  }
  return { width: size, height: size, data };
}
