// The screen map as one renderer, whichever draws it: the 2D map for the first frame (laid over
// MapLibre until MapLibre has drawn the same view), MapLibre once it has, or the 2D map for good
// where WebGL is missing or lost. Every call goes to each map there is, so that the first frame
// shows what MapLibre will; when MapLibre has drawn a plan it takes the first map's camera (moved
// meanwhile or not) and the first map fades out.
// No import of maplibre-gl here (nor of atlas-map.ts): MapLibre is a chunk of its own, loaded later.
import type { FeatureCollection, Geometry } from 'geojson';
import type { AreaProps, Boundaries } from '../data/boundaries';
import type { MapLevel } from '../state/atlas-state';
import type { Canvas2DMap } from './canvas/canvas-map';
import type { AtlasRenderer, Insets, MapPlan } from './renderer';
import type { PointFeature, PointLayerStyle } from '../symbology/points';

export class RendererSwitch implements AtlasRenderer {
  /** the 2D first frame over a MapLibre map that has not drawn yet */
  #first: Canvas2DMap | null;
  /** MapLibre, or the 2D map for good */
  #main: AtlasRenderer | null;
  #textScale = 1;

  /** One of the two at least: the first frame's map, the map for good, or both. */
  constructor(first: Canvas2DMap | null, main: AtlasRenderer | null) {
    this.#first = first;
    this.#main = main;
  }

  /** The map for good, once there is one (MapLibre, or the 2D map kept). */
  get main(): AtlasRenderer | null {
    return this.#main;
  }

  /** The 2D map of the first frame while it stands in. */
  get first(): Canvas2DMap | null {
    return this.#first;
  }

  /** The map in front: the one a person sees and uses. */
  get #front(): AtlasRenderer {
    const front = this.#main ?? this.#first;
    if (!front) throw new Error('RendererSwitch without a map');
    return front;
  }

  get kind(): AtlasRenderer['kind'] {
    return this.#front.kind;
  }

  get map(): AtlasRenderer['map'] {
    return this.#front.map;
  }

  get canvas(): HTMLCanvasElement {
    return this.#front.canvas;
  }

  get level(): MapLevel {
    return this.#front.level;
  }

  get hovered(): string | null {
    return this.#front.hovered;
  }

  /**
   * MapLibre has come, under the first frame's map: from now on that map is a picture only, and
   * MapLibre takes the keyboard focus if the picture had it. It is sent everything on the next sync.
   */
  arrive(main: AtlasRenderer): void {
    this.#main = main;
    void main.setTextScale(this.#textScale);
    if (this.#first?.passivate()) main.canvas.focus();
  }

  /** MapLibre will not come: the first frame's map is the map, with `notice` on it. */
  keep(notice: string): void {
    const first = this.#first;
    if (!first) return;
    this.#first = null;
    this.#main = first;
    first.keep(notice);
  }

  /** The calls of each map there is, in this order. */
  #each<T>(call: (map: AtlasRenderer, first: boolean) => T): T[] {
    const out: T[] = [];
    if (this.#main) out.push(call(this.#main, false));
    if (this.#first) out.push(call(this.#first, true));
    return out;
  }

  async setTextScale(scale: number): Promise<void> {
    this.#textScale = scale;
    await Promise.all(this.#each((m) => m.setTextScale(scale)));
  }

  async setBoundaries(boundaries: Boundaries): Promise<void> {
    await Promise.all(this.#each((m) => m.setBoundaries(boundaries)));
  }

  async setGrid(cells: FeatureCollection<Geometry, AreaProps>): Promise<void> {
    await Promise.all(this.#each((m) => m.setGrid(cells)));
  }

  /**
   * Resolves when the map for good has drawn the plan (after MapLibre has taken over from the
   * first frame's map), or, while there is none, when the first frame's map has.
   */
  show(plan: MapPlan): Promise<void> {
    const main = this.#main;
    const first = this.#first?.show(plan);
    if (!main) return first ?? Promise.resolve();
    return main.show(plan).then(() => {
      // MapLibre's first frame is on the canvas, in the same view: the 2D picture over it goes.
      if (this.#first && this.#main === main) this.#takeOver(main, this.#first);
    });
  }

  setAttribution(text: string): void {
    this.#each((m) => m.setAttribution(text));
  }

  /** The first frame's map is framed without a flight: it must be framed as MapLibre's will be, or the map jumps when it takes over. */
  async focus(id: string | null, reduceMotion: boolean, insets?: Insets): Promise<void> {
    await Promise.all(this.#each((m, first) => m.focus(id, first || reduceMotion, insets)));
  }

  async reveal(id: string, insets: Insets, reduceMotion: boolean): Promise<void> {
    await Promise.all(this.#each((m, first) => m.reveal(id, insets, first || reduceMotion)));
  }

  async select(id: string | null): Promise<void> {
    await Promise.all(this.#each((m) => m.select(id)));
  }

  hover(id: string | null): void {
    this.#each((m) => m.hover(id));
  }

  view(): { center: [number, number]; zoom: number } {
    return this.#front.view();
  }

  jumpTo(center: [number, number], zoom: number): void {
    this.#each((m) => m.jumpTo(center, zoom));
  }

  highlight(ids: readonly string[] | null): void {
    this.#each((m) => m.highlight(ids));
  }

  setPoints(layer: string, features: readonly PointFeature[], style: PointLayerStyle): void {
    this.#each((m) => m.setPoints(layer, features, style));
  }

  removePoints(layer: string): void {
    this.#each((m) => m.removePoints(layer));
  }

  selectPoint(layer: string | null, id: string | null): void {
    this.#each((m) => m.selectPoint(layer, id));
  }

  remove(): void {
    this.#each((m) => m.remove());
    this.#main = null;
    this.#first = null;
  }

  /** MapLibre takes the camera the 2D map had when MapLibre arrived (moved by the person meanwhile or not). */
  #takeOver(main: AtlasRenderer, first: Canvas2DMap): void {
    const { center, zoom } = first.view();
    main.jumpTo(center, zoom);
    first.fadeOut();
    this.#first = null;
  }
}
