// Where labels go, on screen and on paper alike: greedily, in the order given, each at the first
// of its spots that lies inside the frame and is clear of every label (and obstacle) placed
// before it; a label with no free spot is left out. The spots around an anchor (centred on it,
// else below, above, left or right of it, as MapLibre's text-variable-anchor with a radial
// offset), and a grid that finds the few of thousands of point marks near a label. And where a
// river's name goes: along its longest stretch inside the frame, read left to right. Pure: boxes
// in, boxes out, any unit.
import type { XY } from './mercator';

/** x0, y0, x1, y1 */
export type Rect = [number, number, number, number];

export const overlaps = (a: Rect, b: Rect): boolean => a[2] > b[0] && a[0] < b[2] && a[3] > b[1] && a[1] < b[3];

const within = (a: Rect, frame: Rect): boolean => a[0] >= frame[0] && a[1] >= frame[1] && a[2] <= frame[2] && a[3] <= frame[3];

/** Obstacles a label keeps clear of besides `taken` (the point marks: never hidden, often thousands). */
export interface Blocked {
  meets(box: Rect): boolean;
}

/**
 * For each label in order, the index of the first of its `spots` inside `frame` whose box, grown
 * by `pad` on every side, meets none of `taken` nor `blocked`; -1 where none is free. Each grown
 * box found is added to `taken`, so that later labels (and later calls with the same list) keep clear of it.
 */
export function placeFirstFree<T>(labels: readonly T[], spots: (label: T) => readonly Rect[], frame: Rect, taken: Rect[], pad = 0, blocked?: Blocked): number[] {
  return labels.map((label) => {
    const boxes = spots(label);
    for (let i = 0; i < boxes.length; i++) {
      const box = boxes[i];
      if (!within(box, frame)) continue;
      const grown: Rect = pad ? [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad] : box;
      if (taken.some((t) => overlaps(grown, t)) || blocked?.meets(grown)) continue;
      taken.push(grown);
      return i;
    }
    return -1;
  });
}

/** Where a label stands to its anchor, named as MapLibre's text-anchor: the side of the label that faces the anchor ('top': the label below it). */
export type SpotAnchor = 'center' | 'top' | 'bottom' | 'left' | 'right';

/**
 * The box of a w × h label at `anchor` to the point (x, y): centred on it, or `gap[1]` below
 * ('top') or above ('bottom') it, or `gap[0]` right ('left') or left ('right') of it, centred on
 * the other axis.
 */
export function spotBox(x: number, y: number, w: number, h: number, anchor: SpotAnchor, gap: readonly [number, number]): Rect {
  const [cx, cy] = anchor === 'left' ? [x + gap[0] + w / 2, y] : anchor === 'right' ? [x - gap[0] - w / 2, y] : anchor === 'top' ? [x, y + gap[1] + h / 2] : anchor === 'bottom' ? [x, y - gap[1] - h / 2] : [x, y];
  return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
}

/** The spots of a w × h label around the point (x, y), in the order of `anchors`. */
export const spotsAround = (x: number, y: number, w: number, h: number, anchors: readonly SpotAnchor[], gap: readonly [number, number]): Rect[] =>
  anchors.map((anchor) => spotBox(x, y, w, h, anchor, gap));

/**
 * Boxes kept by the cells of a square grid they meet: whether a label's box meets any of
 * thousands of marks asks only the marks in its few cells, not every one.
 */
export class BoxGrid implements Blocked {
  readonly #cells = new Map<number, Rect[]>();

  /** `cell`: the grid's side, in the boxes' unit; about a label's height keeps each look-up to a few cells */
  constructor(private readonly cell: number) {}

  get size(): number {
    return this.#cells.size;
  }

  add(box: Rect): void {
    this.#each(box, (key) => {
      const boxes = this.#cells.get(key);
      if (boxes) boxes.push(box);
      else this.#cells.set(key, [box]);
      return false;
    });
  }

  meets(box: Rect): boolean {
    return this.#cells.size > 0 && this.#each(box, (key) => this.#cells.get(key)?.some((b) => overlaps(box, b)) ?? false);
  }

  /** Runs `visit` on the key of each cell `box` meets, until it returns true. */
  #each(box: Rect, visit: (key: number) => boolean): boolean {
    const c = this.cell;
    // Keys for cells -2^15 … 2^15 on each axis: far more than a screen or a sheet spans.
    for (let i = Math.floor(box[0] / c); i <= Math.floor(box[2] / c); i++)
      for (let j = Math.floor(box[1] / c); j <= Math.floor(box[3] / c); j++) if (visit((i + 32768) * 65536 + (j + 32768))) return true;
    return false;
  }
}

export interface Stretch {
  /** the stretch's ends, left one first */
  a: XY;
  b: XY;
  /** its middle */
  mid: XY;
  length: number;
  /** radians, from a to b (so that text set along it never reads upside down) */
  angle: number;
}

/**
 * The longest segment of a line whose both ends lie more than `margin` inside `frame`, or null:
 * where a river's name is set once.
 */
export function longestStretch(points: readonly XY[], frame: Rect, margin: number): Stretch | null {
  const inside = ([x, y]: XY) => x > frame[0] + margin && y > frame[1] + margin && x < frame[2] - margin && y < frame[3] - margin;
  let best: [XY, XY] | null = null;
  let bestLength = -1;
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (!inside(a) || !inside(b)) continue;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (!best || length > bestLength) [best, bestLength] = [[a, b], length];
  }
  if (!best) return null;
  const [a, b] = best[0][0] <= best[1][0] ? best : [best[1], best[0]];
  return { a, b, mid: [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], length: bestLength, angle: Math.atan2(b[1] - a[1], b[0] - a[0]) };
}
