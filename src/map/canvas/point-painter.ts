// The 2D map's point marks: the same marks as MapLibre's (PointLayerSet at the zoom shown), painted
// with the same drawing (point-canvas.ts) and hit by the same outline. Loaded with the first point
// layer (canvas-points.ts), so that a map without points does not carry the clustering and shapes.
// It also gives the labels the marks' boxes to give way to.
import { paintMark } from '../point-canvas';
import { MarkSprites } from '../mark-sprites';
import { PointLayerSet, type LayerMark } from '../point-layers';
import { BoxGrid } from '../../geo/label-placement';
import { markReach, worldPixels } from '../../symbology/point-marks';
import type { PointHit } from '../renderer';
import type { XY } from '../../symbology/point-shapes';
import type { PointFeature, PointLayerStyle, PointSymbol } from '../../symbology/points';

/** lng/lat -> the map's CSS px, and the MapLibre zoom shown: what the 2D map's view gives. */
export interface PointView {
  zoom: number;
  project(lngLat: [number, number]): XY;
}

/** CSS px painted beyond each edge of the view: pans shorter than this copy the marks' image shifted */
const MARGIN = 192;

export class PointPainter {
  readonly #set = new PointLayerSet();
  readonly #sprites = new MarkSprites();

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

  /**
   * Paints every mark in view; `ctx` draws in CSS px (the map's pixel ratio already applied). Each
   * look (symbol, text, chosen) is painted once into a sprite and then copied, anchored on a device
   * pixel; and the marks of a view are kept as one image with a margin, so that a frame for a hover
   * copies that image, and a pan by less than the margin copies it shifted (as map tiles are),
   * instead of 1,500 sprites for 5,000 own places.
   */
  paint(ctx: CanvasRenderingContext2D, view: PointView): void {
    if (this.#set.empty) return;
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

  /** half the side of each look's box (markReach), by style and symbol: asked for every mark in every frame of a pan */
  readonly #reach = new WeakMap<PointLayerStyle, WeakMap<PointSymbol, number>>();

  /**
   * The boxes of the marks in the w × h view, each grown by `pad`, in a grid: what the labels give
   * way to. A pan places the labels in every frame: the marks are found per label by their cells.
   */
  obstacles(view: PointView, w: number, h: number, pad: number): BoxGrid {
    const grid = new BoxGrid(32);
    // The marks' anchors are MapLibre's world pixels at the zoom shown (point-layers.ts), which the
    // view only shifts and scales: two projected points place them all, instead of a projection
    // per mark in every frame of a pan.
    const world = worldPixels(view.zoom);
    const [[wx0, wy0], [wx1, wy1]] = [world([0, 0]), world([10, 50])];
    const [[sx0, sy0], [sx1, sy1]] = [view.project([0, 0]), view.project([10, 50])];
    const [kx, ky] = [(sx1 - sx0) / (wx1 - wx0), (sy1 - sy0) / (wy1 - wy0)];
    for (const { style, mark } of this.#set.marks(view.zoom)) {
      let bySymbol = this.#reach.get(style);
      if (!bySymbol) this.#reach.set(style, (bySymbol = new WeakMap()));
      let reach = bySymbol.get(mark.symbol);
      if (reach === undefined) bySymbol.set(mark.symbol, (reach = markReach(style, mark)));
      const [x, y] = [sx0 + (mark.x - wx0) * kx, sy0 + (mark.y - wy0) * ky];
      const r = reach + pad;
      if (x + r <= 0 || y + r <= 0 || x - r >= w || y - r >= h) continue;
      grid.add([x - r, y - r, x + r, y + r]);
    }
    return grid;
  }

  at(view: PointView, x: number, y: number): PointHit | null {
    return this.#set.hit(view.zoom, view.project, x, y);
  }
}
