// A print sheet as a list of drawing primitives in millimetres, resolved once from the
// current view; the PDF and the PNG renderer only translate primitives. Pure: no DOM.
import { scaleLength } from '../geo/scale-bar';
import { defaultLocale } from '../messages/default-locale';
import type { Locale } from '../messages/locale';
import { fitLine, wrap } from './measure';
import { legendBlock, textBlock, type SheetBlock } from './blocks';
import { printTexts } from '../messages/print';

export { fitLine, textWidth, wrap } from './measure';
export type { SheetBlock } from './blocks';

export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

export interface SheetOptions {
  paper: Paper;
  orientation: Orientation;
  title: string;
  subtitle: string;
  note: string;
  /** numbers, dates and the PDF's language; the German one when not given */
  locale?: Locale;
}

export interface LegendEntry {
  label: string;
  count: string;
  fill: string;
  hatched: boolean;
  /** a reference circle of a circle map, radius in mm on paper (as drawn on the map), instead of a swatch */
  circle?: number;
}

export interface SheetContent {
  legendTitle: string;
  legend: LegendEntry[];
  /** a key drawn instead of rows (the 3×3 key of a bivariate map), with its text alternative */
  legendFigure?: { alt: string; height(width: number): number; draw(box: Box): Primitive[] };
  legendNotes: string[];
  credits: string[];
  kreisName: string;
  created: string;
  /** metres on the ground per millimetre of the map frame, at its centre */
  metresPerMm: number;
  /** the map's text alternative in the tagged PDF: the view's summary sentence, as on screen */
  summary?: string;
}

/**
 * What a tagged PDF's structure tree calls a group of primitives. Text outside any group is a
 * paragraph (P); graphics outside a Figure are decoration (artifacts), which screen readers skip.
 */
export type StructTag = 'Sect' | 'H1' | 'H2' | 'H3' | 'P' | 'Note' | 'Figure' | 'Caption' | 'Table' | 'TR' | 'TH' | 'TD' | 'L' | 'LI' | 'Lbl' | 'LBody';

export type Primitive =
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      bold?: boolean;
      colour?: string;
      align?: 'left' | 'right' | 'center';
      maxWidth?: number;
      /** a light outline around the glyphs (map labels over class colours), its colour */
      halo?: string;
      /** turned clockwise by this many degrees about (x, y) (a river's name along its course) */
      angle?: number;
    }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; hatched?: boolean }
  | { kind: 'map'; x: number; y: number; w: number; h: number }
  | { kind: 'polygon'; points: Array<[number, number]>; fill: string }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string; opacity: number; stroke: string }
  /** a straight stroke (chart axes, reference and regression lines); width in mm, dash in mm */
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash?: [number, number] }
  /** primitives that form one element of the PDF's structure tree; `alt` is a Figure's text alternative */
  | { kind: 'group'; tag: StructTag; alt?: string; children: Primitive[]; /** a TH's scope, 'Column' unless said */ scope?: 'Row' | 'Column' };

export type Leaf = Exclude<Primitive, { kind: 'group' }>;

