// A local-only MapLibre style: no tiles, sprites or glyphs from any other origin.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { NO_DATA_FILL, RIVER_COLOUR, RIVER_LABEL_COLOUR } from '../domain/colour';
import { SYMBOL_COLOUR, SYMBOL_OPACITY } from '../domain/symbols';

export type { MapLevel } from '../state/atlas-state';
import type { MapLevel } from '../state/atlas-state';
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

export const HATCH_IMAGE = 'hatch';
export const FONT_REGULAR = 'Atlas Sans Regular';
export const FONT_BOLD = 'Atlas Sans Bold';

const INK = '#1f2933';
const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * A level's areas are always 'visible' and a hidden level has opacity 0 (which MapLibre does not
 * draw): a visibility change makes MapLibre re-tile the whole source in its worker, which on a
 * drill-down cost several frames (the 1,147 grid cells far more). Only the label points (labels
 * and circles, a few points each) and the hatching (an extra pass, switched on once a plan needs
 * it) change visibility.
 */
export const shown = (visible: boolean): number => (visible ? 1 : 0);

/** Fill and hatching of a level's areas; its borders come later (see borderLayer), above the rivers. */
function areaLayers(level: MapLevel, visible: boolean): LayerSpecification[] {
  const l = LEVEL[level];
  return [
    // The colour itself lives in feature-state: changing a paint expression that reads
    // feature-state makes MapLibre re-parse the whole source, a constant one does not.
    {
      id: l.fill,
      type: 'fill',
      source: l.source,
      paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], NO_DATA_FILL]], 'fill-opacity': shown(visible) },
    },
    // A hidden level's withheld areas have their class in feature-state set to 0 (see
    // AtlasMap.#setLevel), so nothing of it is hatched. The grid's hatching is on from the start:
    // its cells are tiled once, when the grid is first shown.
    {
      id: l.hatch,
      type: 'fill',
      source: l.source,
      layout: { visibility: level === 'raster' ? 'visible' : 'none' },
      paint: {
        'fill-pattern': HATCH_IMAGE,
        'fill-opacity': ['case', ['<', ['coalesce', ['feature-state', 'cls'], 0], 0], 1, 0],
      },
    },
  ];
}

/** White borders; the 1 km cells' thinner, so that a Gemeinde's cells read as one surface. */
function borderLayer(level: MapLevel, visible: boolean): LayerSpecification {
  const l = LEVEL[level];
  return { id: l.borders, type: 'line', source: l.source, paint: { 'line-color': '#ffffff', 'line-width': level === 'raster' ? 0.5 : 1, 'line-opacity': shown(visible) } };
}

/** The Rhine over the fills and under the borders (where it is a Gemeinde border, the border stays on top). */
const riverLine: LayerSpecification = {
  id: LAYER.rivers,
  type: 'line',
  source: SOURCE.rivers,
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: { 'line-color': RIVER_COLOUR, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 2, 12, 4] },
};

/** Its name along the line, in the local glyphs. */
const riverLabel: LayerSpecification = {
  id: LAYER.riverLabels,
  type: 'symbol',
  source: SOURCE.rivers,
  layout: {
    'symbol-placement': 'line',
    'text-field': ['get', 'name'],
    'text-font': [FONT_REGULAR],
    'text-size': 12,
    'text-letter-spacing': 0.15,
    'symbol-spacing': 260,
    'text-max-angle': 35,
    'text-offset': [0, -0.9],
  },
  paint: { 'text-color': RIVER_LABEL_COLOUR, 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.5 },
};

