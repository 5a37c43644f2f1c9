// The blocks of a sheet besides the map: legend, tables (data table, comparison), charts. Each
// block says how tall it is at a width and draws itself into a box; a table also splits, so that
// a long one continues on the next page. A new block is one object of this shape (see
// `figureBlock` for a figure function that draws primitives into a box). Pure: no DOM.
import { scaleLinear } from 'd3-scale';
import { SYMBOL_OPACITY } from '../domain/symbols';
import { fitLine, textWidth, wrap } from './measure';
import type { Box, LegendEntry, Primitive, SheetContent } from './sheet';
import { printTexts } from '../messages/print';

export interface SheetBlock {
  /** stable name ("legend", "table", "chart", …): tests and continuation parts refer to it */
  id: string;
  /** heading set above the block (H2); '' for none */
  title: string;
  /** mm the block needs below its heading at a width; `s` is the paper's text scale */
  height(width: number, s: number): number;
  /** the block's primitives in `box` (below its heading), tagged as the PDF's structure needs */
  draw(box: Box, s: number): Primitive[];
  /** the part that fits `height` and the rest, or null when not even a part fits; blocks without it move whole */
  split?(height: number, width: number, s: number): [SheetBlock, SheetBlock] | null;
}

const INK = '#1f2933';
const MUTED = '#4b5563';

/** A figure function's output (a chart, a scatterplot, an area profile) as a block of fixed aspect. */
export function figureBlock(id: string, title: string, alt: string, aspect: number, draw: (box: Box, s: number) => Primitive[]): SheetBlock {
  return {
    id,
    title,
    height: (w) => w * aspect,
    draw: (box, s) => [{ kind: 'group', tag: 'Figure', alt, children: draw(box, s) }],
  };
}

/** A paragraph. */
export function textBlock(id: string, title: string, text: string): SheetBlock {
  const lines = (w: number, s: number) => wrap(text, 8.5 * s, w);
  return {
    id,
    title,
    height: (w, s) => lines(w, s).length * 4.2 * s + 1,
    draw: (box, s) => [
      { kind: 'group', tag: 'P', children: lines(box.w, s).map((line, i) => ({ kind: 'text', x: box.x, y: box.y + 3.2 * s + i * 4.2 * s, text: line, size: 8.5 * s, colour: INK })) },
    ],
  };
}

/** Legend rows as a table (swatch and bounds, count), then the notes; `wide`: notes in a column beside the rows. */
export function legendBlock(content: SheetContent, note: string, wide: boolean): SheetBlock {
  const notes = [...content.legendNotes.map((text) => ({ text, emphasis: true })), ...(note ? [{ text: note, emphasis: false }] : [])];
  const rowsW = (w: number) => (wide ? Math.min(110, w * 0.55) : w);
  const titleLines = (w: number, s: number) => wrap(content.legendTitle, 10 * s, w, true);
  const notesHeight = (w: number, s: number) => notes.reduce((h, n) => h + 1 + wrap(n.text, 8 * s, w, n.emphasis).length * 4 * s, 0);
  const extra = (e: LegendEntry, row: number) => (e.circle ? Math.max(0, e.circle - row / 2 + 0.5) : 0);
  const figure = content.legendFigure;
  const rowsHeight = (row: number) => content.legend.reduce((h, e) => h + row + 2 * extra(e, row), 0);
  const figureHeight = (w: number) => (figure ? figure.height(rowsW(w)) : 0);
  const notesW = (w: number) => (wide ? w - rowsW(w) - 8 : w);
  const height = (w: number, s: number) => {
    const head = titleLines(w, s).length * 5 * s + 1.5;
    const rows = figureHeight(w) + rowsHeight(6 * s);
    return head + (wide ? Math.max(rows, notesHeight(notesW(w), s)) : rows + notesHeight(w, s));
  };
  return {
    id: 'legend',
    title: '',
    height,
    draw(box, s) {
      const out: Primitive[] = [];
      let y = box.y + 3.5 * s;
      const title: Primitive[] = titleLines(box.w, s).map((line, i) => ({ kind: 'text', x: box.x, y: y + i * 5 * s, text: line, size: 10 * s, bold: true }));
      out.push({ kind: 'group', tag: 'H2', children: title });
      y += title.length * 5 * s + 1.5;
      const rw = rowsW(box.w);
      if (figure) {
        const h = figureHeight(box.w);
        out.push({ kind: 'group', tag: 'Figure', alt: figure.alt, children: figure.draw({ x: box.x, y: y - 3.5 * s, w: rw, h }) });
        y += h;
      }
      const nh = notesHeight(notesW(box.w), s);
      // Rows close up (to 5 mm) rather than run out of the box, whatever the classes and notes.
      const room = box.y + box.h - y - (wide ? 0 : nh);
      const row = Math.max(5, Math.min(6 * s, (room * 6 * s) / Math.max(1, rowsHeight(6 * s))));
      const swatch = Math.min(4.5 * s, row - 1);
      const circleColumn = Math.max(0, ...content.legend.map((e) => 2 * (e.circle ?? 0)));
      const labelX = box.x + Math.max(10 * s, circleColumn + 2);
      // Long bounds beside a long count are set smaller rather than run into it, all rows alike.
      const labelRoom = (e: LegendEntry) => box.x + rw - labelX - textWidth(e.count, 8.5 * s) - 1.5;
      const labelPt = Math.min(8.5 * s, ...content.legend.map((e) => fitLine(e.label, 8.5 * s, 6 * s, labelRoom(e)).size));
      const rows: Primitive[] = [];
      for (const entry of content.legend) {
        const ex = extra(entry, row);
        y += ex;
        const mark: Primitive = entry.circle
          ? { kind: 'circle', x: box.x + circleColumn / 2, y: y - 1.2 * s, r: entry.circle, fill: entry.fill, opacity: SYMBOL_OPACITY, stroke: '#ffffff' }
          : { kind: 'rect', x: box.x, y: y - 3.4 * s, w: 8 * s, h: swatch, fill: entry.fill, stroke: '#6b7580', hatched: entry.hatched };
        rows.push({
          kind: 'group',
          tag: 'TR',
          children: [
            // The class is the row's header: a reader hears "1: 6,0 bis unter 7,4, 4 Gebiete".
            { kind: 'group', tag: 'TH', scope: 'Row', children: [mark, { kind: 'text', x: labelX, y, ...fitLine(entry.label, labelPt, 6 * s, labelRoom(entry)) }] },
            { kind: 'group', tag: 'TD', children: entry.count ? [{ kind: 'text', x: box.x + rw, y, text: entry.count, size: 8.5 * s, colour: MUTED, align: 'right' }] : [] },
          ],
        });
        y += row + ex;
      }
      if (rows.length) out.push({ kind: 'group', tag: 'Table', children: rows });
      const nx = wide ? box.x + rw + 8 : box.x;
      let ny = wide ? box.y + 3.5 * s + title.length * 5 * s + 1.5 : y;
      for (const n of notes) {
        ny += 1;
        const lines: Primitive[] = wrap(n.text, 8 * s, notesW(box.w), n.emphasis).map((line, i) => ({
          kind: 'text',
          x: nx,
          y: ny + i * 4 * s,
          text: line,
          size: 8 * s,
          colour: n.emphasis ? '#8a3b00' : INK,
          bold: n.emphasis,
        }));
        ny += lines.length * 4 * s;
        out.push({ kind: 'group', tag: 'Note', children: lines });
      }
      return out;
    },
  };
}

