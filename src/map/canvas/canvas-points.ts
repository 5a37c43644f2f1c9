// Point layers on the 2D map: the same marks as MapLibre's (PointLayerSet at the zoom shown),
// painted over everything else with the same drawing (point-canvas.ts), hit by the same outline.
import { paintMark } from '../point-canvas';
import { PointLayerSet } from '../point-layers';
import type { PointHit, RendererOptions } from '../renderer';
import type { XY } from '../../symbology/point-shapes';
import type { PointFeature, PointLayerStyle } from '../../symbology/points';

/** lng/lat -> the map's CSS px, and the MapLibre zoom shown: what the 2D map's view gives. */
export interface PointView {
  zoom: number;
  project(lngLat: [number, number]): XY;
}

export class CanvasPoints {
  readonly #set = new PointLayerSet();
  #hovered: string | null = null;

  /** `redraw`: asks the 2D map for a frame (a layer or the chosen point changed); `view`: the view shown. */
  constructor(
    private readonly options: Pick<RendererOptions, 'onPointHover' | 'onPointSelect'>,
    private readonly redraw: () => void,
    private readonly view: () => PointView,
  ) {}

  get empty(): boolean {
    return this.#set.empty;
  }

  set(layer: string, features: readonly PointFeature[], style: PointLayerStyle): void {
    this.#set.set(layer, features, style);
    this.#version++;
    this.redraw();
  }

  remove(layer: string): void {
    this.#set.remove(layer);
    this.#version++;
    this.redraw();
  }

  select(layer: string | null, id: string | null): void {
    if (this.#set.select(layer, id)) (this.#version++, this.redraw());
  }

  /**
   * Paints every mark; `ctx` draws in CSS px (the map's pixel ratio already applied). `still`: the
   * view's key while the map stands (null while it moves). A workshop's hundreds of pins cost a
   * frame several milliseconds; a standing view's frames (hover, indicator switch) blit them as
   * one bitmap instead, made again when the view, a layer or the chosen point changes.
   */
  paint(ctx: CanvasRenderingContext2D, still: string | null = null): void {
    if (this.#set.empty) return;
    if (!still) return this.#paint(ctx);
    const { width, height } = ctx.canvas;
    let cached = this.#still;
    if (cached?.key !== still || cached.version !== this.#version || cached.canvas.width !== width || cached.canvas.height !== height) {
      // One canvas kept (resized when the map is), cleared for each new view.
      const canvas = cached?.canvas ?? document.createElement('canvas');
      Object.assign(canvas, { width, height });
      const own = canvas.getContext('2d');
      if (!own) return this.#paint(ctx);
      own.setTransform(1, 0, 0, 1, 0, 0);
      own.clearRect(0, 0, width, height);
      own.setTransform(ctx.getTransform());
      this.#paint(own);
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

  #paint(ctx: CanvasRenderingContext2D): void {
    const view = this.view();
    for (const { style, mark, selected } of this.#set.marks(view.zoom)) {
      const [x, y] = view.project(mark.lngLat);
      paintMark(ctx, style, mark, x, y, selected);
    }
  }

  at(x: number, y: number): PointHit | null {
    if (this.#set.empty) return null;
    const view = this.view();
    return this.#set.hit(view.zoom, view.project, x, y);
  }

  /** The pointer moved (null: left the map); true when it is over a mark (the area under it is then not hovered). */
  hover(at: XY | null): boolean {
    const hit = at ? this.at(at[0], at[1]) : null;
    const key = hit ? `${hit.layer}:${hit.ids.join()}` : null;
    if (key !== this.#hovered || hit) {
      this.#hovered = key;
      this.options.onPointHover?.(hit, hit && at ? { x: at[0], y: at[1] } : null);
    }
    return hit !== null;
  }

  /** A click: true when a mark took it. */
  click([x, y]: XY): boolean {
    const hit = this.at(x, y);
    if (hit) this.options.onPointSelect?.(hit);
    return hit !== null;
  }
}
