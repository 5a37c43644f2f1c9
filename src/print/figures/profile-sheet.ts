// The Gebietsprofil as A4 portrait pages of print primitives: every indicator of the area grouped
// by topic, value, Kreis (and Gemeinde), rank, a dot on the range of all areas of the level and
// the change since the year before; every source with licence and vintage at the end. Real text,
// so that the PDF can be searched and read aloud. Pure: no DOM.
import { formatCell, formatNumber, formatSignedNumber } from '../../messages/default-locale';
import type { Cell, Indicator } from '../../domain/types';
import type { AreaProfile, ProfileRow } from '../../state/profile-rows';
import { pageSize, wrap, type Primitive } from '../sheet';
import { fitted, GRID, INK, MUTED } from './figure-kit';
import { printTexts } from '../../messages/print';
import { analysisTexts } from '../../messages/analysis';

export interface ProfileSheetOptions {
  kreisName: string;
  /** "1. Dezember 2026" */
  created: string;
  /** e.g. "Gemeinde" or "Sozialraum" */
  levelName: string;
}

const { width: W, height: H } = pageSize('A4', 'portrait');
const MARGIN = 12;
const ROW = 3.7;
const PT = 6.5;
const FOOT = 8;

/** Column right edges (numbers) and the range chart, in mm from the left edge of the paper. */
function columns(withParent: boolean) {
  const label = { x: MARGIN, w: withParent ? 70 : 84 };
  let x = label.x + label.w + 16;
  const value = x;
  const kreis = (x += 15);
  const parent = withParent ? (x += 15) : null;
  const rank = (x += 13);
  const range = { x1: x + 4, x2: x + 28 };
  const trend = range.x2 + 3;
  return { label, value, kreis, parent, rank, range, trend };
}

/** One page or more: rows that do not fit go on, under the repeated head; the sources close the last page. */
export function profileSheet(profile: AreaProfile, options: ProfileSheetOptions): Primitive[][] {
  const c = columns(profile.parent !== null);
  const pages: Primitive[][] = [];
  let page: Primitive[] = [];
  // One table a page, as a screen reader walks it: the column heads, each topic a row of its
  // own, then its indicators with the indicator as each row's header.
  let table: Primitive[] = [];
  let y = 0;
  const head = () => {
    const h = (text: string, x: number, align: 'left' | 'right'): Primitive => ({ kind: 'group', tag: 'TH', children: [{ kind: 'text', x, y, text, size: PT, bold: true, align }] });
    const cells = [h(printTexts.profile.head.indicator, c.label.x, 'left'), h(printTexts.profile.head.value, c.value, 'right'), h(printTexts.profile.head.kreis, c.kreis, 'right')];
    if (c.parent !== null) cells.push(h(printTexts.profile.head.parent, c.parent, 'right'));
    cells.push(h(printTexts.profile.head.rank, c.rank, 'right'), h(printTexts.profile.head.range, c.range.x1, 'left'), h(printTexts.profile.head.trend, c.trend, 'left'));
    table.push({ kind: 'group', tag: 'TR', children: cells });
    page.push({ kind: 'line', x1: MARGIN, x2: W - MARGIN, y1: y + 1.2, y2: y + 1.2, stroke: INK, width: 0.3 });
    y += ROW + 0.5;
  };
  const startPage = (first: boolean) => {
    page = [];
    table = [];
    pages.push(page);
    y = MARGIN + 6;
    if (first) {
      page.push({ kind: 'group', tag: 'H1', children: [fitted(printTexts.profile.title(profile.area.name), 16, 11, W - 2 * MARGIN, { x: MARGIN, y, bold: true })] });
      y += 6;
      const within = printTexts.profile.within(options.levelName, profile.parent?.name ?? null, options.kreisName);
      const intro: Primitive[] = [fitted(printTexts.profile.intro(within), 9, 7, W - 2 * MARGIN, { x: MARGIN, y, colour: MUTED })];
      y += 5;
      for (const line of wrap(printTexts.profile.legend, 6.5, W - 2 * MARGIN)) {
        intro.push({ kind: 'text', x: MARGIN, y, text: line, size: 6.5, colour: MUTED });
        y += 3;
      }
      page.push({ kind: 'group', tag: 'P', children: intro });
    } else {
      page.push({ kind: 'group', tag: 'P', children: [fitted(printTexts.profile.continued(profile.area.name), 10, 8, W - 2 * MARGIN, { x: MARGIN, y, bold: true })] });
    }
    y += 4;
    head();
    page.push({ kind: 'group', tag: 'Table', children: table });
  };
  const bottom = H - MARGIN - FOOT;
  startPage(true);
  for (const group of profile.groups) {
    if (y + 2 * ROW + 2 > bottom) startPage(false);
    y += 1.5;
    table.push({ kind: 'group', tag: 'TR', children: [{ kind: 'group', tag: 'TH', scope: 'Row', children: [{ kind: 'text', x: MARGIN, y, text: group.topic, size: 7.5, bold: true }] }] });
    y += ROW;
    for (const r of group.rows) {
      if (y + ROW > bottom) startPage(false);
      row(page, table, r, c, y);
      y += ROW;
    }
  }
  // Every source once, with licence and vintage; then the Kreis and the date on every page.
  const sources = [...new Set(profile.groups.flatMap((g) => g.rows.map((r) => (r.sample ? printTexts.profile.sampleSource : printTexts.profile.source(r.indicator.source, r.indicator.license, r.indicator.vintage)))))];
  const lines = sources.flatMap((s) => wrap(s, 5.5, W - 2 * MARGIN));
  if (y + 7 + lines.length * 2.5 > bottom) startPage(false);
  y += 4;
  page.push({ kind: 'group', tag: 'H2', children: [{ kind: 'text', x: MARGIN, y, text: printTexts.profile.sources, size: 7, bold: true }] });
  y += 3;
  const credits: Primitive[] = [];
  for (const line of lines) {
    credits.push({ kind: 'text', x: MARGIN, y, text: line, size: 5.5, colour: MUTED });
    y += 2.5;
  }
  page.push({ kind: 'group', tag: 'P', children: credits });
  pages.forEach((p, i) => {
    p.push({ kind: 'group', tag: 'P', children: [{ kind: 'text', x: MARGIN, y: H - MARGIN + 2, text: options.kreisName, size: 8, bold: true }] });
    p.push({ kind: 'group', tag: 'P', children: [{ kind: 'text', x: W - MARGIN, y: H - MARGIN + 2, text: printTexts.profile.footer(options.created, i + 1, pages.length), size: 8, align: 'right' }] });
  });
  return pages;
}

