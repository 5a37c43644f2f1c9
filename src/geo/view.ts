// A screen map's view as MapLibre keeps it: the Web Mercator point at the centre of the map and a
// zoom (512 px world at zoom 0), so that the 2D first frame and MapLibre's frame after it line
// up to the pixel. Pure: no DOM, tested in Node.
import { EARTH_RADIUS, groundScale, type XY } from './mercator';

const WORLD = 2 * Math.PI * EARTH_RADIUS;
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

export const clampZoom = (zoom: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

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

/** Ground metres per CSS px at the centre of the view. */
export function groundPerPx(view: View): number {
  return groundScale(view.cy) / view.scale;
}
