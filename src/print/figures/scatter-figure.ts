// The scatterplot on paper: the same dots, Kreis lines and regression line as on screen, laid out
// in a box in millimetres as print primitives.
import { scaleLinear } from 'd3-scale';
import { extent } from 'd3-array';
import { formatNumber } from '../../messages/default-locale';
import type { Fit, Pair } from '../../domain/regression';
import type { Primitive } from '../sheet';
import { fitted, GRID, INK, MUTED, stepDecimals, type Box } from './figure-kit';

export interface FigureAxis {
  label: string;
  unit: string;
  decimals: number;
  /** the Kreis value, drawn as a dashed line; null: none */
  reference: number | null;
}

export interface ScatterFigureInput {
  pairs: readonly Pair[];
  names: ReadonlyMap<string, string>;
  /** the map's fill of an area (plan.fill) */
  fill: (id: string) => string;
  x: FigureAxis;
  y: FigureAxis;
  fit: Fit | null;
  /** areas named beside their dot (the chosen and pinned ones) */
  labelled: readonly string[];
  /** "r = 0,71: …", written under the plot */
  summary: string;
}

const AXIS_PT = 7;
const TITLE_PT = 7.5;

/** Primitives of the scatterplot inside `box` (mm); nothing outside it. */
export function scatterFigure(input: ScatterFigureInput, box: Box): Primitive[] {
  const out: Primitive[] = [];
  const left = box.x + 14;
  const right = box.x + box.w - 3;
  const top = box.y + 8;
  const bottom = box.y + box.h - 16;
  out.push(fitted(`${input.y.label}${input.y.unit ? ` (${input.y.unit})` : ''}`, TITLE_PT, 6, box.w, { x: box.x, y: box.y + 3, bold: true }));
  const xs = scale(input.pairs.map((p) => p.x), input.x.reference, [left, right]);
  const ys = scale(input.pairs.map((p) => p.y), input.y.reference, [bottom, top]);
  const xt = xs.ticks(5);
  const yt = ys.ticks(5);
  const xd = stepDecimals(xt.length > 1 ? xt[1] - xt[0] : 1);
  const yd = stepDecimals(yt.length > 1 ? yt[1] - yt[0] : 1);
  for (const v of yt) {
    out.push({ kind: 'line', x1: left, x2: right, y1: ys(v), y2: ys(v), stroke: GRID, width: 0.15 });
    out.push({ kind: 'text', x: left - 1.5, y: ys(v) + 1, text: formatNumber(v, yd), size: AXIS_PT, align: 'right', colour: MUTED });
  }
  for (const v of xt) {
    out.push({ kind: 'line', x1: xs(v), x2: xs(v), y1: top, y2: bottom, stroke: GRID, width: 0.15 });
    out.push({ kind: 'text', x: xs(v), y: bottom + 3.5, text: formatNumber(v, xd), size: AXIS_PT, align: 'center', colour: MUTED });
  }
  out.push({ kind: 'line', x1: left, x2: right, y1: bottom, y2: bottom, stroke: INK, width: 0.25 });
  out.push({ kind: 'line', x1: left, x2: left, y1: top, y2: bottom, stroke: INK, width: 0.25 });
  if (input.x.reference !== null) out.push({ kind: 'line', x1: xs(input.x.reference), x2: xs(input.x.reference), y1: top, y2: bottom, stroke: INK, width: 0.3, dash: [1.2, 0.8] });
  if (input.y.reference !== null) out.push({ kind: 'line', x1: left, x2: right, y1: ys(input.y.reference), y2: ys(input.y.reference), stroke: INK, width: 0.3, dash: [1.2, 0.8] });
  if (input.fit) {
    // clipped to the plot: the line runs across the x domain, its ends pulled in where y leaves it
    const [a, b] = xs.domain();
    const [ylo, yhi] = ys.domain();
    const at = (x: number) => Math.max(ylo, Math.min(yhi, input.fit!.slope * x + input.fit!.intercept));
    out.push({ kind: 'line', x1: xs(a), y1: ys(at(a)), x2: xs(b), y2: ys(at(b)), stroke: '#b45309', width: 0.5 });
  }
  for (const p of input.pairs) out.push({ kind: 'circle', x: xs(p.x), y: ys(p.y), r: 1.1, fill: input.fill(p.id), opacity: 1, stroke: INK });
  for (const p of input.pairs.filter((q) => input.labelled.includes(q.id))) {
    const name = input.names.get(p.id) ?? p.id;
    const cx = xs(p.x);
    const rightSide = cx < (left + right) / 2;
    out.push(fitted(name, 6.5, 5, (rightSide ? right - cx : cx - left) - 2, { x: rightSide ? cx + 1.8 : cx - 1.8, y: ys(p.y) - 1.5, bold: true, align: rightSide ? 'left' : 'right' }));
  }
  out.push(fitted(`${input.x.label}${input.x.unit ? ` (${input.x.unit})` : ''}`, TITLE_PT, 6, box.w, { x: box.x + box.w, y: bottom + 8, bold: true, align: 'right' }));
  out.push(fitted(input.summary, 6.5, 5, box.w, { x: box.x, y: box.y + box.h - 2, colour: MUTED }));
  return out;
}

function scale(values: readonly number[], reference: number | null, range: [number, number]) {
  const [lo = 0, hi = 1] = extent(reference === null ? values : [...values, reference]);
  const pad = lo === hi ? Math.abs(lo) * 0.1 || 1 : 0;
  return scaleLinear().domain([lo - pad, hi + pad]).nice(5).range(range);
}
