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

/**
 * Names give way to point marks (marks are the data a person chose, and never hidden). While a
 * point layer is shown, a name whose place is taken, by a mark or by a name placed before it,
 * tries these spots around its anchor in order (centred, then below, above, right, left of it,
 * `offset` em away, as MapLibre's text-variable-anchor with text-radial-offset) and is left out
 * only if none is free. 1.8 em at the Kreis view's 13 px clear a school's mark (12 px around its
 * anchor) below or above and a cluster's to either side. `markPadding`: px kept around a mark's
 * box (MapLibre's icon-padding).
 */
export const GIVE_WAY = { anchors: ['center', 'top', 'bottom', 'left', 'right'] as const, offset: 1.8, markPadding: 2 } as const;

/**
 * The gap [beside, below/above] between the anchor and a name of `size` set at one of the spots
 * around it: MapLibre moves a name set below or above by 7/24 em less (its glyphs' baseline shift),
 * and so do the 2D map and print, so that the maps put it on the same pixels.
 */
export const giveWayGap = (size: number): [number, number] => [GIVE_WAY.offset * size, (GIVE_WAY.offset - 7 / 24) * size];
