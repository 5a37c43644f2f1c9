// The current view drawn for print at 300 dpi on a 2D canvas: the same Web Mercator extent,
// areas, classes and colours as the screen map, rasterised at print resolution (not an upscaled
// screen capture). A 2D canvas, not a second WebGL map: reading a print-sized WebGL buffer
// back costs seconds in software GL, drawing a hundred polygons on the CPU costs milliseconds.
import type { Feature, Geometry } from 'geojson';
import type { Boundaries, AreaProps } from '../data/boundaries';
import type { Plan, Symbols } from '../state/plan';
import { SYMBOL_OPACITY } from '../domain/symbols';
import { RIVER_COLOUR } from '../domain/colour';
import { CLASS_MISSING } from '../state/plan';
import { clipRing, printFit } from './frame';
import { rings, type XY } from '../geo/mercator';
import type { PointLayer } from '../symbology/points';

export const PRINT_DPI = 300;
const MM_PER_INCH = 25.4;
const PX_PER_MM = PRINT_DPI / MM_PER_INCH;
const INK = '#1f2933';
const CONTEXT_FILL = '#e9ecef';
const mm = (v: number) => v * PX_PER_MM;
/** One CSS px in mm: circles are printed at the size they have on screen (96 px per inch). */
export const SCREEN_PX_MM = MM_PER_INCH / 96;
/** Dashes for generated sample geometry: it must never look like an official boundary. */
const SAMPLE_DASH = [mm(1.2), mm(0.8)];

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
  if (!ctx) throw new Error('Kein 2D-Zeichenkontext verfügbar.');

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
  const outline = (features: readonly AreaFeature[], colour: string, widthMm: number, solid = false) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = mm(widthMm);
    for (const dashed of [false, true]) {
      const group = features.filter((f) => (f.properties.sample === true && !solid) === dashed);
      if (!group.length) continue;
      ctx.setLineDash(dashed ? SAMPLE_DASH : []);
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

  ctx.fillStyle = '#f2f4f5';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  fill(boundaries.nachbarn.features, '#e4e7ea');
  outline(boundaries.nachbarn.features, '#b9c0c7', 0.25);

  // Below the Gemeinden (Sozialräume, grid cells) the Gemeinde borders and names stay as the frame of reference.
  const sub = plan.level !== 'gemeinde';
  const areas = plan.level === 'raster' ? (boundaries.raster?.features ?? []) : sub ? boundaries.sozialraeume.features : boundaries.gemeinden.features;
  // Outside the Gemeinde in focus the areas are context: greyed, as the neighbouring Kreise are.
  const context = (f: { properties: AreaProps }) => view.focus !== null && f.properties.id !== view.focus && f.properties.parent !== view.focus;
  const shown = areas.filter((f) => !context(f));
  fill(areas.filter(context), CONTEXT_FILL);
  for (const [colour, group] of byStyle(shown, (f) => plan.fill(f.properties.id))) fill(group, colour);
  // An area with a value on a circle map has no class, and is not hatched.
  const hatch = hatchPattern(ctx);
  const unclassed = shown.filter((f) => (plan.classes.get(f.properties.id) ?? (plan.cells.get(f.properties.id)?.kind === 'value' ? 0 : CLASS_MISSING)) < 0);
  if (hatch) fill(unclassed, hatch);
  const rivers = boundaries.rivers?.features ?? [];
  drawRivers(ctx, rivers, fit.project);
  ctx.lineJoin = 'round';
  outline(areas, '#ffffff', plan.level === 'raster' ? 0.12 : sub ? 0.25 : 0.3);
  // Over the sub-districts the municipal borders stay as the frame of reference, thinner than the Kreis line.
  if (sub) outline(boundaries.gemeinden.features, INK, 0.35);
  outline(boundaries.kreis.features, INK, 0.6);

  // Selection: a dark line on a white casing reads on the lightest and the darkest class.
  const chosen = view.outline ? [...areas, ...boundaries.gemeinden.features].find((f) => f.properties.id === view.selected) : undefined;
  if (chosen) {
    outline([chosen], '#ffffff', 1.3, true);
    outline([chosen], INK, 0.65);
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
  ctx.strokeStyle = RIVER_COLOUR;
  ctx.lineWidth = mm(0.6);
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

/** The circles of a count at the label points, largest first so that none hides a smaller one. */
function drawCircles(ctx: CanvasRenderingContext2D, symbols: Symbols, cells: Plan['cells'], points: ReadonlyArray<{ id: string; at: XY }>): void {
  const circles = points.flatMap(({ id, at }) => {
    const cell = cells.get(id);
    return cell?.kind === 'value' ? [{ at, r: mm(symbols.radius(cell.value) * SCREEN_PX_MM) }] : [];
  });
  circles.sort((a, b) => b.r - a.r);
  for (const { at, r } of circles) {
    ctx.beginPath();
    ctx.arc(at[0], at[1], r, 0, 2 * Math.PI);
    ctx.globalAlpha = SYMBOL_OPACITY;
    ctx.fillStyle = symbols.colour;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = mm(0.25);
    ctx.stroke();
  }
}

function hatchPattern(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  const tile = document.createElement('canvas');
  const size = Math.round(1.4 * PX_PER_MM);
  tile.width = tile.height = size;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = '#5a626b';
  t.lineWidth = size * 0.18;
  t.beginPath();
  for (const o of [-size, 0, size]) {
    t.moveTo(o, size);
    t.lineTo(o + size, 0);
  }
  t.stroke();
  return ctx.createPattern(tile, 'repeat');
}
