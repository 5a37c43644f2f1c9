// The ranking on paper: one bar per area, highest first, in its map colour; the Kreis value a
// dashed line. Rows close up to fit the box; below 2,2 mm a row the lowest are left out and said so.
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../../messages/default-locale';
import type { Ranked } from '../../domain/ranking';
import type { Primitive } from '../sheet';
import { fitted, GRID, INK, MUTED, stepDecimals, textWidth, type Box } from './figure-kit';
import { printTexts } from '../../messages/print';

export interface RankingFigureInput {
  ranked: readonly Ranked[];
  names: ReadonlyMap<string, string>;
  fill: (id: string) => string;
  label: string;
  decimals: number;
  /** the Kreis value; null: no line */
  reference: number | null;
  selected: string | null;
  /** each area's 95 % (or 99,8 %) interval, drawn as a whisker over its bar as on screen; absent: none */
  interval?: (id: string) => { lower: number; upper: number } | null;
  /** "Querstriche: 95-%-Konfidenzintervall …", said beneath where there are whiskers */
  intervalNote?: string;
}

const MIN_ROW = 2.2;

export function rankingFigure(input: RankingFigureInput, box: Box): Primitive[] {
  const out: Primitive[] = [];
  out.push(fitted(input.label, 7.5, 6, box.w, { x: box.x, y: box.y + 3, bold: true }));
  const top = box.y + 9;
  const room = box.y + box.h - 4 - top;
  const fits = Math.max(1, Math.floor(room / MIN_ROW));
  const rows = input.ranked.slice(0, fits);
  const row = Math.min(5, room / Math.max(1, rows.length));
  const pt = Math.max(4.5, Math.min(7, row * 2.4));
  const nameWidth = Math.min(box.w * 0.38, Math.max(...rows.map((r) => textWidth(input.names.get(r.id) ?? r.id, pt)), 10) + 1);
  const valueWidth = Math.max(...rows.map((r) => textWidth(formatNumber(r.value, input.decimals), pt)), 4) + 1;
  const values = rows.map((r) => r.value);
  // The axis holds the whiskers too.
  for (const r of rows) {
    const i = input.interval?.(r.id);
    if (i) values.push(i.lower, i.upper);
  }
  const lo = Math.min(0, ...values, input.reference ?? 0);
  const hi = Math.max(0, ...values, input.reference ?? 0);
  const x = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice(4).range([box.x + nameWidth + 1, box.x + box.w - valueWidth - 1]);
  const ticks = x.ticks(4);
  const d = stepDecimals(ticks.length > 1 ? ticks[1] - ticks[0] : 1);
  const bottom = top + rows.length * row;
  for (const t of ticks) {
    out.push({ kind: 'line', x1: x(t), x2: x(t), y1: top - 1, y2: bottom, stroke: GRID, width: 0.15 });
    out.push({ kind: 'text', x: x(t), y: top - 1.6, text: formatNumber(t, d), size: 6, align: 'center', colour: MUTED });
  }
  rows.forEach((r, i) => {
    const y = top + i * row;
    const x0 = x(Math.min(0, r.value));
    const x1 = x(Math.max(0, r.value));
    const selected = r.id === input.selected;
    out.push(fitted(input.names.get(r.id) ?? r.id, pt, 4.5, nameWidth - 1, { x: box.x + nameWidth - 1, y: y + row * 0.72, align: 'right', bold: selected }));
    out.push({ kind: 'rect', x: x0, y: y + row * 0.12, w: Math.max(0.2, x1 - x0), h: row * 0.76, fill: input.fill(r.id), stroke: selected ? '#005ea8' : '#6b7580' });
    const ci = input.interval?.(r.id);
    if (ci) {
      const mid = y + row / 2;
      out.push({ kind: 'line', x1: x(ci.lower), x2: x(ci.upper), y1: mid, y2: mid, stroke: INK, width: 0.25 });
      for (const v of [ci.lower, ci.upper]) out.push({ kind: 'line', x1: x(v), x2: x(v), y1: mid - row * 0.25, y2: mid + row * 0.25, stroke: INK, width: 0.25 });
    }
    out.push({ kind: 'text', x: Math.max(x1, ci ? x(ci.upper) : x1) + 0.8, y: y + row * 0.72, text: formatNumber(r.value, input.decimals), size: pt, colour: INK });
  });
  if (input.reference !== null) out.push({ kind: 'line', x1: x(input.reference), x2: x(input.reference), y1: top - 1, y2: bottom, stroke: INK, width: 0.3, dash: [1.2, 0.8] });
  const left = input.ranked.length - rows.length;
  const whiskers = rows.some((r) => input.interval?.(r.id)) ? (input.intervalNote ?? '') : '';
  const notes = [input.reference !== null ? printTexts.rankingReference : '', whiskers, left ? printTexts.rankingLeft(left) : ''].filter(Boolean).join('; ');
  if (notes) out.push(fitted(notes, 6, 4.5, box.w, { x: box.x, y: box.y + box.h - 0.8, colour: MUTED }));
  return out;
}
