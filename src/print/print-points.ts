// Point layers on the sheet: the same marks as on screen (shape, rings, colour, number), at their
// screen size in millimetres, clustered at the print scale, as vector primitives over the map, so
// that the PDF keeps them sharp and the PNG draws them from the same list.
import { markParts, markReach, markText, pointMarks } from '../symbology/point-marks';
import { GIVE_WAY } from '../symbology/context';
import { shapeCentre, type XY } from '../symbology/point-shapes';
import { symbolOf, type PointLayer, type PointLayerStyle, type PointSymbol } from '../symbology/points';
import { wrap } from './measure';
import { pointKeyRows } from '../symbology/point-key';
import type { SheetBlock } from './blocks';
import { clipRing } from './frame';
import { SCREEN_PX_MM } from './print-map';
import type { Box, Primitive } from './sheet';

const PT_PER_MM = 72 / 25.4;
/** half the cap height of the print face per pt of size, in mm: lifts a number's baseline to centre it */
const HALF_CAP_MM_PER_MM = 0.36;

/** The marks of the layers whose anchor lies inside the frame, at their place on the page (mm), clustered at the print scale. */
function framedMarks(layers: readonly PointLayer[], project: (lngLat: [number, number]) => XY, frame: Box) {
  return layers.flatMap(({ features, style, selected }) =>
    pointMarks(features, style, project, SCREEN_PX_MM).flatMap((mark) => {
      const [fx, fy] = project(mark.lngLat);
      if (fx < 0 || fy < 0 || fx > frame.w || fy > frame.h) return [];
      const chosen = selected != null && mark.features.length === 1 && mark.features[0].id === selected;
      return [{ style, mark, chosen, x: frame.x + fx, y: frame.y + fy }];
    }),
  );
}

/**
 * The boxes (mm on the page) the map's names give way to: each printed mark's square, as on screen
 * (markReach), with the screen's padding around it.
 */
export function markBoxes(layers: readonly PointLayer[], project: (lngLat: [number, number]) => XY, frame: Box): Box[] {
  return framedMarks(layers, project, frame).map(({ style, mark, x, y }) => {
    const r = (markReach(style, mark) + GIVE_WAY.markPadding) * SCREEN_PX_MM;
    return { x: x - r, y: y - r, w: 2 * r, h: 2 * r };
  });
}

/**
 * `project`: lng/lat -> mm from the frame's top left (the print fit). Marks whose anchor lies
 * outside the frame are left off; a mark at the frame's edge is cut at it, as the screen cuts it,
 * and its number goes with its centre. The chosen point is ringed as on screen.
 */
export function pointPrimitives(layers: readonly PointLayer[], project: (lngLat: [number, number]) => XY, frame: Box): Primitive[] {
  const out: Primitive[] = [];
  const clip = { x0: frame.x, y0: frame.y, x1: frame.x + frame.w, y1: frame.y + frame.h };
  const inside = (px: number, py: number) => px >= clip.x0 && px <= clip.x1 && py >= clip.y0 && py <= clip.y1;
  for (const { style, mark, chosen, x, y } of framedMarks(layers, project, frame)) {
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

/** text sizes (pt per text scale) of a layer's heading and its rows; line height in mm per pt */
const HEADING_PT = 9;
const ROW_PT = 8.5;
const LINE_MM_PER_PT = 0.45;
const MUTED = '#52606d';

type KeyLine =
  | { kind: 'key'; row: { symbol: PointSymbol; label: string | null }; style: PointLayerStyle; text: string }
  | { kind: 'text'; text: string; size: number; bold: boolean; colour?: string };

/** What the key of the layers says, before it is broken into lines: places with heading and group titles; contributions one row per category. */
function keyLines(layers: readonly PointLayer[]): KeyLine[] {
  return layers.flatMap((layer): KeyLine[] => {
    const { style, features } = layer;
    if (!style.key) {
      const symbols = [...new Map(features.map((f) => symbolOf(style, f.category)).map((symbol) => [symbol.name, symbol] as const)).values()];
      return symbols.map((symbol) => ({ kind: 'key', row: { symbol, label: null }, style, text: symbol.name }));
    }
    return [
      ...(style.title ? [{ kind: 'text' as const, text: `${style.title} (${features.length})`, size: HEADING_PT, bold: true }] : []),
      ...pointKeyRows(layer).flatMap((r): KeyLine[] => [
        ...(r.heading ? [{ kind: 'text' as const, text: r.heading, size: ROW_PT, bold: false, colour: MUTED }] : []),
        { kind: 'key', row: r, style, text: `${r.name} (${r.count})` },
      ]),
    ];
  });
}

/** Each line's height (mm) at width w and text scale s, texts broken to fit. */
function laidOut(lines: readonly KeyLine[], w: number, s: number) {
  return lines.map((line) => {
    if (line.kind === 'key') return { line, parts: [line.text], height: KEY_ROW * s };
    const parts = wrap(line.text, line.size * s, w, line.bold);
    return { line, parts, height: parts.length * line.size * LINE_MM_PER_PT * s + 1 * s };
  });
}

/** The sources of the layers drawn (places: data licence and the OpenStreetMap credit the ODbL asks for), for the sheet's credits. */
export function pointCredits(layers: readonly PointLayer[]): string[] {
  return [...new Set(layers.flatMap((l) => (l.style.source && l.features.length ? [l.style.source] : [])))];
}

/** The layers' key on paper: each category's mark as on the map with its name and count; places with their heading. */
export function pointLegendBlock(layers: readonly PointLayer[]): SheetBlock | null {
  const lines = keyLines(layers);
  if (!lines.length) return null;
  return {
    id: 'points',
    title: '',
    height: (w, s) => laidOut(lines, w, s).reduce((sum, l) => sum + l.height, 0),
    draw: (box, s) => {
      let top = box.y;
      return laidOut(lines, box.w, s).flatMap(({ line, parts, height }) => {
        const y0 = top;
        top += height;
        if (line.kind === 'text')
          return [{ kind: 'group', tag: 'P', children: parts.map((text, i): Primitive => ({ kind: 'text', x: box.x, y: y0 + (i + 1) * line.size * LINE_MM_PER_PT * s, text, size: line.size * s, bold: line.bold, ...(line.colour ? { colour: line.colour } : {}) })) }];
        const { symbol, label } = line.row;
        const y = y0 + 0.5 * KEY_ROW * s;
        const [, cy] = shapeCentre(symbol.shape, symbol.r * SCREEN_PX_MM);
        const marks = markParts(symbol, line.style, box.x + 3, y - cy, SCREEN_PX_MM).map((p): Primitive => ({ kind: 'polygon', points: p.polygon, fill: p.fill }));
        const mark = label ? markText({ symbol, text: label }, line.style, box.x + 3, y - cy, SCREEN_PX_MM) : null;
        const sample: Primitive[] = mark ? [{ kind: 'text', x: mark.x, y: mark.y + mark.size * HALF_CAP_MM_PER_MM, text: mark.text, size: mark.size * PT_PER_MM, bold: true, colour: mark.colour, align: 'center' }] : [];
        const name: Primitive = { kind: 'group', tag: 'P', children: [{ kind: 'text', x: box.x + 8, y: y + 1.2 * s, text: line.text, size: ROW_PT * s }] };
        return [...marks, ...sample, name];
      });
    },
  };
}
