// The point layers a renderer shows and the chosen point: one record both screen maps keep, so
// that they cluster, hit and ring the same marks. Marks are made in MapLibre's world pixels at the
// zoom shown (see point-marks.ts): the same zoom gives the same clusters on either map.
import { markAt, pointMarks, worldPixels, type PointMark } from '../symbology/point-marks';
import type { XY } from '../symbology/point-shapes';
import type { PointFeature, PointLayerStyle } from '../symbology/points';
import type { PointHit } from './renderer';

export interface LayerMark {
  layer: string;
  style: PointLayerStyle;
  mark: PointMark;
  selected: boolean;
}

export class PointLayerSet {
  #layers = new Map<string, { features: readonly PointFeature[]; style: PointLayerStyle }>();
  #selected: { layer: string; id: string } | null = null;
  /** the marks of the last zoom asked for, until a layer or the selection changes */
  #cache: { zoom: number; marks: LayerMark[] } | null = null;

  get empty(): boolean {
    return this.#layers.size === 0;
  }

  set(layer: string, features: readonly PointFeature[], style: PointLayerStyle): void {
    if (features.length) this.#layers.set(layer, { features, style });
    else this.#layers.delete(layer);
    this.#cache = null;
  }

  remove(layer: string): void {
    this.#layers.delete(layer);
    this.#cache = null;
  }

  select(layer: string | null, id: string | null): boolean {
    const next = layer && id ? { layer, id } : null;
    if (next?.layer === this.#selected?.layer && next?.id === this.#selected?.id) return false;
    this.#selected = next;
    this.#cache = null;
    return true;
  }

  /** Every layer's marks at a zoom, in drawing order (layers as set, a chosen point last: on top). */
  marks(zoom: number): LayerMark[] {
    if (this.#cache?.zoom === zoom) return this.#cache.marks;
    const project = worldPixels(zoom);
    const marks: LayerMark[] = [];
    for (const [layer, { features, style }] of this.#layers)
      for (const mark of pointMarks(features, style, project)) {
        const selected = mark.features.length === 1 && this.#selected?.layer === layer && this.#selected.id === mark.features[0].id;
        marks.push({ layer, style, mark, selected });
      }
    marks.sort((a, b) => Number(a.selected) - Number(b.selected));
    this.#cache = { zoom, marks };
    return marks;
  }

  /** The topmost mark at a screen point; `project` is the renderer's lng/lat -> screen px. */
  hit(zoom: number, project: (lngLat: [number, number]) => XY, x: number, y: number): PointHit | null {
    const marks = this.marks(zoom);
    for (let i = marks.length - 1; i >= 0; i--) {
      const { layer, style, mark } = marks[i];
      // A square that holds any shape of the mark (a triangle reaches twice its inradius) rules out
      // almost every mark before its outline is made: with 5,000 places a hover stays one frame.
      const [mx, my] = project(mark.lngLat);
      const reach = 2 * mark.symbol.r + style.halo.width + style.halo.lineWidth + style.selectedWidth;
      if (Math.abs(mx - x) > reach || Math.abs(my - y) > reach) continue;
      if (markAt([mark], style, () => [mx, my], x, y)) return { layer, ids: mark.features.map((f) => f.id), lngLat: mark.lngLat };
    }
    return null;
  }
}
