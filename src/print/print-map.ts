// The current view drawn for print at 300 dpi on a 2D canvas: the same Web Mercator extent,
// classes and colours as the screen map, rasterised at print resolution (not an upscaled
// screen capture). A 2D canvas, not a second WebGL map: reading a print-sized WebGL buffer
// back costs seconds in software GL, drawing 19 polygons on the CPU costs milliseconds.
import type { Feature, Geometry, Position } from 'geojson';
import type { Boundaries, AreaProps } from '../data/boundaries';
import type { Plan } from '../state/plan';
import { CLASS_MISSING, CLASS_SUPPRESSED } from '../state/plan';

export const PRINT_DPI = 300;
const MM_PER_INCH = 25.4;
const PX_PER_MM = PRINT_DPI / MM_PER_INCH;
const PX_PER_PT = PRINT_DPI / 72;
const R = 6378137;

export interface PrintedMap {
  canvas: HTMLCanvasElement;
  /** metres on the ground per millimetre on paper, at the frame's centre */
  metresPerMm: number;
  dispose(): void;
}

type XY = [number, number];
const mercator = ([lng, lat]: Position): XY => [
  (R * lng * Math.PI) / 180,
  R * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
];

function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

export function renderPrintMap(
  boundaries: Boundaries,
  plan: Plan,
  selected: string | null,
  frameMm: { w: number; h: number },
): PrintedMap {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frameMm.w * PX_PER_MM);
  canvas.height = Math.round(frameMm.h * PX_PER_MM);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Kein 2D-Zeichenkontext verfügbar.');

  // Fit the Kreis (or all areas) into the frame with a margin, as the screen map does.
  const extent = boundaries.kreis.features.length ? boundaries.kreis.features : boundaries.gemeinden.features;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of extent)
    for (const ring of rings(f.geometry))
      for (const p of ring) {
        const [x, y] = mercator(p);
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      }
  // Room at the bottom and top for the scale bar and north arrow drawn over the frame.
  const pad = 8 * PX_PER_MM;
  const padY = 16 * PX_PER_MM;
  const scale = Math.min((canvas.width - 2 * pad) / (x1 - x0), (canvas.height - 2 * padY) / (y1 - y0));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const project = (p: Position): XY => {
    const [x, y] = mercator(p);
    return [canvas.width / 2 + (x - cx) * scale, canvas.height / 2 - (y - cy) * scale];
  };
  const trace = (f: Feature<Geometry, AreaProps>) => {
    ctx.beginPath();
    for (const ring of rings(f.geometry)) {
      ring.forEach((p, i) => {
        const [x, y] = project(p);
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      });
      ctx.closePath();
    }
  };
  const mm = (v: number) => v * PX_PER_MM;

  ctx.fillStyle = '#f2f4f5';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  for (const f of boundaries.nachbarn.features) {
    trace(f);
    ctx.fillStyle = '#e4e7ea';
    ctx.fill('evenodd');
    ctx.strokeStyle = '#b9c0c7';
    ctx.lineWidth = mm(0.25);
    ctx.stroke();
  }

  const colours = new Map(plan.rows.map((r) => [r.index, r.colour]));
  const hatch = hatchPattern(ctx);
  for (const f of boundaries.gemeinden.features) {
    const cls = plan.classes.get(f.properties.id) ?? CLASS_MISSING;
    trace(f);
    ctx.fillStyle = cls === CLASS_SUPPRESSED ? plan.suppressedFill : cls === CLASS_MISSING ? plan.noDataFill : (colours.get(cls) ?? plan.noDataFill);
    ctx.fill('evenodd');
    if (cls < 0 && hatch) {
      ctx.fillStyle = hatch;
      ctx.fill('evenodd');
    }
  }
  ctx.lineJoin = 'round';
  for (const f of boundaries.gemeinden.features) {
    trace(f);
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = mm(0.3);
    ctx.stroke();
  }
  for (const f of boundaries.kreis.features) {
    trace(f);
    ctx.strokeStyle = '#1f2933';
    ctx.lineWidth = mm(0.6);
    ctx.stroke();
  }
  const chosen = boundaries.gemeinden.features.find((f) => f.properties.id === selected);
  if (chosen) {
    trace(chosen);
    ctx.strokeStyle = '#d0021b';
    ctx.lineWidth = mm(0.9);
    ctx.stroke();
  }

  placeLabels(
    ctx,
    boundaries.labels.features.map((f) => ({ text: f.properties.name, at: project(f.geometry.coordinates) })),
    { size: 8 * PX_PER_PT, bold: true, colour: '#1f2933', halo: 'rgba(255,255,255,0.92)' },
  );

  const lat = Math.atan(Math.sinh(cy / R));
  return {
    canvas,
    // Web Mercator stretches by 1/cos(lat): ground metres per projected metre is cos(lat).
    metresPerMm: (Math.cos(lat) / scale) * PX_PER_MM,
    dispose: () => {
      canvas.width = 0;
    },
  };
}

interface Label {
  text: string;
  at: XY;
}

/**
 * Greedy placement: each label at its anchor, else just above or below it; a label that would
 * overlap another or leave the frame is tried in the next position, so none collide or run off.
 */
export function placeLabels(
  ctx: CanvasRenderingContext2D,
  labels: readonly Label[],
  style: { size: number; bold: boolean; colour: string; halo: string },
): void {
  ctx.font = `${style.bold ? 'bold ' : ''}${style.size}px 'DejaVu Sans', Arial, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const placed: Array<[number, number, number, number]> = [];
  const margin = style.size * 0.3;
  const sorted = [...labels].sort((a, b) => ctx.measureText(b.text).width - ctx.measureText(a.text).width);
  for (const label of sorted) {
    const w = ctx.measureText(label.text).width + 2 * margin;
    const h = style.size * 1.25;
    for (const dy of [0, -h, h, -2 * h, 2 * h]) {
      const [x, y] = [label.at[0], label.at[1] + dy];
      const box: [number, number, number, number] = [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
      const inside = box[0] >= 0 && box[1] >= 0 && box[2] <= ctx.canvas.width && box[3] <= ctx.canvas.height;
      const free = placed.every((b) => box[2] <= b[0] || box[0] >= b[2] || box[3] <= b[1] || box[1] >= b[3]);
      if (!inside || !free) continue;
      placed.push(box);
      ctx.lineWidth = style.size * 0.22;
      ctx.strokeStyle = style.halo;
      ctx.lineJoin = 'round';
      ctx.strokeText(label.text, x, y);
      ctx.fillStyle = style.colour;
      ctx.fillText(label.text, x, y);
      break;
    }
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
