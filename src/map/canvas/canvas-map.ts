// The atlas map drawn into a 2D canvas: where WebGL2 is missing or lost for good, and for the
// first frame while MapLibre starts. It draws the same plan in the same Web Mercator view as
// MapLibre (see view.ts) with the same layers in the same order (style.ts), so that a planner sees
// the same map on every machine; it reads fills, classes and circles from the plan and decides none.
// Its controls use MapLibre's markup and classes, whose CSS the shell already carries.
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { AreaProps, Boundaries } from '../../data/boundaries';
import { NO_DATA_FILL, RIVER_COLOUR, RIVER_LABEL_COLOUR } from '../../domain/colour';
import { SYMBOL_COLOUR, SYMBOL_OPACITY } from '../../domain/symbols';
import type { MapLevel } from '../../state/atlas-state';
import { mercator, type XY } from '../../print/frame';
import { extentOf, framePadding, NO_INSETS, revealShift, type AtlasRenderer, type Insets, type MapPlan, type RendererOptions } from '../renderer';
import { hatchImage, LABEL_SIZE, LEVEL, SOURCE } from '../style';
import { whenIdle } from '../../idle';
import { ShapeIndex, projectRing, shapeOf, type Shape } from './geometry';
import { placeLabels, type PlacedLabel } from './labels';
import { packRgba, paintFills, rasterise, rgbaOf, type AreaRaster, type Hatching } from './raster';
import { between, fitBox, panBy, projectBox, scaleBar, scaleOf, toLngLat, toMercator, toScreen, zoomAround, zoomOf, type View } from './view';

export interface CanvasMapOptions extends RendererOptions {
  /** a short notice on the map (the fallback says it draws a simplified map); null: none */
  notice?: string | null;
  /** the map until MapLibre takes over: laid over MapLibre's canvas, faded out when it has drawn */
  first?: boolean;
}

const INK = '#1f2933';
const BACKGROUND = '#f2f4f5';
const FONT = "'DejaVu Sans', Arial, sans-serif";
const HALO = 'rgba(255,255,255,0.9)';
/** squared distance in CSS px below which a boundary vertex is not drawn (see #path) */
const MIN_STEP_SQ = 0.5 ** 2;
/** keyboard pan step in px, as MapLibre's */
const PAN_STEP = 100;

type AreaFeature = Feature<Geometry, AreaProps>;
type LabelFeature = Feature<Point, AreaProps>;

type Placed = PlacedLabel & { layer: string; angle?: number };

/**
 * The map at rest, in two bitmaps of the canvas' size: under the areas (background, neighbours
 * and their names) and over them (rivers, borders, the Kreis line), with the labels placed for
 * that view. A switch of indicator or year, a hover or a selection then draws only the fills and
 * what lies on top: stroking every border of all German Gemeinden took 60 ms a frame.
 */
interface Still {
  key: string;
  under: HTMLCanvasElement;
  over: HTMLCanvasElement;
  placed: Placed[];
  /** the level's areas per pixel, and their fills painted from it (raster.ts) */
  raster: AreaRaster;
  fills: HTMLCanvasElement;
  fillsCtx: CanvasRenderingContext2D;
  image: ImageData;
  /** what the fills were last painted for */
  painted: { plan: MapPlan | null; highlight: Set<string> | null } | null;
}

/** The hatch tile (style.ts hatchImage) as the area buffer paints it: where its line is, and its colour. */
let hatchTileCache: Omit<Hatching, 'areas' | 'scale'> | null = null;
function hatchTile(): Omit<Hatching, 'areas' | 'scale'> {
  if (hatchTileCache) return hatchTileCache;
  const image = hatchImage();
  const tile = new Uint8Array(image.width * image.height);
  for (let i = 0; i < tile.length; i++) tile[i] = image.data[i * 4 + 3] > 0 ? 1 : 0;
  const at = tile.indexOf(1) * 4;
  return (hatchTileCache = { tile, size: image.width, colour: packRgba(image.data[at], image.data[at + 1], image.data[at + 2]) });
}

/** rgba(242,244,245,0.7) over a fill, as the faded areas are drawn */
const FADE = { r: 242, g: 244, b: 245, a: 0.7 };

/** A canvas of the map's backing-store size, rasterised on the CPU like the map's own (see the constructor). */
function bitmap(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('Kein 2D-Zeichenkontext verfügbar.');
  return [canvas, ctx];
}

interface Layered {
  shapes: Shape[];
  index: ShapeIndex;
  byId: Map<string, Shape>;
  sample: Set<string>;
}

const layered = (features: readonly AreaFeature[]): Layered => {
  const shapes = features.map(shapeOf);
  return {
    shapes,
    index: new ShapeIndex(shapes),
    byId: new Map(shapes.map((s) => [s.id, s])),
    sample: new Set(features.filter((f) => f.properties.sample).map((f) => f.properties.id)),
  };
};

/** Between label sizes at zoom 9 and 13, as style.ts labelSize interpolates them. */
const zoomed = (base: number, zoom: number) => base * (1 + 0.35 * Math.min(1, Math.max(0, (zoom - 9) / 4)));

const CSS = `
.atlas-canvas-map { position: absolute; inset: 0; overflow: hidden; }
.atlas-canvas-map > canvas { position: absolute; left: 0; top: 0; touch-action: none; outline-offset: -3px; }
.atlas-canvas-map.first { z-index: 1; transition: opacity 0.15s linear; }
/* Until the boundaries are drawn: buttons and scale bar on an empty map would be a frame of their own. */
.atlas-canvas-map.blank { visibility: hidden; }
.atlas-canvas-map.passive { pointer-events: none; }
.atlas-canvas-notice { position: absolute; left: 50%; bottom: 10px; transform: translateX(-50%); z-index: 3; margin: 0;
  padding: 2px 8px; border-radius: 4px; background: rgba(255,255,255,0.92); color: ${INK}; font: 600 12px/18px system-ui, sans-serif;
  box-shadow: 0 0 0 1px rgba(0,0,0,0.15); white-space: nowrap; pointer-events: none; }
/* On a narrow map the scale bar and the buttons leave no room beside them: above the scale bar. */
@container map (max-width: 480px) { .atlas-canvas-notice { bottom: 40px; left: 10px; transform: none; } }
`;

let sheet: CSSStyleSheet | null = null;