/** Hover outline of a level, above every border so that it is never hidden by a neighbour's. */
function hoverLayer(level: MapLevel): LayerSpecification {
  const l = LEVEL[level];
  return {
    id: l.hover,
    type: 'line',
    source: l.source,
    // Hovered only on the shown level: a hidden level's outline needs no switch of its own.
    paint: { 'line-color': INK, 'line-width': 2.5, 'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0] },
  };
}

/** Label sizes in px at the Kreis view; the map scales them with its zoom and the type scale. */
export const LABEL_SIZE: Record<MapLevel, number> = { gemeinde: 13, sozialraum: 12, raster: 12 };

/**
 * Labels grow as the map zooms in (a Gemeinde framed has room for larger type) and with the
 * atlas' type scale (presentation mode on a beamer).
 */
export function labelSize(level: MapLevel, scale: number): ExpressionSpecification {
  const base = LABEL_SIZE[level] * scale;
  return ['interpolate', ['linear'], ['zoom'], 9, base, 13, base * 1.35];
}

/**
 * Circles of a count: radius and presence in feature-state (written per plan, as the fills are), so
 * switching indicator or year writes state, never data; radius 0 (a choropleth) draws nothing.
 * Slightly translucent with a white rim, so that a large circle does not hide a small neighbour.
 */
function circleLayer(level: 'gemeinde' | 'sozialraum', visible: boolean): LayerSpecification {
  const l = LEVEL[level];
  const radius: ExpressionSpecification = ['coalesce', ['feature-state', 'r'], 0];
  return {
    id: l.circles ?? `${l.source}-circles`,
    type: 'circle',
    source: l.labelSource,
    layout: { visibility: visible ? 'visible' : 'none' },
    paint: {
      'circle-radius': radius,
      'circle-color': SYMBOL_COLOUR,
      'circle-opacity': SYMBOL_OPACITY,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': ['case', ['>', radius, 0], 1, 0],
      'circle-pitch-alignment': 'map',
    },
  };
}

function labelLayer(level: MapLevel, visible: boolean): LayerSpecification {
  const l = LEVEL[level];
  return {
    id: l.labels,
    type: 'symbol',
    source: l.labelSource,
    layout: {
      visibility: visible ? 'visible' : 'none',
      'text-field': ['get', 'name'],
      'text-font': [FONT_BOLD],
      'text-size': labelSize(level, 1),
      'text-max-width': 8,
      'text-padding': 2,
    },
    paint: { 'text-color': INK, 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.5 },
  };
}

/**
 * The style starts with empty sources so that MapLibre (WebGL context, worker, style) starts
 * while the page still fetches its data; AtlasMap.setBoundaries fills them in.
 */
export function atlasStyle(glyphsBase: string): StyleSpecification {
  return {
    version: 8,
    // A level appears at once: a paint change (a level's opacity) would otherwise fade in over 300 ms.
    transition: { duration: 0, delay: 0 },
    glyphs: `${glyphsBase}{fontstack}/{range}.pbf`,
    sources: {
      [SOURCE.nachbarn]: { type: 'geojson', data: EMPTY },
      [SOURCE.kreis]: { type: 'geojson', data: EMPTY },
      [SOURCE.gemeinden]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
      [SOURCE.sozialraeume]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
      [SOURCE.raster]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
      // Label points carry the circles' feature-state, hence ids.
      [SOURCE.labels]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
      [SOURCE.sozialraumLabels]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
      // Hover and selection outline one or two areas: a tiny source of their own keeps the
      // outline layers from drawing every area's edge in every frame.
      [SOURCE.highlight]: { type: 'geojson', data: EMPTY },
      [SOURCE.rivers]: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#f2f4f5' } },
      { id: 'nachbarn-fill', type: 'fill', source: SOURCE.nachbarn, paint: { 'fill-color': '#e4e7ea' } },
      { id: 'nachbarn-line', type: 'line', source: SOURCE.nachbarn, paint: { 'line-color': '#b9c0c7', 'line-width': 1 } },
      {
        id: 'nachbarn-labels',
        type: 'symbol',
        source: SOURCE.nachbarn,
        layout: { 'text-field': ['get', 'name'], 'text-font': [FONT_REGULAR], 'text-size': 11, 'symbol-placement': 'point' },
        paint: { 'text-color': '#6b7580', 'text-halo-color': '#e4e7ea', 'text-halo-width': 1.2 },
      },
      ...areaLayers('gemeinde', true),
      ...areaLayers('sozialraum', false),
      ...areaLayers('raster', false),
      riverLine,
      borderLayer('gemeinde', true),
      borderLayer('sozialraum', false),
      borderLayer('raster', false),
      // Over the sub-districts, the municipal borders stay visible as the frame of reference.
      {
        id: LAYER.gemeindeOutline,
        type: 'line',
        source: SOURCE.gemeinden,
        paint: { 'line-color': INK, 'line-width': 1.5, 'line-opacity': 0 },
      },
      { id: 'kreis-line', type: 'line', source: SOURCE.kreis, paint: { 'line-color': INK, 'line-width': 2 } },
      hoverLayer('gemeinde'),
      hoverLayer('sozialraum'),
      hoverLayer('raster'),
      // Selection: a dark line on a white casing reads on the lightest and the darkest class.
      {
        id: LAYER.selectedCasing,
        type: 'line',
        source: SOURCE.highlight,
        paint: { 'line-color': '#ffffff', 'line-width': 6 },
      },
      {
        id: LAYER.selected,
        type: 'line',
        source: SOURCE.highlight,
        paint: { 'line-color': INK, 'line-width': 3 },
      },
      circleLayer('gemeinde', true),
      circleLayer('sozialraum', false),
      riverLabel,
      labelLayer('gemeinde', true),
      labelLayer('sozialraum', false),
      labelLayer('raster', false),
    ],
  };
}

/** Diagonal hatching for "no data" and "suppressed": never mistaken for a class colour. */
export function hatchImage(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size === 0 || (x + y + 1) % size === 0;
      const o = (y * size + x) * 4;
      data.set(on ? [90, 98, 107, 255] : [0, 0, 0, 0], o);
    }
  }
  return { width: size, height: size, data };
}
