// The 2D map's view as MapLibre keeps it: the Web Mercator point at the centre of the map and a
// zoom (512 px world at zoom 0), so that the 2D first frame and MapLibre's frame after it line
// up to the pixel, and framing uses MapLibre's fitBounds rule (padding, centred in what is left).
// Pure: no DOM, tested in Node.
import { mercator, type Box, type XY } from '../../print/frame';
import type { Insets, LngLatBox } from '../renderer';

const R = 6378137;
const WORLD = 2 * Math.PI * R;
const TILE = 512;
export const MIN_ZOOM = 0;
export const MAX_ZOOM = 18;

export interface View {
  /** Web Mercator metres at the centre of the map */
  cx: number;
  cy: number;
  /** CSS px per Mercator metre */
  scale: number;
}

export const zoomOf = (scale: number): number => Math.log2((scale * WORLD) / TILE);
export const scaleOf = (zoom: number): number => (TILE * 2 ** zoom) / WORLD;

export function toScreen(view: View, w: number, h: number, [x, y]: XY): XY {
  return [w / 2 + (x - view.cx) * view.scale, h / 2 - (y - view.cy) * view.scale];
}

export function toMercator(view: View, w: number, h: number, [px, py]: XY): XY {
  return [view.cx + (px - w / 2) / view.scale, view.cy - (py - h / 2) / view.scale];
}

export function toLngLat([x, y]: XY): XY {
  return [(x / R) * (180 / Math.PI), (2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) * (180 / Math.PI)];
}

export const clampZoom = (zoom: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/** A box in degrees as a box in Mercator metres. */
export function projectBox([w, s, e, n]: LngLatBox): Box {
  const [x0, y0] = mercator([w, s]);
  const [x1, y1] = mercator([e, n]);
  return [x0, y0, x1, y1];
}

/**
 * The view that shows `box` as MapLibre's fitBounds does: as large as fits between the padding,
 * centred in the space the padding leaves.
 */
export function fitBox(box: Box, w: number, h: number, padding: Insets | number): View {
  const p = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const [x0, y0, x1, y1] = box;
  const fitted = Math.min((w - p.left - p.right) / Math.max(x1 - x0, 1e-6), (h - p.top - p.bottom) / Math.max(y1 - y0, 1e-6));
  const scale = scaleOf(clampZoom(zoomOf(Math.max(fitted, 1e-9))));
  return { cx: (x0 + x1) / 2 - (p.left - p.right) / (2 * scale), cy: (y0 + y1) / 2 + (p.top - p.bottom) / (2 * scale), scale };
}

/** The view zoomed by `factor`, keeping the screen point `at` over the same place. */
export function zoomAround(view: View, w: number, h: number, factor: number, at: XY): View {
  const scale = scaleOf(clampZoom(zoomOf(view.scale * factor)));
  const [mx, my] = toMercator(view, w, h, at);
  return { cx: mx - (at[0] - w / 2) / scale, cy: my + (at[1] - h / 2) / scale, scale };
}

export const panBy = (view: View, dx: number, dy: number): View => ({ ...view, cx: view.cx + dx / view.scale, cy: view.cy - dy / view.scale });

/** Between two views at t in [0, 1]: the zoom moves evenly, as in a flight without the arc. */
export function between(a: View, b: View, t: number): View {
  const z = zoomOf(a.scale) + (zoomOf(b.scale) - zoomOf(a.scale)) * t;
  return { cx: a.cx + (b.cx - a.cx) * t, cy: a.cy + (b.cy - a.cy) * t, scale: scaleOf(z) };
}

/** Ground metres per CSS px at the centre of the view (Web Mercator stretches by 1/cos(lat)). */
export function groundPerPx(view: View): number {
  return Math.cos(Math.atan(Math.sinh(view.cy / R))) / view.scale;
}

/** A scale bar no wider than maxPx: a round distance (1, 2, 5 × 10^n m) and its width in px. */
export function scaleBar(view: View, maxPx: number): { metres: number; px: number; text: string } {
  const maxMetres = groundPerPx(view) * maxPx;
  const pow = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((d) => d * pow <= maxMetres) ?? 1;
  const metres = step * pow;
  return { metres, px: metres / groundPerPx(view), text: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}
