// Where the map sits in the print frame: Web Mercator, as on screen, fitted (geo/fit.ts) to the
// Kreis or to the Gemeinde in focus. Pure: no DOM, so the framing is tested in Node.
import type { Feature, Geometry } from 'geojson';
import type { AreaProps, Boundaries } from '../data/boundaries';
import { fitExtent, type Fit } from '../geo/fit';
import { projectedExtent, type XY } from '../geo/mercator';

/**
 * What the frame shows: the area in focus (a Gemeinde, or any area of the boundaries), else the
 * Kreis, else all Gemeinden. The other areas are still drawn around it as context.
 */
export function frameFeatures(boundaries: Boundaries, focus: string | null): Feature<Geometry, AreaProps>[] {
  const focused = focus ? [...boundaries.gemeinden.features, ...boundaries.sozialraeume.features].find((f) => f.properties.id === focus) : undefined;
  if (focused) return [focused];
  return boundaries.kreis.features.length ? boundaries.kreis.features : boundaries.gemeinden.features;
}

/** Room around the focus area in the frame, in mm: the scale bar below, the north arrow above. */
export const FRAME_PAD_MM = { x: 8, y: 16 };

/**
 * The fit of a print frame (`size` in any unit, `unitsPerMm` of it): the focus area entire, or
 * the Kreis, whatever the screen's zoom. The map image and the labels over it share it.
 */
export function printFit(boundaries: Boundaries, focus: string | null, size: { w: number; h: number }, unitsPerMm = 1): Fit {
  const extent = projectedExtent(frameFeatures(boundaries, focus)) ?? [0, 0, 1, 1];
  return fitExtent(extent, size, { x: FRAME_PAD_MM.x * unitsPerMm, y: FRAME_PAD_MM.y * unitsPerMm });
}

/**
 * A ring clipped to a rectangle (Sutherland–Hodgman), in canvas units. The print canvas clips
 * anyway, but a neighbouring Kreis projected kilometres beyond a zoomed-in frame makes the
 * rasteriser walk coordinates far off the canvas: clipped first, its fill costs a tenth.
 * The edges the clip adds lie on the rectangle, outside what is shown when it has a margin.
 */
export function clipRing(ring: readonly XY[], box: { x0: number; y0: number; x1: number; y1: number }): XY[] {
  let out: XY[] = [...ring];
  const edges: Array<[(p: XY) => boolean, (a: XY, b: XY) => XY]> = [
    [(p) => p[0] >= box.x0, (a, b) => [box.x0, a[1] + ((b[1] - a[1]) * (box.x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= box.x1, (a, b) => [box.x1, a[1] + ((b[1] - a[1]) * (box.x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= box.y0, (a, b) => [a[0] + ((b[0] - a[0]) * (box.y0 - a[1])) / (b[1] - a[1]), box.y0]],
    [(p) => p[1] <= box.y1, (a, b) => [a[0] + ((b[0] - a[0]) * (box.y1 - a[1])) / (b[1] - a[1]), box.y1]],
  ];
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    input.forEach((p, i) => {
      const prev = input[(i + input.length - 1) % input.length];
      if (inside(p)) {
        if (!inside(prev)) out.push(cross(prev, p));
        out.push(p);
      } else if (inside(prev)) out.push(cross(prev, p));
    });
    if (!out.length) break;
  }
  return out;
}
