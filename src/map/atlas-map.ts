// The MapLibre map of the atlas. Sources are added once; a new plan only writes feature-state
// and one paint expression, so switching indicator or classes costs a repaint, not a reload.
import { Map as MapLibreMap, AttributionControl, NavigationControl, ScaleControl, setWorkerUrl, type LngLatBoundsLike } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { bbox } from '@turf/turf';
import type { Boundaries } from '../data/boundaries';
import type { Plan } from '../state/plan';
import { atlasStyle, fillOf, hatchImage, HATCH_IMAGE, LAYER, SOURCE } from './style';

setWorkerUrl(new URL(workerUrl, import.meta.url).href);

export interface AtlasMapOptions {
  container: HTMLElement;
  boundaries: Boundaries;
  glyphsBase: string;
  attribution: string;
  onHover(id: string | null, point: { x: number; y: number } | null): void;
  onSelect(id: string | null): void;
}

/** Writes a plan into a loaded map: class and colour per area in feature-state, no style change. */
export function applyPlan(map: MapLibreMap, ids: readonly string[], plan: Plan): void {
  for (const id of ids) map.setFeatureState({ source: SOURCE.gemeinden, id }, { cls: plan.classes.get(id) ?? -1, fill: fillOf(plan, id) });
  // A pattern layer costs a full extra pass even at opacity 0: draw it only when needed.
  map.setLayoutProperty(LAYER.hatch, 'visibility', plan.missing + plan.suppressed > 0 ? 'visible' : 'none');
}

/** The map extent: the Kreis outline, or all areas when a data set has none. */
export function extentOf(boundaries: Boundaries): LngLatBoundsLike {
  return bbox(boundaries.kreis.features.length ? boundaries.kreis : boundaries.gemeinden) as LngLatBoundsLike;
}

export class AtlasMap {
  readonly map: MapLibreMap;
  readonly ready: Promise<void>;
  #hovered: string | null = null;
  #selected: string | null = null;
  #ids: string[];

  constructor(private readonly options: AtlasMapOptions) {
    const { boundaries } = options;
    this.#ids = boundaries.gemeinden.features.map((f) => f.properties.id);
    this.map = new MapLibreMap({
      container: options.container,
      style: atlasStyle(boundaries, options.glyphsBase),
      bounds: extentOf(boundaries),
      fitBoundsOptions: { padding: 24 },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      fadeDuration: 0,
      // Pixel tests and print read the canvas back.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.keyboard.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.map.addControl(new AttributionControl({ compact: false, customAttribution: options.attribution }), 'bottom-right');
    this.map.addImage(HATCH_IMAGE, hatchImage(), { pixelRatio: 1 });
    this.ready = new Promise((resolve) => this.map.once('load', () => resolve()));
    this.#listen();
  }

  /** Applies a plan; resolves when the frame showing it has been drawn. */
  async show(plan: Plan): Promise<void> {
    await this.ready;
    applyPlan(this.map, this.#ids, plan);
    await this.nextFrame();
  }

  async select(id: string | null): Promise<void> {
    await this.ready;
    if (this.#selected === id) return;
    if (this.#selected) this.map.setFeatureState({ source: SOURCE.gemeinden, id: this.#selected }, { selected: false });
    this.#selected = id;
    if (id) this.map.setFeatureState({ source: SOURCE.gemeinden, id }, { selected: true });
  }

  nextFrame(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('render', () => resolve());
      this.map.triggerRepaint();
    });
  }

  #listen(): void {
    const { map } = this;
    map.on('mousemove', LAYER.fill, (e) => {
      const id = (e.features?.[0]?.id ?? null) as string | null;
      this.#setHover(id);
      this.options.onHover(id, id ? e.point : null);
    });
    map.on('mouseleave', LAYER.fill, () => {
      this.#setHover(null);
      this.options.onHover(null, null);
    });
    map.on('click', (e) => {
      const [hit] = map.queryRenderedFeatures(e.point, { layers: [LAYER.fill] });
      this.options.onSelect((hit?.id as string | undefined) ?? null);
    });
  }

  #setHover(id: string | null): void {
    if (this.#hovered === id) return;
    if (this.#hovered) this.map.setFeatureState({ source: SOURCE.gemeinden, id: this.#hovered }, { hover: false });
    this.#hovered = id;
    if (id) this.map.setFeatureState({ source: SOURCE.gemeinden, id }, { hover: true });
    this.map.getCanvas().style.cursor = id ? 'pointer' : '';
  }
}
