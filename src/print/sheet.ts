// A print sheet as a list of drawing primitives in millimetres, resolved once from the
// current view; the PDF and the PNG renderer only translate primitives. Pure: no DOM.
import { roundDown, SYMBOL_OPACITY } from '../domain/symbols';

export type Paper = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

export interface SheetOptions {
  paper: Paper;
  orientation: Orientation;
  title: string;
  subtitle: string;
  note: string;
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
  legendNotes: string[];
  credits: string[];
  kreisName: string;
  created: string;
  /** metres on the ground per millimetre of the map frame, at its centre */
  metresPerMm: number;
}

export type Primitive =
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold?: boolean; colour?: string; align?: 'left' | 'right' | 'center'; maxWidth?: number }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; hatched?: boolean }
  | { kind: 'map'; x: number; y: number; w: number; h: number }
  | { kind: 'polygon'; points: Array<[number, number]>; fill: string }
  | { kind: 'circle'; x: number; y: number; r: number; fill: string; opacity: number; stroke: string }
  /** a straight stroke (chart axes, reference and regression lines); width in mm, dash in mm */
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash?: [number, number] };

export const PAPER_MM: Record<Paper, [number, number]> = { A4: [210, 297], A3: [297, 420] };

export function pageSize(paper: Paper, orientation: Orientation): { width: number; height: number } {
  const [a, b] = PAPER_MM[paper];
  return orientation === 'portrait' ? { width: a, height: b } : { width: b, height: a };
}

const MARGIN = 12;
const LEGEND_WIDTH = 62;
/** credits band above the bottom margin */
const FOOTER = 24;
/** mm between credit lines per pt of type */
const CREDIT_LEADING = 3.3 / 7;
const MM_PER_PT = 25.4 / 72;
// Average advance of Helvetica/DejaVu glyphs in em; generous so that estimated lines never overflow.
const AVERAGE_EM = 0.56;

