// What the atlas asks of a map, whichever renderer draws it: MapLibre in WebGL2 (atlas-map.ts),
// or the 2D canvas (canvas/canvas-map.ts) where WebGL2 is missing or lost, and for the first frame
// while MapLibre starts. Both read the same plan; neither decides a class or a colour.
// No import of maplibre-gl here: the 2D renderer must load without it.
import type { FeatureCollection, Geometry } from 'geojson';
import type { Insets } from '../geo/fit';
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
export type MapPlan = Pick<Plan, 'cells' | 'classes' | 'fill' | 'style' | 'hatched' | 'symbols'> & { level: MapLevel };

/** Pixels of the map covered by overlays on each side (geo/fit.ts: the framing keeps them free). */
export { NO_INSETS, type Insets } from '../geo/fit';

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
