// The names of the map's sources and layers per level: what both screen maps and the plan's
// feature-state writer share. Apart from the style (style.ts), so that the 2D map, which draws the
// first frame, does not carry MapLibre's style with it.
import type { MapLevel } from '../state/atlas-state';

export type { MapLevel } from '../state/atlas-state';
export const LEVELS: readonly MapLevel[] = ['gemeinde', 'sozialraum', 'raster'];

/** One source of areas and one of label points per level; the rest is shared context. */
export const SOURCE = {
  gemeinden: 'gemeinden',
  sozialraeume: 'sozialraeume',
  kreis: 'kreis',
  nachbarn: 'nachbarn',
  labels: 'labels',
  sozialraumLabels: 'sozialraum-labels',
  raster: 'raster',
  highlight: 'highlight',
  rivers: 'rivers',
} as const;

export interface LevelLayers {
  source: string;
  labelSource: string;
  fill: string;
  hatch: string;
  borders: string;
  /** the hovered area's outline, drawn from feature-state: no data is sent to the worker on hover */
  hover: string;
  labels: string;
  /** proportional circles at the label points, radius from feature-state (0: none); null: a level without own label points */
  circles: string | null;
}

const levelLayers = (source: string, labelSource: string, circles = true): LevelLayers => ({
  source,
  labelSource,
  fill: `${source}-fill`,
  hatch: `${source}-hatch`,
  borders: `${source}-borders`,
  hover: `${source}-hover`,
  labels: `${source}-labels`,
  circles: circles ? `${source}-circles` : null,
});

export const LEVEL: Record<MapLevel, LevelLayers> = {
  gemeinde: levelLayers(SOURCE.gemeinden, SOURCE.labels),
  sozialraum: levelLayers(SOURCE.sozialraeume, SOURCE.sozialraumLabels),
  // The cells are named by the Gemeinden they lie in: their label points, no circles of their own.
  raster: levelLayers(SOURCE.raster, SOURCE.labels, false),
};

export const LAYER = {
  fill: LEVEL.gemeinde.fill,
  gemeindeOutline: 'gemeinden-outline',
  selectedCasing: 'highlight-selected-casing',
  selected: 'highlight-selected',
  rivers: 'rivers-line',
  riverLabels: 'rivers-labels',
} as const;
