// How wide a line is set in the embedded fonts, in mm, from their advance widths: the layout is
// pure (no canvas, no font engine), so it wraps, fits and places labels exactly as the PDF sets them.
import { BOLD_WIDTHS, METRIC_CHARS, REGULAR_WIDTHS } from './font-metrics';

export const MM_PER_PT = 25.4 / 72;
const INDEX = new Map([...METRIC_CHARS].map((ch, i) => [ch, i]));
// A character outside the table (rare: CJK in an imported name) counts as wide as "M".
const WIDE = { regular: REGULAR_WIDTHS[INDEX.get('M') ?? 0], bold: BOLD_WIDTHS[INDEX.get('M') ?? 0] };

export function textWidth(text: string, sizePt: number, bold = false): number {
  const widths = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let em = 0;
  for (const ch of text) {
    const i = INDEX.get(ch);
    em += i === undefined ? (bold ? WIDE.bold : WIDE.regular) : widths[i];
  }
  return (em / 1000) * sizePt * MM_PER_PT;
}

/** Breaks text into lines that fit widthMm at a font size in pt (on word boundaries; a word longer than the line stands alone). */
export function wrap(text: string, sizePt: number, widthMm: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, sizePt, bold) > widthMm) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * One line at the largest size from maxPt down to minPt (half-point steps) that holds the whole
 * text; only text too long even at minPt is cut, and then visibly, with an ellipsis.
 */
export function fitLine(text: string, maxPt: number, minPt: number, widthMm: number, bold = false): { text: string; size: number } {
  for (let size = maxPt; size >= minPt; size -= 0.5) {
    if (textWidth(text, size, bold) <= widthMm) return { text, size };
  }
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut} …`, minPt, bold) > widthMm) cut = cut.slice(0, -1).trimEnd();
  return { text: `${cut} …`, size: minPt };
}
