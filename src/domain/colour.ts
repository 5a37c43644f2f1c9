// Colour schemes: ColorBrewer via d3-scale-chromatic, the colour-blind-safe subset by default.
// Named imports, not the namespace: a lookup by string would keep every scheme and interpolator
// of d3-scale-chromatic in the start bundle.
import {
  schemeBlues,
  schemeBrBG,
  schemeGreens,
  schemeOranges,
  schemePiYG,
  schemePuBuGn,
  schemePuOr,
  schemePurples,
  schemeRdBu,
  schemeReds,
  schemeYlGnBu,
  schemeYlOrRd,
} from 'd3-scale-chromatic';
import { rgb } from 'd3-color';

export type SchemeKind = 'sequential' | 'diverging';
export interface Scheme {
  id: string;
  label: string;
  kind: SchemeKind;
}

// Only schemes ColorBrewer marks colour-blind safe at 3–7 classes.
export const SCHEMES: readonly Scheme[] = [
  { id: 'Blues', label: 'Blau', kind: 'sequential' },
  { id: 'Greens', label: 'Grün', kind: 'sequential' },
  { id: 'Oranges', label: 'Orange', kind: 'sequential' },
  { id: 'Purples', label: 'Violett', kind: 'sequential' },
  { id: 'Reds', label: 'Rot', kind: 'sequential' },
  { id: 'YlGnBu', label: 'Gelb–Grün–Blau', kind: 'sequential' },
  { id: 'YlOrRd', label: 'Gelb–Orange–Rot', kind: 'sequential' },
  { id: 'PuBuGn', label: 'Violett–Blau–Grün', kind: 'sequential' },
  { id: 'RdBu', label: 'Rot–Blau (divergierend)', kind: 'diverging' },
  { id: 'PuOr', label: 'Violett–Orange (divergierend)', kind: 'diverging' },
  { id: 'BrBG', label: 'Braun–Türkis (divergierend)', kind: 'diverging' },
  { id: 'PiYG', label: 'Pink–Grün (divergierend)', kind: 'diverging' },
];

export const DEFAULT_SCHEME = 'YlGnBu';

/** ColorBrewer's colours per scheme, indexed by the number of classes (3–9; diverging up to 11). */
const TABLES: Record<string, ReadonlyArray<readonly string[] | undefined>> = {
  Blues: schemeBlues,
  Greens: schemeGreens,
  Oranges: schemeOranges,
  Purples: schemePurples,
  Reds: schemeReds,
  YlGnBu: schemeYlGnBu,
  YlOrRd: schemeYlOrRd,
  PuBuGn: schemePuBuGn,
  RdBu: schemeRdBu,
  PuOr: schemePuOr,
  BrBG: schemeBrBG,
  PiYG: schemePiYG,
};

export function isScheme(id: string): boolean {
  return SCHEMES.some((s) => s.id === id);
}

/** Hex colours, lightest (or first pole) first; `classes` is clamped to ColorBrewer's 3–9. */
export function palette(schemeId: string, classes: number): string[] {
  const table = TABLES[isScheme(schemeId) ? schemeId : DEFAULT_SCHEME] ?? [];
  const k = Math.max(3, Math.min(9, classes));
  return [...(table[k] ?? [])];
}

/**
 * A fill faded towards white, for the areas outside a highlight (e.g. the scatterplot's brushed
 * rectangle): as if drawn at `opacity` over white, so class hues stay recognisable.
 */
export function faded(fill: string, opacity = 0.3): string {
  const c = rgb(fill);
  if (!Number.isFinite(c.r)) return fill;
  const mix = (v: number) => Math.round(255 - (255 - v) * opacity);
  return rgb(mix(c.r), mix(c.g), mix(c.b)).formatHex();
}

// Fills that are not part of any scale: listed in the legend, hatched on the map.
export const NO_DATA_FILL = '#d9d9d9';
export const SUPPRESSED_FILL = '#bdbdbd';
/** Context: the Rhine in water blue, its name a darker blue of the same hue (map and print). */
export const RIVER_COLOUR = '#3a7fc1';
export const RIVER_LABEL_COLOUR = '#1f5d99';
