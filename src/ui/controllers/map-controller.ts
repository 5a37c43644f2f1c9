// The map's lifecycle as one reactive controller: created when the shell has drawn its
// container, removed (with its observer) when the element leaves the page, created again when it
// comes back. After each update it brings the map to the model's view: boundaries, framing,
// the plan's colours and the selection. Hover goes straight to the tooltip and the table, so a
// mouse move never renders the shell.
// Two renderers draw the same plan (map/renderer.ts): MapLibre in WebGL2, and a 2D canvas that
// (a) is the map from the first choropleth on, while MapLibre loads and starts: maplibre-gl is a
// chunk of its own, imported once that first frame is drawn, so that neither its parse nor its
// worker competes with the data and the model for the first frame; when MapLibre has drawn the
// same view, it takes the 2D map's camera (moved meanwhile or not) and the 2D map fades out; and
// (b) takes over for the session where WebGL2 is missing or its context is lost for good.
// Both are one renderer to this controller (map/renderer-switch.ts): it sends each call once.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AtlasData } from '../../data/atlas-data';
import type { AtlasModel } from '../../state/atlas-model';
import type { Plan } from '../../state/plan';
import type { MapLevel } from '../../state/atlas-state';
import type { AtlasRenderer, Insets, RendererOptions } from '../../map/renderer';
import { Canvas2DMap } from '../../map/canvas/canvas-map';
import { RendererSwitch } from '../../map/renderer-switch';
import { rendererChoice, usesWebgl, webglSupportOffThread, type RendererChoice } from '../../map/webgl';
import { appTexts, mapControlTexts } from '../../messages/app';
import { dataTexts } from '../../messages/data';
import { whenIdle } from '../../idle';
import { mapTexts } from '../../messages/map';
import { PointController } from './point-controller';

export interface MapHost extends ReactiveControllerHost, HTMLElement {
  readonly glyphsBase: string;
  /** the `renderer` attribute: auto | webgl | canvas (map/webgl.ts) */
  readonly renderer: string | null;
  /** the element that shows a hovered area (tooltip), told directly */
  hovered(id: string | null, point: { x: number; y: number } | null): void;
  /** a click on the map, on an area or beside it */
  mapSelect(id: string | null): void;
  /** the parts of the map that the legend covers, and with `card` the area card too */
  insets(card: boolean): Insets;
}

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
/**
 * The map a person (or an administrator) chose for this browser, kept across visits: e.g.
 * `localStorage.setItem('sozialatlas-karte', 'webgl')` for MapLibre on a virtual desktop whose
 * software WebGL is fast enough. The element's `renderer` attribute, where a page sets it, wins.
 */
export const RENDERER_STORAGE_KEY = 'sozialatlas-karte';

function storedRenderer(): string | null {
  try {
    return localStorage.getItem(RENDERER_STORAGE_KEY);
  } catch {
    // Storage blocked (a sandboxed iframe, privacy settings): the automatic choice.
    return null;
  }
}


/** Once WebGL has failed, the page keeps the 2D map: a second try would fail the same way. */
let webglFailed = false;

export class MapController implements ReactiveController {
  #host: MapHost;
  #container: HTMLElement | null = null;
  /** the 2D first frame, MapLibre, or both while MapLibre has not drawn yet */
  #maps: RendererSwitch | null = null;
  #options: RendererOptions | null = null;
  #choice: RendererChoice = 'auto';
  /** counts maps created and removed: a MapLibre import that resolves for a removed map is dropped */
  #generation = 0;
  #loading = false;
  /** asking what WebGL this browser has (in a worker: map/webgl.ts) */
  #probing = false;
  #observer: ResizeObserver | null = null;
  #boundaries: AtlasData['boundaries'] | null = null;
  /** the view last framed, compared key by key; the level is the model's, only read here; null: frame anew */
  #framed: Framing | null = null;
  #shown: Plan | null = null;
  #textScale = 1;

