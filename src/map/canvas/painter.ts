// The 2D map's layers in the order of style.ts, in the symbology's look: background and neighbours under the
// areas, the fills, then rivers, borders and the Kreis line over them, circles and labels on top.
// Each layer is drawn into a given context (the map's own or a bitmap of the still cache).
import type { Feature, Point } from 'geojson';
import type { AreaProps, Boundaries } from '../../data/boundaries';
import type { MapLevel } from '../../state/atlas-state';
import type { XY } from '../../geo/mercator';
import { isFaded, OUTLINES, paintedFill, SAMPLE_DASH, UNPLANNED, type ScreenLine } from '../../symbology/areas';
import { BASE } from '../../symbology/base';
import { CIRCLES, paintCircles } from '../../symbology/circles';
import { LABELS, NEIGHBOURS, RIVERS, type LabelStyle } from '../../symbology/context';
import { hatchTile } from '../../symbology/hatch';
import { atZoom } from '../../symbology/stops';
import type { MapPlan } from '../renderer';
import { LEVEL } from '../layer-ids';
import type { Shape } from './geometry';
import type { PlacedLabel } from './labels';
import { screenLine, type PathCache, type Projection } from './path-cache';
import type { Scene } from './scene';

export const FONT = "'DejaVu Sans', Arial, sans-serif";

/** A placed label with the style.ts layer it belongs to; river names are turned along their line. */
export type Placed = PlacedLabel & { layer: string; angle?: number };

export class Painter {
  #hatch: CanvasPattern | null = null;

  constructor(private readonly paths: PathCache) {}

  stroke(ctx: CanvasRenderingContext2D, p: Projection, shapes: Iterable<Shape>, line: ScreenLine): void {
    ctx.strokeStyle = line.colour;
    ctx.lineWidth = line.width;
    for (const s of shapes) ctx.stroke(this.paths.path(s, p));
  }

  /** Many outlines in one stroke each for the solid and the dashed (sample) ones. */
  strokeAll(ctx: CanvasRenderingContext2D, p: Projection, shapes: readonly Shape[], line: ScreenLine, dashed: (s: Shape) => boolean = () => false): void {
    const solid = new Path2D();
    const dashes = new Path2D();
    let anyDashed = false;
    for (const s of shapes) {
      if (dashed(s)) {
        dashes.addPath(this.paths.path(s, p));
        anyDashed = true;
      } else solid.addPath(this.paths.path(s, p));
    }
    ctx.strokeStyle = line.colour;
    ctx.lineWidth = line.width;
    ctx.stroke(solid);
    if (anyDashed) {
      ctx.setLineDash([...SAMPLE_DASH.px]);
      ctx.stroke(dashes);
      ctx.setLineDash([]);
    }
  }

  /** Background, the neighbouring Kreise and their names. */
  under(ctx: CanvasRenderingContext2D, p: Projection, scene: Scene, placed: readonly Placed[], textScale: number): void {
    ctx.fillStyle = BASE.background;
    ctx.fillRect(0, 0, p.w, p.h);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'butt';
    ctx.fillStyle = NEIGHBOURS.fill;
    for (const s of scene.nachbarn) ctx.fill(this.paths.path(s, p), 'evenodd');
    this.strokeAll(ctx, p, scene.nachbarn, NEIGHBOURS.line);
    // Labels are placed topmost first, as MapLibre places symbols, and drawn in layer order.
    drawLabels(ctx, placed.filter((l) => l.layer === 'nachbarn-labels'), `${NEIGHBOURS.label.size * textScale}px ${FONT}`, NEIGHBOURS.label);
  }

  /** Over the fills: the rivers, the level's borders (dashed where sample data), the Gemeinden's and the Kreis' lines. */
  over(ctx: CanvasRenderingContext2D, p: Projection, scene: Scene, level: MapLevel, zoom: number): void {
    const areas = scene.areas.get(level);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'butt';
    drawRivers(ctx, p, scene, zoom);
    if (areas) this.strokeAll(ctx, p, areas.shapes, OUTLINES.border[level], (s) => areas.sample.has(s.id));
    if (level !== 'gemeinde') this.strokeAll(ctx, p, scene.gemeinden.shapes, OUTLINES.gemeinde);
    this.strokeAll(ctx, p, scene.kreis, OUTLINES.kreis);
  }

