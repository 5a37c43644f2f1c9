// The layers around and above the areas: the neighbouring Kreise, the Rhine, the areas' names.
// Sizes that follow the zoom are stops (stops.ts), compiled by MapLibre and evaluated by the 2D map.
import { RIVER_COLOUR, RIVER_LABEL_COLOUR } from '../domain/colour';
import type { AreaLevel } from './areas';
import { BASE } from './base';
import { scaled, type Stops } from './stops';

/** A name on the map: colour, halo (its width in CSS px) and size in CSS px at type scale 1. */
export interface LabelStyle {
  colour: string;
  halo: string;
  haloWidth: number;
  size: number;
}

export const NEIGHBOURS = {
  fill: '#e4e7ea',
  line: { colour: '#b9c0c7', width: 1, widthMm: 0.25 },
  label: { colour: '#6b7580', halo: '#e4e7ea', haloWidth: 1.2, size: 11 } satisfies LabelStyle,
} as const;

export const RIVERS = {
  /** the Rhine over the fills and under the borders; wider as the map zooms in */
  line: { colour: RIVER_COLOUR, width: [[8, 2], [12, 4]] as Stops, widthMm: 0.6 },
  /** its name along the line: letter spacing and the offset above the line in em */
  label: { colour: RIVER_LABEL_COLOUR, halo: BASE.halo, haloWidth: 1.5, size: 12, letterSpacing: 0.15, offset: -0.9 } as const,
} as const;

/** The names of the areas of the shown level. */
export const LABELS = {
  /** size in CSS px at the Kreis view */
  size: { gemeinde: 13, sozialraum: 12, raster: 12 } satisfies Record<AreaLevel, number>,
  /** a Gemeinde framed has room for larger type: the size's factor by zoom */
  growth: [[9, 1], [13, 1.35]] as Stops,
  colour: BASE.ink,
  halo: BASE.halo,
  haloWidth: 1.5,
} as const;

/** A level's label size by zoom, at the atlas' type scale (presentation mode on a beamer is larger). */
export const labelSizes = (level: AreaLevel, scale: number): Stops => scaled(LABELS.growth, LABELS.size[level] * scale);
