// Point layers on the sheet: the same marks as on screen (shape, rings, colour, number), at their
// screen size in millimetres, clustered at the print scale, as vector primitives over the map, so
// that the PDF keeps them sharp and the PNG draws them from the same list.
import { markParts, markText, pointMarks } from '../symbology/point-marks';
import { shapeCentre, type XY } from '../symbology/point-shapes';
import { symbolOf, type PointLayer } from '../symbology/points';
import type { SheetBlock } from './blocks';
import { clipRing } from './frame';
import { SCREEN_PX_MM } from './print-map';
import type { Box, Primitive } from './sheet';

const PT_PER_MM = 72 / 25.4;
/** half the cap height of the print face per pt of size, in mm: lifts a number's baseline to centre it */
const HALF_CAP_MM_PER_MM = 0.36;

/**
 * `project`: lng/lat -> mm from the frame's top left (the print fit). Marks whose anchor lies
 * outside the frame are left off; a mark at the frame's edge is cut at it, as the screen cuts it,
 * and its number goes with its centre. The chosen point is ringed as on screen.
 */
export function pointPrimitives(layers: readonly PointLayer[], project: (lngLat: [number, number]) => XY, frame: Box): Primitive[] {
  const out: Primitive[] = [];
  const clip = { x0: frame.x, y0: frame.y, x1: frame.x + frame.w, y1: frame.y + frame.h };
  const inside = (px: number, py: number) => px >= clip.x0 && px <= clip.x1 && py >= clip.y0 && py <= clip.y1;
  for (const { features, style, selected } of layers)
    for (const mark of pointMarks(features, style, project, SCREEN_PX_MM)) {
      const [fx, fy] = project(mark.lngLat);
      if (fx < 0 || fy < 0 || fx > frame.w || fy > frame.h) continue;
      const [x, y] = [frame.x + fx, frame.y + fy];
      const chosen = selected != null && mark.features.length === 1 && mark.features[0].id === selected;
      for (const { polygon, fill } of markParts(mark.symbol, style, x, y, SCREEN_PX_MM, chosen)) {
        const points = clipRing(polygon, clip);
        if (points.length >= 3) out.push({ kind: 'polygon', points, fill });
      }
      const label = markText(mark, style, x, y, SCREEN_PX_MM);
      if (label && inside(label.x, label.y)) out.push({ kind: 'text', x: label.x, y: label.y + label.size * HALF_CAP_MM_PER_MM, text: label.text, size: label.size * PT_PER_MM, bold: true, colour: label.colour, align: 'center' });
    }
  return out;
}

/** mm per legend row per text scale */
const KEY_ROW = 5.5;

/** The categories of the layers on paper: one row each, the mark as on the map and its name. */
export function pointLegendBlock(layers: readonly PointLayer[]): SheetBlock | null {
  const keys = [...new Map(layers.flatMap((l) => l.features.map((f) => symbolOf(l.style, f.category)).map((symbol) => [symbol.name, { symbol, style: l.style }] as const))).values()];
  if (!keys.length) return null;
  return {
    id: 'points',
    title: '',
    height: (_w, s) => keys.length * KEY_ROW * s,
    draw: (box, s) =>
      keys.flatMap(({ symbol, style }, i) => {
        const y = box.y + (i + 0.5) * KEY_ROW * s;
        const [, cy] = shapeCentre(symbol.shape, symbol.r * SCREEN_PX_MM);
        const marks = markParts(symbol, style, box.x + 3, y - cy, SCREEN_PX_MM).map((p): Primitive => ({ kind: 'polygon', points: p.polygon, fill: p.fill }));
        const name: Primitive = { kind: 'group', tag: 'P', children: [{ kind: 'text', x: box.x + 8, y: y + 1.2 * s, text: symbol.name, size: 8.5 * s }] };
        return [...marks, name];
      }),
  };
}
