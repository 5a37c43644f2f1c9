// Point layers on the 2D map, painted over everything else and taking hover and click where a mark
// is; the labels give way to the marks (obstacles). The marks themselves (point-painter.ts:
// clustering, shapes, drawing) load with the first layer: most maps have none, and the first
// frame should not wait for them. Until they are in, the calls are kept in order and replayed.
import type { PointHit, RendererOptions } from '../renderer';
import type { XY } from '../../symbology/point-shapes';
import type { PointFeature, PointLayerStyle } from '../../symbology/points';
import type { BoxGrid } from '../../geo/label-placement';
import type { PointPainter, PointView } from './point-painter';

export type { PointView } from './point-painter';

type Call = (painter: PointPainter) => unknown;

export class CanvasPoints {
  #painter: PointPainter | null = null;
  #loading: Promise<void> | null = null;
  #waiting: Call[] = [];
  #hovered: string | null = null;
  #version = 0;

  /** `redraw`: asks the 2D map for a frame (a layer or the chosen point changed); `view`: the view shown. */
  constructor(
    private readonly options: Pick<RendererOptions, 'onPointHover' | 'onPointSelect'>,
    private readonly redraw: () => void,
    private readonly view: () => PointView,
  ) {}

  get empty(): boolean {
    return this.#painter?.empty ?? true;
  }

  /** Changes each time the marks' layers change (the labels are placed again; choosing a point moves no box). */
  get version(): number {
    return this.#version;
  }

  /** The marks' boxes in the w × h view, grown by `pad`, for the labels to give way to; null while no layer is shown. */
  obstacles(w: number, h: number, pad: number): BoxGrid | null {
    return this.#painter && !this.#painter.empty ? this.#painter.obstacles(this.view(), w, h, pad) : null;
  }

  set(layer: string, features: readonly PointFeature[], style: PointLayerStyle): void {
    this.#call((p) => p.set(layer, features, style), true);
  }

  remove(layer: string): void {
    if (this.#painter || this.#loading) this.#call((p) => p.remove(layer), true);
  }

  select(layer: string | null, id: string | null): void {
    if (this.#painter || this.#loading) this.#call((p) => p.select(layer, id), false);
  }

  /** `redraws`: the call changes what is drawn; otherwise the painter says (select). */
  #call(call: Call, redraws: boolean): void {
    if (this.#painter) {
      const changed = call(this.#painter);
      if (redraws) this.#version++;
      if (redraws || changed === true) this.redraw();
      return;
    }
    this.#waiting.push(call);
    this.#loading ??= import('./point-painter').then(({ PointPainter }) => {
      const painter = new PointPainter();
      for (const waiting of this.#waiting) waiting(painter);
      this.#waiting = [];
      this.#painter = painter;
      this.#version++;
      this.redraw();
    });
  }

  /** Paints every mark; `ctx` draws in CSS px (the map's pixel ratio already applied). */
  paint(ctx: CanvasRenderingContext2D): void {
    if (this.#painter && !this.#painter.empty) this.#painter.paint(ctx, this.view());
  }

  at(x: number, y: number): PointHit | null {
    return this.#painter && !this.#painter.empty ? this.#painter.at(this.view(), x, y) : null;
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
