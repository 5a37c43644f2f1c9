// Which area covers each pixel of the 2D map at rest. The areas are rasterised once per view into
// a buffer of area numbers; a frame with other colours (indicator, year, highlight) is then one
// table lookup per pixel. Filling every area again cost the canvas' rasteriser more per area than
// its pixels: all German Gemeinden took 37 ms a frame, the lookup takes a few. The fills have no
// antialiasing of their own: the borders drawn over them (white, antialiased) cover their edges.
// Pure: typed arrays in, typed arrays out.
import { hexRgb } from '../../domain/colour';

export interface AreaRaster {
  width: number;
  height: number;
  /** per pixel, row by row: 0 for none, k + 1 for area k */
  ids: Uint16Array | Uint32Array;
}

/**
 * `ringsOf(k)`: the rings of area k (k = 0 … count − 1) in device pixels, each as x0, y0, x1, y1, …
 * A pixel belongs to the area whose outline holds its centre, by the even-odd rule within an area
 * (a hole is outside), as the vector fill draws it. Edges are half-open, so that two areas
 * sharing a border share no pixel and leave none out; where areas overlap the later one wins.
 */
export function rasterise(count: number, ringsOf: (k: number) => readonly Float64Array[], width: number, height: number): AreaRaster {
  const ids = count < 0xffff ? new Uint16Array(width * height) : new Uint32Array(width * height);
  for (let k = 0; k < count; k++) {
    const rings = ringsOf(k);
    let minY = Infinity;
    let maxY = -Infinity;
    for (const r of rings)
      for (let i = 1; i < r.length; i += 2) {
        if (r[i] < minY) minY = r[i];
        if (r[i] > maxY) maxY = r[i];
      }
    const row0 = Math.max(0, Math.ceil(minY - 0.5));
    const row1 = Math.min(height - 1, Math.ceil(maxY - 0.5) - 1);
    if (row1 < row0) continue;
    // Crossings of each pixel row's centre line with the area's edges.
    const crossings: number[][] = [];
    for (let row = row0; row <= row1; row++) crossings.push([]);
    for (const r of rings) {
      for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
        // Scalars, not destructured arrays: this runs for every edge of every area.
        const down = r[j + 1] < r[i + 1];
        const xa = down ? r[j] : r[i];
        const ya = down ? r[j + 1] : r[i + 1];
        const xb = down ? r[i] : r[j];
        const yb = down ? r[i + 1] : r[j + 1];
        if (ya === yb) continue;
        const first = Math.max(row0, Math.ceil(ya - 0.5));
        const last = Math.min(row1, Math.ceil(yb - 0.5) - 1);
        const slope = (xb - xa) / (yb - ya);
        for (let row = first; row <= last; row++) crossings[row - row0].push(xa + (row + 0.5 - ya) * slope);
      }
    }
    const id = k + 1;
    for (let row = row0; row <= row1; row++) {
      const xs = crossings[row - row0];
      if (xs.length < 2) continue;
      xs.sort((a, b) => a - b);
      const offset = row * width;
      for (let p = 0; p + 1 < xs.length; p += 2) {
        const from = Math.max(0, Math.ceil(xs[p] - 0.5));
        const to = Math.min(width, Math.ceil(xs[p + 1] - 0.5));
        if (to > from) ids.fill(id, offset + from, offset + to);
      }
    }
  }
  return { width, height, ids };
}

/** A colour as ImageData stores it in a Uint32Array on a little-endian machine: R, G, B, A bytes. */
export const packRgba = (r: number, g: number, b: number, a = 255): number => ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;

export interface Hatching {
  /** per area number (as in `ids`): 1 where the area is hatched */
  areas: Uint8Array;
  /** the tile, size × size, 1 where a line is */
  tile: Uint8Array;
  size: number;
  /** the line's colour, packed */
  colour: number;
  /** device pixels per tile pixel (the tile lies in CSS pixels, as the canvas pattern) */
  scale: number;
}

/**
 * The fills of a frame into `out` (RGBA as Uint32, one per pixel): each pixel the colour of its
 * area (`colours`, packed, by area number; 0 is transparent), and the hatch line where its area
 * is hatched.
 */
export function paintFills(raster: AreaRaster, colours: Uint32Array, out: Uint32Array, hatching: Hatching | null = null): void {
  const { ids, width, height } = raster;
  if (!hatching) {
    for (let i = 0; i < ids.length; i++) out[i] = colours[ids[i]];
    return;
  }
  const { areas, tile, size, colour, scale } = hatching;
  const column = new Uint16Array(width);
  for (let x = 0; x < width; x++) column[x] = Math.floor(x / scale) % size;
  for (let y = 0, i = 0; y < height; y++) {
    const line = (Math.floor(y / scale) % size) * size;
    for (let x = 0; x < width; x++, i++) {
      const id = ids[i];
      out[i] = areas[id] && tile[line + column[x]] ? colour : colours[id];
    }
  }
}

/**
 * A CSS colour as [r, g, b, a] (a 0–1), or null. Six-digit hex (every fill of a plan) is read
 * here; anything else through `normalise`, e.g. a canvas' fillStyle, which gives hex or rgba().
 */
export function rgbaOf(css: string, normalise: (css: string) => string): [number, number, number, number] | null {
  const hex = (text: string): [number, number, number, number] | null => {
    const rgb = hexRgb(text);
    return rgb ? [...rgb, 1] : null;
  };
  const direct = hex(css);
  if (direct) return direct;
  const text = normalise(css);
  const rgba = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(text);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), rgba[4] === undefined ? 1 : Number(rgba[4])];
  return hex(text);
}
