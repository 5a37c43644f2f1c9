// Point layers on the MapLibre map: one GeoJSON source of marks above every other layer, each
// mark an icon painted by point-canvas.ts. The marks (and clusters) come from PointLayerSet at the
// zoom shown, as on the 2D map; they are sent again only when a zoom changes which points cluster.
// The marks' code (clustering, shapes, drawing) loads with the first layer, as on the 2D map.
// The marks take their place before every label, and the area names give way to them (style.ts
// giveWayLayout), as on the 2D map and on paper.
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { markImage } from './point-canvas';
import type { PointLayerSet, LayerMark } from './point-layers';
import type { PointHit, RendererOptions } from './renderer';
import type { PointFeature, PointLayerStyle } from '../symbology/points';
import { GIVE_WAY } from '../symbology/context';
import { giveWayLayout, LEVEL, LEVELS } from './style';

export const POINTS_SOURCE = 'atlas-points';
export const POINTS_LAYER = 'atlas-points';

const iconOf = ({ layer, mark, selected }: LayerMark) =>
  `point:${layer}:${mark.features.length > 1 ? '+' : mark.features[0].category}:${mark.text ?? ''}:${selected ? 1 : 0}`;

export class MapLibrePoints {
  /** null until the first layer has brought the marks' code */
  #set: PointLayerSet | null = null;
  #image: typeof markImage | null = null;
  #loading: Promise<void> | null = null;
  #sent = '';
  #added = false;
  /** sources may be added once the style is parsed */
  #ready = false;
  #hovered: string | null = null;
  /** whether the area names' layout gives way to marks now */
  #givingWay = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly styled: Promise<void>,
    private readonly options: Pick<RendererOptions, 'onPointHover' | 'onPointSelect'>,
  ) {
    void styled.then(() => (this.#ready = true));
    map.on('zoom', () => this.#update());
    map.on('mousemove', (e) => this.#hover(e));
    map.on('mouseout', () => this.#hover(null));
  }

  set(layer: string, features: readonly PointFeature[], style: PointLayerStyle): void {
    this.#with((set) => (set.set(layer, features, style), void this.#refresh()));
  }

  remove(layer: string): void {
    if (this.#set || this.#loading) this.#with((set) => (set.remove(layer), void this.#refresh()));
  }

  select(layer: string | null, id: string | null): void {
    if (this.#set || this.#loading) this.#with((set) => {
        if (set.select(layer, id)) void this.#refresh();
      });
  }

  /** Runs `call` on the marks, once their code is in (calls made meanwhile run in their order). */
  #with(call: (set: PointLayerSet) => unknown): void {
    if (this.#set) {
      call(this.#set);
      return;
    }
    this.#loading ??= Promise.all([import('./point-layers'), import('./point-canvas')]).then(([layers, canvas]) => {
      this.#set = new layers.PointLayerSet();
      this.#image = canvas.markImage;
    });
    void this.#loading.then(() => this.#set && call(this.#set));
  }

  /** The mark at a screen point (container px), if any: the area under it is then not hovered or chosen. */
  at(point: { x: number; y: number }): PointHit | null {
    if (!this.#set || this.#set.empty) return null;
    return this.#set.hit(this.map.getZoom(), (lngLat) => {
      const p = this.map.project(lngLat);
      return [p.x, p.y];
    }, point.x, point.y);
  }

  /** A click on a mark: true when it took the click (the areas' handler then leaves it). */
  click(point: { x: number; y: number }): boolean {
    const hit = this.at(point);
    if (hit) this.options.onPointSelect?.(hit);
    return hit !== null;
  }

  async #refresh(): Promise<void> {
    await this.styled;
    this.#sent = '';
    this.#update();
  }

  #update(): void {
    if (!this.#ready || !this.#set || !this.#image || (!this.#added && this.#set.empty)) return;
    this.#giveWay(!this.#set.empty);
    const marks = this.#set.marks(this.map.getZoom());
    const features: Array<Feature<Point>> = marks.map((m) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: m.mark.lngLat }, properties: { icon: iconOf(m) } }));
    const key = JSON.stringify(features.map((f) => [f.geometry.coordinates, f.properties?.icon]));
    if (key === this.#sent) return;
    this.#sent = key;
    const ratio = window.devicePixelRatio || 1;
    for (const m of marks) {
      const icon = iconOf(m);
      if (this.map.hasImage(icon)) continue;
      const image = this.#image(m.style, m.mark, m.selected, ratio);
      if (image) this.map.addImage(icon, image, { pixelRatio: ratio });
    }
    const data: FeatureCollection = { type: 'FeatureCollection', features };
    if (!this.#added) {
      this.#added = true;
      this.map.addSource(POINTS_SOURCE, { type: 'geojson', data });
      // On top of everything, each mark whole: points never give way to labels or to each other
      // (overlaps cluster instead). Placed first (the topmost layer), each icon takes its box, so
      // that the labels placed after it keep clear of it.
      this.map.addLayer({
        id: POINTS_LAYER,
        type: 'symbol',
        source: POINTS_SOURCE,
        layout: { 'icon-image': ['get', 'icon'], 'icon-allow-overlap': true, 'icon-ignore-placement': false, 'icon-padding': GIVE_WAY.markPadding, 'symbol-sort-key': 0 },
      });
    } else this.map.getSource<GeoJSONSource>(POINTS_SOURCE)?.setData(data);
  }

  /** The area names may take the spots around their anchors while marks are shown, and only then. */
  #giveWay(on: boolean): void {
    if (on === this.#givingWay) return;
    this.#givingWay = on;
    const layout = giveWayLayout(on);
    for (const level of LEVELS) {
      this.map.setLayoutProperty(LEVEL[level].labels, 'text-variable-anchor', layout['text-variable-anchor']);
      this.map.setLayoutProperty(LEVEL[level].labels, 'text-radial-offset', layout['text-radial-offset']);
    }
  }

  #hover(e: MapMouseEvent | null): void {
    const hit = e ? this.at(e.point) : null;
    const key = hit ? `${hit.layer}:${hit.ids.join()}` : null;
    if (key === this.#hovered && !hit) return;
    this.#hovered = key;
    this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
    this.options.onPointHover?.(hit, hit && e ? { x: e.point.x, y: e.point.y } : null);
  }
}
