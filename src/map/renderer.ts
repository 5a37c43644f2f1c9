// What the atlas asks of a map, whichever renderer draws it: MapLibre in WebGL2 (atlas-map.ts),
// or the 2D canvas (canvas/canvas-map.ts) where WebGL2 is missing or lost, and for the first frame
// while MapLibre starts. Both read the same plan; neither decides a class or a colour.
// No import of maplibre-gl here: the 2D renderer must load without it.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { AreaProps, Boundaries } from '../data/boundaries';
import type { Plan } from '../state/plan';
import type { MapLevel } from '../state/atlas-state';
import type { PointFeature, PointLayerStyle } from '../symbology/points';

/** A mark of a point layer under the pointer: one point, or a cluster's points (ids), and where it is. */
export interface PointHit {
  layer: string;
  ids: string[];
  lngLat: [number, number];
}

export interface RendererOptions {
  container: HTMLElement;
  glyphsBase: string;
  onHover(id: string | null, point: { x: number; y: number } | null): void;
  onSelect(id: string | null): void;
  /** the view moved by keyboard (arrows pan, +/- zoom): what a screen reader should hear */
  onKeyboardMove?(zoom: number): void;
  /** labels of the map's own controls, in the atlas' language */
  locale: Record<string, string>;
  /** the renderer can no longer draw (a WebGL context lost and not given back): replace it */
  onFailure?(): void;
  /** the renderer drew again after a loss and forgot what it showed: send it everything again */
  onRestored?(): void;
  /** the pointer over a point layer's mark (null: over none), in container px */
  onPointHover?(hit: PointHit | null, point: { x: number; y: number } | null): void;
  /** a click on a point layer's mark: it wins over the area under it */
  onPointSelect?(hit: PointHit): void;
}

/** What the map needs of a plan: the level it is for, each area's class and fill, and the circles of a count. */
export type MapPlan = Pick<Plan, 'cells' | 'classes' | 'fill' | 'hatched' | 'symbols'> & { level: MapLevel };

/** Pixels of the map covered by overlays on each side. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export const NO_INSETS: Insets = Object.freeze({ top: 0, right: 0, bottom: 0, left: 0 });

/** [west, south, east, north] in degrees */
export type LngLatBox = [number, number, number, number];

/** Bounding box of features or a collection (turf's bbox, without turf in the start bundle). */
export function boxOf(geo: Feature | FeatureCollection): LngLatBox {
  const box: LngLatBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as Position)[0] === 'number') {
      const [x, y] = c as Position;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else for (const inner of c as unknown[]) visit(inner);
  };
  const geometries = (g: Geometry): void => (g.type === 'GeometryCollection' ? g.geometries.forEach(geometries) : visit(g.coordinates));
  for (const f of geo.type === 'FeatureCollection' ? geo.features : [geo]) if (f.geometry) geometries(f.geometry);
  return box;
}

/** The map extent: the Kreis outline, or all areas when a data set has none. */
export function extentOf(boundaries: Boundaries): LngLatBox {
  return boxOf(boundaries.kreis.features.length ? boundaries.kreis : boundaries.gemeinden);
}

/** Padding of a framing: the overlays kept free, or 24 px all round when too little room would be left. */
export function framePadding(insets: Insets, w: number, h: number): Insets | number {
  const pad = (inset: number, size: number) => Math.max(0, Math.min(inset, size * 0.6)) + 24;
  const padding = { top: pad(insets.top, h), bottom: pad(insets.bottom, h), left: pad(insets.left, w), right: pad(insets.right, w) };
  // Too little room left between the overlays: frame on the whole map instead.
  const fits = w - padding.left - padding.right > 120 && h - padding.top - padding.bottom > 120;
  return fits ? padding : 24;
}

/** How far to pan so that a box [x0, y0, x1, y1] in screen px lies clear of the overlays; [0, 0] when it does. */
export function revealShift(box: [number, number, number, number], insets: Insets, width: number, height: number): [number, number] {
  const shift = (lo: number, hi: number, min: number, max: number) => {
    if (hi - lo > max - min) return (lo + hi) / 2 - (min + max) / 2;
    return lo < min ? lo - min : hi > max ? hi - max : 0;
  };
  return [shift(box[0], box[2], insets.left + 16, width - insets.right - 16), shift(box[1], box[3], insets.top + 16, height - insets.bottom - 16)];
}

export interface AtlasRenderer {
  readonly kind: 'webgl' | 'canvas';
  /**
   * MapLibre's Map, or on the 2D map a stand-in with the same names for what tests and the bench
   * ask (getCanvas, project, loaded, queryRenderedFeatures, …).
   */
  readonly map: { getCanvas(): HTMLCanvasElement };
  /** the drawn map, readable for pixel tests and as the focus target */
  readonly canvas: HTMLCanvasElement;
  readonly level: MapLevel;
  readonly hovered: string | null;
  /** Type scale of the labels (1 = normal; presentation mode on a beamer is larger). */
  setTextScale(scale: number): Promise<void>;
  /** The areas of every level; frames the Kreis. */
  setBoundaries(boundaries: Boundaries): Promise<void>;
  /** The grid cells, once loaded (they come after the boundaries). */
  setGrid(cells: FeatureCollection<Geometry, AreaProps>): Promise<void>;
  /** Applies a plan; resolves when the frame showing it has been drawn. */
  show(plan: MapPlan): Promise<void>;
  /** The credit line of the boundaries in view. */
  setAttribution(text: string): void;
  /** Frames an area (or the whole Kreis for null), keeping the insets free. */
  focus(id: string | null, reduceMotion: boolean, insets?: Insets): Promise<void>;
  /** Pans (never zooms) so that an area lies clear of the overlays. */
  reveal(id: string, insets: Insets, reduceMotion: boolean): Promise<void>;
  select(id: string | null): Promise<void>;
  /** Outlines an area as if hovered (from the table or the search list); null clears it. */
  hover(id: string | null): void;
  /** The centre ([lng, lat]) and MapLibre zoom shown, for one renderer to take over from another. */
  view(): { center: [number, number]; zoom: number };
  jumpTo(center: [number, number], zoom: number): void;
  /** Areas not in `ids` drawn faded (the scatterplot's brushed rectangle); null: none faded. */
  highlight(ids: readonly string[] | null): void;
  /** A point layer (replaced when set again; an empty list clears it), drawn above everything, clustered where marks overlap. */
  setPoints(layer: string, features: readonly PointFeature[], style: PointLayerStyle): void;
  removePoints(layer: string): void;
  /** Rings the chosen point (null: none). */
  selectPoint(layer: string | null, id: string | null): void;
  remove(): void;
}
