// The map at rest, in two bitmaps of the canvas' size: under the areas (background, neighbours
// and their names) and over them (rivers, borders, the Kreis line), with the labels placed for
// that view. A switch of indicator or year, a hover or a selection then draws only the fills and
// what lies on top: stroking every border of all German Gemeinden took 60 ms a frame.
import { whenIdle } from '../../idle';
import { isFaded, paintedFill, UNPLANNED } from '../../symbology/areas';
import { hatchTile } from '../../symbology/hatch';
import type { MapPlan } from '../renderer';
import type { Shape } from './geometry';
import type { Placed } from './painter';
import type { Projection } from './path-cache';
import { packRgba, paintFills, rasterise, rgbaOf, type AreaRaster, type Hatching } from './raster';
import { mapTexts } from '../../messages/map';

export interface Still {
  key: string;
  under: HTMLCanvasElement;
  over: HTMLCanvasElement;
  placed: Placed[];
  /** the level's areas per pixel, and their fills painted from it (raster.ts) */
  raster: AreaRaster;
  fills: HTMLCanvasElement;
  fillsCtx: CanvasRenderingContext2D;
  image: ImageData;
  /** what the fills were last painted for */
  painted: { plan: MapPlan | null; highlight: Set<string> | null } | null;
}

/** What a Still is built from: the canvas' backing store, the view, the level's areas and the layers' painter. */
export interface StillInput {
  width: number;
  height: number;
  dpr: number;
  p: Projection;
  shapes: readonly Shape[];
  /** places the labels and draws the layers under and over the areas into the two bitmaps */
  layers(under: CanvasRenderingContext2D, over: CanvasRenderingContext2D): Placed[];
}

/** The hatch tile (symbology/hatch.ts) as the area buffer paints it: where its line is, and its colour. */
let hatchBitsCache: Omit<Hatching, 'areas' | 'scale'> | null = null;
function hatchBits(): Omit<Hatching, 'areas' | 'scale'> {
  if (hatchBitsCache) return hatchBitsCache;
  const image = hatchTile();
  const tile = new Uint8Array(image.width * image.height);
  for (let i = 0; i < tile.length; i++) tile[i] = image.data[i * 4 + 3] > 0 ? 1 : 0;
  const at = tile.indexOf(1) * 4;
  return (hatchBitsCache = { tile, size: image.width, colour: packRgba(image.data[at], image.data[at + 1], image.data[at + 2]) });
}

/** A canvas of the map's backing-store size, rasterised on the CPU like the map's own (see surface.ts). */
function bitmap(width: number, height: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error(mapTexts.noContext);
  return [canvas, ctx];
}

export class StillCache {
  #still: Still | null = null;
  #pending: string | null = null;
  #colours = new Map<string, number>();

  /** `ctx`: the map's context, which parses CSS colours. */
  constructor(private readonly ctx: CanvasRenderingContext2D) {}

  /** A Still is waiting to be built. */
  get pending(): boolean {
    return this.#pending !== null;
  }

  /** The Still of view `key`, if built. */
  at(key: string): Still | null {
    return this.#still?.key === key ? this.#still : null;
  }

  clear(): void {
    this.#still = null;
  }

  /** `build` the Still of view `key` in idle time, once however often asked. */
  soon(key: string, build: () => void): void {
    if (this.#pending === key) return;
    this.#pending = key;
    whenIdle(() => {
      if (this.#pending !== key) return;
      this.#pending = null;
      build();
    }, 500);
  }

  build(key: string, input: StillInput): Still {
    if (this.#still?.key === key) return this.#still;
    const { width, height, dpr, p, shapes } = input;
    const [under, underCtx] = bitmap(width, height);
    const [over, overCtx] = bitmap(width, height);
    underCtx.setTransform(dpr, 0, 0, dpr, 0, 0);
    overCtx.setTransform(dpr, 0, 0, dpr, 0, 0);
    overCtx.clearRect(0, 0, p.w, p.h);
    const placed = input.layers(underCtx, overCtx);
    const { w, h } = p;
    const { cx, cy, scale } = p.view;
    const raster = rasterise(
      shapes.length,
      (k) =>
        shapes[k].rings.map((r) => {
          const px = new Float64Array(r.length);
          for (let i = 0; i < r.length; i += 2) {
            px[i] = (w / 2 + (r[i] - cx) * scale) * dpr;
            px[i + 1] = (h / 2 - (r[i + 1] - cy) * scale) * dpr;
          }
          return px;
        }),
      width,
      height,
    );
    const [fills, fillsCtx] = bitmap(width, height);
    const image = fillsCtx.createImageData(width, height);
    this.#still = { key, under, over, placed, raster, fills, fillsCtx, image, painted: null };
    return this.#still;
  }

  /** The fills at rest, painted from the areas' pixels (raster.ts) when the plan or the highlight changed. */
  fills(still: Still, shapes: readonly Shape[], plan: MapPlan | null, highlight: Set<string> | null, dpr: number): HTMLCanvasElement {
    if (still.painted?.plan === plan && still.painted.highlight === highlight) return still.fills;
    const colours = new Uint32Array(shapes.length + 1);
    const hatched = new Uint8Array(shapes.length + 1);
    let anyHatched = false;
    shapes.forEach((s, k) => {
      const style = plan ? plan.style(s.id) : UNPLANNED;
      colours[k + 1] = this.#packed(paintedFill(style, isFaded(highlight, s.id)));
      if (style.hatched) {
        hatched[k + 1] = 1;
        anyHatched = true;
      }
    });
    const pixels = new Uint32Array(still.image.data.buffer);
    paintFills(still.raster, colours, pixels, anyHatched ? { ...hatchBits(), areas: hatched, scale: dpr } : null);
    still.fillsCtx.putImageData(still.image, 0, 0);
    still.painted = { plan, highlight };
    return still.fills;
  }

  /** A CSS colour packed for ImageData; parsed once per colour. */
  #packed(colour: string): number {
    let packed = this.#colours.get(colour);
    if (packed === undefined) {
      const c = rgbaOf(colour, (css) => {
        // The canvas reads any CSS colour and says it back as hex or rgba().
        const ctx = this.ctx;
        ctx.fillStyle = '#000000';
        ctx.fillStyle = css;
        return String(ctx.fillStyle);
      });
      packed = c ? packRgba(c[0], c[1], c[2], Math.round(c[3] * 255)) : 0;
      this.#colours.set(colour, packed);
    }
    return packed;
  }
}
