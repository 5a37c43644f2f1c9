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
    this.#version++;
  }

  remove(layer: string): void {
    this.#set.remove(layer);
    this.#version++;
  }

  /** true when the chosen point changed (a frame is due) */
  select(layer: string | null, id: string | null): boolean {
    const changed = this.#set.select(layer, id);
    if (changed) this.#version++;
    return changed;
  }

  /**
   * Paints every mark; `ctx` draws in CSS px (the map's pixel ratio already applied). `still`: the
   * view's key while the map stands (null while it moves). A workshop's hundreds of pins cost a
   * frame several milliseconds; a standing view's frames (hover, indicator switch) blit them as
   * one bitmap instead, made again when the view, a layer or the chosen point changes.
   */
  paint(ctx: CanvasRenderingContext2D, view: PointView, still: string | null = null): void {
    if (!still) return this.#paint(ctx, view);
    const { width, height } = ctx.canvas;
    let cached = this.#still;
    if (cached?.key !== still || cached.version !== this.#version || cached.canvas.width !== width || cached.canvas.height !== height) {
      // One canvas kept (resized when the map is), cleared for each new view.
      const canvas = cached?.canvas ?? document.createElement('canvas');
      Object.assign(canvas, { width, height });
      const own = canvas.getContext('2d');
      if (!own) return this.#paint(ctx, view);
      own.setTransform(1, 0, 0, 1, 0, 0);
      own.clearRect(0, 0, width, height);
      own.setTransform(ctx.getTransform());
      this.#paint(own, view);
      cached = this.#still = { key: still, version: this.#version, canvas };
    }
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(cached.canvas, 0, 0);
    ctx.restore();
  }
  #still: { key: string; version: number; canvas: HTMLCanvasElement } | null = null;
  /** counts changes of the layers and the chosen point (the bitmap's other key) */
  #version = 0;

  #paint(ctx: CanvasRenderingContext2D, view: PointView): void {
    for (const { style, mark, selected } of this.#set.marks(view.zoom)) {
      const [x, y] = view.project(mark.lngLat);
      paintMark(ctx, style, mark, x, y, selected);
    }
  }

  at(view: PointView, x: number, y: number): PointHit | null {
    return this.#set.hit(view.zoom, view.project, x, y);
  }
}
