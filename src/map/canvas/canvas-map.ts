// The atlas map drawn into a 2D canvas: where WebGL2 is missing or lost for good, and for the
// first frame while MapLibre starts. It draws the same plan in the same Web Mercator view as
// MapLibre (see view.ts) with the same layers in the same order (style.ts), so that a planner sees
// the same map on every machine; it reads fills, classes and circles from the plan and decides none.
// This class composes its parts: the surface it draws on, the camera, the frame loop, the scene
// of projected shapes, the painter with its path and still caches, the labels, input and controls.
import type { FeatureCollection, Geometry } from 'geojson';
import type { AreaProps, Boundaries } from '../../data/boundaries';
import type { MapLevel } from '../../state/atlas-state';
import { fitBox, framePadding, revealShift } from '../../geo/fit';
import { mercator, toLngLat, type XY } from '../../geo/mercator';
import { panBy, scaleOf, toMercator, toScreen, zoomOf } from '../../geo/view';
import { NO_INSETS, type AtlasRenderer, type Insets, type MapPlan, type RendererOptions } from '../renderer';
import { LEVEL } from '../layer-ids';
import { OUTLINES } from '../../symbology/areas';
import { BASE } from '../../symbology/base';
import { GIVE_WAY } from '../../symbology/context';
import { whenIdle } from '../../idle';
import { Camera } from './camera';
import { areaLabelSize, CanvasLabels } from './canvas-labels';
import { Controls } from './controls';
import { FrameLoop } from './frame-loop';
import { Input } from './input';
import type { PlacedLabel } from './labels';
import { CanvasMapView } from './map-view';
import { drawAreaLabels, drawCircles, drawRiverLabels, FONT, Painter, type Placed } from './painter';
import { PathCache, viewKey, type Projection } from './path-cache';
import { Scene, type AreaFeature } from './scene';
import { StillCache } from './still-cache';
import { framesAfresh } from '../framing';
import { Surface } from './surface';
import { CanvasPoints } from './canvas-points';
import type { PointFeature, PointLayerStyle } from '../../symbology/points';

export interface CanvasMapOptions extends RendererOptions {
  /** a short notice on the map (the fallback says it draws a simplified map); null: none */
  notice?: string | null;
  /** the map until MapLibre takes over: laid over MapLibre's canvas, faded out when it has drawn */
  first?: boolean;
}

export class Canvas2DMap implements AtlasRenderer {
  readonly kind = 'canvas' as const;
  readonly canvas: HTMLCanvasElement;
  /** the part of MapLibre's Map API that the e2e tools and the bench read, answered from this map */
  readonly map: CanvasMapView;
  readonly camera = new Camera();
  readonly #surface: Surface;
  readonly #ctx: CanvasRenderingContext2D;
  readonly #loop: FrameLoop;
  readonly #controls: Controls;
  readonly #input: Input;
  readonly #labels: CanvasLabels;
  readonly #paths = new PathCache();
  readonly #painter = new Painter(this.#paths);
  /** the layers that change only with the view, the level and the type size, as bitmaps */
  readonly #still: StillCache;
  #scene: Scene | null = null;
  #plan: MapPlan | null = null;
  #hovered: string | null = null;
  #selected: string | null = null;
  #highlight: Set<string> | null = null;
  #textScale = 1;
  /** told after each frame drawn (the e2e tools' and the bench's 'render') */
  readonly #drawn = new Set<() => void>();
  /** point layers, painted last (canvas-points.ts); read by Input for hover and click */
  readonly points: CanvasPoints;

