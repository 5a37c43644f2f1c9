// Point layers on the sheet: the same marks as on screen (shape, rings, colour, number), at their
// screen size in millimetres, clustered at the print scale, as vector primitives over the map, so
// that the PDF keeps them sharp and the PNG draws them from the same list.
import { markParts, markText, pointMarks } from '../symbology/point-marks';
import type { XY } from '../symbology/point-shapes';
import type { PointLayer } from '../symbology/points';
import { SCREEN_PX_MM } from './print-map';
import type { Box, Primitive } from './sheet';

const PT_PER_MM = 72 / 25.4;
/** half the cap height of the print face per pt of size, in mm: lifts a number's baseline to centre it */
const HALF_CAP_MM_PER_MM = 0.36;

/**
 * `project`: lng/lat -> mm from the frame's top left (the print fit). Marks whose anchor lies
 * outside the frame are left off: the sheet has no clip for them.
 */
export function pointPrimitives(layers: readonly PointLayer[], project: (lngLat: [number, number]) => XY, frame: Box): Primitive[] {
  const out: Primitive[] = [];
  for (const { features, style } of layers)
    for (const mark of pointMarks(features, style, project, SCREEN_PX_MM)) {
      const [fx, fy] = project(mark.lngLat);
      if (fx < 0 || fy < 0 || fx > frame.w || fy > frame.h) continue;
      const [x, y] = [frame.x + fx, frame.y + fy];
      for (const { polygon, fill } of markParts(mark.symbol, style, x, y, SCREEN_PX_MM)) out.push({ kind: 'polygon', points: polygon, fill });
      const label = markText(mark, style, x, y, SCREEN_PX_MM);
      if (label) out.push({ kind: 'text', x: label.x, y: label.y + label.size * HALF_CAP_MM_PER_MM, text: label.text, size: label.size * PT_PER_MM, bold: true, colour: label.colour, align: 'center' });
    }
  return out;
}