/** Short marks where a column has no number: the long words would run into the next column. */
const short = (cell: Cell, indicator: Pick<Indicator, 'decimals'>) =>
  cell.kind === 'value' ? formatCell(cell, { decimals: indicator.decimals, unit: '' }) : cell.kind === 'suppressed' ? printTexts.profile.suppressedShort : printTexts.profile.missingShort;

function row(page: Primitive[], table: Primitive[], r: ProfileRow, c: ReturnType<typeof columns>, y: number): void {
  const ind = r.indicator;
  const unit = [ind.unit, r.year].filter((x) => x !== null && x !== '').join(', ');
  const td = (...children: Primitive[]): Primitive => ({ kind: 'group', tag: 'TD', children });
  const cells: Primitive[] = [
    { kind: 'group', tag: 'TH', scope: 'Row', children: [fitted(`${ind.label}${unit ? ` (${unit})` : ''}${r.sample ? printTexts.profile.sampleMark : ''}`, PT, 5, c.value - 14 - c.label.x, { x: c.label.x, y })] },
    td({ kind: 'text', x: c.value, y, text: short(r.cell, ind), size: PT, align: 'right', bold: true }),
    td({ kind: 'text', x: c.kreis, y, text: r.kreis === null ? '–' : formatNumber(r.kreis, ind.decimals), size: PT, align: 'right' }),
  ];
  if (c.parent !== null) cells.push(td({ kind: 'text', x: c.parent, y, text: r.parent ? short(r.parent, ind) : '–', size: PT, align: 'right' }));
  cells.push(td({ kind: 'text', x: c.rank, y, text: r.rank === null ? '–' : `${r.rank}/${r.of}`, size: PT, align: 'right' }));
  // The dot on its range says with marks what value, Kreis and rank say in words: decoration.
  if (r.range) {
    const [lo, hi] = r.range;
    const at = (v: number) => c.range.x1 + (c.range.x2 - c.range.x1) * (hi === lo ? 0.5 : (v - lo) / (hi - lo));
    const mid = y - 0.8;
    page.push({ kind: 'line', x1: c.range.x1, x2: c.range.x2, y1: mid, y2: mid, stroke: GRID, width: 0.5 });
    if (r.kreis !== null && r.kreis >= lo && r.kreis <= hi) page.push({ kind: 'line', x1: at(r.kreis), x2: at(r.kreis), y1: mid - 1.2, y2: mid + 1.2, stroke: INK, width: 0.35 });
    // The 95 % interval as a bar under the dot, held inside the range (as on screen beneath the value).
    if (r.interval) {
      const clamp = (v: number) => at(Math.max(lo, Math.min(hi, v)));
      page.push({ kind: 'line', x1: clamp(r.interval.lower), x2: clamp(r.interval.upper), y1: mid, y2: mid, stroke: '#8fb8dc', width: 1.1 });
    }
    if (r.cell.kind === 'value') page.push({ kind: 'circle', x: at(r.cell.value), y: mid, r: 0.9, fill: '#005ea8', opacity: 1, stroke: '#ffffff' });
  }
  cells.push(td());
  // The sign carries the direction (±0 for no change): arrows are not in the PDF fonts' code page.
  cells.push(r.trend ? td({ kind: 'text', x: c.trend, y, text: analysisTexts.since(formatSignedNumber(r.trend.change, ind.decimals), r.trend.fromYear), size: PT }) : td());
  table.push({ kind: 'group', tag: 'TR', children: cells });
  page.push({ kind: 'line', x1: MARGIN, x2: W - MARGIN, y1: y + 1.1, y2: y + 1.1, stroke: GRID, width: 0.1 });
}
