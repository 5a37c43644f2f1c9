// The MapLibre map of the atlas. Sources are added once; a new plan only writes feature-state
// and one paint expression, so switching indicator or classes costs a repaint, not a reload.
import {
  Map as MapLibreMap,
  AttributionControl,
  NavigationControl,
  ScaleControl,
  prewarm,
  setWorkerUrl,
  type GeoJSONSource,
  type LngLatBoundsLike,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AreaProps, Boundaries } from '../data/boundaries';
import { FeatureStates } from './feature-states';
import { NO_INSETS, type AtlasRenderer, type Insets, type MapPlan, type RendererOptions } from './renderer';
import { extentOf, framePadding, revealShift } from '../geo/fit';
import { boxOf } from '../geo/mercator';
import { setVisibility, showLevelLayers } from './level-layers';
import { applyPlan } from './plan-state';
import { atlasStyle, sampleDash, textSizes, HATCH_IMAGE, LEVEL, LEVELS, SOURCE, type MapLevel } from './style';
import { hatchTile } from '../symbology/hatch';
import { mapControlTexts } from '../messages/app';
import { MapLibrePoints } from './maplibre-points';
import { framesAfresh } from './framing';
import type { PointFeature, PointLayerStyle } from '../symbology/points';

setWorkerUrl(new URL(workerUrl, import.meta.url).href);
// Boot the worker while the page still fetches its data: in software GL that is the longest
// single step before the first map frame.
prewarm();


/** How long a lost WebGL context may take to come back before the atlas gives up on WebGL. */
export const RESTORE_WAIT_MS = 2000;

type AreaFeature = Feature<Geometry, AreaProps>;

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

export class AtlasMap implements AtlasRenderer {
  readonly kind = 'webgl' as const;
  readonly map: MapLibreMap;
  /** Resolves once the style is parsed: feature-state may be written from then on. */
  readonly #styled: Promise<void>;
  /** Set by setBoundaries until the first frame with the new areas is complete. */
  #filled: Promise<void> | null = null;
  #features = new Map<string, AreaFeature>();
  /** Boundaries the worker has not been given yet, by source (see #sendData). */
  #unsent = new Map<string, FeatureCollection>();
  #extent: LngLatBoundsLike | null = null;
  /** the boundaries the extent was taken from */
  #framedOn: Boundaries | null = null;
  #attribution: AttributionControl | null = null;
  /** the plan shown: its level is the level whose layers are visible */
  #plan: MapPlan | null = null;
  #highlighted: ReadonlySet<string> | null = null;
  #hovered: string | null = null;
  /** Levels whose hatching has been switched on (see #showHatch). */
  #hatched = new Set<MapLevel>();
  #selected: string | null = null;
  readonly #states: FeatureStates;
  readonly #points: MapLibrePoints;

