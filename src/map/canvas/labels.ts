// Label placement for the 2D map, as MapLibre places point labels: centred on the anchor, wrapped
// at text-max-width (8 em), each kept only where its box (plus padding) is free and on the map.
// The placed boxes are returned for hit tests ("is this point clear of every label?"). Pure:
// text width comes from a measure function.

export interface LabelRequest {
  id: string;
  text: string;
  /** screen px */
  x: number;
  y: number;
}

export interface PlacedLabel extends LabelRequest {
  lines: string[];
  /** x0, y0, x1, y1 in screen px, padding excluded */
  box: [number, number, number, number];
}

export interface LabelLayout {
  size: number;
  /** width of a line set at `size` */
  measure(text: string): number;
  width: number;
  height: number;
  maxWidthEm?: number;
  padding?: number;
}

/**
 * Words into lines no wider than `max`, broken at spaces and, as MapLibre does, after hyphens
 * ("Neunkirchen-" / "Seelscheid"); a single long word stays whole.
 */
export function wrap(text: string, max: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.match(/[^\s-]*-+|[^\s-]+/g) ?? []) {
    const next = line ? `${line}${line.endsWith('-') ? '' : ' '}${word}` : word;
    if (line && measure(next) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Places labels in order; `taken` are boxes already occupied (labels of another layer placed first). */
export function placeLabels(requests: readonly LabelRequest[], layout: LabelLayout, taken: Array<[number, number, number, number]> = []): PlacedLabel[] {
  const { size, measure, width, height } = layout;
  const pad = layout.padding ?? 2;
  const lineHeight = size * 1.2;
  const placed: PlacedLabel[] = [];
  for (const r of requests) {
    const lines = wrap(r.text, (layout.maxWidthEm ?? 8) * size, measure);
    const w = Math.max(0, ...lines.map(measure));
    const h = lines.length * lineHeight;
    const box: [number, number, number, number] = [r.x - w / 2, r.y - h / 2, r.x + w / 2, r.y + h / 2];
    if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) continue;
    const padded: [number, number, number, number] = [box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad];
    if (taken.some((b) => padded[2] > b[0] && padded[0] < b[2] && padded[3] > b[1] && padded[1] < b[3])) continue;
    taken.push(padded);
    placed.push({ ...r, lines, box });
  }
  return placed;
}
