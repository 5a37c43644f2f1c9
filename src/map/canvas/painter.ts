// The 2D map's layers in the order and look of style.ts: background and neighbours under the
// areas, the fills, then rivers, borders and the Kreis line over them, circles and labels on top.
// Each layer is drawn into a given context (the map's own or a bitmap of the still cache).
import type { Feature, Point } from 'geojson';
import type { AreaProps, Boundaries } from '../../data/boundaries';
import { NO_DATA_FILL, RIVER_COLOUR, RIVER_LABEL_COLOUR } from '../../domain/colour';
import { SYMBOL_COLOUR, SYMBOL_OPACITY } from '../../domain/symbols';
import type { MapLevel } from '../../state/atlas-state';
import type { XY } from '../../geo/mercator';
import type { MapPlan } from '../renderer';
import { hatchImage, LEVEL } from '../style';
import type { Shape } from './geometry';
import type { PlacedLabel } from './labels';
import { screenLine, type PathCache, type Projection } from './path-cache';
import type { Scene } from './scene';

export const INK = '#1f2933';
export const BACKGROUND = '#f2f4f5';
export const FONT = "'DejaVu Sans', Arial, sans-serif";
const HALO = 'rgba(255,255,255,0.9)';

/** A placed label with the style.ts layer it belongs to; river names are turned along their line. */
export type Placed = PlacedLabel & { layer: string; angle?: number };

export class Painter {
  #hatch: CanvasPattern | null = null;

  constructor(private readonly paths: PathCache) {}

  stroke(ctx: CanvasRenderingContext2D, p: Projection, shapes: Iterable<Shape>, colour: string, width: number): void {
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    for (const s of shapes) ctx.stroke(this.paths.path(s, p));
  }

  /** Many outlines in one stroke each for the solid and the dashed (sample) ones. */
  strokeAll(ctx: CanvasRenderingContext2D, p: Projection, shapes: readonly Shape[], colour: string, width: number, dashed: (s: Shape) => boolean = () => false): void {
    const solid = new Path2D();
    const dashes = new Path2D();
    let anyDashed = false;
    for (const s of shapes) {
      if (dashed(s)) {
        dashes.addPath(this.paths.path(s, p));
        anyDashed = true;
      } else solid.addPath(this.paths.path(s, p));
    }
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.stroke(solid);
    if (anyDashed) {
      ctx.setLineDash([3, 2]);
      ctx.stroke(dashes);
      ctx.setLineDash([]);
    }
  }

  /** Background, the neighbouring Kreise and their names. */
  under(ctx: CanvasRenderingContext2D, p: Projection, scene: Scene, placed: readonly Placed[], textScale: number): void {
    ctx.fillStyle = BACKGROUND;
    ctx.fillRect(0, 0, p.w, p.h);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'butt';
    ctx.fillStyle = '#e4e7ea';
    for (const s of scene.nachbarn) ctx.fill(this.paths.path(s, p), 'evenodd');
    this.strokeAll(ctx, p, scene.nachbarn, '#b9c0c7', 1);
    // Labels are placed topmost first, as MapLibre places symbols, and drawn in layer order.
    drawLabels(ctx, placed.filter((l) => l.layer === 'nachbarn-labels'), `${11 * textScale}px ${FONT}`, '#6b7580', '#e4e7ea', 1.2);
  }

  /** Over the fills: the rivers, the level's borders (dashed where sample data), the Gemeinden's and the Kreis' lines. */
  over(ctx: CanvasRenderingContext2D, p: Projection, scene: Scene, level: MapLevel, zoom: number): void {
    const areas = scene.areas.get(level);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'butt';
    drawRivers(ctx, p, scene, zoom);
    if (areas) this.strokeAll(ctx, p, areas.shapes, '#ffffff', level === 'raster' ? 0.5 : 1, (s) => areas.sample.has(s.id));
    if (level !== 'gemeinde') this.strokeAll(ctx, p, scene.gemeinden.shapes, INK, 1.5);
    this.strokeAll(ctx, p, scene.kreis, INK, 2);
  }

  /** The areas filled in their plan's colours, hatched where the class is withheld, faded outside the highlight. */
  areas(ctx: CanvasRenderingContext2D, p: Projection, shapes: readonly Shape[], plan: MapPlan | null, faded: Set<string> | null): void {
    this.#hatch ??= hatchPattern(ctx);
    // Each area filled on its own: one path per colour rasterised slower still (all German
    // Gemeinden: 40–55 ms a frame against 37 ms).
    for (const s of shapes) {
      const path = this.paths.path(s, p);
      const known = plan?.cells.has(s.id) ?? false;
      ctx.fillStyle = known && plan ? plan.fill(s.id) : NO_DATA_FILL;
      ctx.fill(path, 'evenodd');
      // As on the WebGL map: hatched where the class is missing or withheld (negative).
      if (known && plan && (plan.classes.get(s.id) ?? 0) < 0 && this.#hatch) {
        ctx.fillStyle = this.#hatch;
        ctx.fill(path, 'evenodd');
      }
      if (faded && !faded.has(s.id)) {
        ctx.fillStyle = 'rgba(242,244,245,0.7)';
        ctx.fill(path, 'evenodd');
      }
    }
  }
}

function hatchPattern(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  const image = hatchImage();
  const tile = document.createElement('canvas');
  tile.width = image.width;
  tile.height = image.height;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
  return ctx.createPattern(tile, 'repeat');
}

function drawRivers(ctx: CanvasRenderingContext2D, p: Projection, scene: Scene, zoom: number): void {
  ctx.strokeStyle = RIVER_COLOUR;
  // style.ts: 2 px at zoom 8, 4 px at zoom 12
  ctx.lineWidth = 2 + 2 * Math.min(1, Math.max(0, (zoom - 8) / 4));
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
  // Largest first, so that none hides a smaller one.
  circles.sort((a, b) => b.r - a.r);
  for (const { at, r } of circles) {
    if (!(r > 0)) continue;
    ctx.beginPath();
    ctx.arc(at[0], at[1], r, 0, 2 * Math.PI);
    ctx.globalAlpha = SYMBOL_OPACITY;
    ctx.fillStyle = SYMBOL_COLOUR;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 1;
    ctx.stroke();
  }
}

export function drawLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], font: string, colour: string, halo: string, haloWidth: number): void {
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
export const drawAreaLabels = (ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], size: number) => drawLabels(ctx, labels, `bold ${size}px ${FONT}`, INK, HALO, 1.5);

export function drawRiverLabels(ctx: CanvasRenderingContext2D, labels: readonly Placed[], textScale: number): void {
  const size = 12 * textScale;
  for (const l of labels) {
    ctx.save();
    ctx.translate(l.x, l.y);
    ctx.rotate(l.angle ?? 0);
    ctx.font = `${size}px ${FONT}`;
    ctx.letterSpacing = `${size * 0.15}px`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 3;
    ctx.strokeStyle = HALO;
    ctx.lineJoin = 'round';
    ctx.strokeText(l.text, 0, -size * 0.9);
    ctx.fillStyle = RIVER_LABEL_COLOUR;
    ctx.fillText(l.text, 0, -size * 0.9);
    ctx.restore();
  }
}
