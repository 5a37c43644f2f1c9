// Point layers on the 2D map: the same marks as MapLibre's (PointLayerSet at the zoom shown),
// painted over everything else with the same drawing (point-canvas.ts), hit by the same outline.
import { paintMark } from '../point-canvas';
import { MarkSprites } from '../mark-sprites';
import { PointLayerSet, type LayerMark } from '../point-layers';
import type { PointHit, RendererOptions } from '../renderer';
import type { XY } from '../../symbology/point-shapes';
import type { PointFeature, PointLayerStyle } from '../../symbology/points';

/** lng/lat -> the map's CSS px, and the MapLibre zoom shown: what the 2D map's view gives. */
export interface PointView {
  zoom: number;
  project(lngLat: [number, number]): XY;
}

/** CSS px painted beyond each edge of the view: pans shorter than this copy the marks' image shifted */
const MARGIN = 192;

export class CanvasPoints {
  readonly #set = new PointLayerSet();
  readonly #sprites = new MarkSprites();
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
    this.redraw();
  }

  remove(layer: string): void {
    this.#set.remove(layer);
    this.redraw();
  }

  select(layer: string | null, id: string | null): void {
    if (this.#set.select(layer, id)) this.redraw();
  }

  /**
   * Paints every mark in view; `ctx` draws in CSS px (the map's pixel ratio already applied). Each
   * look (symbol, text, chosen) is painted once into a sprite and then copied, anchored on a device
   * pixel; and the marks of a view are kept as one image with a margin, so that a frame for a hover
   * copies that image, and a pan by less than the margin copies it shifted (as map tiles are),
   * instead of 1,500 sprites for 5,000 own places.
   */
  paint(ctx: CanvasRenderingContext2D): void {
    if (this.#set.empty) return;
    const view = this.view();
    const ratio = ctx.getTransform().a || 1;
    const marks = this.#set.marks(view.zoom);
    const [ox, oy] = view.project([0, 0]);
    const layer = this.#overlay(ctx.canvas.width + 2 * MARGIN * ratio, ctx.canvas.height + 2 * MARGIN * ratio);
    if (!layer) return this.#paintMarks(ctx, marks, view, ratio, 0, ctx.canvas.width / ratio, ctx.canvas.height / ratio);
    // The shift since the image was painted, in device px: reused when whole (a fraction would blur it) and within the margin.
    const [dx, dy] = [(ox - layer.origin[0]) * ratio, (oy - layer.origin[1]) * ratio];
    const whole = Math.abs(dx - Math.round(dx)) < 0.01 && Math.abs(dy - Math.round(dy)) < 0.01;
    const key = `${view.zoom}|${ratio}`;
    if (layer.key !== key || layer.marks !== marks || !whole || Math.abs(dx) > MARGIN * ratio || Math.abs(dy) > MARGIN * ratio) {
      layer.ctx.setTransform(1, 0, 0, 1, 0, 0);
      layer.ctx.clearRect(0, 0, layer.canvas.width, layer.canvas.height);
      layer.ctx.setTransform(ratio, 0, 0, ratio, MARGIN * ratio, MARGIN * ratio);
      this.#paintMarks(layer.ctx, marks, view, ratio, MARGIN, ctx.canvas.width / ratio, ctx.canvas.height / ratio);
      Object.assign(layer, { key, marks, origin: [ox, oy] });
    }
    const [sx, sy] = [Math.round((ox - layer.origin[0]) * ratio), Math.round((oy - layer.origin[1]) * ratio)];
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(layer.canvas, sx - MARGIN * ratio, sy - MARGIN * ratio);
    ctx.restore();
  }

  #layer: { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D; key: string; marks: readonly LayerMark[] | null; origin: [number, number] } | null = null;

  #overlay(width: number, height: number) {
    if (!this.#layer) {
      const canvas = document.createElement('canvas');
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      this.#layer = { canvas, ctx, key: '', marks: null, origin: [0, 0] };
    }
    const { canvas } = this.#layer;
    if (canvas.width !== width || canvas.height !== height) {
      Object.assign(canvas, { width, height });
      this.#layer.key = '';
    }
    return this.#layer;
  }

  /** The marks within `margin` CSS px of the w × h view, in the view's CSS px (the context shifts them onto its image). */
  #paintMarks(ctx: CanvasRenderingContext2D, marks: readonly LayerMark[], view: PointView, ratio: number, margin: number, w: number, h: number): void {
    for (const { style, mark, selected } of marks) {
      const [x, y] = view.project(mark.lngLat);
      const sprite = this.#sprites.get(style, mark, selected, ratio);
      const reach = margin + sprite.half;
      if (x < -reach || y < -reach || x > w + reach || y > h + reach) continue;
      if (!sprite.image) {
        paintMark(ctx, style, mark, x, y, selected);
        continue;
      }
      const [px, py] = [Math.round(x * ratio) / ratio, Math.round(y * ratio) / ratio];
      ctx.drawImage(sprite.image, px - sprite.half, py - sprite.half, 2 * sprite.half, 2 * sprite.half);
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