export interface TableSpec {
  id: string;
  title: string;
  header: string[];
  rows: Array<{ cells: string[]; colour?: string; hatched?: boolean }>;
  /** right-aligned columns (numbers) */
  numeric: boolean[];
  /** a colour swatch before the first cell (the class colour) */
  swatches?: boolean;
}

/** A table with a header row; long tables split row-wise, the header repeated on each part. */
export function tableBlock(spec: TableSpec): SheetBlock {
  const rowH = (s: number) => 4.3 * s;
  const size = (s: number) => 7.5 * s;
  const height = (_w: number, s: number) => (spec.rows.length + 1) * rowH(s) + 1;
  return {
    id: spec.id,
    title: spec.title,
    height,
    split(h, _w, s) {
      const fit = Math.floor((h - 1) / rowH(s)) - 1;
      if (fit < 3 || fit >= spec.rows.length) return null;
      return [
        tableBlock({ ...spec, rows: spec.rows.slice(0, fit) }),
        tableBlock({ ...spec, title: spec.title.endsWith(printTexts.continuedMark) ? spec.title : printTexts.continued(spec.title), rows: spec.rows.slice(fit) }),
      ];
    },
    draw(box, s) {
      const pt = size(s);
      const sw = spec.swatches ? 4 * s : 0;
      // Number columns as wide as their widest entry, the first (names) takes the rest; all in
      // one size, a name too long for its column cut visibly.
      const widths = spec.header.map((h, c) => Math.max(textWidth(h, pt, true), ...spec.rows.map((r) => textWidth(r.cells[c] ?? '', pt))) + 2.5);
      const others = widths.slice(1).reduce((a, b) => a + b, 0);
      const scale = Math.min(1, (box.w - sw) * 0.65 / Math.max(others, 1));
      for (let c = 1; c < widths.length; c++) widths[c] *= scale;
      widths[0] = box.w - sw - others * scale;
      const xs: number[] = [];
      let x = box.x + sw;
      for (const w of widths) {
        xs.push(x);
        x += w;
      }
      const cellText = (text: string, c: number, y: number, bold: boolean): Primitive => {
        const fitted = fitLine(text, pt, pt, widths[c] - 1.5, bold);
        return spec.numeric[c] ? { kind: 'text', x: xs[c] + widths[c] - 1, y, ...fitted, bold, align: 'right' } : { kind: 'text', x: xs[c], y, ...fitted, bold };
      };
      let y = box.y + rowH(s) - 1.2;
      const rows: Primitive[] = [
        { kind: 'group', tag: 'TR', children: spec.header.map((h, c) => ({ kind: 'group', tag: 'TH', children: [cellText(h, c, y, true)] }) as Primitive) },
        { kind: 'line', x1: box.x, y1: y + 1.3, x2: box.x + box.w, y2: y + 1.3, stroke: INK, width: 0.25 },
      ];
      for (const [i, row] of spec.rows.entries()) {
        y += rowH(s);
        const cells: Primitive[] = row.cells.map((text, c) => ({ kind: 'group', tag: 'TD', children: [cellText(text, c, y, false)] }));
        const deco: Primitive[] = [];
        if (i % 2 === 1) deco.push({ kind: 'rect', x: box.x, y: y - rowH(s) + 1.3, w: box.w, h: rowH(s), fill: '#f3f4f6' });
        if (spec.swatches && row.colour) deco.push({ kind: 'rect', x: box.x, y: y - 2.6 * s, w: 2.8 * s, h: 2.8 * s, fill: row.colour, stroke: '#6b7580', hatched: row.hatched });
        rows.push(...deco, { kind: 'group', tag: 'TR', children: cells });
      }
      return [{ kind: 'group', tag: 'Table', children: rows }];
    },
  };
}

