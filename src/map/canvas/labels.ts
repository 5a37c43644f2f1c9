// Label placement for the 2D map, as MapLibre places point labels: centred on the anchor, wrapped
// at text-max-width (8 em), each kept only where its box (plus padding) is free and on the map
// (the greedy placement of geo/label-placement.ts, which print uses too). The placed boxes are
// returned for hit tests ("is this point clear of every label?"). Pure: text width comes from a
// measure function.
import { placeFirstFree, type Rect } from '../../geo/label-placement';

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
  box: Rect;
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
export function placeLabels(requests: readonly LabelRequest[], layout: LabelLayout, taken: Rect[] = []): PlacedLabel[] {
  const { size, measure, width, height } = layout;
  const lineHeight = size * 1.2;
  const set = requests.map((r) => {
    const lines = wrap(r.text, (layout.maxWidthEm ?? 8) * size, measure);
    const w = Math.max(0, ...lines.map(measure));
    const h = lines.length * lineHeight;
    return { ...r, lines, box: [r.x - w / 2, r.y - h / 2, r.x + w / 2, r.y + h / 2] as Rect };
  });
  // Centred on its anchor or nowhere, as MapLibre's point labels.
  const spots = placeFirstFree(set, (l) => [l.box], [0, 0, width, height], taken, layout.padding ?? 2);
  return set.filter((_, i) => spots[i] === 0);
}
