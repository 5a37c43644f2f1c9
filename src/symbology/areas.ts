// How an area is drawn: its fill, whether it is hatched, whether it is faded, and its outlines.
// Which fill and whether hatched is the plan's decision (state/plan.ts `style`); this file holds
// what every painter does with it. Widths are CSS px on screen and mm on paper: print's are chosen
// for paper (a 1 px border would be a hair at 300 dpi), not scaled from the screen's.
import { faded, NO_DATA_FILL } from '../domain/colour';
import type { Level } from '../domain/types';
import { BASE } from './base';

/** The levels the map draws areas of (the Kreis is an outline). */
export type AreaLevel = Exclude<Level, 'kreis'>;

/** One area as the plan resolves it once (Plan.style): all three painters draw exactly this. */
export interface AreaStyle {
  /** its class colour, the no-data or withheld fill, or the neutral fill beneath a circle */
  fill: string;
  /** the hatch (hatch.ts) over the fill: no value, or a withheld one */
  hatched: boolean;
  /** faded because its value is "unsicher (kleine Basis)" (state/interval-plan.ts): the fill is already the faded one */
  unsure?: boolean;
}

/** An area the plan does not hold (or no plan yet): the no-data fill, unhatched. */
export const UNPLANNED: AreaStyle = Object.freeze({ fill: NO_DATA_FILL, hatched: false });

/**
 * Areas outside a highlight (the scatterplot's brushed rectangle) are drawn as if at this opacity
 * over white, on both screen maps: class hues stay recognisable. The hatch is not faded.
 */
export const FADE_OPACITY = 0.3;

/** The colour an area's fill is painted in: its own, or faded when a highlight leaves it out. */
export function paintedFill(style: AreaStyle, isFaded: boolean): string {
  return isFaded ? faded(style.fill, FADE_OPACITY) : style.fill;
}

/**
 * Values marked "unsicher (kleine Basis)" are drawn as if at this opacity over white when the map
 * fades them: lighter than a brushed-out area is dark, so the class hue still reads beside its legend
 * swatch. Decided in the plan's fill, so that MapLibre, the 2D map and print all paint it.
 */
export const UNSURE_OPACITY = 0.35;

/** The fill of an area whose value is unsure, when the map fades those. */
export const unsureFill = (fill: string): string => faded(fill, UNSURE_OPACITY);

/** Whether an area is faded: a highlight is on and does not hold it. */
export const isFaded = (highlight: ReadonlySet<string> | null, id: string): boolean => highlight !== null && !highlight.has(id);

/** A line on screen (CSS px). */
export interface ScreenLine {
  colour: string;
  width: number;
}
/** A line on screen and on paper. */
export interface Line extends ScreenLine {
  widthMm: number;
}

/** Dashes of generated sample geometry: it must never pass for official boundaries. */
export const SAMPLE_DASH = { px: [3, 2], mm: [1.2, 0.8] } as const;

export const OUTLINES = {
  /** white borders between the areas of a level; the 1 km cells' thinner, so that a Gemeinde's cells read as one surface */
  border: {
    gemeinde: { colour: BASE.white, width: 1, widthMm: 0.3 },
    sozialraum: { colour: BASE.white, width: 1, widthMm: 0.25 },
    raster: { colour: BASE.white, width: 0.5, widthMm: 0.12 },
  } satisfies Record<AreaLevel, Line>,
  /** below the Gemeinden (Sozialräume, cells) the municipal borders stay as the frame of reference */
  gemeinde: { colour: BASE.ink, width: 1.5, widthMm: 0.35 } satisfies Line,
  kreis: { colour: BASE.ink, width: 2, widthMm: 0.6 } satisfies Line,
  /** the hovered area: screen only */
  hover: { colour: BASE.ink, width: 2.5 } satisfies ScreenLine,
  /** the selected area: a dark line on a white casing reads on the lightest and the darkest class */
  selected: {
    casing: { colour: BASE.white, width: 6, widthMm: 1.3 } satisfies Line,
    line: { colour: BASE.ink, width: 3, widthMm: 0.65 } satisfies Line,
  },
} as const;

/** Print: the areas outside the Gemeinde in focus are context, greyed as the neighbouring Kreise are. */
export const CONTEXT_AREA_FILL = '#e9ecef';
