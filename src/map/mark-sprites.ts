// Marks painted once per look and copied after: the 2D map's point layers draw sprites, not paths.
// A look is a style's symbol with its text and whether it is chosen, at a pixel ratio; the image
// is the same paintMark drawing MapLibre's icons are made of (point-canvas.ts).
import { markCanvas, markExtent } from './point-canvas';
import type { PointMark } from '../symbology/point-marks';
import type { PointLayerStyle, PointSymbol } from '../symbology/points';

export interface MarkSprite {
  /** null: no 2D context for an off-screen canvas (the caller paints the mark itself) */
  image: HTMLCanvasElement | null;
  /** half the side of the image in CSS px; the anchor is its centre */
  half: number;
}

export class MarkSprites {
  // Styles and symbols are objects kept by the layers: a layer set again brings new ones, and the old sprites go with them.
  readonly #byStyle = new WeakMap<PointLayerStyle, WeakMap<PointSymbol, Map<string, MarkSprite>>>();

  get(style: PointLayerStyle, mark: Pick<PointMark, 'symbol' | 'text'>, selected: boolean, ratio: number): MarkSprite {
    let bySymbol = this.#byStyle.get(style);
    if (!bySymbol) this.#byStyle.set(style, (bySymbol = new WeakMap()));
    let looks = bySymbol.get(mark.symbol);
    if (!looks) bySymbol.set(mark.symbol, (looks = new Map()));
    const key = `${mark.text ?? ''}|${selected ? 1 : 0}|${ratio}`;
    let sprite = looks.get(key);
    if (!sprite) looks.set(key, (sprite = paintSprite(style, mark, selected, ratio)));
    return sprite;
  }
}

function paintSprite(style: PointLayerStyle, mark: Pick<PointMark, 'symbol' | 'text'>, selected: boolean, ratio: number): MarkSprite {
  const painted = markCanvas(style, mark, selected, ratio);
  return { image: painted?.canvas ?? null, half: painted?.half ?? markExtent(style, mark) };
}