  constructor(readonly options: CanvasMapOptions) {
    this.#surface = new Surface(options.container, Boolean(options.first), () => this.#draw());
    this.canvas = this.#surface.canvas;
    const ctx = (this.#ctx = this.#surface.ctx);
    this.#loop = new FrameLoop(
      (now) => {
        this.camera.step(now);
        this.#draw();
        return this.camera.flying;
      },
      () => this.#scene !== null,
    );
    this.#labels = new CanvasLabels(ctx);
    this.#still = new StillCache(ctx);
    this.map = new CanvasMapView(this);
    this.points = new CanvasPoints(options, () => void this.redraw(), () => ({ zoom: this.zoom, project: (p) => this.project(p) }));
    this.#controls = new Controls(this.#surface.root, this.canvas, options.locale, (factor) => this.zoomBy(factor, null, true));
    this.#input = new Input(this);
    if (options.notice) this.#controls.notice(options.notice);
    // The first text measured in a font waits for the system to find that font (some 10 ms): done
    // while the data still loads, for the two fonts of the labels.
    const warm = () => {
      for (const font of [`bold 100px ${FONT}`, `100px ${FONT}`]) {
        ctx.font = font;
        ctx.measureText('Rhein-Sieg-Kreis');
      }
    };
    whenIdle(warm, 200);
  }

  /** The canvas' size in CSS px and its pixel ratio. */
  get size(): { w: number; h: number; dpr: number } {
    return this.#surface.size;
  }

  /** The level drawn: the shown plan's (the Gemeinden before the first plan); not kept apart from it. */
  get level(): MapLevel {
    return this.#plan?.level ?? 'gemeinde';
  }

  get hovered(): string | null {
    return this.#hovered;
  }

  get zoom(): number {
    return zoomOf(this.camera.view.scale);
  }

  get moving(): boolean {
    return this.camera.flying || this.#input.moving;
  }

  /** Boundaries are in, no frame is waiting to be drawn and the bitmaps of the view are built (see StillCache.soon). */
  get loaded(): boolean {
    return this.#scene !== null && !this.#loop.pending && !this.#still.pending;
  }

  project(p: XY): XY {
    return toScreen(this.camera.view, this.size.w, this.size.h, mercator(p));
  }

  unproject(p: XY): XY {
    return toLngLat(toMercator(this.camera.view, this.size.w, this.size.h, p));
  }

  /** Where the map is, or is flying to. */
  view(): { center: XY; zoom: number } {
    const v = this.camera.target;
    return { center: toLngLat([v.cx, v.cy]), zoom: zoomOf(v.scale) };
  }

  jumpTo(center: XY | null, zoom: number | null): void {
    const v = this.camera.view;
    const [cx, cy] = center ? mercator(center) : [v.cx, v.cy];
    this.camera.set({ cx, cy, scale: zoom === null ? v.scale : scaleOf(zoom) });
    void this.redraw();
  }

  /** The id of the shown level's area at a point in CSS px of the map, or null. */
  areaAt(x: number, y: number, level: MapLevel = this.level): string | null {
    const [mx, my] = toMercator(this.camera.view, this.size.w, this.size.h, [x, y]);
    return this.#scene?.areas.get(level)?.index.at(mx, my)?.id ?? null;
  }

  /** Placed labels of a layer (style.ts ids) that meet a box in CSS px. */
  labelsIn(layer: string, box: [number, number, number, number]): PlacedLabel[] {
    return this.#labels.in(layer, box);
  }

  /** `listener` after every frame drawn, until `offDrawn`. */
  onDrawn(listener: () => void): void {
    this.#drawn.add(listener);
  }

  offDrawn(listener: () => void): void {
    this.#drawn.delete(listener);
  }

  features(source: string): AreaFeature[] {
    return this.#scene?.features(source) ?? [];
  }

  async setTextScale(scale: number): Promise<void> {
    this.#textScale = scale;
    await this.redraw();
  }

