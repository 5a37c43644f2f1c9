// Map labels as text on paper (real PDF text over the map image, crisp and searchable): sizes
// fixed in pt, placed greedily without collisions (geo/label-placement.ts, as on the 2D map),
// and what found no room counted, so that the sheet can say so. The names give way to the printed
// point marks as on screen: kept clear of them, at the spots around their anchor (geo/label-placement.ts
// spotsAround, symbology/context.ts GIVE_WAY) before the sheet's own shifts. Pure: positions in mm
// on the page, widths from the embedded fonts.
import type { Boundaries, AreaProps } from '../data/boundaries';
import { RIVER_LABEL_COLOUR } from '../domain/colour';
import type { Plan } from '../state/plan';
import { BoxGrid, longestStretch, overlaps, placeFirstFree, spotsAround, type Blocked, type Rect } from '../geo/label-placement';
import { GIVE_WAY, giveWayGap } from '../symbology/context';
import type { Fit } from '../geo/fit';
import type { XY } from '../geo/mercator';
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

/** A box in mm as the corners the shared placement compares. */
const rect = (b: Box): Rect => [b.x, b.y, b.x + b.w, b.y + b.h];

/** The marks' boxes in a grid (cells about a label's height), for the labels to give way to. */
function markGrid(marks: readonly Box[]): BoxGrid {
  const grid = new BoxGrid(5);
  for (const m of marks) grid.add(rect(m));
  return grid;
}

/**
 * Greedy placement (geo/label-placement.ts): each label at its anchor, else just above or below
 * it (as `shifts` allow); a label that would overlap another, an obstacle (north arrow, scale
 * bar) or leave the frame is tried in the next position, and left out when none is free. With
 * point `marks` (boxes in mm), each label keeps clear of them too, and tries the spots around its
 * anchor (below, above, right, left of it, as on screen) right after its centred one.
 */
export function placeLabels(candidates: readonly LabelCandidate[], style: LabelStyle, frame: Box, obstacles: readonly Box[] = [], marks: readonly Box[] = []): PlacedLabels {
  const size = style.size * MM_PER_PT;
  const lineHeight = size * 1.2;
  const pad = size * 0.25;
  const taken: Box[] = [...obstacles];
  const texts: Primitive[] = [];
  const omitted: string[] = [];
  const around = marks.length ? GIVE_WAY.anchors.filter((a) => a !== 'center') : [];
  const set = candidates
    .map((c) => {
      const lines = style.breakAt ? c.text.split(style.breakAt) : [c.text];
      const width = Math.max(...lines.map((l) => textWidth(l, style.size, style.bold)));
      const [w, h] = [width + 2 * pad, lineHeight * lines.length];
      const [centred, ...shifted] = (style.shifts ?? [0, -1, 1, -2, 2]).map((shift): Box => ({ x: c.at[0] - w / 2, y: c.at[1] + shift * h - h / 2, w, h }));
      const beside = spotsAround(c.at[0], c.at[1], w, h, around, giveWayGap(size)).map(([x0, y0, x1, y1]): Box => ({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 }));
      return { ...c, lines, width, spots: [centred, ...beside, ...shifted] };
    })
    .sort((a, b) => a.priority - b.priority || b.width - a.width);
  const chosen = placeFirstFree(set, (label) => label.spots.map(rect), rect(frame), obstacles.map(rect), 0, marks.length ? markGrid(marks) : undefined);
  set.forEach((label, k) => {
    const spot = label.spots[chosen[k]];
    if (!spot) {
      omitted.push(label.text);
      return;
    }
    taken.push(spot);
    label.lines.forEach((line, i) => {
      // Baseline so that the capitals sit centred on the line's middle (DejaVu's cap height is 0.73 em).
      const middle = spot.y + (i + 0.5) * lineHeight;
      texts.push({ kind: 'text', x: spot.x + spot.w / 2, y: middle + 0.365 * size, text: line, size: style.size, bold: style.bold, colour: style.colour, halo: style.halo, align: 'center' });
    });
  });
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
  /** the printed point marks' boxes (print-points.ts markBoxes): the names give way to them */
  marks: readonly Box[] = [],
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
        // moved a line off their anchor: a shifted name would sit on a neighbour of the same shape
        // (beside a point mark they still move just clear of it, as on screen).
        { size: sizes.sozialraum, bold: true, colour: INK, halo: HALO, breakAt: ' – ', shifts: [0] }
      : { size: sizes.gemeinde, bold: true, colour: INK, halo: HALO },
    frame,
    obstacles,
    marks,
  );
  const rivers = riverLabels(boundaries, fit, frame, sub ? sizes.sozialraum : sizes.gemeinde, areas.taken, marks.length ? markGrid(marks) : undefined);
  return { texts: [...areas.texts, ...rivers], omitted: areas.omitted, taken: areas.taken };
}

/**
 * A river's name once, along its longest stretch inside the frame, set on the line's upper side
 * and turned so that it never reads upside down; left out where it would cover an area's name or a point mark (`blocked`).
 */
export function riverLabels(boundaries: Pick<Boundaries, 'rivers'>, fit: Fit, frame: Box, size: number, taken: readonly Box[], blocked?: Blocked): Primitive[] {
  const sizeMm = size * MM_PER_PT;
  const out: Primitive[] = [];
  for (const f of boundaries.rivers?.features ?? []) {
    const points = f.geometry.coordinates.map((p): XY => {
      const [x, y] = fit.project(p);
      return [frame.x + x, frame.y + y];
    });
    const stretch = longestStretch(points, rect(frame), sizeMm);
    const width = textWidth(f.properties.name, size);
    if (!stretch || stretch.length < width * 0.8) continue;
    const { angle, mid } = stretch;
    // The baseline 0.6 mm plus the descender above the line, on its upper side.
    const lift = 0.6 + 0.24 * sizeMm;
    const at: XY = [mid[0] + Math.sin(angle) * lift, mid[1] - Math.cos(angle) * lift];
    const corners = [[-width / 2, 0.24 * sizeMm], [width / 2, 0.24 * sizeMm], [-width / 2, -0.93 * sizeMm], [width / 2, -0.93 * sizeMm]].map(([u, v]): XY => [
      at[0] + u * Math.cos(angle) - v * Math.sin(angle),
      at[1] + u * Math.sin(angle) + v * Math.cos(angle),
    ]);
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const box = rect({ x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) });
    if (taken.some((t) => overlaps(box, rect(t))) || blocked?.meets(box)) continue;
    out.push({ kind: 'text', x: at[0], y: at[1], text: f.properties.name, size, colour: RIVER_LABEL_COLOUR, halo: HALO, align: 'center', angle: (angle * 180) / Math.PI });
  }
  return out;
}
