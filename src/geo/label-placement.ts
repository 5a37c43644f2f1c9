// Where labels go, on screen and on paper alike: greedily, in the order given, each at the first
// of its spots that lies inside the frame and is clear of every label (and obstacle) placed
// before it; a label with no free spot is left out. And where a river's name goes: along its
// longest stretch inside the frame, read left to right. Pure: boxes in, boxes out, any unit.
import type { XY } from './mercator';

/** x0, y0, x1, y1 */
export type Rect = [number, number, number, number];

export const overlaps = (a: Rect, b: Rect): boolean => a[2] > b[0] && a[0] < b[2] && a[3] > b[1] && a[1] < b[3];

const within = (a: Rect, frame: Rect): boolean => a[0] >= frame[0] && a[1] >= frame[1] && a[2] <= frame[2] && a[3] <= frame[3];

/**
 * For each label in order, the index of the first of its `spots` inside `frame` whose box, grown
 * by `pad` on every side, meets none of `taken`; -1 where none is free. Each grown box found is
 * added to `taken`, so that later labels (and later calls with the same list) keep clear of it.
 */
export function placeFirstFree<T>(labels: readonly T[], spots: (label: T) => readonly Rect[], frame: Rect, taken: Rect[], pad = 0): number[] {
  return labels.map((label) => {
    const boxes = spots(label);
    for (let i = 0; i < boxes.length; i++) {
      const box = boxes[i];
      if (!within(box, frame)) continue;
      const grown: Rect = pad ? [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad] : box;
      if (taken.some((t) => overlaps(grown, t))) continue;
      taken.push(grown);
      return i;
    }
    return -1;
  });
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