  constructor(private readonly options: RendererOptions) {
    this.map = new MapLibreMap({
      container: options.container,
      style: atlasStyle(options.glyphsBase),
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      fadeDuration: 0,
      locale: options.locale,
      // Pixel tests and print read the canvas back.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    });
    this.#states = new FeatureStates(this.map);
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    // Bottom right: the top of the map belongs to the title, legend and the selected area's card.
    this.map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.map.addImage(HATCH_IMAGE, hatchTile(), { pixelRatio: 1 });
    this.#styled = new Promise((resolve) => this.map.once('style.load', () => resolve()));
    this.#points = new MapLibrePoints(this.map, this.#styled, options);
    const canvas = this.map.getCanvas();
    canvas.setAttribute('aria-label', options.locale['Map.Title'] ?? mapControlTexts['Map.Title']);
    this.#listen();
    this.#watchContext();
  }

  get canvas(): HTMLCanvasElement {
    return this.map.getCanvas();
  }

  view(): { center: [number, number]; zoom: number } {
    const { lng, lat } = this.map.getCenter();
    return { center: [lng, lat], zoom: this.map.getZoom() };
  }

  jumpTo(center: [number, number], zoom: number): void {
    this.map.jumpTo({ center, zoom });
  }

  remove(): void {
    clearTimeout(this.#lostTimer);
    try {
      this.map.remove();
    } catch (e) {
      // A map whose context is gone may fail to free it; its elements must still leave the page.
      console.warn('Map not cleanly removed:', e);
      const container = this.map.getContainer();
      for (const el of [...container.children]) if (el.className.startsWith('maplibregl-')) el.remove();
      container.classList.remove('maplibregl-map');
    }
  }

  #lostTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * A lost context (driver reset, too many contexts, a remote session) that comes back is drawn
   * again from scratch; one that does not within RESTORE_WAIT_MS is given up for the session.
   */
  #watchContext(): void {
    this.map.on('webglcontextlost', () => {
      clearTimeout(this.#lostTimer);
      this.#lostTimer = setTimeout(() => this.options.onFailure?.(), RESTORE_WAIT_MS);
    });
    this.map.on('webglcontextrestored', () => {
      clearTimeout(this.#lostTimer);
      // The style came back from MapLibre's snapshot, the feature-state did not.
      this.#hatched.clear();
      this.#hovered = null;
      this.#selected = null;
      this.#filled = null;
      // MapLibre rebuilds the style from a snapshot, asynchronously: state is written once it is loaded.
      if (this.map.isStyleLoaded()) this.options.onRestored?.();
      else this.map.once('style.load', () => this.options.onRestored?.());
    });
  }

  /** Type scale of the labels (1 = normal; presentation mode on a beamer is larger). */
  async setTextScale(scale: number): Promise<void> {
    await this.#styled;
    for (const [layer, size] of textSizes(scale)) this.map.setLayoutProperty(layer, 'text-size', size);
  }

  /** Fills the sources with the areas of every level and frames the Kreis. */
  async setBoundaries(boundaries: Boundaries): Promise<void> {
    await this.#styled;
    // New areas (own Sozialräume) start without the old ones' state: MapLibre re-tiling a source
    // applies every state it holds, and states of ids the new data lacks or repeats made it read
    // past a tile's features ("feature index out of bounds").
    for (const source of [SOURCE.gemeinden, SOURCE.labels, SOURCE.sozialraeume, SOURCE.sozialraumLabels]) this.map.removeFeatureState({ source });
    this.#states.clear();
    this.#unsent = new Map<string, FeatureCollection>([
      [SOURCE.nachbarn, boundaries.nachbarn],
      [SOURCE.kreis, boundaries.kreis],
      [SOURCE.gemeinden, boundaries.gemeinden],
      [SOURCE.labels, boundaries.labels],
      [SOURCE.sozialraeume, boundaries.sozialraeume],
      [SOURCE.sozialraumLabels, boundaries.sozialraumLabels],
      [SOURCE.rivers, boundaries.rivers ?? collection([])],
      ...(boundaries.raster ? [[SOURCE.raster, boundaries.raster] as const] : []),
    ]);
    const features = [...boundaries.gemeinden.features, ...boundaries.sozialraeume.features, ...(boundaries.raster?.features ?? [])];
    this.#features = new Map(features.map((f) => [f.properties.id, f]));
    this.map.setPaintProperty(LEVEL.sozialraum.borders, 'line-dasharray', sampleDash(boundaries.sozialraeume.features.some((f) => f.properties.sample)));
    if (!this.#extent || framesAfresh(this.#framedOn, boundaries)) {
      this.#extent = extentOf(boundaries);
      this.map.fitBounds(this.#extent, { padding: 24, animate: false });
    }
    this.#framedOn = boundaries;
    this.#filled = this.#fill();
  }

  async #fill(): Promise<void> {
    // The frame after fitBounds asks the worker for the tiles of the new view while the sources
    // are still empty. Data sent before that frame would be tiled twice: once for that request
    // and again when MapLibre reloads the tiles for the new data.
    await this.nextFrame();
    this.#sendData(this.level);
    await this.#complete();
    for (const level of LEVELS) this.#sendData(level);
  }

  /**
   * The grid cells, once loaded (they come after the boundaries, see data/grid.ts). When the grid
   * level is shown, the next plan's frame waits until they are tiled and drawn.
   */
  async setGrid(cells: FeatureCollection<Geometry, AreaProps>): Promise<void> {
    await this.#styled;
    for (const f of cells.features) this.#features.set(f.properties.id, f as AreaFeature);
    this.#unsent.set(SOURCE.raster, cells);
    if (this.level === 'raster' && !this.#filled) {
      this.#sendData('raster');
      this.#filled = this.#complete();
    }
  }

  /**
   * Hands the worker the data a level draws, its own areas first. The worker tiles one source
   * after the other, so a hidden level's areas wait until the first frame is complete.
   */
  #sendData(level: MapLevel): boolean {
    let sent = false;
    // The Sozialraum level outlines the Gemeinden too.
    for (const id of [LEVEL[level].source, SOURCE.gemeinden, SOURCE.kreis, LEVEL[level].labelSource, SOURCE.nachbarn, SOURCE.rivers]) {
      const data = this.#unsent.get(id);
      if (!data) continue;
      this.#unsent.delete(id);
      this.map.getSource<GeoJSONSource>(id)?.setData(data);
      sent ||= id === LEVEL[level].source;
    }
    return sent;
  }

  /** Applies a plan; resolves when the frame showing it has been drawn. */
  async show(plan: MapPlan): Promise<void> {
    await this.#styled;
    const moved = plan.level !== this.level;
    this.#plan = plan;
    if (moved) this.#showLevel(plan.level);
    applyPlan(this.#states, plan, this.#highlighted);
    if (plan.hatched) this.#showHatch(plan.level);
    // Right after new boundaries, or on another level (whose layers MapLibre tiles when they become
    // visible), the plan rides along with the first complete frame.
    await (this.#filled ?? (moved ? this.#complete() : this.nextFrame()));
  }

  /**
   * The credit line of the boundaries in view (replaced, not added to, when it changes). Compact:
   * an (i) button that opens it, so that it never covers the scale bar on a narrow map.
   */
  setAttribution(text: string): void {
    if (this.#attributionText === text) return;
    this.#attributionText = text;
    if (this.#attribution) this.map.removeControl(this.#attribution);
    this.#attribution = new AttributionControl({ compact: true, customAttribution: text });
    this.map.addControl(this.#attribution, 'bottom-right');
    // MapLibre opens a compact attribution until the first drag; closed, it is just the (i).
    this.map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  }
  #attributionText = '';

  /**
   * Frames an area (or the whole Kreis for null), without animation when motion is reduced.
   * `insets`: the parts of the map covered by legend and card, kept free of the framed area.
   */
  async focus(id: string | null, reduceMotion: boolean, insets: Insets = NO_INSETS): Promise<void> {
    await this.#styled;
    // The container may just have changed size (table pane); MapLibre notices only a frame later.
    this.map.resize();
    const feature = id ? this.#features.get(id) : null;
    const target = feature ? (boxOf(feature) as LngLatBoundsLike) : this.#extent;
    if (!target) return;
    const { clientWidth: w, clientHeight: h } = this.map.getContainer();
    this.map.fitBounds(target, { padding: framePadding(insets, w, h), animate: !reduceMotion, duration: 400 });
  }

  /**
   * Pans (never zooms) so that an area lies clear of the overlays, e.g. of the card that opened
   * over it; an area already in the free part stays where it is.
   */
  async reveal(id: string, insets: Insets, reduceMotion: boolean): Promise<void> {
    await this.#styled;
    const feature = this.#features.get(id);
    if (!feature) return;
    const [w, s, e, n] = boxOf(feature);
    const a = this.map.project([w, n]);
    const b = this.map.project([e, s]);
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const [dx, dy] = revealShift([a.x, a.y, b.x, b.y], insets, width, height);
    if (Math.abs(dx) > 2 || Math.abs(dy) > 2) this.map.panBy([dx, dy], { animate: !reduceMotion, duration: 300 });
  }

  async select(id: string | null): Promise<void> {
    await this.#styled;
    if (this.#selected === id) return;
    this.#selected = id;
    const f = id ? this.#features.get(id) : undefined;
    this.map.getSource<GeoJSONSource>(SOURCE.highlight)?.setData(collection(f ? [f] : []));
  }

  /**
   * Fades every area of the shown level but `ids` (null: none faded), e.g. those a rectangle in
   * the scatterplot holds. The faded colour is written into the fill's feature-state like any
   * colour: only the areas whose fill changes are written, and no paint expression changes (which
   * would make MapLibre re-tile the source).
   */
  highlight(ids: readonly string[] | null): void {
    this.#highlighted = ids ? new Set(ids) : null;
    if (this.#plan) applyPlan(this.#states, this.#plan, this.#highlighted);
    this.map.triggerRepaint();
  }
  /** Outlines an area as if hovered (from the table or the search list); null clears it. */
  hover(id: string | null): void {
    this.#setHover(id);
  }

  setPoints = (layer: string, features: readonly PointFeature[], style: PointLayerStyle) => this.#points.set(layer, features, style);
  removePoints = (layer: string) => this.#points.remove(layer);
  selectPoint = (layer: string | null, id: string | null) => this.#points.select(layer, id);

  get hovered(): string | null {
    return this.#hovered;
  }

  /** The level drawn: the shown plan's (the Gemeinden before the first plan); not kept apart from it. */
  get level(): MapLevel {
    return this.#plan?.level ?? 'gemeinde';
  }

  nextFrame(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('render', () => resolve());
      this.map.triggerRepaint();
    });
  }

  /**
   * Resolves at the first frame that draws every area of the shown level: labels, the
   * neighbours and the hidden level may follow a frame later.
   */
  #complete(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!this.map.isSourceLoaded(LEVEL[this.level].source)) return;
        this.map.off('render', check);
        this.#filled = null;
        resolve();
      };
      this.map.on('render', check);
      this.map.triggerRepaint();
    });
  }

  /**
   * The hatching pattern costs a full extra pass, so a level draws it only once some plan needs
   * it; from then on it stays: switching a layer's visibility makes MapLibre re-tile the whole
   * source, which costs more (year after year with and without a withheld cell) than the pass.
   */
  #showHatch(level: MapLevel): void {
    if (this.#hatched.has(level)) return;
    this.#hatched.add(level);
    setVisibility(this.map, LEVEL[level].hatch, true);
  }

  /** Shows a level's layers and hides the others' (see `shown` in style.ts). */
  #showLevel(level: MapLevel): void {
    // While the sources are being filled, #fill sends the shown level's data.
    if (!this.#filled) this.#sendData(level);
    showLevelLayers(this.map, this.#states, level);
  }

  #listen(): void {
    const { map } = this;
    for (const level of LEVELS) {
      const fill = LEVEL[level].fill;
      map.on('mousemove', fill, (e) => {
        // A hidden level (opacity 0) is under the pointer too.
        if (level !== this.level) return;
        // Over a point's mark the point is hovered (maplibre-points.ts), not the area under it.
        if (this.#points.at(e.point)) return this.#setHover(null);
        const id = (e.features?.[0]?.id ?? null) as string | null;
        this.#setHover(id);
        this.options.onHover(id, id ? e.point : null);
      });
      map.on('mouseleave', fill, (e) => {
        // Onto a point's mark: its tooltip stays.
        if (level !== this.level || this.#points.at(e.point)) return;
        this.#setHover(null);
        this.options.onHover(null, null);
      });
    }
    map.on('click', (e) => {
      if (this.#points.click(e.point)) return;
      const [hit] = map.queryRenderedFeatures(e.point, { layers: [LEVEL[this.level].fill] });
      this.options.onSelect((hit?.id as string | undefined) ?? null);
    });
    map.on('moveend', (e) => {
      if (e.originalEvent instanceof KeyboardEvent) this.options.onKeyboardMove?.(map.getZoom());
    });
  }

  #setHover(id: string | null): void {
    if (this.#hovered === id) return;
    const source = LEVEL[this.level].source;
    if (this.#hovered) this.map.setFeatureState({ source: this.#hoveredSource, id: this.#hovered }, { hover: false });
    this.#hovered = id;
    this.#hoveredSource = source;
    if (id) this.map.setFeatureState({ source, id }, { hover: true });
    this.map.getCanvas().style.cursor = id ? 'pointer' : '';
  }
  #hoveredSource: string = SOURCE.gemeinden;
}
