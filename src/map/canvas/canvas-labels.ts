// The 2D map's labels for a view: the level's area names first, then the rivers' names where
// they are free, then the neighbouring Kreise's names, each layer kept clear of those before it
// (labels.ts places them). While point layers are shown every label keeps clear of the marks, and
// the area names may stand around their anchors (symbology/context.ts GIVE_WAY), as on MapLibre.
// The last placement is kept for the hit tests of the e2e tools.
import type { Feature, Point } from 'geojson';
import type { AreaProps } from '../../data/boundaries';
import type { MapLevel } from '../../state/atlas-state';
import { longestStretch, overlaps, type BoxGrid, type Rect } from '../../geo/label-placement';
import { mercator, type XY } from '../../geo/mercator';
import { toScreen } from '../../geo/view';
import { GIVE_WAY, giveWayGap, labelSizes, NEIGHBOURS, RIVERS } from '../../symbology/context';
import { atZoom } from '../../symbology/stops';
import { LEVEL } from '../layer-ids';
import { placeLabels, type PlacedLabel } from './labels';
import { FONT, type Placed } from './painter';
import { screenLine, type Projection } from './path-cache';
import type { Scene } from './scene';

/** The size in px of the area names of `level` at `zoom`, by the symbology's curve as MapLibre interpolates it. */
export const areaLabelSize = (level: MapLevel, textScale: number, zoom: number) => atZoom(labelSizes(level, textScale), zoom);

export class CanvasLabels {
  /** what the last placement placed */
  placed: Placed[] = [];
  /**
   * Text widths at 100 px. Labels are placed again in every frame of a flight, with the same
   * names at a size that changes with the zoom: widths are measured once per name at 100 px and
   * scaled (measureText was a third of a flight frame's script time).
   */
  #widths = new Map<string, number>();

  /** `ctx`: the map's context, whose font is set to measure with. */
  constructor(private readonly ctx: CanvasRenderingContext2D) {}

  /** Placed labels of a layer (style.ts ids) that meet a box in CSS px. */
  in(layer: string, [x0, y0, x1, y1]: Rect): PlacedLabel[] {
    return this.placed.filter((l) => l.layer === layer && l.box[0] <= x1 && l.box[2] >= x0 && l.box[1] <= y1 && l.box[3] >= y0);
  }

  /** The width of `text` in the context's current font. */
  measure(text: string): number {
    const font = this.ctx.font;
    const px = /(\d+(?:\.\d+)?)px/.exec(font);
    if (!px) return this.ctx.measureText(text).width;
    const at100 = font.replace(px[0], '100px');
    const key = `${at100}\n${text}`;
    let width = this.#widths.get(key);
    if (width === undefined) {
      if (this.#widths.size > 20_000) this.#widths.clear();
      this.ctx.font = at100;
      width = this.ctx.measureText(text).width;
      this.ctx.font = font;
      this.#widths.set(key, width);
    }
    return (width * Number(px[1])) / 100;
  }

  /** `marks`: the point marks' boxes (padding included), null while no point layer is shown. */
  place(scene: Scene, p: Projection, level: MapLevel, zoom: number, textScale: number, marks: BoxGrid | null = null): Placed[] {
    const b = scene.boundaries;
    const ctx = this.ctx;
    const { view, w, h } = p;
    const points: Array<Feature<Point, AreaProps>> = level === 'sozialraum' ? b.sozialraumLabels.features : b.labels.features;
    const size = areaLabelSize(level, textScale, zoom);
    ctx.font = `bold ${size}px ${FONT}`;
    const taken: Rect[] = [];
    const own = placeLabels(
      points.map((f) => {
        const [x, y] = toScreen(view, w, h, mercator(f.geometry.coordinates as XY));
        return { id: f.properties.id, text: f.properties.name, x, y };
      }),
      { size, width: w, height: h, measure: (t) => this.measure(t), ...(marks ? { around: { anchors: GIVE_WAY.anchors, gap: giveWayGap(size) } } : {}) },
      taken,
      marks ?? undefined,
    ).map((l) => ({ ...l, layer: LEVEL[level].labels }));
    const rivers = this.#rivers(scene, p, RIVERS.label.size * textScale).filter((l) => !taken.some((t) => overlaps(l.box, t)) && !marks?.meets(l.box));
    taken.push(...rivers.map((l) => l.box));
    const small = NEIGHBOURS.label.size * textScale;
    ctx.font = `${small}px ${FONT}`;
    const neighbours = placeLabels(
      scene.nachbarnNames.map(({ id, text, at }) => {
        const [x, y] = toScreen(view, w, h, at);
        return { id, text, x, y };
      }),
      { size: small, width: w, height: h, measure: (t) => this.measure(t), maxWidthEm: 10 },
      taken,
      marks ?? undefined,
    ).map((l) => ({ ...l, layer: 'nachbarn-labels' }));
    this.placed = [...own, ...rivers, ...neighbours];
    return this.placed;
  }

  /** The river's name once, on its longest stretch in view, above the line and never upside down. */
  #rivers(scene: Scene, p: Projection, size: number): Array<Placed & { angle: number }> {
    const { w, h } = p;
    const ctx = this.ctx;
    ctx.font = `${size}px ${FONT}`;
    return scene.rivers.flatMap((r) => {
      const stretch = longestStretch(screenLine(r.line, p), [0, 0, w, h], size);
      if (!stretch) return [];
      const width = ctx.measureText(r.name).width + r.name.length * size * RIVERS.label.letterSpacing;
      const [x, y] = stretch.mid;
      const half = width / 2;
      return [{ id: r.name, text: r.name, x, y, lines: [r.name], box: [x - half, y - size * 1.6, x + half, y + size * 0.2] as Rect, layer: 'rivers-labels', angle: stretch.angle }];
    });
  }
}
