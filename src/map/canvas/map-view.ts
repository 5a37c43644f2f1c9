// MapLibre's names for what the tests and the bench ask a map, answered by the 2D map.
import type { XY } from '../../geo/mercator';
import type { MapLevel } from '../../state/atlas-state';
import { LEVEL } from '../layer-ids';
import type { PlacedLabel } from './labels';
import type { AreaFeature } from './scene';

/** What the stand-in reads of the 2D map. */
export interface MapViewSource {
  readonly canvas: HTMLCanvasElement;
  readonly hovered: string | null;
  readonly level: MapLevel;
  readonly loaded: boolean;
  readonly moving: boolean;
  readonly zoom: number;
  readonly size: { w: number; h: number };
  onDrawn(listener: () => void): void;
  offDrawn(listener: () => void): void;
  project(p: XY): XY;
  unproject(p: XY): XY;
  jumpTo(center: XY | null, zoom: number | null): void;
  areaAt(x: number, y: number, level?: MapLevel): string | null;
  labelsIn(layer: string, box: [number, number, number, number]): PlacedLabel[];
  features(source: string): AreaFeature[];
}

type QueryPoint = [number, number] | { x: number; y: number };
type QueryBox = QueryPoint | [QueryPoint, QueryPoint];

/**
 * MapLibre's names for what the tests and the bench ask a map (canvas, project, loaded, what is
 * rendered at a point), answered by the 2D map, so that the same pixel tests run on both.
 */
export class CanvasMapView {
  constructor(private readonly m: MapViewSource) {}
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
