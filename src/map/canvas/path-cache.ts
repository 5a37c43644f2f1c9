// Each shape's outline as a Path2D in screen px, built once per view: fills, borders, hover and
// selection of one frame, and the frames that follow at the same view, reuse it.
import type { XY } from '../../geo/mercator';
import type { Shape } from './geometry';
import { toScreen, type View } from '../../geo/view';

/** squared distance in CSS px below which a boundary vertex is not drawn (see path) */
const MIN_STEP_SQ = 0.5 ** 2;

/** The view and the canvas size in CSS px: where a shape's outline lies on the screen. */
export interface Projection {
  view: View;
  w: number;
  h: number;
}

/** The view and the canvas size as a key: what the cached paths depend on. */
export const viewKey = ({ view, w, h }: Projection): string => `${view.cx}|${view.cy}|${view.scale}|${w}|${h}`;

export class PathCache {
  #paths = new Map<Shape, Path2D>();
  #key = '';

  /** Keeps the paths if they were made for this view, else drops them. */
  keepFor(key: string): void {
    if (key === this.#key) return;
    this.#paths.clear();
    this.#key = key;
  }

  /** The shape's outline under `p`, cached until the view changes. */
  path(shape: Shape, { view, w, h }: Projection): Path2D {
    let path = this.#paths.get(shape);
    if (path) return path;
    path = new Path2D();
    const { cx, cy, scale } = view;
    // A vertex less than half a pixel from the last one drawn changes no pixel: left out. At the
    // view of all German Gemeinden most of a boundary's vertices are, and each costs raster time.
    for (const r of shape.rings) {
      let [px, py] = [Infinity, Infinity];
      for (let i = 0; i < r.length; i += 2) {
        const x = w / 2 + (r[i] - cx) * scale;
        const y = h / 2 - (r[i + 1] - cy) * scale;
        if (i === 0) path.moveTo(x, y);
        else if ((x - px) ** 2 + (y - py) ** 2 < MIN_STEP_SQ && i < r.length - 2) continue;
        else path.lineTo(x, y);
        [px, py] = [x, y];
      }
      path.closePath();
    }
    this.#paths.set(shape, path);
    return path;
  }
}

/** A line in metres as points in screen px. */
export function screenLine(line: Float64Array, { view, w, h }: Projection): XY[] {
  const out: XY[] = [];
  for (let i = 0; i < line.length; i += 2) out.push(toScreen(view, w, h, [line[i], line[i + 1]]));
  return out;
}