export interface ChartLine {
  label: string;
  role: 'area' | 'parent' | 'kreis';
  points: Array<{ year: number; value: number | null }>;
}

const LINE_STYLE: Record<ChartLine['role'], { colour: string; dash?: [number, number]; width: number }> = {
  area: { colour: '#1d4e89', width: 0.6 },
  parent: { colour: '#b45309', width: 0.45 },
  kreis: { colour: '#4b5563', width: 0.4, dash: [1.2, 0.8] },
};

/** The selected area over the years beside its Gemeinde and the Kreis, as the screen's time chart. */
export function chartBlock(title: string, alt: string, lines: readonly ChartLine[], format: (v: number) => string, marked: number | null): SheetBlock {
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
  const values = lines.flatMap((l) => l.points.flatMap((p) => (p.value === null ? [] : [p.value])));
  return figureBlock('chart', title, alt, 0.62, (box, s) => {
    const pt = 7 * s;
    const keyH = lines.length * 3.8 * s;
    const left = box.x + Math.max(...[0, ...values].map((v) => textWidth(format(v), pt))) + 2;
    const plot = { x: left, y: box.y + 2, w: box.x + box.w - left - 3, h: box.h - keyH - 8 * s };
    let [lo, hi] = [Math.min(...values), Math.max(...values)];
    if (!values.length) [lo, hi] = [0, 1];
    if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
    const x = scaleLinear().domain([years[0] ?? 0, years.at(-1) ?? 1]).range([plot.x, plot.x + plot.w]);
    const y = scaleLinear().domain([lo, hi]).nice(4).range([plot.y + plot.h, plot.y]);
    const out: Primitive[] = [];
    for (const v of y.ticks(4)) {
      out.push({ kind: 'line', x1: plot.x, y1: y(v), x2: plot.x + plot.w, y2: y(v), stroke: '#d1d5db', width: 0.15 });
      out.push({ kind: 'text', x: plot.x - 1.5, y: y(v) + 1, text: format(v), size: pt, colour: MUTED, align: 'right' });
    }
    const shownYears = years.length <= 7 ? years : years.filter((_, i) => i % Math.ceil(years.length / 6) === 0);
    for (const year of shownYears) out.push({ kind: 'text', x: x(year), y: plot.y + plot.h + 4 * s, text: String(year), size: pt, colour: year === marked ? INK : MUTED, bold: year === marked, align: 'center' });
    if (marked !== null && years.includes(marked)) out.push({ kind: 'line', x1: x(marked), y1: plot.y, x2: x(marked), y2: plot.y + plot.h, stroke: '#9ca3af', width: 0.3, dash: [0.8, 0.8] });
    out.push({ kind: 'line', x1: plot.x, y1: plot.y + plot.h, x2: plot.x + plot.w, y2: plot.y + plot.h, stroke: INK, width: 0.25 });
    for (const [i, l] of lines.entries()) {
      const style = LINE_STYLE[l.role];
      l.points.forEach((p, j) => {
        const q = l.points[j + 1];
        if (p.value !== null && q && q.value !== null) out.push({ kind: 'line', x1: x(p.year), y1: y(p.value), x2: x(q.year), y2: y(q.value), stroke: style.colour, width: style.width, dash: style.dash });
        if (p.value !== null) out.push({ kind: 'circle', x: x(p.year), y: y(p.value), r: 0.7, fill: style.colour, opacity: 1, stroke: '#ffffff' });
      });
      const ky = plot.y + plot.h + 8 * s + i * 3.8 * s;
      out.push({ kind: 'line', x1: box.x, y1: ky - 1, x2: box.x + 6, y2: ky - 1, stroke: style.colour, width: style.width + 0.2, dash: style.dash });
      out.push({ kind: 'text', x: box.x + 8, y: ky, ...fitLine(l.label, pt, 6, box.w - 8), colour: INK });
    }
    return out;
  });
}