/** The map's rules as a constructed sheet: the page's CSP allows no <style> element. */
function adoptStyles(container: HTMLElement): void {
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(CSS);
  const root = container.getRootNode() as ShadowRoot | Document;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export class Canvas2DMap implements AtlasRenderer {
  readonly kind = 'canvas' as const;
  readonly canvas: HTMLCanvasElement;
  /** the part of MapLibre's Map API that the e2e tools and the bench read, answered from this map */
  readonly map: CanvasMapView;
  readonly #root: HTMLDivElement;
  readonly #ctx: CanvasRenderingContext2D;
  readonly #observer: ResizeObserver;
  #measuredSize = { w: 0, h: 0, dpr: 1 };
  #measured = false;
  #view: View = { cx: 0, cy: 0, scale: 1e-3 };
  #boundaries: Boundaries | null = null;
  #areas = new Map<MapLevel, Layered>();
  #gemeinden: Layered | null = null;
  #nachbarn: Shape[] = [];
  #nachbarnNames: Array<{ id: string; text: string; at: XY }> = [];
  #kreis: Shape[] = [];
  #rivers: Array<{ name: string; line: Float64Array }> = [];
  #extent: [number, number, number, number] | null = null;
  #plan: MapPlan | null = null;
  #level: MapLevel = 'gemeinde';
  #hovered: string | null = null;
  #selected: string | null = null;
  #highlight: Set<string> | null = null;
  #textScale = 1;
  #attribution: HTMLElement | null = null;
  #scale: HTMLElement | null = null;
  #hatch: CanvasPattern | null = null;
  /** Path2D per shape for the current view; dropped when the view changes */
  #paths = new Map<Shape, Path2D>();
  #pathsView = '';
  #labels: Array<PlacedLabel & { layer: string }> = [];
  /** the layers that change only with the view, the level and the type size, as bitmaps */
  #still: Still | null = null;
  /** told after each frame drawn (the e2e tools' and the bench's 'render') */
  readonly #drawn = new Set<() => void>();
  #frame = 0;
  #waiters: Array<() => void> = [];
  #flight: { from: View; to: View; start: number; duration: number } | null = null;
  #drag: { x: number; y: number; view: View; moved: boolean } | null = null;
  #pointers = new Map<number, XY>();
  #pinch: { distance: number; view: View } | null = null;

  constructor(private readonly options: CanvasMapOptions) {
    const root = document.createElement('div');
    root.className = `atlas-canvas-map maplibregl-map blank${options.first ? ' first' : ''}`;
    adoptStyles(options.container);
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'atlas-canvas';
    root.append(this.canvas);
    options.container.append(root);
    this.#root = root;
    // Rasterised on the CPU (willReadFrequently): on a machine with software GL, a GPU-backed 2D
    // canvas drawing thousands of areas kept the GPU process busy, and MapLibre starting beside it
    // waited seconds for its shaders (all German Gemeinden: 22 s to the first MapLibre frame).
    // Opaque: every frame paints the whole canvas (background first), so the compositor need not
    // blend it with what lies under it.
    const ctx = this.canvas.getContext('2d', { willReadFrequently: true, alpha: false });
    if (!ctx) throw new Error('Kein 2D-Zeichenkontext verfügbar.');
    this.#ctx = ctx;
    this.map = new CanvasMapView(this);
    this.#controls();
    if (options.notice) this.#notice(options.notice);
    // Measured when first needed or when the observer reports the first layout, not here: reading
    // the container's size now would force the layout of the whole shell before its data is in.
    this.canvas.width = 0;
    this.canvas.height = 0;
    this.#observer = new ResizeObserver(() => this.#resize());
    this.#observer.observe(options.container);
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
  get #size(): { w: number; h: number; dpr: number } {
    if (!this.#measured) this.#resize();
    return this.#measuredSize;
  }

  get level(): MapLevel {
    return this.#level;
  }

  get hovered(): string | null {
    return this.#hovered;
  }

  get zoom(): number {
    return zoomOf(this.#view.scale);
  }

  get moving(): boolean {
    return this.#flight !== null || Boolean(this.#drag?.moved) || this.#pinch !== null;
  }

  /** Boundaries are in, no frame is waiting to be drawn and the bitmaps of the view are built (see #stillSoon). */
  get loaded(): boolean {
    return this.#boundaries !== null && this.#frame === 0 && this.#stillPending === null;
  }

  get size(): { w: number; h: number } {
    return this.#size;
  }

  project(p: XY): XY {
    return toScreen(this.#view, this.#size.w, this.#size.h, mercator(p));
  }

  unproject(p: XY): XY {
    return toLngLat(toMercator(this.#view, this.#size.w, this.#size.h, p));
  }

  /** Where the map is, or is flying to. */
  view(): { center: XY; zoom: number } {
    const v = this.#flight?.to ?? this.#view;
    return { center: toLngLat([v.cx, v.cy]), zoom: zoomOf(v.scale) };
  }

  jumpTo(center: XY | null, zoom: number | null): void {
    const [cx, cy] = center ? mercator(center) : [this.#view.cx, this.#view.cy];
    this.#setView({ cx, cy, scale: zoom === null ? this.#view.scale : scaleOf(zoom) });
    void this.#redraw();
  }

  /** The id of the shown level's area at a point in CSS px of the map, or null. */
  areaAt(x: number, y: number, level: MapLevel = this.#level): string | null {
    const [mx, my] = toMercator(this.#view, this.#size.w, this.#size.h, [x, y]);
    return this.#areas.get(level)?.index.at(mx, my)?.id ?? null;
  }

  /** Placed labels of a layer (style.ts ids) that meet a box in CSS px. */
  labelsIn(layer: string, [x0, y0, x1, y1]: [number, number, number, number]): PlacedLabel[] {
    return this.#labels.filter((l) => l.layer === layer && l.box[0] <= x1 && l.box[2] >= x0 && l.box[1] <= y1 && l.box[3] >= y0);
  }

  /** `listener` after every frame drawn, until `offDrawn`. */
  onDrawn(listener: () => void): void {
    this.#drawn.add(listener);
  }

  offDrawn(listener: () => void): void {
    this.#drawn.delete(listener);
  }

  features(source: string): AreaFeature[] {
    const b = this.#boundaries;
    if (!b) return [];
    if (source === SOURCE.gemeinden) return b.gemeinden.features;
    if (source === SOURCE.sozialraeume) return b.sozialraeume.features;
    if (source === SOURCE.raster) return b.raster?.features ?? [];
    return [];
  }

  async setTextScale(scale: number): Promise<void> {
    this.#textScale = scale;
    await this.#redraw();
  }

  async setBoundaries(boundaries: Boundaries): Promise<void> {
    this.#boundaries = boundaries;
    this.#gemeinden = layered(boundaries.gemeinden.features);
    this.#areas = new Map([
      ['gemeinde', this.#gemeinden],
      ['sozialraum', layered(boundaries.sozialraeume.features)],
      ['raster', layered(boundaries.raster?.features ?? [])],
    ]);
    this.#nachbarn = boundaries.nachbarn.features.map(shapeOf);
    this.#nachbarnNames = boundaries.nachbarn.features.map((f, i) => ({ id: f.properties.id, text: f.properties.name, at: labelPoint(this.#nachbarn[i]) }));
    this.#kreis = boundaries.kreis.features.map(shapeOf);
    this.#rivers = (boundaries.rivers?.features ?? []).map((f) => ({ name: f.properties.name, line: projectRing(f.geometry.coordinates) }));
    this.#extent = projectBox(extentOf(boundaries));
    this.#still = null;
    this.#setView(fitBox(this.#extent, this.#size.w, this.#size.h, 24));
    await this.#redraw();
  }

  async setGrid(cells: FeatureCollection<Geometry, AreaProps>): Promise<void> {
    this.#areas.set('raster', layered(cells.features));
    this.#still = null;
    if (this.#level === 'raster') await this.#redraw();
  }

  async show(plan: MapPlan): Promise<void> {
    this.#plan = plan;
    if (plan.level !== this.#level) {
      this.#level = plan.level;
      this.#hover(null);
    }
    await this.#redraw(true);
  }

  setAttribution(text: string): void {
    const inner = this.#attribution?.querySelector('.maplibregl-ctrl-attrib-inner');
    if (inner) inner.textContent = text;
  }

  async focus(id: string | null, reduceMotion: boolean, insets: Insets = NO_INSETS): Promise<void> {
    const shape = id ? this.#shape(id) : null;
    const box = shape ? shape.box : this.#extent;
    if (!box) return;
    const { w, h } = this.#size;
    const to = fitBox(box, w, h, framePadding(insets, w, h));
    if (reduceMotion || !this.#boundaries) {
      this.#setView(to);
      // At once, not a frame later: framed again after a resize, the resized canvas must not be
      // shown with the old view first (the map would jump). Before the first plan there is nothing
      // to keep: the plan's own frame follows.
      if (this.#plan) this.#draw();
    } else this.#fly(to, 400);
    await this.#redraw();
  }

  async reveal(id: string, insets: Insets, reduceMotion: boolean): Promise<void> {
    const shape = this.#shape(id);
    if (!shape) return;
    const target = this.#flight?.to ?? this.#view;
    const { w, h } = this.#size;
    const [x0, y1] = toScreen(target, w, h, [shape.box[0], shape.box[1]]);
    const [x1, y0] = toScreen(target, w, h, [shape.box[2], shape.box[3]]);
    const [dx, dy] = revealShift([x0, y0, x1, y1], insets, w, h);
    if (Math.abs(dx) <= 2 && Math.abs(dy) <= 2) return;
    const to = panBy(target, dx, dy);
    if (reduceMotion) this.#setView(to);
    else this.#fly(to, 300);
    await this.#redraw();
  }

  async select(id: string | null): Promise<void> {
    if (this.#selected === id) return;
    this.#selected = id;
    await this.#redraw();
  }

  hover(id: string | null): void {
    this.#hover(id);
  }

  highlight(ids: readonly string[] | null): void {
    this.#highlight = ids ? new Set(ids) : null;
    void this.#redraw();
  }

  remove(): void {
    this.#observer.disconnect();
    this.#drawn.clear();
    this.#still = null;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    for (const resolve of this.#waiters.splice(0)) resolve();
    this.#root.remove();
  }

  /** The first frame's map stays the map (MapLibre will not come), with a notice on it. */
  keep(notice: string): void {
    this.#root.classList.remove('first');
    this.#notice(notice);
  }

  #notice(text: string): void {
    const notice = document.createElement('p');
    notice.className = 'atlas-canvas-notice';
    notice.setAttribute('role', 'status');
    notice.dataset.testid = 'map-notice';
    notice.textContent = text;
    this.#root.append(notice);
  }

  /**
   * From now on a picture only: the map under it (MapLibre, still tiling) takes pointer, keyboard
   * and controls, so that input never goes to a map about to leave. Returns whether it had the focus.
   */
  passivate(): boolean {
    const root = this.canvas.getRootNode() as Document | ShadowRoot;
    const focused = root.activeElement === this.canvas;
    this.#root.classList.add('passive');
    this.canvas.tabIndex = -1;
    // MapLibre brings its own: one set of controls on the page.
    for (const el of this.#root.querySelectorAll('.maplibregl-ctrl-bottom-left, .maplibregl-ctrl-bottom-right')) el.remove();
    this.#attribution = null;
    this.#scale = null;
    this.#hover(null);
    return focused;
  }

  /** Fades the picture out and removes it: MapLibre's frame is under it, the same map. */
  fadeOut(ms = 150): void {
    this.#root.style.opacity = '0';
    // The map under it answers the pointer from now on.
    this.#root.style.pointerEvents = 'none';
    setTimeout(() => this.remove(), ms);
  }

  #shape(id: string): Shape | null {
    for (const level of [this.#level, 'gemeinde', 'sozialraum', 'raster'] as const) {
      const s = this.#areas.get(level)?.byId.get(id);
      if (s) return s;
    }
    return null;
  }

  #hover(id: string | null): void {
    if (this.#hovered === id) return;
    this.#hovered = id;
    this.canvas.style.cursor = id ? 'pointer' : '';
    void this.#redraw();
  }

  #setView(view: View): void {
    this.#flight = null;
    this.#view = view;
  }

  #fly(to: View, duration: number): void {
    this.#flight = { from: this.#view, to, start: performance.now(), duration };
  }

  /**
   * Resolves once the next frame has been drawn (the first of a flight). `now`: a new plan, drawn
   * at the end of the task that asked for it (after the selection and framing asked for with it)
   * instead of in the next animation frame: the canvas holds the new colours when the browser
   * next paints, and the draw does not wait behind the compositor presenting the previous frame
   * (on software GL some 20–40 ms). A flight asked for with it starts in that draw and goes on
   * in animation frames.
   */
  #redraw(now = false): Promise<void> {
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
      if (now && !this.#soon) {
        this.#soon = true;
        queueMicrotask(() => {
          this.#soon = false;
          if (!this.#waiters.length || !this.#boundaries) return;
          cancelAnimationFrame(this.#frame);
          this.#tick(performance.now());
        });
      }
      if (!this.#frame) this.#frame = requestAnimationFrame((t) => this.#tick(t));
    });
  }
  #soon = false;

  #tick(now: number): void {
    this.#frame = 0;
    const flight = this.#flight;
    if (flight) {
      const t = Math.min(1, (now - flight.start) / flight.duration);
      const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      this.#view = between(flight.from, flight.to, eased);
      if (t >= 1) this.#flight = null;
    }
    this.#draw();
    // The frame shows what was asked for (a plan, a selection), at the start of a flight too: as
    // MapLibre's, a show() resolves with its first frame, not when the framing has ended.
    for (const resolve of this.#waiters.splice(0)) resolve();
    if (this.#flight) this.#frame = requestAnimationFrame((t) => this.#tick(t));
  }

  #resize(): void {
    const { clientWidth: w, clientHeight: h } = this.options.container;
    const dpr = window.devicePixelRatio || 1;
    const was = this.#measuredSize;
    if (this.#measured && w === was.w && h === was.h && dpr === was.dpr) return;
    this.#measured = true;
    this.#measuredSize = { w, h, dpr };
    this.canvas.width = Math.max(1, Math.round(w * dpr));
    this.canvas.height = Math.max(1, Math.round(h * dpr));
    this.canvas.style.width = `${w}px`;
    this.canvas.style.height = `${h}px`;
    // A resized canvas is blank: drawn again at once, not a frame later.
    this.#draw();
  }

  #path(shape: Shape): Path2D {
    let path = this.#paths.get(shape);
    if (path) return path;
    path = new Path2D();
    const { w, h } = this.#size;
    const { cx, cy, scale } = this.#view;
    // A vertex less than half a pixel from the last one drawn changes no pixel: left out. At the
    // view of all German Gemeinden most of a boundary's vertices are, and each costs raster time.
    for (const r of shape.rings) {
      let [px, py] = [Infinity, Infinity];
      for (let i = 0; i < r.length; i += 2) {
        const x = w / 2 + (r[i] - cx) * scale;
        const y = h / 2 - (r[i + 1] - cy) * scale;
        if (i === 0) path.moveTo(x, y);
        else if ((x - px) ** 2 + (y - py) ** 2 < MIN_STEP_SQ && i < r.length - 2) continue;
        else path.lineTo(x, y);
        [px, py] = [x, y];
      }
      path.closePath();
    }
    this.#paths.set(shape, path);
    return path;
  }

  #stroke(shapes: Iterable<Shape>, colour: string, width: number, ctx = this.#ctx): void {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    for (const s of shapes) ctx.stroke(this.#path(s));
  }

  /** Many outlines in one stroke each for the solid and the dashed (sample) ones. */
  #strokeAll(ctx: CanvasRenderingContext2D, shapes: readonly Shape[], colour: string, width: number, dashed: (s: Shape) => boolean = () => false): void {
    const solid = new Path2D();
    const dashes = new Path2D();
    let anyDashed = false;
    for (const s of shapes) {
      if (dashed(s)) {
        dashes.addPath(this.#path(s));
        anyDashed = true;
      } else solid.addPath(this.#path(s));
    }
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.stroke(solid);
    if (anyDashed) {
      ctx.setLineDash([3, 2]);
      ctx.stroke(dashes);
      ctx.setLineDash([]);
    }
  }

  #draw(): void {
    const ctx = this.#ctx;
    const { w, h, dpr } = this.#size;
    const viewKey = this.#viewKey();
    if (viewKey !== this.#pathsView) {
      this.#paths.clear();
      this.#pathsView = viewKey;
    }
    this.#updateScale();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    if (!this.#boundaries) {
      ctx.fillStyle = BACKGROUND;
      ctx.fillRect(0, 0, w, h);
      return this.#told();
    }
    const zoom = this.zoom;
    const level = this.#level;
    // A view is drawn straight the first time (while the map moves, every frame has a view of its
    // own; at the start, boundaries, framing and size come one after another). Once a view has
    // been drawn and the page is idle, what only the view changes is kept as bitmaps (Still) for
    // the frames that follow: switches, hovers, selections.
    const key = this.#currentKey();
    const still = this.#still?.key === key ? this.#still : null;
    if (!still && !this.moving) this.#stillSoon(key);
    const placed = still ? (this.#labels = still.placed) : this.#placeLabels(zoom);
    if (still) this.#blit(still.under);
    else this.#drawUnder(ctx, placed);

    const areas = this.#areas.get(level);
    const plan = this.#plan?.level === level ? this.#plan : null;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'butt';
    if (still) this.#blit(this.#paintedFills(still, areas?.shapes ?? [], plan));
    else if (areas) this.#drawAreas(areas.shapes, plan);
    if (still) this.#blit(still.over);
    else this.#drawOver(ctx, zoom);

    const hovered = this.#hovered ? areas?.byId.get(this.#hovered) : undefined;
    if (hovered) this.#stroke([hovered], INK, 2.5);
    const selected = this.#selected ? this.#shape(this.#selected) : null;
    if (selected) {
      this.#stroke([selected], '#ffffff', 6);
      this.#stroke([selected], INK, 3);
    }
    if (plan?.symbols) this.#drawCircles(plan);
    this.#drawRiverLabels(placed.filter((l) => l.layer === 'rivers-labels'));
    const labelSize = zoomed(LABEL_SIZE[level] * this.#textScale, zoom);
    this.#drawLabels(ctx, placed.filter((l) => l.layer === LEVEL[level].labels), `bold ${labelSize}px ${FONT}`, INK, HALO, 1.5);
    if (this.#blank) {
      this.#blank = false;
      this.#root.classList.remove('blank');
    }
    this.#told();
  }
  #blank = true;

  #told(): void {
    for (const listener of this.#drawn) listener();
  }

  /** A bitmap of the canvas' size onto it, pixel for pixel. */
  #blit(source: HTMLCanvasElement): void {
    const ctx = this.#ctx;
    const { dpr } = this.#size;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(source, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }

  /** The fills at rest, painted from the areas' pixels (raster.ts) when the plan or the highlight changed. */
  #paintedFills(still: Still, shapes: readonly Shape[], plan: MapPlan | null): HTMLCanvasElement {
    const faded = this.#highlight;
    if (still.painted?.plan === plan && still.painted.highlight === faded) return still.fills;
    const colours = new Uint32Array(shapes.length + 1);
    const hatched = new Uint8Array(shapes.length + 1);
    let anyHatched = false;
    shapes.forEach((s, k) => {
      const known = plan?.cells.has(s.id) ?? false;
      colours[k + 1] = this.#packed(known && plan ? plan.fill(s.id) : NO_DATA_FILL, Boolean(faded && !faded.has(s.id)));
      // As on the WebGL map: hatched where the class is missing or withheld (negative).
      if (known && plan && (plan.classes.get(s.id) ?? 0) < 0) {
        hatched[k + 1] = 1;
        anyHatched = true;
      }
    });
    const pixels = new Uint32Array(still.image.data.buffer);
    paintFills(still.raster, colours, pixels, anyHatched ? this.#hatching(hatched) : null);
    still.fillsCtx.putImageData(still.image, 0, 0);
    still.painted = { plan, highlight: faded };
    return still.fills;
  }

  #colours = new Map<string, number>();

  /** A CSS colour packed for ImageData, faded or not; parsed once per colour. */
  #packed(colour: string, fade: boolean): number {
    const key = fade ? `${colour}/faded` : colour;
    let packed = this.#colours.get(key);
    if (packed === undefined) {
      const c = rgbaOf(colour, (css) => {
        // The canvas reads any CSS colour and says it back as hex or rgba().
        const ctx = this.#ctx;
        ctx.fillStyle = '#000000';
        ctx.fillStyle = css;
        return String(ctx.fillStyle);
      });
      const mix = (v: number, over: number) => Math.round(fade ? v * (1 - FADE.a) + over * FADE.a : v);
      packed = c ? packRgba(mix(c[0], FADE.r), mix(c[1], FADE.g), mix(c[2], FADE.b), Math.round(c[3] * 255)) : 0;
      this.#colours.set(key, packed);
    }
    return packed;
  }

  #hatching(areas: Uint8Array): Hatching {
    return { ...hatchTile(), areas, scale: this.#size.dpr };
  }

  #stillPending: string | null = null;

  /** Builds the Still of view `key` in idle time, if the map is still at that view then. */
  #stillSoon(key: string): void {
    if (this.#stillPending === key) return;
    this.#stillPending = key;
    const build = () => {
      if (this.#stillPending !== key) return;
      this.#stillPending = null;
      if (this.moving || !this.#boundaries || this.#currentKey() !== key) return;
      this.#stillFor(key, this.zoom);
    };
    whenIdle(build, 500);
  }

  /** The view and the canvas size: what the cached paths depend on. */
  #viewKey(): string {
    const { w, h } = this.#size;
    return `${this.#view.cx}|${this.#view.cy}|${this.#view.scale}|${w}|${h}`;
  }

  /** What a Still depends on: the view, the backing store, the level and the type size. */
  #currentKey(): string {
    return `${this.#viewKey()}|${this.#size.dpr}|${this.#level}|${this.#textScale}`;
  }

  #stillFor(key: string, zoom: number): Still {
    if (this.#still?.key === key) return this.#still;
    const { w, h, dpr } = this.#size;
    const [under, underCtx] = bitmap(this.canvas.width, this.canvas.height);
    const [over, overCtx] = bitmap(this.canvas.width, this.canvas.height);
    underCtx.setTransform(dpr, 0, 0, dpr, 0, 0);
    overCtx.setTransform(dpr, 0, 0, dpr, 0, 0);
    overCtx.clearRect(0, 0, w, h);
    const placed = this.#placeLabels(zoom);
    this.#drawUnder(underCtx, placed);
    this.#drawOver(overCtx, zoom);
    const shapes = this.#areas.get(this.#level)?.shapes ?? [];
    const { cx, cy, scale } = this.#view;
    const raster = rasterise(
      shapes.length,
      (k) =>
        shapes[k].rings.map((r) => {
          const px = new Float64Array(r.length);
          for (let i = 0; i < r.length; i += 2) {
            px[i] = (w / 2 + (r[i] - cx) * scale) * dpr;
            px[i + 1] = (h / 2 - (r[i + 1] - cy) * scale) * dpr;
          }
          return px;
        }),
      this.canvas.width,
      this.canvas.height,
    );
    const [fills, fillsCtx] = bitmap(this.canvas.width, this.canvas.height);
    const image = fillsCtx.createImageData(this.canvas.width, this.canvas.height);
    this.#still = { key, under, over, placed, raster, fills, fillsCtx, image, painted: null };
    return this.#still;
  }

  /** Background, the neighbouring Kreise and their names. */
  #drawUnder(ctx: CanvasRenderingContext2D, placed: readonly Placed[]): void {
    const { w, h } = this.#size;
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, w, h);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'butt';
    ctx.fillStyle = '#e4e7ea';
    for (const s of this.#nachbarn) ctx.fill(this.#path(s), 'evenodd');
    this.#strokeAll(ctx, this.#nachbarn, '#b9c0c7', 1);
    // Labels are placed topmost first, as MapLibre places symbols, and drawn in layer order.
    this.#drawLabels(ctx, placed.filter((l) => l.layer === 'nachbarn-labels'), `${11 * this.#textScale}px ${FONT}`, '#6b7580', '#e4e7ea', 1.2);
  }

  /** Over the fills: the rivers, the level's borders (dashed where sample data), the Gemeinden's and the Kreis' lines. */
  #drawOver(ctx: CanvasRenderingContext2D, zoom: number): void {
    const level = this.#level;
    const areas = this.#areas.get(level);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'butt';
    this.#drawRivers(ctx, zoom);
    if (areas) this.#strokeAll(ctx, areas.shapes, '#ffffff', level === 'raster' ? 0.5 : 1, (s) => areas.sample.has(s.id));
    if (level !== 'gemeinde' && this.#gemeinden) this.#strokeAll(ctx, this.#gemeinden.shapes, INK, 1.5);
    this.#strokeAll(ctx, this.#kreis, INK, 2);
  }

  #drawAreas(shapes: readonly Shape[], plan: MapPlan | null): void {
    const ctx = this.#ctx;
    this.#hatch ??= this.#hatchPattern();
    const faded = this.#highlight;
    // Each area filled on its own: one path per colour rasterised slower still (all German
    // Gemeinden: 40–55 ms a frame against 37 ms).
    for (const s of shapes) {
      const path = this.#path(s);
      const known = plan?.cells.has(s.id) ?? false;
      ctx.fillStyle = known && plan ? plan.fill(s.id) : NO_DATA_FILL;
      ctx.fill(path, 'evenodd');
      // As on the WebGL map: hatched where the class is missing or withheld (negative).
      if (known && plan && (plan.classes.get(s.id) ?? 0) < 0 && this.#hatch) {
        ctx.fillStyle = this.#hatch;
        ctx.fill(path, 'evenodd');
      }
      if (faded && !faded.has(s.id)) {
        ctx.fillStyle = 'rgba(242,244,245,0.7)';
        ctx.fill(path, 'evenodd');
      }
    }
  }

  #hatchPattern(): CanvasPattern | null {
    const image = hatchImage();
    const tile = document.createElement('canvas');
    tile.width = image.width;
    tile.height = image.height;
    const t = tile.getContext('2d');
    if (!t) return null;
    t.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
    return this.#ctx.createPattern(tile, 'repeat');
  }

  #line(line: Float64Array): XY[] {
    const { w, h } = this.#size;
    const out: XY[] = [];
    for (let i = 0; i < line.length; i += 2) out.push(toScreen(this.#view, w, h, [line[i], line[i + 1]]));
    return out;
  }

  #drawRivers(ctx: CanvasRenderingContext2D, zoom: number): void {
    ctx.strokeStyle = RIVER_COLOUR;
    // style.ts: 2 px at zoom 8, 4 px at zoom 12
    ctx.lineWidth = 2 + 2 * Math.min(1, Math.max(0, (zoom - 8) / 4));
    ctx.lineCap = 'round';
    for (const r of this.#rivers) {
      ctx.beginPath();
      this.#line(r.line).forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
      ctx.stroke();
    }
    ctx.lineCap = 'butt';
  }

  #drawCircles(plan: MapPlan): void {
    const b = this.#boundaries;
    const symbols = plan.symbols;
    if (!b || !symbols || !LEVEL[plan.level].circles) return;
    const points: LabelFeature[] = plan.level === 'sozialraum' ? b.sozialraumLabels.features : b.labels.features;
    const ctx = this.#ctx;
    const circles = points.flatMap((f) => {
      const cell = plan.cells.get(f.properties.id);
      return cell?.kind === 'value' ? [{ at: this.project(f.geometry.coordinates as XY), r: symbols.radius(cell.value) }] : [];
    });
    // Largest first, so that none hides a smaller one.
    circles.sort((a, b) => b.r - a.r);
    for (const { at, r } of circles) {
      if (!(r > 0)) continue;
      ctx.beginPath();
      ctx.arc(at[0], at[1], r, 0, 2 * Math.PI);
      ctx.globalAlpha = SYMBOL_OPACITY;
      ctx.fillStyle = SYMBOL_COLOUR;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.strokeStyle = '#ffffff';
      ctx.lineWidth = 1;
      ctx.stroke();
    }
  }

  /** The river's name once, on its longest stretch in view, above the line and never upside down. */
  #riverPlacement(size: number): Array<PlacedLabel & { layer: string; angle: number }> {
    const { w, h } = this.#size;
    const ctx = this.#ctx;
    ctx.font = `${size}px ${FONT}`;
    return this.#rivers.flatMap((r) => {
      const points = this.#line(r.line);
      const inside = ([x, y]: XY) => x > size && y > size && x < w - size && y < h - size;
      let best: [XY, XY] | null = null;
      for (let i = 1; i < points.length; i++) {
        const [a, b] = [points[i - 1], points[i]];
        if (!inside(a) || !inside(b)) continue;
        if (!best || Math.hypot(b[0] - a[0], b[1] - a[1]) > Math.hypot(best[1][0] - best[0][0], best[1][1] - best[0][1])) best = [a, b];
      }
      if (!best) return [];
      const [a, b] = best[0][0] <= best[1][0] ? best : [best[1], best[0]];
      const width = ctx.measureText(r.name).width + r.name.length * size * 0.15;
      const [x, y] = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      const half = width / 2;
      return [{ id: r.name, text: r.name, x, y, lines: [r.name], box: [x - half, y - size * 1.6, x + half, y + size * 0.2] as [number, number, number, number], layer: 'rivers-labels', angle: Math.atan2(b[1] - a[1], b[0] - a[0]) }];
    });
  }

  /**
   * The width of `text` in the context's current font. Labels are placed again in every frame of
   * a flight, with the same names at a size that changes with the zoom: widths are measured once
   * per name at 100 px and scaled (measureText was a third of a flight frame's script time).
   */
  #widths = new Map<string, number>();

  #measure(text: string): number {
    const font = this.#ctx.font;
    const px = /(\d+(?:\.\d+)?)px/.exec(font);
    if (!px) return this.#ctx.measureText(text).width;
    const at100 = font.replace(px[0], '100px');
    const key = `${at100}\n${text}`;
    let width = this.#widths.get(key);
    if (width === undefined) {
      if (this.#widths.size > 20_000) this.#widths.clear();
      this.#ctx.font = at100;
      width = this.#ctx.measureText(text).width;
      this.#ctx.font = font;
      this.#widths.set(key, width);
    }
    return (width * Number(px[1])) / 100;
  }

  #placeLabels(zoom: number): Placed[] {
    const b = this.#boundaries;
    if (!b) return [];
    const ctx = this.#ctx;
    const { w, h } = this.#size;
    const level = this.#level;
    const points: LabelFeature[] = level === 'sozialraum' ? b.sozialraumLabels.features : b.labels.features;
    const size = zoomed(LABEL_SIZE[level] * this.#textScale, zoom);
    ctx.font = `bold ${size}px ${FONT}`;
    const taken: Array<[number, number, number, number]> = [];
    const own = placeLabels(
      points.map((f) => {
        const [x, y] = this.project(f.geometry.coordinates as XY);
        return { id: f.properties.id, text: f.properties.name, x, y };
      }),
      { size, width: w, height: h, measure: (t) => this.#measure(t) },
      taken,
    ).map((l) => ({ ...l, layer: LEVEL[level].labels }));
    const rivers = this.#riverPlacement(12 * this.#textScale).filter((l) => !taken.some((t) => l.box[2] > t[0] && l.box[0] < t[2] && l.box[3] > t[1] && l.box[1] < t[3]));
    taken.push(...rivers.map((l) => l.box));
    const small = 11 * this.#textScale;
    ctx.font = `${small}px ${FONT}`;
    const neighbours = placeLabels(
      this.#nachbarnNames.map(({ id, text, at }) => {
        const [x, y] = toScreen(this.#view, w, h, at);
        return { id, text, x, y };
      }),
      { size: small, width: w, height: h, measure: (t) => this.#measure(t), maxWidthEm: 10 },
      taken,
    ).map((l) => ({ ...l, layer: 'nachbarn-labels' }));
    this.#labels = [...own, ...rivers, ...neighbours];
    return this.#labels;
  }

  #drawLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], font: string, colour: string, halo: string, haloWidth: number): void {
    ctx.font = font;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    for (const l of labels) {
      const lineHeight = (l.box[3] - l.box[1]) / l.lines.length;
      l.lines.forEach((line, i) => {
        const y = l.box[1] + lineHeight * (i + 0.5);
        ctx.lineWidth = haloWidth * 2;
        ctx.strokeStyle = halo;
        ctx.strokeText(line, l.x, y);
        ctx.fillStyle = colour;
        ctx.fillText(line, l.x, y);
      });
    }
  }

  #drawRiverLabels(labels: ReadonlyArray<PlacedLabel & { angle?: number }>): void {
    const ctx = this.#ctx;
    const size = 12 * this.#textScale;
    for (const l of labels) {
      ctx.save();
      ctx.translate(l.x, l.y);
      ctx.rotate(l.angle ?? 0);
      ctx.font = `${size}px ${FONT}`;
      ctx.letterSpacing = `${size * 0.15}px`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.lineWidth = 3;
      ctx.strokeStyle = HALO;
      ctx.lineJoin = 'round';
      ctx.strokeText(l.text, 0, -size * 0.9);
      ctx.fillStyle = RIVER_LABEL_COLOUR;
      ctx.fillText(l.text, 0, -size * 0.9);
      ctx.restore();
    }
  }

  #updateScale(): void {
    if (!this.#scale) return;
    const bar = scaleBar(this.#view, 120);
    this.#scale.style.width = `${Math.round(bar.px)}px`;
    this.#scale.textContent = bar.text;
  }

  // --- controls and input -------------------------------------------------------------

  #controls(): void {
    const { locale } = this.options;
    const canvas = this.canvas;
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'region');
    canvas.setAttribute('aria-label', locale['Map.Title'] ?? 'Karte');

    const right = document.createElement('div');
    right.className = 'maplibregl-ctrl-bottom-right';
    const group = document.createElement('div');
    group.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = (cls: string, label: string, factor: number) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = cls;
      b.title = label;
      b.setAttribute('aria-label', label);
      const icon = document.createElement('span');
      icon.className = 'maplibregl-ctrl-icon';
      icon.setAttribute('aria-hidden', 'true');
      b.append(icon);
      b.addEventListener('click', () => this.#zoomBy(factor, null, true));
      return b;
    };
    group.append(button('maplibregl-ctrl-zoom-in', locale['NavigationControl.ZoomIn'] ?? 'Vergrößern', 2), button('maplibregl-ctrl-zoom-out', locale['NavigationControl.ZoomOut'] ?? 'Verkleinern', 0.5));

    const attribution = document.createElement('details');
    attribution.className = 'maplibregl-ctrl maplibregl-ctrl-attrib maplibregl-compact';
    const summary = document.createElement('summary');
    summary.className = 'maplibregl-ctrl-attrib-button';
    const toggle = locale['AttributionControl.ToggleAttribution'] ?? 'Quellenangabe';
    summary.title = toggle;
    summary.setAttribute('aria-label', toggle);
    const inner = document.createElement('div');
    inner.className = 'maplibregl-ctrl-attrib-inner';
    attribution.append(summary, inner);
    attribution.addEventListener('toggle', () => attribution.classList.toggle('maplibregl-compact-show', attribution.open));
    this.#attribution = attribution;
    right.append(group, attribution);

    const left = document.createElement('div');
    left.className = 'maplibregl-ctrl-bottom-left';
    const scale = document.createElement('div');
    scale.className = 'maplibregl-ctrl maplibregl-ctrl-scale';
    left.append(scale);
    this.#scale = scale;
    this.#root.append(right, left);
    this.#listen();
  }

  #zoomBy(factor: number, at: XY | null, animate: boolean): void {
    const { w, h } = this.#size;
    const from = this.#flight?.to ?? this.#view;
    const to = zoomAround(from, w, h, factor, at ?? [w / 2, h / 2]);
    if (animate && !matchMedia('(prefers-reduced-motion: reduce)').matches) this.#fly(to, 250);
    else this.#setView(to);
    void this.#redraw();
  }

  #local(e: { clientX: number; clientY: number }): XY {
    const r = this.canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  #listen(): void {
    const canvas = this.canvas;
    canvas.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      const at = this.#local(e);
      this.#pointers.set(e.pointerId, at);
      canvas.setPointerCapture(e.pointerId);
      this.#flight = null;
      if (this.#pointers.size === 2) {
        const [a, b] = [...this.#pointers.values()];
        this.#pinch = { distance: Math.hypot(b[0] - a[0], b[1] - a[1]), view: this.#view };
        this.#drag = null;
      } else this.#drag = { x: at[0], y: at[1], view: this.#view, moved: false };
    });
    canvas.addEventListener('pointermove', (e) => {
      const at = this.#local(e);
      if (this.#pointers.has(e.pointerId)) this.#pointers.set(e.pointerId, at);
      if (this.#pinch && this.#pointers.size === 2) {
        const [a, b] = [...this.#pointers.values()];
        const { w, h } = this.#size;
        const mid: XY = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
        this.#setView(zoomAround(this.#pinch.view, w, h, Math.hypot(b[0] - a[0], b[1] - a[1]) / Math.max(1, this.#pinch.distance), mid));
        void this.#redraw();
        return;
      }
      const drag = this.#drag;
      if (drag && (drag.moved || Math.hypot(at[0] - drag.x, at[1] - drag.y) > 3)) {
        drag.moved = true;
        this.#setView(panBy(drag.view, drag.x - at[0], drag.y - at[1]));
        void this.#redraw();
        return;
      }
      const id = this.areaAt(at[0], at[1]);
      this.#hover(id);
      this.options.onHover(id, id ? { x: at[0], y: at[1] } : null);
    });
    const end = (e: PointerEvent) => {
      const drag = this.#drag;
      this.#pointers.delete(e.pointerId);
      if (this.#pointers.size < 2) this.#pinch = null;
      this.#drag = null;
      if (e.type === 'pointerup' && drag && !drag.moved) {
        const at = this.#local(e);
        this.options.onSelect(this.areaAt(at[0], at[1]));
      }
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    canvas.addEventListener('pointerleave', (e) => {
      if (e.pointerType !== 'mouse' || this.#drag) return;
      this.#hover(null);
      this.options.onHover(null, null);
    });
    canvas.addEventListener(
      'wheel',
      (e) => {
        e.preventDefault();
        const lines = e.deltaMode === 1 ? 40 : 1;
        this.#zoomBy(2 ** (-(e.deltaY * lines) / 300), this.#local(e), false);
      },
      { passive: false },
    );
    canvas.addEventListener('dblclick', (e) => this.#zoomBy(2, this.#local(e), true));
    canvas.addEventListener('keydown', (e) => {
      const pan: Record<string, XY> = { ArrowLeft: [-PAN_STEP, 0], ArrowRight: [PAN_STEP, 0], ArrowUp: [0, -PAN_STEP], ArrowDown: [0, PAN_STEP] };
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (pan[e.key]) this.#setView(panBy(this.#view, ...pan[e.key]));
      else if (e.key === '+' || e.key === '=') this.#setView(zoomAround(this.#view, this.#size.w, this.#size.h, 2, [this.#size.w / 2, this.#size.h / 2]));
      else if (e.key === '-') this.#setView(zoomAround(this.#view, this.#size.w, this.#size.h, 0.5, [this.#size.w / 2, this.#size.h / 2]));
      else return;
      e.preventDefault();
      void this.#redraw().then(() => this.options.onKeyboardMove?.(this.zoom));
    });
  }
}

/** Where a neighbour's name goes: the middle of its largest ring's box (in metres). */
function labelPoint(shape: Shape): XY {
  let best: Float64Array | null = null;
  let bestArea = -1;
  for (const r of shape.rings) {
    let area = 0;
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) area += r[j] * r[i + 1] - r[i] * r[j + 1];
    if (Math.abs(area) > bestArea) [best, bestArea] = [r, Math.abs(area)];
  }
  if (!best) return [(shape.box[0] + shape.box[2]) / 2, (shape.box[1] + shape.box[3]) / 2];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < best.length; i += 2) [x0, y0, x1, y1] = [Math.min(x0, best[i]), Math.min(y0, best[i + 1]), Math.max(x1, best[i]), Math.max(y1, best[i + 1])];
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

type QueryPoint = [number, number] | { x: number; y: number };
type QueryBox = QueryPoint | [QueryPoint, QueryPoint];

/**
 * MapLibre's names for what the tests and the bench ask a map (canvas, project, loaded, what is
 * rendered at a point), answered by the 2D map, so that the same pixel tests run on both.
 */
export class CanvasMapView {
  constructor(private readonly m: Canvas2DMap) {}
  getCanvas = () => this.m.canvas;
  /** 'render': after each frame drawn, as MapLibre's event */
  on = (type: string, listener: () => void) => {
    if (type === 'render') this.m.onDrawn(listener);
    return this;
  };
  off = (type: string, listener: () => void) => {
    if (type === 'render') this.m.offDrawn(listener);
    return this;
  };
  /** MapLibre's feature-state as far as the 2D map keeps one: the hovered area */
  getFeatureState = ({ id }: { source?: string; id: string }) => ({ hover: this.m.hovered === id });
  getContainer = () => this.m.canvas.parentElement as HTMLElement;
  project = (p: XY | { lng: number; lat: number }) => {
    const [x, y] = this.m.project(Array.isArray(p) ? p : [p.lng, p.lat]);
    return { x, y };
  };
  unproject = (p: QueryPoint) => {
    const [lng, lat] = this.m.unproject(Array.isArray(p) ? p : [p.x, p.y]);
    return { lng, lat };
  };
  loaded = () => this.m.loaded;
  isStyleLoaded = () => true;
  areTilesLoaded = () => this.m.loaded;
  isMoving = () => this.m.moving;
  getZoom = () => this.m.zoom;
  getCenter = () => {
    const { w, h } = this.m.size;
    return this.unproject([w / 2, h / 2]);
  };
  jumpTo = ({ center, zoom }: { center?: XY; zoom?: number }) => this.m.jumpTo(center ?? null, zoom ?? null);
  queryRenderedFeatures = (query: QueryBox, options: { layers?: string[] } = {}) => {
    const xy = (p: QueryPoint): XY => (Array.isArray(p) ? p : [p.x, p.y]);
    const [a, b] = Array.isArray(query) && Array.isArray(query[0]) ? [xy(query[0]), xy(query[1] as QueryPoint)] : [xy(query as QueryPoint), xy(query as QueryPoint)];
    const box: [number, number, number, number] = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])];
    const out: Array<{ id: string; layer: { id: string }; properties: { id: string; name?: string } }> = [];
    for (const layer of options.layers ?? []) {
      const level = (Object.keys(LEVEL) as MapLevel[]).find((l) => LEVEL[l].fill === layer);
      if (level) {
        if (level !== this.m.level) continue;
        const id = this.m.areaAt((box[0] + box[2]) / 2, (box[1] + box[3]) / 2, level);
        if (id) out.push({ id, layer: { id: layer }, properties: { id } });
        continue;
      }
      for (const l of this.m.labelsIn(layer, box)) out.push({ id: l.id, layer: { id: layer }, properties: { id: l.id, name: l.text } });
    }
    return out;
  };
  querySourceFeatures = (source: string, options: { filter?: unknown[] } = {}) => {
    const f = options.filter;
    const wanted = Array.isArray(f) && f[0] === '==' ? String(f[2]) : null;
    return this.m.features(source).filter((x) => wanted === null || x.properties.id === wanted);
  };
}
