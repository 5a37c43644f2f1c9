// Point layers on the sheet: the same marks as on screen (shape, rings, colour, number), at their
// screen size in millimetres, clustered at the print scale, as vector primitives over the map, so
// that the PDF keeps them sharp and the PNG draws them from the same list.
import { markParts, markText, pointMarks } from '../symbology/point-marks';
import { shapeCentre, type XY } from '../symbology/point-shapes';
import { symbolOf, type PointLayer } from '../symbology/points';
import { pointKeyRows } from '../symbology/point-key';
import type { SheetBlock } from './blocks';
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

/** mm per legend row per text scale */
const KEY_ROW = 5.5;

/** The categories of the layers on paper: one row each, the mark as on the map and its name. */
export function pointLegendBlock(layers: readonly PointLayer[]): SheetBlock | null {
  // Places bring their own key (form, class, mark, with counts); contributions one row per category.
  const keys = layers.flatMap((l) =>
    l.style.key
      ? pointKeyRows(l).map((r) => ({ symbol: r.symbol, style: l.style, name: `${r.heading ? `${r.heading}: ` : ''}${r.name} (${r.count})`, label: r.label }))
      : [...new Map(l.features.map((f) => symbolOf(l.style, f.category)).map((symbol) => [symbol.name, { symbol, style: l.style, name: symbol.name, label: null }] as const)).values()],
  );
  if (!keys.length) return null;
  return {
    id: 'points',
    title: '',
    height: (_w, s) => keys.length * KEY_ROW * s,
    draw: (box, s) =>
      keys.flatMap(({ symbol, style, name: text, label }, i) => {
        const y = box.y + (i + 0.5) * KEY_ROW * s;
        const [, cy] = shapeCentre(symbol.shape, symbol.r * SCREEN_PX_MM);
        const marks = markParts(symbol, style, box.x + 3, y - cy, SCREEN_PX_MM).map((p): Primitive => ({ kind: 'polygon', points: p.polygon, fill: p.fill }));
        const mark = label ? markText({ symbol, text: label }, style, box.x + 3, y - cy, SCREEN_PX_MM) : null;
        const sample: Primitive[] = mark ? [{ kind: 'text', x: mark.x, y: mark.y + mark.size * HALF_CAP_MM_PER_MM, text: mark.text, size: mark.size * PT_PER_MM, bold: true, colour: mark.colour, align: 'center' }] : [];
        const name: Primitive = { kind: 'group', tag: 'P', children: [{ kind: 'text', x: box.x + 8, y: y + 1.2 * s, text, size: 8.5 * s }] };
        return [...marks, ...sample, name];
      }),
  };
}
