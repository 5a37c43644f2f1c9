// From a point layer to what is drawn: the marks at a zoom (points on their own, clusters with a
// count), each as polygons and a text, and which mark lies under the pointer. Pure: MapLibre, the
// 2D map and print place and draw the same marks, so they land on the same pixels.
import { cluster } from '../domain/cluster';
import { insidePolygon, placeOutline, shapeCentre, shapeOutline, type XY } from './point-shapes';
import { symbolOf, type PointFeature, type PointLayerStyle, type PointSymbol } from './points';

export interface PointMark {
  /** the layer's features in this mark: one, or a cluster's */
  features: PointFeature[];
  /** [lng, lat] of the anchor: the point's own, or the cluster members' mean in Web Mercator */
  lngLat: [number, number];
  /** the anchor in the units of the projection the marks were made with */
  x: number;
  y: number;
  symbol: PointSymbol;
  /** the number on the mark: a cluster's count, or the point's label */
  text: string | null;
}

/** Web Mercator in [0, 1] (x east, y south), the plane MapLibre's world pixels scale. */
export function mercator([lng, lat]: readonly [number, number]): XY {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [lng / 360 + 0.5, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

export function unmercator([x, y]: XY): [number, number] {
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
  return [(x - 0.5) * 360, lat];
}

/** MapLibre's world pixels at a zoom (512 px tiles): independent of panning, so clusters hold still while the map moves. */
export const worldPixels = (zoom: number) => (p: readonly [number, number]): XY => {
  const [x, y] = mercator(p);
  const size = 512 * 2 ** zoom;
  return [x * size, y * size];
};

/**
 * The marks of a layer: points whose anchors lie within the style's cluster radius (times `scale`,
 * in the projection's units) become one cluster mark, drawn at their mean position.
 */
export function pointMarks(features: readonly PointFeature[], style: PointLayerStyle, project: (lngLat: [number, number]) => XY, scale = 1): PointMark[] {
  const byId = new Map(features.map((f) => [f.id, f]));
  const placed = features.map((f) => {
    const [x, y] = project(f.lngLat);
    return { id: f.id, x, y };
  });
  return cluster(placed, style.clusterRadius * scale).map((g) => {
    const members = g.ids.map((id) => byId.get(id) as PointFeature);
    const one = members.length === 1 ? members[0] : null;
    const mean = one ? null : members.reduce<XY>((s, f) => ((m) => [s[0] + m[0] / members.length, s[1] + m[1] / members.length])(mercator(f.lngLat)), [0, 0]);
    return {
      features: members,
      lngLat: one ? one.lngLat : unmercator(mean as XY),
      x: g.x,
      y: g.y,
      symbol: one ? symbolOf(style, one.category) : style.cluster,
      text: one ? (one.label ?? null) : String(members.length),
    };
  });
}

export interface MarkPart {
  polygon: XY[];
  fill: string;
}

/**
 * A mark as filled polygons, back to front: the ink line, the white ring, the body. `scale`: units per px (1 on screen, mm per px in print).
 */
export function markParts(symbol: PointSymbol, style: PointLayerStyle, x: number, y: number, scale = 1, selected = false): MarkPart[] {
  const { halo } = style;
  const ring = (grow: number, fill: string): MarkPart => ({ polygon: placeOutline(shapeOutline(symbol.shape, symbol.r, grow), x, y, scale), fill });
  const outer = halo.width + halo.lineWidth;
  // A chosen mark's ink line is thicker by `selectedWidth`: still the same three rings, just heavier.
  return [ring(outer + (selected ? style.selectedWidth : 0), halo.line), ring(halo.width, halo.colour), ring(0, symbol.fill)];
}

/** Where a mark's text is centred, and its size, in the same units as markParts. */
export function markText(mark: Pick<PointMark, 'symbol' | 'text'>, style: PointLayerStyle, x: number, y: number, scale = 1): { text: string; x: number; y: number; size: number; colour: string } | null {
  if (!mark.text) return null;
  const [cx, cy] = shapeCentre(mark.symbol.shape, mark.symbol.r);
  return { text: mark.text, x: x + cx * scale, y: y + cy * scale, size: style.labelSize * scale, colour: mark.symbol.labelColour };
}

/**
 * Half the side of the square around a mark's anchor that holds it whole, its rings and a chosen
 * mark's heavier line included, in px: the size of MapLibre's icon image of it, and the box a
 * label gives way to on every map.
 */
export function markReach(style: PointLayerStyle, mark: Pick<PointMark, 'symbol'>): number {
  const grow = style.halo.width + style.halo.lineWidth + style.selectedWidth;
  const outline = shapeOutline(mark.symbol.shape, mark.symbol.r, grow);
  return Math.ceil(Math.max(...outline.map(([x, y]) => Math.max(Math.abs(x), Math.abs(y))))) + 1;
}

/** The topmost mark whose outline (halo included) holds the screen point; marks are drawn in list order. */
export function markAt<M extends Pick<PointMark, 'symbol'>>(marks: readonly M[], style: PointLayerStyle, at: (mark: M) => XY, x: number, y: number): M | null {
  const grow = style.halo.width + style.halo.lineWidth;
  for (let i = marks.length - 1; i >= 0; i--) {
    const mark = marks[i];
    const [mx, my] = at(mark);
    // Every outline lies within 3 (r + grow) of its anchor (a pin's head is 2r above its tip): the far marks (most of a workshop's hundreds) skip the polygon.
    const reach = 3 * (mark.symbol.r + grow) + 1;
    if (Math.abs(x - mx) > reach || Math.abs(y - my) > reach) continue;
    if (insidePolygon(placeOutline(shapeOutline(mark.symbol.shape, mark.symbol.r, grow), mx, my), x, y)) return mark;
  }
  return null;
}
