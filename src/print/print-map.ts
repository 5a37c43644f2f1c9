// The current view drawn for print at 300 dpi on a 2D canvas: the same Web Mercator extent,
// areas, classes and colours as the screen map, rasterised at print resolution (not an upscaled
// screen capture). A 2D canvas, not a second WebGL map: reading a print-sized WebGL buffer
// back costs seconds in software GL, drawing a hundred polygons on the CPU costs milliseconds.
import type { Feature, Geometry } from 'geojson';
import type { Boundaries, AreaProps } from '../data/boundaries';
import type { Plan, Symbols } from '../state/plan';
import { CONTEXT_AREA_FILL, OUTLINES, SAMPLE_DASH, type Line } from '../symbology/areas';
import { BASE } from '../symbology/base';
import { CIRCLES, paintCircles } from '../symbology/circles';
import { NEIGHBOURS, RIVERS } from '../symbology/context';
import { clipRing, printFit } from './frame';
import { rings, type XY } from '../geo/mercator';
import { mapTexts } from '../messages/map';
import { hatchPattern } from './hatch';
import type { PointLayer } from '../symbology/points';

export const PRINT_DPI = 300;
const MM_PER_INCH = 25.4;
const PX_PER_MM = PRINT_DPI / MM_PER_INCH;
const mm = (v: number) => v * PX_PER_MM;
/** One CSS px in mm: circles are printed at the size they have on screen (96 px per inch). */
export const SCREEN_PX_MM = MM_PER_INCH / 96;
const SAMPLE_DASH_PX = SAMPLE_DASH.mm.map(mm);

/** What of the screen view the print repeats beyond the plan: the selected area and the framed Gemeinde. */
export interface PrintView {
  selected: string | null;
  /** area whose extent fills the frame; null: the whole Kreis */
  focus: string | null;
  /** draw the selected area's outline (off by default: a committee sheet is about all areas) */
  outline?: boolean;
  /** point layers shown on screen, drawn over the map (print-points.ts) */
  points?: readonly PointLayer[];
}

export interface PrintedMap {
  canvas: HTMLCanvasElement;
  /** metres on the ground per millimetre on paper, at the frame's centre */
  metresPerMm: number;
  dispose(): void;
}

type AreaFeature = Feature<Geometry, AreaProps>;

