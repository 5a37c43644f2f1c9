// Map labels as text on paper (real PDF text over the map image, crisp and searchable): sizes
// fixed in pt, placed greedily without collisions, and what found no room counted, so that
// the sheet can say so. Pure: positions in mm on the page, widths from the embedded fonts.
import type { Boundaries, AreaProps } from '../data/boundaries';
import { RIVER_LABEL_COLOUR } from '../domain/colour';
import type { Plan } from '../state/plan';
import type { Fit, XY } from './frame';
import { MM_PER_PT, textWidth } from './measure';
import type { Box, Paper, Primitive } from './sheet';

export interface LabelCandidate {
  text: string;
  /** anchor in mm on the page */
  at: XY;
  /** lower goes first */
  priority: number;
}

export interface LabelStyle {
  /** pt */
  size: number;
  bold: boolean;
  colour: string;
  halo: string;
  /** a label is set in lines split here */
  breakAt?: string;
  /** where a label may go, in label heights below its anchor, tried in order */
  shifts?: readonly number[];
}

export interface PlacedLabels {
  texts: Primitive[];
  /** the names that found no free place */
  omitted: string[];
  /** where the placed ones stand (mm), obstacles included */
  taken: Box[];
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Greedy placement: each label at its anchor, else just above or below it (as `shifts` allow);
 * a label that would overlap another, an obstacle (north arrow, scale bar) or leave the frame
 * is tried in the next position, and left out when none is free.
 */
export function placeLabels(candidates: readonly LabelCandidate[], style: LabelStyle, frame: Box, obstacles: readonly Box[] = []): PlacedLabels {
  const size = style.size * MM_PER_PT;
  const lineHeight = size * 1.2;
  const pad = size * 0.25;
  const taken: Box[] = [...obstacles];
  const texts: Primitive[] = [];
  const omitted: string[] = [];
  const set = candidates
    .map((c) => {
      const lines = style.breakAt ? c.text.split(style.breakAt) : [c.text];
      return { ...c, lines, width: Math.max(...lines.map((l) => textWidth(l, style.size, style.bold))) };
    })
    .sort((a, b) => a.priority - b.priority || b.width - a.width);
  for (const label of set) {
    const w = label.width + 2 * pad;
    const h = lineHeight * label.lines.length;
    const spot = (style.shifts ?? [0, -1, 1, -2, 2])
      .map((shift) => ({ x: label.at[0] - w / 2, y: label.at[1] + shift * h - h / 2, w, h }))
      .find((box) => box.x >= frame.x && box.y >= frame.y && box.x + w <= frame.x + frame.w && box.y + h <= frame.y + frame.h && !taken.some((t) => overlaps(box, t)));
    if (!spot) {
      omitted.push(label.text);
      continue;
    }
    taken.push(spot);
    label.lines.forEach((line, i) => {
      // Baseline so that the capitals sit centred on the line's middle (DejaVu's cap height is 0.73 em).
      const middle = spot.y + (i + 0.5) * lineHeight;
      texts.push({ kind: 'text', x: spot.x + w / 2, y: middle + 0.365 * size, text: line, size: style.size, bold: style.bold, colour: style.colour, halo: style.halo, align: 'center' });
    });
  }
  return { texts, omitted, taken };
}

/** Label sizes in pt: at least 7 pt on A4 and 9 pt on A3, as a sheet read at arm's length needs. */
export function labelSizes(paper: Paper): { gemeinde: number; sozialraum: number } {
  return paper === 'A3' ? { gemeinde: 10, sozialraum: 9 } : { gemeinde: 8, sozialraum: 7 };
}

const INK = '#1f2933';
const HALO = '#ffffff';

/** The area names of a print view, in the focus area only (the surroundings are greyed and unnamed). */
export function mapLabels(
  boundaries: Boundaries,
  plan: Pick<Plan, 'level'>,
  focus: string | null,
  fit: Fit,
  frame: Box,
  paper: Paper,
  obstacles: readonly Box[],
): PlacedLabels {
  const sizes = labelSizes(paper);
  // Sozialraum names in a Gemeinde's frame; over the whole Kreis they would crowd each other out,
  // and the Gemeinde names say more there.
  const sub = plan.level === 'sozialraum' && focus !== null;
  const points = sub ? boundaries.sozialraumLabels.features : boundaries.labels.features;
  const inFocus = (p: AreaProps) => !focus || p.id === focus || p.parent === focus;
  const candidates = points
    .filter((f) => inFocus(f.properties))
    .map((f) => {
      const [x, y] = fit.project(f.geometry.coordinates);
      return { text: f.properties.name, at: [frame.x + x, frame.y + y] as XY, priority: 0 };
    });
  const areas = placeLabels(
    candidates,
    sub
      ? // Sozialraum names are long ("Beispiel-Sozialraum 3 – Sankt Augustin"): in two lines, and not
        // moved off their anchor: a shifted name would sit on a neighbour of the same shape.
        { size: sizes.sozialraum, bold: true, colour: INK, halo: HALO, breakAt: ' – ', shifts: [0] }
      : { size: sizes.gemeinde, bold: true, colour: INK, halo: HALO },
    frame,
    obstacles,
  );
  const rivers = riverLabels(boundaries, fit, frame, sub ? sizes.sozialraum : sizes.gemeinde, areas.taken);
  return { texts: [...areas.texts, ...rivers], omitted: areas.omitted, taken: areas.taken };
}

/**
 * A river's name once, along its longest stretch inside the frame, set on the line's upper side
 * and turned so that it never reads upside down; left out where it would cover an area's name.
 */
export function riverLabels(boundaries: Pick<Boundaries, 'rivers'>, fit: Fit, frame: Box, size: number, taken: readonly Box[]): Primitive[] {
  const sizeMm = size * MM_PER_PT;
  const inside = ([x, y]: XY) => x > frame.x + sizeMm && y > frame.y + sizeMm && x < frame.x + frame.w - sizeMm && y < frame.y + frame.h - sizeMm;
  const out: Primitive[] = [];
  for (const f of boundaries.rivers?.features ?? []) {
    const points = f.geometry.coordinates.map((p): XY => {
      const [x, y] = fit.project(p);
      return [frame.x + x, frame.y + y];
    });
    let best: [XY, XY] | null = null;
    const length = ([a, b]: [XY, XY]) => Math.hypot(b[0] - a[0], b[1] - a[1]);
    for (let i = 1; i < points.length; i++) {
      const pair: [XY, XY] = [points[i - 1], points[i]];
      if (inside(pair[0]) && inside(pair[1]) && (!best || length(pair) > length(best))) best = pair;
    }
    const width = textWidth(f.properties.name, size);
    if (!best || length(best) < width * 0.8) continue;
    const [a, b] = best[0][0] <= best[1][0] ? best : [best[1], best[0]];
    const angle = Math.atan2(b[1] - a[1], b[0] - a[0]);
    // The baseline 0.6 mm plus the descender above the line, on its upper side.
    const lift = 0.6 + 0.24 * sizeMm;
    const at: XY = [(a[0] + b[0]) / 2 + Math.sin(angle) * lift, (a[1] + b[1]) / 2 - Math.cos(angle) * lift];
    const corners = [[-width / 2, 0.24 * sizeMm], [width / 2, 0.24 * sizeMm], [-width / 2, -0.93 * sizeMm], [width / 2, -0.93 * sizeMm]].map(([u, v]): XY => [
      at[0] + u * Math.cos(angle) - v * Math.sin(angle),
      at[1] + u * Math.sin(angle) + v * Math.cos(angle),
    ]);
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const box = { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
    if (taken.some((t) => overlaps(box, t))) continue;
    out.push({ kind: 'text', x: at[0], y: at[1], text: f.properties.name, size, colour: RIVER_LABEL_COLOUR, halo: HALO, align: 'center', angle: (angle * 180) / Math.PI });
  }
  return out;
}
