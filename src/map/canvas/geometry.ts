// Areas projected once to Web Mercator metres (flat arrays), with their boxes: drawing a frame
// only scales and shifts them, and hit-testing runs on them without a canvas. Pure.
import type { Feature, Geometry, Position } from 'geojson';
import { mercator, rings, type Box } from '../../geo/mercator';

export interface Shape {
  id: string;
  /** each ring as x0, y0, x1, y1, … in metres */
  rings: Float64Array[];
  box: Box;
}

export function projectRing(ring: readonly Position[]): Float64Array {
  const out = new Float64Array(ring.length * 2);
  ring.forEach((p, i) => {
    const [x, y] = mercator(p);
    out[2 * i] = x;
    out[2 * i + 1] = y;
  });
  return out;
}

export function shapeOf(feature: Feature<Geometry, { id?: string }>): Shape {
  const projected = rings(feature.geometry).map(projectRing);
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of projected)
    for (let i = 0; i < r.length; i += 2) {
      box[0] = Math.min(box[0], r[i]);
      box[1] = Math.min(box[1], r[i + 1]);
      box[2] = Math.max(box[2], r[i]);
      box[3] = Math.max(box[3], r[i + 1]);
    }
  return { id: feature.properties?.id ?? '', rings: projected, box };
}

/** Even-odd rule over all rings, as the fill is drawn: a hole is outside. */
export function contains(shape: Shape, x: number, y: number): boolean {
  const [x0, y0, x1, y1] = shape.box;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  let inside = false;
  for (const r of shape.rings) {
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
      const [xi, yi, xj, yj] = [r[i], r[i + 1], r[j], r[j + 1]];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/**
 * The shapes under a point, found through a uniform grid of buckets over their boxes: the 1,147
 * grid cells are tested a handful at a time, not all on every mouse move.
 */
export class ShapeIndex {
  #cells = new Map<number, Shape[]>();
  #size: number;
  #origin: [number, number];

  constructor(readonly shapes: readonly Shape[]) {
    const all = shapes.reduce<Box>((b, s) => [Math.min(b[0], s.box[0]), Math.min(b[1], s.box[1]), Math.max(b[2], s.box[2]), Math.max(b[3], s.box[3])], [Infinity, Infinity, -Infinity, -Infinity]);
    this.#origin = [all[0], all[1]];
    // About as many buckets as shapes.
    const span = Math.max(all[2] - all[0], all[3] - all[1], 1);
    this.#size = span / Math.max(1, Math.ceil(Math.sqrt(shapes.length)));
    for (const s of shapes)
      for (let i = this.#col(s.box[0]); i <= this.#col(s.box[2]); i++)
        for (let j = this.#row(s.box[1]); j <= this.#row(s.box[3]); j++) {
          const key = i * 100003 + j;
          const list = this.#cells.get(key);
          if (list) list.push(s);
          else this.#cells.set(key, [s]);
        }
  }

  #col = (x: number) => Math.floor((x - this.#origin[0]) / this.#size);
  #row = (y: number) => Math.floor((y - this.#origin[1]) / this.#size);

  /** The topmost (last drawn) shape containing the point, or null. */
  at(x: number, y: number): Shape | null {
    const list = this.#cells.get(this.#col(x) * 100003 + this.#row(y)) ?? [];
    for (let k = list.length - 1; k >= 0; k--) if (contains(list[k], x, y)) return list[k];
    return null;
  }
}