export function renderPrintMap(boundaries: Boundaries, plan: Plan, view: PrintView, frameMm: { w: number; h: number }): PrintedMap {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frameMm.w * PX_PER_MM);
  canvas.height = Math.round(frameMm.h * PX_PER_MM);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(mapTexts.noContext);

  const fit = printFit(boundaries, view.focus, { w: canvas.width, h: canvas.height }, PX_PER_MM);
  // Features that share a style go into one path, filled or stroked once: each fill of a
  // print-sized canvas is a pass over its pixels, and a pass per area cost a third of a second.
  const margin = mm(5);
  const clip = { x0: -margin, y0: -margin, x1: canvas.width + margin, y1: canvas.height + margin };
  const trace = (features: readonly AreaFeature[]) => {
    ctx.beginPath();
    for (const f of features)
      for (const ring of rings(f.geometry)) {
        clipRing(ring.map(fit.project), clip).forEach(([x, y], i) => {
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        });
        ctx.closePath();
      }
  };
  const fill = (features: readonly AreaFeature[], style: string | CanvasPattern) => {
    if (!features.length) return;
    trace(features);
    ctx.fillStyle = style;
    ctx.fill('evenodd');
  };
  /** A line of the symbology at its paper width; sample geometry dashed unless `solid`. */
  const outline = (features: readonly AreaFeature[], line: Pick<Line, 'colour' | 'widthMm'>, solid = false) => {
    ctx.strokeStyle = line.colour;
    ctx.lineWidth = mm(line.widthMm);
    for (const dashed of [false, true]) {
      const group = features.filter((f) => (f.properties.sample === true && !solid) === dashed);
      if (!group.length) continue;
      ctx.setLineDash(dashed ? SAMPLE_DASH_PX : []);
      trace(group);
      ctx.stroke();
    }
    ctx.setLineDash([]);
  };
  const byStyle = <K>(features: readonly AreaFeature[], key: (f: AreaFeature) => K): Map<K, AreaFeature[]> => {
    const groups = new Map<K, AreaFeature[]>();
    for (const f of features) {
      const k = key(f);
      const group = groups.get(k);
      if (group) group.push(f);
      else groups.set(k, [f]);
    }
    return groups;
  };

  ctx.fillStyle = BASE.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  fill(boundaries.nachbarn.features, NEIGHBOURS.fill);
  outline(boundaries.nachbarn.features, NEIGHBOURS.line);

  // Below the Gemeinden (Sozialräume, grid cells) the Gemeinde borders and names stay as the frame of reference.
  const sub = plan.level !== 'gemeinde';
  const areas = plan.level === 'raster' ? (boundaries.raster?.features ?? []) : sub ? boundaries.sozialraeume.features : boundaries.gemeinden.features;
  // Outside the Gemeinde in focus the areas are context: greyed, as the neighbouring Kreise are.
  const context = (f: { properties: AreaProps }) => view.focus !== null && f.properties.id !== view.focus && f.properties.parent !== view.focus;
  const shown = areas.filter((f) => !context(f));
  fill(areas.filter(context), CONTEXT_AREA_FILL);
  for (const [colour, group] of byStyle(shown, (f) => plan.style(f.properties.id).fill)) fill(group, colour);
  const hatch = hatchPattern(ctx, PX_PER_MM);
  if (hatch) fill(shown.filter((f) => plan.style(f.properties.id).hatched), hatch);
  const rivers = boundaries.rivers?.features ?? [];
  drawRivers(ctx, rivers, fit.project);
  ctx.lineJoin = 'round';
  outline(areas, OUTLINES.border[plan.level]);
  // Over the sub-districts the municipal borders stay as the frame of reference, thinner than the Kreis line.
  if (sub) outline(boundaries.gemeinden.features, OUTLINES.gemeinde);
  outline(boundaries.kreis.features, OUTLINES.kreis);

  const chosen = view.outline ? [...areas, ...boundaries.gemeinden.features].find((f) => f.properties.id === view.selected) : undefined;
  if (chosen) {
    outline([chosen], OUTLINES.selected.casing, true);
    outline([chosen], OUTLINES.selected.line);
  }

  const labels = plan.level === 'sozialraum' ? boundaries.sozialraumLabels.features : boundaries.labels.features;
  if (plan.symbols) drawCircles(ctx, plan.symbols, plan.cells, labels.filter((f) => !context(f)).map((f) => ({ id: f.properties.id, at: fit.project(f.geometry.coordinates) })));

  return {
    canvas,
    metresPerMm: fit.groundPerUnit * PX_PER_MM,
    dispose: () => {
      canvas.width = 0;
    },
  };
}

type RiverFeature = NonNullable<Boundaries['rivers']>['features'][number];

function drawRivers(ctx: CanvasRenderingContext2D, rivers: readonly RiverFeature[], project: (p: number[]) => XY): void {
  ctx.strokeStyle = RIVERS.line.colour;
  ctx.lineWidth = mm(RIVERS.line.widthMm);
  ctx.lineCap = ctx.lineJoin = 'round';
  for (const f of rivers) {
    ctx.beginPath();
    f.geometry.coordinates.forEach((p, i) => {
      const [x, y] = project(p);
      if (i === 0) ctx.moveTo(x, y);
      else ctx.lineTo(x, y);
    });
    ctx.stroke();
  }
}

/** The circles of a count at the label points, at the size they have on screen. */
function drawCircles(ctx: CanvasRenderingContext2D, symbols: Symbols, cells: Plan['cells'], points: ReadonlyArray<{ id: string; at: XY }>): void {
  const circles = points.flatMap(({ id, at }) => {
    const cell = cells.get(id);
    return cell?.kind === 'value' ? [{ at, r: mm(symbols.radius(cell.value) * SCREEN_PX_MM) }] : [];
  });
  paintCircles(ctx, circles, symbols.colour, mm(CIRCLES.stroke.widthMm));
}
