// Fitting a map to an extent: on screen as MapLibre's fitBounds does (padding per side, centred
// in what is left, zoom clamped), on paper centred with even padding; keeping overlays clear of
// what is framed; and which extent a data set is framed on. Pure: no DOM, tested in Node.
import type { FeatureCollection, Position } from 'geojson';
import { boxOf, groundScale, mercator, type Box, type LngLatBox, type XY } from './mercator';
import { clampZoom, scaleOf, zoomOf, type View } from './view';

/** Pixels of the map covered by overlays on each side. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}
export const NO_INSETS: Insets = Object.freeze({ top: 0, right: 0, bottom: 0, left: 0 });

/** The largest scale (units per metre) at which `box` fits a room of w × h; a span under `minSpan` metres counts as minSpan. */
export function fitScale([x0, y0, x1, y1]: Box, w: number, h: number, minSpan: number): number {
  return Math.min(w / Math.max(x1 - x0, minSpan), h / Math.max(y1 - y0, minSpan));
}

/**
 * The view that shows `box` as MapLibre's fitBounds does: as large as fits between the padding,
 * centred in the space the padding leaves.
 */
export function fitBox(box: Box, w: number, h: number, padding: Insets | number): View {
  const p = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const [x0, y0, x1, y1] = box;
  const fitted = fitScale(box, w - p.left - p.right, h - p.top - p.bottom, 1e-6);
  const scale = scaleOf(clampZoom(zoomOf(Math.max(fitted, 1e-9))));
  return { cx: (x0 + x1) / 2 - (p.left - p.right) / (2 * scale), cy: (y0 + y1) / 2 + (p.top - p.bottom) / (2 * scale), scale };
}

export interface Fit {
  /** canvas units per projected metre */
  scale: number;
  project(p: Position): XY;
  /** ground metres per canvas unit at the frame's centre */
  groundPerUnit: number;
}

/**
 * Fits a projected extent into a frame of `size` canvas units, centred, leaving at least `pad`
 * on each side (more along the axis with room to spare).
 */
export function fitExtent(extent: Box, size: { w: number; h: number }, pad: { x: number; y: number }): Fit {
  const [x0, y0, x1, y1] = extent;
  // A point (or a line) has no extent: 1 m keeps the scale finite.
  const scale = fitScale(extent, size.w - 2 * pad.x, size.h - 2 * pad.y, 1);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return {
    scale,
    project: (p) => {
      const [x, y] = mercator(p);
      return [size.w / 2 + (x - cx) * scale, size.h / 2 - (y - cy) * scale];
    },
    groundPerUnit: groundScale(cy) / scale,
  };
}

/** The map extent: the Kreis outline, or all areas when a data set has none. */
export function extentOf(boundaries: { kreis: FeatureCollection; gemeinden: FeatureCollection }): LngLatBox {
  return boxOf(boundaries.kreis.features.length ? boundaries.kreis : boundaries.gemeinden);
}

/** Padding of a framing: the overlays kept free, or 24 px all round when too little room would be left. */
export function framePadding(insets: Insets, w: number, h: number): Insets | number {
  const pad = (inset: number, size: number) => Math.max(0, Math.min(inset, size * 0.6)) + 24;
  const padding = { top: pad(insets.top, h), bottom: pad(insets.bottom, h), left: pad(insets.left, w), right: pad(insets.right, w) };
  // Too little room left between the overlays: frame on the whole map instead.
  const fits = w - padding.left - padding.right > 120 && h - padding.top - padding.bottom > 120;
  return fits ? padding : 24;
}

/** How far to pan so that a box [x0, y0, x1, y1] in screen px lies clear of the overlays; [0, 0] when it does. */
export function revealShift(box: [number, number, number, number], insets: Insets, width: number, height: number): [number, number] {
  const shift = (lo: number, hi: number, min: number, max: number) => {
    if (hi - lo > max - min) return (lo + hi) / 2 - (min + max) / 2;
    return lo < min ? lo - min : hi > max ? hi - max : 0;
  };
  return [shift(box[0], box[2], insets.left + 16, width - insets.right - 16), shift(box[1], box[3], insets.top + 16, height - insets.bottom - 16)];
}
