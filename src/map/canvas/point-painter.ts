// The 2D map's point marks: the same marks as MapLibre's (PointLayerSet at the zoom shown), painted
// with the same drawing (point-canvas.ts) and hit by the same outline. Loaded with the first point
// layer (canvas-points.ts), so that a map without points does not carry the clustering and shapes.
import { paintMark } from '../point-canvas';
import { PointLayerSet } from '../point-layers';
import type { PointHit } from '../renderer';
import type { XY } from '../../symbology/point-shapes';
import type { PointFeature, PointLayerStyle } from '../../symbology/points';

/** lng/lat -> the map's CSS px, and the MapLibre zoom shown: what the 2D map's view gives. */
export interface PointView {
  zoom: number;
  project(lngLat: [number, number]): XY;
}

export class PointPainter {
  readonly #set = new PointLayerSet();

  get empty(): boolean {
    return this.#set.empty;
  }

  set(layer: string, features: readonly PointFeature[], style: PointLayerStyle): void {
    this.#set.set(layer, features, style);
  }

  remove(layer: string): void {
    this.#set.remove(layer);
  }

  /** true when the chosen point changed (a frame is due) */
  select(layer: string | null, id: string | null): boolean {
    return this.#set.select(layer, id);
  }

  /** Paints every mark; `ctx` draws in CSS px (the map's pixel ratio already applied). */
  paint(ctx: CanvasRenderingContext2D, view: PointView): void {
    for (const { style, mark, selected } of this.#set.marks(view.zoom)) {
      const [x, y] = view.project(mark.lngLat);
      paintMark(ctx, style, mark, x, y, selected);
    }
  }

  at(view: PointView, x: number, y: number): PointHit | null {
    return this.#set.hit(view.zoom, view.project, x, y);
  }
}