  /** The areas in their plan's style: the fill (faded outside the highlight), the hatch over it. */
  areas(ctx: CanvasRenderingContext2D, p: Projection, shapes: readonly Shape[], plan: MapPlan | null, highlight: Set<string> | null): void {
    this.#hatch ??= hatchPattern(ctx);
    // Each area filled on its own: one path per colour rasterised slower still (all German
    // Gemeinden: 40–55 ms a frame against 37 ms).
    for (const s of shapes) {
      const path = this.paths.path(s, p);
      const style = plan ? plan.style(s.id) : UNPLANNED;
      ctx.fillStyle = paintedFill(style, isFaded(highlight, s.id));
      ctx.fill(path, 'evenodd');
      if (style.hatched && this.#hatch) {
        ctx.fillStyle = this.#hatch;
        ctx.fill(path, 'evenodd');
      }
    }
  }
}

function hatchPattern(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  const image = hatchTile();
  const tile = document.createElement('canvas');
  tile.width = image.width;
  tile.height = image.height;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  return ctx.createPattern(tile, 'repeat');
}

function drawRivers(ctx: CanvasRenderingContext2D, p: Projection, scene: Scene, zoom: number): void {
  ctx.strokeStyle = RIVERS.line.colour;
  ctx.lineWidth = atZoom(RIVERS.line.width, zoom);
  ctx.lineCap = 'round';
  for (const r of scene.rivers) {
    ctx.beginPath();
    screenLine(r.line, p).forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.stroke();
  }
  ctx.lineCap = 'butt';
}

/** A count's circles at the areas' label points, `project`ed to screen px. */
export function drawCircles(ctx: CanvasRenderingContext2D, boundaries: Boundaries, plan: MapPlan, project: (p: XY) => XY): void {
  const symbols = plan.symbols;
  if (!symbols || !LEVEL[plan.level].circles) return;
  const points: Array<Feature<Point, AreaProps>> = plan.level === 'sozialraum' ? boundaries.sozialraumLabels.features : boundaries.labels.features;
  const circles = points.flatMap((f) => {
    const cell = plan.cells.get(f.properties.id);
    return cell?.kind === 'value' ? [{ at: project(f.geometry.coordinates as XY), r: symbols.radius(cell.value) }] : [];
  });
  paintCircles(ctx, circles, symbols.colour, CIRCLES.stroke.width);
}

export function drawLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], font: string, { colour, halo, haloWidth }: Omit<LabelStyle, 'size'>): void {
  ctx.font = font;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const l of labels) {
    const lineHeight = (l.box[3] - l.box[1]) / l.lines.length;
    l.lines.forEach((line, i) => {
      const y = l.box[1] + lineHeight * (i + 0.5);
      ctx.lineWidth = haloWidth * 2;
      ctx.strokeStyle = halo;
      ctx.strokeText(line, l.x, y);
      ctx.fillStyle = colour;
      ctx.fillText(line, l.x, y);
    });
  }
}

/** The area names in bold ink over a white halo. */
export const drawAreaLabels = (ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], size: number) => drawLabels(ctx, labels, `bold ${size}px ${FONT}`, LABELS);

export function drawRiverLabels(ctx: CanvasRenderingContext2D, labels: readonly Placed[], textScale: number): void {
  const { label } = RIVERS;
  const size = label.size * textScale;
  for (const l of labels) {
    ctx.save();
    ctx.translate(l.x, l.y);
    ctx.rotate(l.angle ?? 0);
    ctx.font = `${size}px ${FONT}`;
    ctx.letterSpacing = `${size * label.letterSpacing}px`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = label.haloWidth * 2;
    ctx.strokeStyle = label.halo;
    ctx.lineJoin = 'round';
    ctx.strokeText(l.text, 0, size * label.offset);
    ctx.fillStyle = label.colour;
    ctx.fillText(l.text, 0, size * label.offset);
    ctx.restore();
  }
}