  async setBoundaries(boundaries: Boundaries): Promise<void> {
    const previous = this.#scene;
    const scene = (this.#scene = new Scene(boundaries));
    this.#still.clear();
    if (framesAfresh(previous?.boundaries ?? null, boundaries)) this.camera.set(fitBox(scene.extent, this.size.w, this.size.h, 24));
    await this.redraw();
  }

  async setGrid(cells: FeatureCollection<Geometry, AreaProps>): Promise<void> {
    this.#scene?.setGrid(cells);
    this.#still.clear();
    if (this.level === 'raster') await this.redraw();
  }

  async show(plan: MapPlan): Promise<void> {
    const moved = plan.level !== this.level;
    this.#plan = plan;
    if (moved) this.hover(null);
    await this.redraw(true);
  }

  setAttribution(text: string): void {
    this.#controls.setAttribution(text);
  }

  async focus(id: string | null, reduceMotion: boolean, insets: Insets = NO_INSETS): Promise<void> {
    const shape = id ? this.#shape(id) : null;
    const box = shape ? shape.box : this.#scene?.extent;
    if (!box) return;
    const { w, h } = this.size;
    const to = fitBox(box, w, h, framePadding(insets, w, h));
    if (reduceMotion || !this.#scene) {
      this.camera.set(to);
      // At once, not a frame later: framed again after a resize, the resized canvas must not be
      // shown with the old view first (the map would jump). Before the first plan there is nothing
      // to keep: the plan's own frame follows.
      if (this.#plan) this.#draw();
    } else this.camera.fly(to, 400);
    await this.redraw();
  }

  async reveal(id: string, insets: Insets, reduceMotion: boolean): Promise<void> {
    const shape = this.#shape(id);
    if (!shape) return;
    const target = this.camera.target;
    const { w, h } = this.size;
    const [x0, y1] = toScreen(target, w, h, [shape.box[0], shape.box[1]]);
    const [x1, y0] = toScreen(target, w, h, [shape.box[2], shape.box[3]]);
    const [dx, dy] = revealShift([x0, y0, x1, y1], insets, w, h);
    if (Math.abs(dx) <= 2 && Math.abs(dy) <= 2) return;
    const to = panBy(target, dx, dy);
    if (reduceMotion) this.camera.set(to);
    else this.camera.fly(to, 300);
    await this.redraw();
  }

  async select(id: string | null): Promise<void> {
    if (this.#selected === id) return;
    this.#selected = id;
    await this.redraw();
  }

  hover(id: string | null): void {
    if (this.#hovered === id) return;
    this.#hovered = id;
    this.canvas.style.cursor = id ? 'pointer' : '';
    void this.redraw();
  }

  highlight(ids: readonly string[] | null): void {
    this.#highlight = ids ? new Set(ids) : null;
    void this.redraw();
  }

  setPoints = (layer: string, features: readonly PointFeature[], style: PointLayerStyle) => this.points.set(layer, features, style);
  removePoints = (layer: string) => this.points.remove(layer);
  selectPoint = (layer: string | null, id: string | null) => this.points.select(layer, id);

  remove(): void {
    this.#drawn.clear();
    this.#still.clear();
    this.#loop.stop();
    this.#surface.remove();
  }

  /** The first frame's map stays the map (MapLibre will not come), with a notice on it. */
  keep(notice: string): void {
    this.#surface.root.classList.remove('first');
    this.#controls.notice(notice);
  }

  /**
   * From now on a picture only: the map under it (MapLibre, still tiling) takes pointer, keyboard
   * and controls, so that input never goes to a map about to leave. Returns whether it had the focus.
   */
  passivate(): boolean {
    const root = this.canvas.getRootNode() as Document | ShadowRoot;
    const focused = root.activeElement === this.canvas;
    this.#surface.root.classList.add('passive');
    this.canvas.tabIndex = -1;
    // MapLibre brings its own: one set of controls on the page.
    this.#controls.remove();
    this.hover(null);
    return focused;
  }

  /** Fades the picture out and removes it: MapLibre's frame is under it, the same map. */
  fadeOut(ms = 150): void {
    const root = this.#surface.root;
    root.style.opacity = '0';
    // The map under it answers the pointer from now on.
    root.style.pointerEvents = 'none';
    setTimeout(() => this.remove(), ms);
  }

  /** Zooms by `factor` around the screen point `at` (null: the middle). */
  zoomBy(factor: number, at: XY | null, animate: boolean): void {
    const { w, h } = this.size;
    this.camera.zoomBy(factor, at, animate, w, h);
    void this.redraw();
  }

  /** Resolves once the next frame has been drawn (frame-loop.ts); `now`: at the end of this task. */
  redraw(now = false): Promise<void> {
    return this.#loop.request(now);
  }

  #shape(id: string) {
    return this.#scene?.shape(id, this.level) ?? null;
  }

  #projection(): Projection {
    const { w, h } = this.size;
    return { view: this.camera.view, w, h };
  }

  /** What a Still depends on: the view, the backing store, the level, the type size and the point layers (labels give way to marks). */
  #stillKey(p: Projection): string {
    return `${viewKey(p)}|${this.size.dpr}|${this.level}|${this.#textScale}|${this.points.version}`;
  }

  /** The labels of the view, clear of the point marks. */
  #place(scene: Scene, p: Projection, level: MapLevel, zoom: number): Placed[] {
    return this.#labels.place(scene, p, level, zoom, this.#textScale, this.points.obstacles(p.w, p.h, GIVE_WAY.markPadding));
  }

