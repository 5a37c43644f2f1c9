// Label placement for the 2D map, as MapLibre places point labels: centred on the anchor, wrapped
// at text-max-width (8 em), each kept only where its box (plus padding) is free and on the map
// (the greedy placement of geo/label-placement.ts, which print uses too). The placed boxes are
// returned for hit tests ("is this point clear of every label?"). While point marks are shown, a
// label may also stand at the spots around its anchor (geo/label-placement.ts, as MapLibre's
// text-variable-anchor) and keeps clear of the marks. Pure: text width comes from a measure function.
import { placeFirstFree, spotsAround, type Blocked, type Rect, type SpotAnchor } from '../../geo/label-placement';

export interface LabelRequest {
  id: string;
  text: string;
  /** screen px */
  x: number;
  y: number;
}

/** A placed label: `x`, `y` the middle of its box (its anchor, unless it gave way to a mark). */
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
  /** the spots tried after the centred one fails, and the gap to the anchor (px); none: centred or nowhere */
  around?: { anchors: readonly SpotAnchor[]; gap: readonly [number, number] };
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

/**
 * Places labels in order; `taken` are boxes already occupied (labels of another layer placed
 * first), `blocked` the point marks' boxes (padding included).
 */
export function placeLabels(requests: readonly LabelRequest[], layout: LabelLayout, taken: Rect[] = [], blocked?: Blocked): PlacedLabel[] {
  const { size, measure, width, height, around } = layout;
  const lineHeight = size * 1.2;
  const set = requests.map((r) => {
    const lines = wrap(r.text, (layout.maxWidthEm ?? 8) * size, measure);
    const w = Math.max(0, ...lines.map(measure));
    const h = lines.length * lineHeight;
    const spots: Rect[] = around ? spotsAround(r.x, r.y, w, h, around.anchors, around.gap) : [[r.x - w / 2, r.y - h / 2, r.x + w / 2, r.y + h / 2]];
    return { ...r, lines, spots };
  });
  // Centred on its anchor or nowhere, as MapLibre's point labels; while marks are shown, at the first free spot around it.
  const chosen = placeFirstFree(set, (l) => l.spots, [0, 0, width, height], taken, layout.padding ?? 2, blocked);
  return set.flatMap(({ spots, ...l }, i): PlacedLabel[] => {
    const box = spots[chosen[i]];
    if (!box) return [];
    // A centred label keeps its anchor as it is (no rounding of the box's middle moves a pixel).
    const centred = !around || around.anchors[chosen[i]] === 'center';
    return [{ ...l, ...(centred ? {} : { x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2 }), box }];
  });
}