/** Breaks text into lines that fit widthMm at a font size in pt (estimated, on word boundaries). */
export function wrap(text: string, sizePt: number, widthMm: number): string[] {
  const perLine = Math.max(8, Math.floor(widthMm / (sizePt * MM_PER_PT * AVERAGE_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (line + ' ' + word).length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * One line at the largest size from maxPt down to minPt (half-point steps) that holds the whole
 * text; only text too long even at minPt is cut, and then visibly, with an ellipsis.
 */
export function fitLine(text: string, maxPt: number, minPt: number, widthMm: number): { text: string; size: number } {
  for (let size = maxPt; size >= minPt; size -= 0.5) {
    const lines = wrap(text, size, widthMm);
    if (lines.length <= 1) return { text: lines[0] ?? '', size };
  }
  return { text: `${wrap(text, minPt, widthMm - minPt * MM_PER_PT)[0]} …`, size: minPt };
}

/** Where the map goes: the renderer must draw it at exactly this size. */
export function mapFrame(options: Pick<SheetOptions, 'paper' | 'orientation'>): { x: number; y: number; w: number; h: number } {
  const { width, height } = pageSize(options.paper, options.orientation);
  const top = MARGIN + 22;
  if (options.orientation === 'landscape') {
    const legend = options.paper === 'A3' ? LEGEND_WIDTH * 1.3 : LEGEND_WIDTH;
    return { x: MARGIN, y: top, w: width - 2 * MARGIN - legend - 6, h: height - top - MARGIN - FOOTER };
  }
  const legendBand = 62;
  return { x: MARGIN, y: top, w: width - 2 * MARGIN, h: height - top - MARGIN - FOOTER - legendBand };
}

/** Scale bar length: the longest round distance (1, 2, 5 × 10^n m) not over maxMm on paper. */
export function scaleBar(metresPerMm: number, maxMm: number): { metres: number; mm: number; label: string } {
  const metres = roundDown(metresPerMm * maxMm);
  const label = metres >= 1000 ? `${(metres / 1000).toLocaleString('de-DE')} km` : `${metres} m`;
  return { metres, mm: metres / metresPerMm, label };
}

export function layoutSheet(options: SheetOptions, content: SheetContent): Primitive[] {
  const { width, height } = pageSize(options.paper, options.orientation);
  const frame = mapFrame(options);
  const out: Primitive[] = [];
  const scaleText = options.paper === 'A3' ? 1.25 : 1;

  // Titles such as "Veränderung seit 2021: …" are long: set smaller rather than cut.
  const title = fitLine(options.title, 18 * scaleText, 11 * scaleText, width - 2 * MARGIN);
  const subtitle = fitLine(options.subtitle, 11 * scaleText, 8 * scaleText, width - 2 * MARGIN);
  out.push({ kind: 'text', x: MARGIN, y: MARGIN + 7, ...title, bold: true });
  out.push({ kind: 'text', x: MARGIN, y: MARGIN + 15, ...subtitle, colour: '#4b5563' });

  out.push({ kind: 'map', ...frame });
  out.push({ kind: 'rect', ...frame, stroke: '#1f2933' });

  // North arrow, top right inside the frame.
  const nx = frame.x + frame.w - 10;
  const ny = frame.y + 6;
  out.push({ kind: 'rect', x: nx - 5, y: ny - 2, w: 10, h: 15, fill: '#ffffff' });
  out.push({ kind: 'polygon', points: [[nx, ny], [nx + 3.5, ny + 9], [nx, ny + 7], [nx - 3.5, ny + 9]], fill: '#1f2933' });
  out.push({ kind: 'text', x: nx, y: ny + 12.5, text: 'N', size: 8, bold: true, align: 'center' });

  // Scale bar, bottom left inside the frame.
  const bar = scaleBar(content.metresPerMm, frame.w * 0.25);
  const bx = frame.x + 5;
  const by = frame.y + frame.h - 8;
  out.push({ kind: 'rect', x: bx - 2, y: by - 5, w: bar.mm + 4 + 14, h: 9, fill: '#ffffff' });
  out.push({ kind: 'rect', x: bx, y: by, w: bar.mm / 2, h: 1.6, fill: '#1f2933' });
  out.push({ kind: 'rect', x: bx + bar.mm / 2, y: by, w: bar.mm / 2, h: 1.6, fill: '#ffffff', stroke: '#1f2933' });
  out.push({ kind: 'text', x: bx, y: by - 1.2, text: '0', size: 7 });
  out.push({ kind: 'text', x: bx + bar.mm, y: by - 1.2, text: bar.label, size: 7, align: 'center' });

  // Legend: right column (landscape) or band under the map (portrait). The notes go under the
  // rows, in portrait in a column of their own beside them; rows close up (to 5 mm) rather than
  // run into the notes or the credits, whatever the classes and titles.
  const portrait = options.orientation === 'portrait';
  const lx = portrait ? MARGIN : frame.x + frame.w + 6;
  const top = portrait ? frame.y + frame.h + 8 : frame.y + 4;
  const legendWidth = portrait ? Math.min(110, width - 2 * MARGIN) : width - MARGIN - lx;
  const bottom = height - MARGIN - FOOTER;
  let ly = top;
  // In portrait the title spans rows and notes.
  for (const line of wrap(content.legendTitle, 10 * scaleText, portrait ? width - 2 * MARGIN : legendWidth)) {
    out.push({ kind: 'text', x: lx, y: ly, text: line, size: 10 * scaleText, bold: true });
    ly += 5 * scaleText;
  }
  ly += 1.5;
  const notesX = portrait ? lx + legendWidth + 8 : lx;
  const notesWidth = portrait ? width - MARGIN - notesX : legendWidth;
  const notes = [...content.legendNotes.map((text) => ({ text, emphasis: true })), ...(options.note ? [{ text: options.note, emphasis: false }] : [])].map(
    (note) => ({ ...note, lines: wrap(note.text, 8 * scaleText, notesWidth) }),
  );
  const notesHeight = notes.reduce((h, n) => h + 1 + n.lines.length * 4 * scaleText, 0);
  const rowsTop = ly;
  const room = bottom - ly - (portrait ? 0 : notesHeight);
  const rowHeight = Math.max(5, Math.min(6 * scaleText, room / Math.max(1, content.legend.length)));
  const swatch = Math.min(4.5 * scaleText, rowHeight - 1);
  // Reference circles stand in a column as wide as the largest, their labels beside it.
  const circleColumn = Math.max(0, ...content.legend.map((e) => 2 * (e.circle ?? 0)));
  const labelX = lx + Math.max(10 * scaleText, circleColumn + 2);
  // Long bounds ("0,00 bis unter 13,51") beside a long count ("184 Gebiete") are set smaller rather than
  // run into it, all rows alike.
  const labelRoom = (entry: LegendEntry) => lx + legendWidth - labelX - entry.count.length * 8.5 * scaleText * MM_PER_PT * AVERAGE_EM - 1;
  const labelPt = Math.min(8.5 * scaleText, ...content.legend.map((e) => fitLine(e.label, 8.5 * scaleText, 6 * scaleText, labelRoom(e)).size));
  for (const entry of content.legend) {
    // A circle taller than a row takes the room it needs above and below its label's middle.
    const extra = entry.circle ? Math.max(0, entry.circle - rowHeight / 2 + 0.5) : 0;
    ly += extra;
    if (entry.circle) out.push({ kind: 'circle', x: lx + circleColumn / 2, y: ly - 1.2 * scaleText, r: entry.circle, fill: entry.fill, opacity: SYMBOL_OPACITY, stroke: '#ffffff' });
    else out.push({ kind: 'rect', x: lx, y: ly - 3.4 * scaleText, w: 8 * scaleText, h: swatch, fill: entry.fill, stroke: '#6b7580', hatched: entry.hatched });
    out.push({ kind: 'text', x: labelX, y: ly, ...fitLine(entry.label, labelPt, 6 * scaleText, labelRoom(entry)) });
    out.push({ kind: 'text', x: lx + legendWidth, y: ly, text: entry.count, size: 8.5 * scaleText, colour: '#4b5563', align: 'right' });
    ly += rowHeight + extra;
  }
  let noteY = portrait ? rowsTop : ly;
  for (const note of notes) {
    noteY += 1;
    for (const line of note.lines) {
      out.push({ kind: 'text', x: notesX, y: noteY, text: line, size: 8 * scaleText, colour: note.emphasis ? '#8a3b00' : '#1f2933', bold: note.emphasis });
      noteY += 4 * scaleText;
    }
  }

  // Footer: sources and licences of everything shown, Kreis, date. More credits (the Sozialraum
  // geometry, long sources) are set smaller, down to 5.5 pt, so that they stay above the Kreis line.
  let fy = height - MARGIN - FOOTER + 5;
  const creditRoom = FOOTER - 5 - 2.5;
  let credit = { size: 7, lines: [] as string[] };
  for (let size = 7; size >= 5.5; size -= 0.5) {
    credit = { size, lines: content.credits.flatMap((c) => wrap(c, size, width - 2 * MARGIN)) };
    if ((credit.lines.length - 1) * size * CREDIT_LEADING <= creditRoom) break;
  }
  for (const line of credit.lines) {
    out.push({ kind: 'text', x: MARGIN, y: fy, text: line, size: credit.size, colour: '#4b5563' });
    fy += credit.size * CREDIT_LEADING;
  }
  out.push({ kind: 'text', x: MARGIN, y: height - MARGIN + 2, text: content.kreisName, size: 8, bold: true });
  out.push({ kind: 'text', x: width - MARGIN, y: height - MARGIN + 2, text: `Erstellt am ${content.created}`, size: 8, align: 'right' });
  return out;
}
