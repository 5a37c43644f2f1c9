// The Trichterdiagramm on paper: the same dots, Kreis line and 95 % / 99,8 % limits as on screen
// (state/funnel-plan.ts), laid out in a box in millimetres as print primitives.
import { scaleLinear, scaleLog } from 'd3-scale';
import { extent } from 'd3-array';
import { formatNumber } from '../../messages/default-locale';
import type { FunnelPlan } from '../../state/funnel-plan';
import type { FunnelLimit } from '../../domain/funnel';
import type { Primitive } from '../sheet';
import { fitted, GRID, INK, MUTED, stepDecimals, type Box } from './figure-kit';

export interface FunnelFigureInput {
  funnel: FunnelPlan;
  fill: (id: string) => string;
  /** "Anteil unter 18 (%)" */
  valueTitle: string;
  baseTitle: string;
  /** the key beneath: Kreis value and the two limits in words */
  key: string;
  summary: string;
}

const AXIS_PT = 7;

/** Primitives of the funnel plot inside `box` (mm); nothing outside it. */
export function funnelFigure(input: FunnelFigureInput, box: Box): Primitive[] {
  const f = input.funnel;
  const out: Primitive[] = [];
  const left = box.x + 14;
  const right = box.x + box.w - 3;
  const top = box.y + 8;
  const bottom = box.y + box.h - 20;
  out.push(fitted(input.valueTitle, 7.5, 6, box.w, { x: box.x, y: box.y + 3, bold: true }));
  const x = scaleLog().domain(f.bases).range([left, right]);
  const [lo = 0, hi = 1] = extent([...f.points.map((p) => p.value), f.benchmark]);
  const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.1 || 1;
  const y = scaleLinear().domain([lo - pad, hi + pad]).nice(5).range([bottom, top]);
  const yt = y.ticks(5);
  const yd = stepDecimals(yt.length > 1 ? yt[1] - yt[0] : 1);
  for (const v of yt) {
    out.push({ kind: 'line', x1: left, x2: right, y1: y(v), y2: y(v), stroke: GRID, width: 0.15 });
    out.push({ kind: 'text', x: left - 1.5, y: y(v) + 1, text: formatNumber(v, yd), size: AXIS_PT, align: 'right', colour: MUTED });
  }
  for (const v of x.ticks(4).filter((t) => Math.log10(t) % 1 === 0)) {
    out.push({ kind: 'line', x1: x(v), x2: x(v), y1: top, y2: bottom, stroke: GRID, width: 0.15 });
    out.push({ kind: 'text', x: x(v), y: bottom + 3.5, text: formatNumber(v, 0), size: AXIS_PT, align: 'center', colour: MUTED });
  }
  out.push({ kind: 'line', x1: left, x2: right, y1: bottom, y2: bottom, stroke: INK, width: 0.25 });
  out.push({ kind: 'line', x1: left, x2: left, y1: top, y2: bottom, stroke: INK, width: 0.25 });
  const [ylo, yhi] = y.domain();
  // The curves as short segments, each end held inside the plot (a limit leaves it at small bases).
  const curve = (limits: readonly FunnelLimit[], side: 'lower' | 'upper', dash?: [number, number]) => {
    for (let i = 1; i < limits.length; i++) {
      const a = limits[i - 1][side];
      const b = limits[i][side];
      if ((a < ylo && b < ylo) || (a > yhi && b > yhi)) continue;
      const clamp = (v: number) => y(Math.max(ylo, Math.min(yhi, v)));
      out.push({ kind: 'line', x1: x(limits[i - 1].base), y1: clamp(a), x2: x(limits[i].base), y2: clamp(b), stroke: MUTED, width: 0.35, ...(dash ? { dash } : {}) });
    }
  };
  for (const side of ['lower', 'upper'] as const) {
    // 95 % solid, 99,8 % dotted: apart from the Kreis value's dashes.
    curve(f.limits[0.95], side);
    curve(f.limits[0.998], side, [0.3, 0.7]);
  }
  out.push({ kind: 'line', x1: left, x2: right, y1: y(f.benchmark), y2: y(f.benchmark), stroke: INK, width: 0.3, dash: [1.2, 0.8] });
  for (const p of f.points) out.push({ kind: 'circle', x: x(p.base), y: y(p.value), r: f.points.length > 150 ? 0.6 : 1.1, fill: input.fill(p.id), opacity: 1, stroke: INK });
  out.push(fitted(input.baseTitle, 7.5, 6, box.w, { x: box.x + box.w, y: bottom + 8, bold: true, align: 'right' }));
  out.push(fitted(input.key, 6.5, 5, box.w, { x: box.x, y: box.y + box.h - 6, colour: MUTED }));
  out.push(fitted(input.summary, 6.5, 5, box.w, { x: box.x, y: box.y + box.h - 2, colour: MUTED }));
  return out;
}