/** The drawing primitives in drawing order, groups opened (what a renderer without structure draws). */
export function flatten(primitives: readonly Primitive[]): Leaf[] {
  return primitives.flatMap((p) => (p.kind === 'group' ? flatten(p.children) : [p]));
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const PAPER_MM: Record<Paper, [number, number]> = { A4: [210, 297], A3: [297, 420] };

export function pageSize(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const [a, b] = PAPER_MM[paper];
  return orientation === 'portrait' ? { width: a, height: b } : { width: b, height: a };
}

/** Type sizes grow with the paper: A3 is read from as far as A4, only more is on it. */
export const textScale = (paper: Paper): number => (paper === 'A3' ? 1.25 : 1);

export const MARGIN = 12;
const HEADER = 22;
const GAP = 6;
/** credits band above the bottom margin */
const FOOTER = 24;
/** mm between credit lines per pt of type */
const CREDIT_LEADING = 3.3 / 7;
/** the map keeps at least this share of the content height in portrait; blocks that would squeeze it more go overleaf */
const MIN_MAP_SHARE = 0.55;
/** a continuation page's columns are about this wide */
const COLUMN = 125;

/** Scale bar length: the longest round distance (1, 2, 5 × 10^n m) not over maxMm on paper. */
export function scaleBar(metresPerMm: number, maxMm: number): { metres: number; mm: number; label: string } {
  const { metres, units: mm } = scaleLength(metresPerMm, maxMm);
  const label = metres >= 1000 ? `${defaultLocale.auto(metres / 1000)} km` : `${metres} m`;
  return { metres, mm, label };
}

/** Where north arrow and scale bar sit in the frame: labels keep out of these boxes. */
export function frameFurniture(frame: Box, metresPerMm: number, s = 1): { north: Box; scale: Box; bar: ReturnType<typeof scaleBar> } {
  const bar = scaleBar(metresPerMm, frame.w * 0.25);
  const nx = frame.x + frame.w - 10;
  const by = frame.y + frame.h - 8;
  return {
    north: { x: nx - 5, y: frame.y + 4, w: 10, h: 15 },
    scale: { x: frame.x + 3, y: by - 5 * s, w: bar.mm + 4 + 14 * s, h: 5 * s + 4 },
    bar,
  };
}

export interface SheetLayout {
  /** where the map goes: the renderer draws it at exactly this size */
  frame: Box;
  /** page 1 is the map sheet; blocks that do not fit on it continue on further pages */
  pages: Primitive[][];
  /** the boxes of every block on each page (headings included), for tests and for the map layer */
  boxes: Array<Array<{ id: string; box: Box }>>;
}

/**
 * The sheet: title, map frame (its contents from `mapLayer`, called with the final frame), the
 * legend and the optional blocks beside (landscape) or below (portrait) the map, credits. Blocks
 * that do not fit beside the map, and the rest of a long table, go on continuation pages.
 */
export function layoutSheet(
  options: SheetOptions,
  content: SheetContent,
  blocks: readonly SheetBlock[] = [],
  mapLayer: (frame: Box) => Primitive[] = () => [],
): SheetLayout {
  const { width, height } = pageSize(options.paper, options.orientation);
  const s = textScale(options.paper);
  const portrait = options.orientation === 'portrait';
  const top = MARGIN + HEADER;
  const bottom = height - MARGIN - FOOTER;
  const inner = width - 2 * MARGIN;
  // The summary sentence (the map's alt text) also stands on paper where there is room for it,
  // after the blocks asked for; it never goes overleaf.
  const glance = content.summary ? [textBlock('summary', printTexts.summaryTitle, content.summary)] : [];
  const legend = legendBlock(content, options.note, portrait && !blocks.length && !glance.length);

  let frame: Box;
  const placed: Array<{ id: string; box: Box; block: SheetBlock }> = [];
  let rest: SheetBlock[] = [];
  if (!portrait) {
    const side = (options.paper === 'A3' ? 80 : 62) * (blocks.length ? 1.15 : 1);
    frame = { x: MARGIN, y: top, w: inner - side - GAP, h: bottom - top };
    const column = { x: frame.x + frame.w + GAP, y: top + 2, w: side, h: bottom - top - 2 };
    rest = stack([legend, ...blocks, ...glance], column, s, placed, true).filter((b) => b.id !== 'summary');
  } else {
    // The band under the map holds two columns, the legend heading the left; each block goes to
    // the shorter column while the band leaves the map its share, the rest overleaf. The band is
    // as tall as its taller column, the map takes all above it.
    const half = (inner - GAP) / 2;
    const legendW = blocks.length || glance.length ? half : inner;
    const legendH = legend.height(legendW, s);
    const room = Math.max((bottom - top) * (1 - MIN_MAP_SHARE) - GAP, legendH);
    const columns: Array<{ blocks: SheetBlock[]; h: number }> = [{ blocks: [legend], h: legendH }, { blocks: [], h: 0 }];
    for (const block of [...blocks, ...glance]) {
      const h = block.height(half, s) + heading(block, half, s);
      const need = (c: { blocks: SheetBlock[]; h: number }) => c.h + (c.blocks.length ? GAP : 0) + h;
      const target = [...columns].sort((a, b) => a.h - b.h).find((c) => need(c) <= room);
      if (!target) {
        if (block.id !== 'summary') rest.push(block);
        continue;
      }
      target.h = need(target);
      target.blocks.push(block);
    }
    const band = Math.max(...columns.map((c) => c.h));
    frame = { x: MARGIN, y: top, w: inner, h: bottom - top - band - GAP - 2 };
    const bandTop = frame.y + frame.h + GAP;
    columns.forEach((c, i) => stack(c.blocks, { x: MARGIN + i * (half + GAP), y: bandTop, w: i === 0 ? legendW : half, h: band + 2 }, s, placed, false));
  }

  const first: Primitive[] = [...header(options, width, s), mapFigure(frame, content, mapLayer(frame), s)];
  for (const { block, box } of placed) first.push(...drawBlock(block, box, s));
  first.push(...footer(content, width, height));

  const pages = [first];
  const boxes = [placed.map(({ id, box }) => ({ id, box }))];
  // Continuation pages: the blocks left over, in columns, a long table split over as many as it needs.
  const columns = Math.max(1, Math.floor((inner + GAP) / (COLUMN + GAP)));
  const colW = (inner - (columns - 1) * GAP) / columns;
  let guard = 0;
  while (rest.length && guard++ < 50) {
    const onPage: typeof placed = [];
    for (let c = 0; c < columns && rest.length; c++) {
      rest = stack(rest, { x: MARGIN + c * (colW + GAP), y: top, w: colW, h: bottom - top }, s, onPage, true);
    }
    if (!onPage.length) break;
    const page: Primitive[] = [...header({ ...options, title: printTexts.continued(options.title) }, width, s, 'P')];
    for (const { block, box } of onPage) page.push(...drawBlock(block, box, s));
    page.push(...footer(content, width, height));
    pages.push(page);
    boxes.push(onPage.map(({ id, box }) => ({ id, box })));
  }
  return { frame, pages, boxes };
}

/** A block's heading: up to three lines above it (a long indicator name wraps, it is not cut). */
const headingLines = (block: SheetBlock, w: number, s: number) => (block.title ? wrap(block.title, 9.5 * s, w, true).slice(0, 3) : []);
const heading = (block: SheetBlock, w: number, s: number) => {
  const n = headingLines(block, w, s).length;
  return n ? n * 4.3 * s + 1.8 * s : 0;
};

/**
 * Puts blocks one under another into `area` as long as they fit; a block that can be split
 * gives the part that fits and continues. Returns the blocks (or rests) that did not fit.
 */
function stack(blocks: readonly SheetBlock[], area: Box, s: number, out: Array<{ id: string; box: Box; block: SheetBlock }>, split: boolean): SheetBlock[] {
  let y = area.y;
  for (const [i, block] of blocks.entries()) {
    const room = area.y + area.h - y;
    let h = block.height(area.w, s) + heading(block, area.w, s);
    // The legend belongs beside its map whatever its length: it closes up its rows to fit.
    if (block.id === 'legend') h = Math.min(h, room);
    if (h <= room) {
      out.push({ id: block.id, block, box: { x: area.x, y, w: area.w, h } });
      y += h + GAP;
      continue;
    }
    const parts = split && block.split ? block.split(room - heading(block, area.w, s), area.w, s) : null;
    if (parts) {
      const [head, tail] = parts;
      const hh = head.height(area.w, s) + heading(head, area.w, s);
      out.push({ id: head.id, block: head, box: { x: area.x, y, w: area.w, h: hh } });
      return [tail, ...blocks.slice(i + 1)];
    }
    return blocks.slice(i);
  }
  return [];
}

/** A block as a section: its heading (H2) and what it draws below. */
function drawBlock(block: SheetBlock, box: Box, s: number): Primitive[] {
  const lines = headingLines(block, box.w, s);
  const h = heading(block, box.w, s);
  const title: Primitive[] = lines.length
    ? [{ kind: 'group', tag: 'H2', children: lines.map((line, i) => ({ kind: 'text', x: box.x, y: box.y + 3.6 * s + i * 4.3 * s, text: line, size: 9.5 * s, bold: true })) }]
    : [];
  return [{ kind: 'group', tag: 'Sect', children: [...title, ...block.draw({ x: box.x, y: box.y + h, w: box.w, h: box.h - h }, s)] }];
}

/** Title and subtitle; a continuation page repeats the title as a paragraph, so that a reader's list of headings names each sheet once. */
function header(options: SheetOptions, width: number, s: number, tag: StructTag = 'H1'): Primitive[] {
  // Titles such as "Veränderung seit 2021: …" are long: set smaller rather than cut.
  const title = fitLine(options.title, 18 * s, 11 * s, width - 2 * MARGIN, true);
  const subtitle = fitLine(options.subtitle, 11 * s, 8 * s, width - 2 * MARGIN);
  return [
    { kind: 'group', tag, children: [{ kind: 'text', x: MARGIN, y: MARGIN + 7, ...title, bold: true }] },
    ...(options.subtitle ? [{ kind: 'group', tag: 'P', children: [{ kind: 'text', x: MARGIN, y: MARGIN + 15, ...subtitle, colour: '#4b5563' }] } as Primitive] : []),
  ];
}

/** The map with what belongs to it (labels, north arrow, scale bar) as one Figure. */
function mapFigure(frame: Box, content: SheetContent, layer: Primitive[], s: number): Primitive {
  const { north, scale, bar } = frameFurniture(frame, content.metresPerMm, s);
  const nx = north.x + 5;
  const ny = north.y + 2;
  const bx = frame.x + 5;
  const by = frame.y + frame.h - 8;
  return {
    kind: 'group',
    tag: 'Figure',
    alt: content.summary ?? content.legendTitle,
    children: [
      { kind: 'map', ...frame },
      ...layer,
      { kind: 'rect', ...frame, stroke: '#1f2933' },
      { kind: 'rect', ...north, fill: '#ffffff' },
      { kind: 'polygon', points: [[nx, ny], [nx + 3.5, ny + 9], [nx, ny + 7], [nx - 3.5, ny + 9]], fill: '#1f2933' },
      { kind: 'text', x: nx, y: ny + 12.5, text: 'N', size: 8, bold: true, align: 'center' },
      { kind: 'rect', ...scale, fill: '#ffffff' },
      { kind: 'rect', x: bx, y: by, w: bar.mm / 2, h: 1.6, fill: '#1f2933' },
      { kind: 'rect', x: bx + bar.mm / 2, y: by, w: bar.mm / 2, h: 1.6, fill: '#ffffff', stroke: '#1f2933' },
      { kind: 'text', x: bx, y: by - 1.2, text: '0', size: 7 * s },
      { kind: 'text', x: bx + bar.mm, y: by - 1.2, text: bar.label, size: 7 * s, align: 'center' },
    ],
  };
}

/**
 * Sources and licences of everything shown, Kreis, date. More credits (the Sozialraum geometry,
 * long sources) are set smaller, down to 5.5 pt, so that they stay above the Kreis line.
 */
function footer(content: SheetContent, width: number, height: number): Primitive[] {
  let fy = height - MARGIN - FOOTER + 5;
  const creditRoom = FOOTER - 5 - 2.5;
  let credit = { size: 7, lines: [] as string[] };
  for (let size = 7; size >= 5.5; size -= 0.5) {
    credit = { size, lines: content.credits.flatMap((c) => wrap(c, size, width - 2 * MARGIN)) };
    if ((credit.lines.length - 1) * size * CREDIT_LEADING <= creditRoom) break;
  }
  const lines: Primitive[] = [];
  for (const line of credit.lines) {
    lines.push({ kind: 'text', x: MARGIN, y: fy, text: line, size: credit.size, colour: '#4b5563' });
    fy += credit.size * CREDIT_LEADING;
  }
  return [
    { kind: 'group', tag: 'P', children: lines },
    { kind: 'group', tag: 'P', children: [{ kind: 'text', x: MARGIN, y: height - MARGIN + 2, text: content.kreisName, size: 8, bold: true }] },
    { kind: 'group', tag: 'P', children: [{ kind: 'text', x: width - MARGIN, y: height - MARGIN + 2, text: printTexts.created(content.created), size: 8, align: 'right' }] },
  ];
}