  #draw(): void {
    const ctx = this.#ctx;
    const { w, h, dpr } = this.size;
    const p = this.#projection();
    this.#paths.keepFor(viewKey(p));
    this.#controls.showScale(p.view);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const scene = this.#scene;
    if (!scene) {
      ctx.fillStyle = BASE.background;
      ctx.fillRect(0, 0, w, h);
      return this.#told();
    }
    const zoom = this.zoom;
    const level = this.level;
    // A view is drawn straight the first time (while the map moves, every frame has a view of its
    // own; at the start, boundaries, framing and size come one after another). Once a view has
    // been drawn and the page is idle, what only the view changes is kept as bitmaps (Still) for
    // the frames that follow: switches, hovers, selections.
    const key = this.#stillKey(p);
    const still = this.#still.at(key);
    if (!still && !this.moving) this.#still.soon(key, () => this.#buildStill(key));
    const placed = still ? (this.#labels.placed = still.placed) : this.#place(scene, p, level, zoom);
    if (still) this.#surface.blit(still.under);
    else this.#painter.under(ctx, p, scene, placed, this.#textScale);

    const areas = scene.areas.get(level);
    const plan = this.#plan;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'butt';
    if (still) this.#surface.blit(this.#still.fills(still, areas?.shapes ?? [], plan, this.#highlight, dpr));
    else if (areas) this.#painter.areas(ctx, p, areas.shapes, plan, this.#highlight);
    if (still) this.#surface.blit(still.over);
    else this.#painter.over(ctx, p, scene, level, zoom);

    const hovered = this.#hovered ? areas?.byId.get(this.#hovered) : undefined;
    if (hovered) this.#painter.stroke(ctx, p, [hovered], OUTLINES.hover);
    const selected = this.#selected ? this.#shape(this.#selected) : null;
    if (selected) {
      this.#painter.stroke(ctx, p, [selected], OUTLINES.selected.casing);
      this.#painter.stroke(ctx, p, [selected], OUTLINES.selected.line);
    }
    if (plan?.symbols) drawCircles(ctx, scene.boundaries, plan, (at) => this.project(at));
    drawRiverLabels(ctx, placed.filter((l) => l.layer === 'rivers-labels'), this.#textScale);
    drawAreaLabels(ctx, placed.filter((l) => l.layer === LEVEL[level].labels), areaLabelSize(level, this.#textScale, zoom));
    this.points.paint(ctx);
    this.#surface.shown();
    this.#told();
  }

  #told(): void {
    for (const listener of this.#drawn) listener();
  }

  /** The Still of the view at `key`, if the map is still at that view (built in idle time). */
  #buildStill(key: string): void {
    const scene = this.#scene;
    const p = this.#projection();
    if (this.moving || !scene || this.#stillKey(p) !== key) return;
    const zoom = this.zoom;
    const level = this.level;
    this.#still.build(key, {
      width: this.canvas.width,
      height: this.canvas.height,
      dpr: this.size.dpr,
      p,
      shapes: scene.areas.get(level)?.shapes ?? [],
      layers: (under, over) => {
        const placed: Placed[] = this.#place(scene, p, level, zoom);
        this.#painter.under(under, p, scene, placed, this.#textScale);
        this.#painter.over(over, p, scene, level, zoom);
        return placed;
      },
    });
  }
}
