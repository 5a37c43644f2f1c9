// Colour schemes: ColorBrewer's (the tables of d3-scale-chromatic, see colorbrewer.ts), the
// colour-blind-safe subset by default.
import { COLORBREWER } from './colorbrewer';

export type SchemeKind = 'sequential' | 'diverging';
export interface Scheme {
  id: string;
  kind: SchemeKind;
}

// Only schemes ColorBrewer marks colour-blind safe at 3–7 classes.
const kindOf = (kind: SchemeKind) => (id: string): Scheme => ({ id, kind });
export const SCHEMES: readonly Scheme[] = [
  ...['Blues', 'Greens', 'Oranges', 'Purples', 'Reds', 'YlGnBu', 'YlOrRd', 'PuBuGn'].map(kindOf('sequential')),
  ...['RdBu', 'PuOr', 'BrBG', 'PiYG'].map(kindOf('diverging')),
];

export const DEFAULT_SCHEME = 'YlGnBu';

export function isScheme(id: string): boolean {
  return SCHEMES.some((s) => s.id === id);
}

/** Hex colours, lightest (or first pole) first; `classes` is clamped to ColorBrewer's 3–9. */
export function palette(schemeId: string, classes: number): string[] {
  const table = COLORBREWER[isScheme(schemeId) ? schemeId : DEFAULT_SCHEME] ?? [];
  const k = Math.max(3, Math.min(9, classes));
  return (table[k - 3]?.match(/.{6}/g) ?? []).map((hex) => `#${hex}`);
}

/**
 * A fill faded towards white, for the areas outside a highlight (e.g. the scatterplot's brushed
 * rectangle): as if drawn at `opacity` over white, so class hues stay recognisable.
 */
export function faded(fill: string, opacity = 0.3): string {
  const rgb = hexRgb(fill);
  if (!rgb) return fill;
  return `#${rgb.map((v) => Math.round(255 - (255 - v) * opacity).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A six-digit hex colour as [r, g, b], or null. Every fill of a plan is one (ColorBrewer's, the
 * no-data and symbol fills), so that is all this reads: d3-color's full CSS parser would cost
 * the start bundle 4 KB gzip.
 */
export function hexRgb(css: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim())?.[1];
  return hex ? [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number] : null;
}

// Fills that are not part of any scale: listed in the legend, hatched on the map.
export const NO_DATA_FILL = '#d9d9d9';
export const SUPPRESSED_FILL = '#bdbdbd';
/** Context: the Rhine in water blue, its name a darker blue of the same hue (map and print). */
export const RIVER_COLOUR = '#3a7fc1';
export const RIVER_LABEL_COLOUR = '#1f5d99';