  /** The point layers, sent to whichever renderers draw (point-controller.ts). */
  readonly points: PointController;

  /** Resolves when the first plan's colours are on a canvas (the 2D first frame or MapLibre's). */
  readonly firstFrame: Promise<void>;
  #firstFrameDrawn: () => void = () => {};

  constructor(host: MapHost) {
    this.#host = host;
    host.addController(this);
    this.firstFrame = new Promise((resolve) => (this.#firstFrameDrawn = resolve));
    this.points = new PointController(host, () => [this.#maps?.main ?? null, this.#maps?.first ?? null], (text) => this.say(text));
  }

  /** The map for good (MapLibre, or the 2D map kept); null while the first frame's map stands in. */
  get map(): AtlasRenderer | null {
    return this.#maps?.main ?? null;
  }

  /** What the status region says once: a keyboard move of the map, a point chosen, a contribution's step. */
  spoken = '';
  // One timer: an earlier text's must not cut a later one short (steps of a contribution follow each other fast).
  #quiet = 0;
  say(text: string): void {
    this.spoken = text;
    this.#host.requestUpdate();
    clearTimeout(this.#quiet);
    this.#quiet = window.setTimeout(() => {
      this.spoken = '';
      this.#host.requestUpdate();
    }, 1500);
  }

  /** The container is in the shadow root from the first render on: the map starts at once. */
  attach(container: HTMLElement): void {
    this.#container = container;
    this.#create();
  }

  hostConnected(): void {
    if (this.#container && !this.#maps) this.#create();
  }

  hostDisconnected(): void {
    this.#generation++;
    this.#loading = false;
    this.#probing = false;
    this.#observer?.disconnect();
    this.#observer = null;
    this.#maps?.remove();
    this.#maps = null;
    this.#boundaries = null;
    this.#shown = null;
    this.#framed = null;
  }

  #create(): void {
    const container = this.#container;
    if (!container) return;
    const options: RendererOptions = {
      container,
      glyphsBase: this.#host.glyphsBase,
      locale: mapControlTexts,
      onHover: (id, point) => this.#host.hovered(id, point),
      onSelect: (id) => this.#host.mapSelect(id),
      onKeyboardMove: (zoom) => this.say(appTexts.mapMoved(zoom)),
      onFailure: () => this.#fallBack(),
      // MapLibre drew again after a lost context, without the feature-state: everything is sent again.
      onRestored: () => (this.reset(), this.#host.requestUpdate()),
      onPointHover: this.points.hovered,
      onPointSelect: this.points.clicked,
    };
    this.#options = options;
    // The 2D map draws the first frame. Once it is on the screen, #afterFirstFrame asks what WebGL
    // this browser has (in a worker: a scratch context costs 30-70 ms in software): MapLibre
    // follows where a graphics processor draws it, or where asked for; elsewhere the 2D map stays.
    // A choice stored in this browser is read after the first frame (#afterFirstFrame): the first
    // read of localStorage waits for the storage to open, some 8 ms.
    this.#choice = rendererChoice(this.#host.renderer);
    if (webglFailed || this.#choice === 'canvas') this.#maps = new RendererSwitch(null, new Canvas2DMap({ ...options, notice: mapTexts.simplified }));
    else this.#maps = new RendererSwitch(new Canvas2DMap({ ...options, first: true }), null);
    void this.#maps.setTextScale(this.#textScale);
    // The focus area is framed again whenever the container changes size: a table pane opening,
    // a host page's layout or a phone turned sideways would otherwise cut it off.
    this.#observer = new ResizeObserver(() => this.#reframe());
    this.#observer.observe(container);
    this.#host.requestUpdate();
  }

  /**
   * MapLibre, loaded once the 2D map shows the first choropleth; once it is there the model's view
   * is sent to it in full. Where it cannot start (no WebGL2 after all), the 2D map stays, now with
   * its notice.
   */
  async #afterFirstFrame(): Promise<void> {
    if (!this.#maps?.first || this.#maps.main || this.#loading || this.#probing) return;
    if (this.#host.renderer === null) this.#choice = rendererChoice(storedRenderer());
    this.#probing = true;
    const generation = this.#generation;
    // Asked only where the answer matters: a stored 'canvas' keeps the 2D map whatever WebGL there is.
    const support = this.#choice === 'canvas' ? 'none' : await webglSupportOffThread();
    this.#probing = false;
    const maps = this.#maps;
    if (generation !== this.#generation || !maps?.first || maps.main || this.#loading) return;
    if (usesWebgl(this.#choice, support)) {
      // Compiling maplibre-gl is one long task: in idle time.
      whenIdle(() => this.#loadWebgl(), 1000);
      return;
    }
    // No WebGL2, or WebGL in software: the first frame's map is the map, now saying so.
    maps.keep(mapTexts.simplified);
    // It has the boundaries, the framing and the plan already: shown once more, so that the
    // page hears of the frame ('atlas-rendered').
    this.#shown = null;
    this.#host.requestUpdate();
  }

  #loadWebgl(): void {
    if (this.#loading || this.#maps?.main || !this.#options) return;
    this.#loading = true;
    const generation = this.#generation;
    const options = this.#options;
    const start = (make: () => AtlasRenderer) => {
      if (generation !== this.#generation) return;
      this.#loading = false;
      let map: AtlasRenderer;
      try {
        map = make();
      } catch (e) {
        console.warn('Map without WebGL:', e);
        webglFailed = true;
        this.hostDisconnected();
        this.#create();
        return;
      }
      this.#maps?.arrive(map);
      this.reset();
      this.#host.requestUpdate();
    };
    import('../../map/atlas-map').then(
      ({ AtlasMap }): void => start(() => new AtlasMap(options)),
      (e: unknown) => start(() => {
        throw e;
      }),
    );
  }

  /** WebGL lost for good: the 2D map for the rest of the session, drawn from the model as it is. */
  #fallBack(): void {
    if (this.#maps?.main?.kind !== 'webgl') return;
    webglFailed = true;
    this.hostDisconnected();
    this.#create();
  }

  /** Drop any memory of what was shown: the next sync draws everything again (new data, sent at once if given). */
  reset(data?: AtlasData): void {
    this.#boundaries = null;
    this.#shown = null;
    this.#framed = null;
    this.#revealed = null;
    if (data) this.boundaries(data);
  }

  setTextScale(scale: number): void {
    // A layout property set again re-places every label: only when the scale changes.
    if (scale === this.#textScale) return;
    this.#textScale = scale;
    void this.#maps?.setTextScale(scale);
  }

  hover(id: string | null): void {
    this.#maps?.hover(id);
  }

  /** Areas not in `ids` faded; null: none. */
  highlight(ids: readonly string[] | null): void {
    this.#maps?.highlight(ids);
  }

  /**
   * New boundaries go to the worker at once, before the shell has drawn its parts: tiling is the
   * longest step to the first map.
   */
  boundaries(data: AtlasData): void {
    const maps = this.#maps;
    const known = this.#boundaries;
    if (!maps || known === data.boundaries) return;
    // New areas (own Sozialräume) are sent afresh; the grid's cells, arriving later, only add theirs.
    if (!known || known.gemeinden !== data.boundaries.gemeinden || known.sozialraeume !== data.boundaries.sozialraeume) {
      void maps.setBoundaries(data.boundaries);
      // Framed again for other Gemeinden; Sozialräume added (after the first map, or a planner's
      // own) leave the view as it is.
      if (!known || known.gemeinden !== data.boundaries.gemeinden) this.#framed = null;
    } else if (data.boundaries.raster && known.raster !== data.boundaries.raster) {
      void maps.setGrid(data.boundaries.raster);
    }
    this.#boundaries = data.boundaries;
  }

  /** Brings the map to the model's view; resolves when the plan's colours are on the canvas. */
  sync(model: AtlasModel, onShown: (plan: Plan) => void): void {
    const maps = this.#maps;
    if (!maps) return;
    const { data, state, plan } = model;
    this.boundaries(data);
    maps.setAttribution(credit(data, plan.level));
    // The Kreis (or Gemeinde) is framed beside the legend. The card is left out: framed between
    // both, the Kreis would shrink to a strip on a beamer; instead the chosen area is panned clear
    // of the card (reveal), and the map does not jump when a card opens.
    // Measured only when the frame changes: reading layout in every update would force it.
    const framed = this.#framed;
    if (!framed || framed.level !== state.level || framed.focus !== state.focus || framed.table !== state.table) {
      // Right after new boundaries the map is framed without a flight.
      const first = framed === null;
      this.#framed = { level: state.level, focus: state.focus, table: state.table };
      void maps.focus(framedArea(this.#framed), first || reducedMotion(), this.#host.insets(false));
    }
    if (plan !== this.#shown) {
      this.#shown = plan;
      // Drawn by the map for good: the page hears of it. Drawn by the first frame's map only: right
      // after it has reached the screen, the choice of map (and the other tables, see sozial-atlas).
      const forGood = maps.main !== null;
      void maps.show(plan).then(() => {
        this.#firstFrameDrawn();
        if (forGood) onShown(plan);
        else setTimeout(() => void this.#afterFirstFrame(), 0);
      });
    }
    void maps.select(state.area);
    this.points.sync();
    // A newly chosen area is kept clear of the card that opened for it.
    if (state.area && state.area !== this.#revealed) {
      const insets = this.#host.insets(true);
      void maps.reveal(state.area, insets, reducedMotion());
    }
    this.#revealed = state.area;
  }
  #revealed: string | null = null;

  #reframe(): void {
    const maps = this.#maps;
    if (!maps || !this.#framed) return;
    void maps.focus(framedArea(this.#framed), true, this.#host.insets(false));
  }
}

interface Framing {
  level: MapLevel;
  focus: string | null;
  table: boolean;
}

/** The area a view frames: the Gemeinde below the Kreis level, none (the whole Kreis) at the Gemeinde level. */
const framedArea = (f: Framing): string | null => (f.level !== 'gemeinde' ? f.focus : null);

/**
 * How far overlays (legend, card) reach into the map from each side. A wide overlay (a legend
 * across a phone's map) covers the top; a narrow one the side it stands on.
 */
export function insetsOf(map: Element | null, overlays: Iterable<Element>): Insets {
  const out = { top: 0, right: 0, bottom: 0, left: 0 };
  const m = map?.getBoundingClientRect();
  if (!m || !m.width) return out;
  for (const el of overlays) {
    const r = el.getBoundingClientRect();
    if (!r.width || r.bottom <= m.top || r.top >= m.bottom || r.right <= m.left || r.left >= m.right) continue;
    if (r.width > m.width * 0.6) out.top = Math.max(out.top, r.bottom - m.top);
    else if (r.left - m.left < m.right - r.right) out.left = Math.max(out.left, r.right - m.left);
    else out.right = Math.max(out.right, m.right - r.left);
  }
  return out;
}

/** The credit of the boundaries on the map: the Sozialräume's and the grid's only where they are shown. */
export function credit(data: AtlasData, level: MapLevel): string {
  const parts = [data.catalog.geometry.attribution];
  if (level === 'sozialraum' && data.catalog.sozialraeume) parts.push(data.catalog.sozialraeume.attribution);
  if (level === 'raster' && data.catalog.grid) parts.push(data.catalog.grid.attribution);
  if (data.boundaries.rivers?.features.length) parts.push(dataTexts.riversCredit);
  return parts.join('; ');
}
