// A local-only MapLibre style: no tiles, sprites or glyphs from any other origin. The look is the
// symbology's (src/symbology), compiled here into layers and expressions; nothing of it is decided here.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { OUTLINES, SAMPLE_DASH, UNPLANNED } from '../symbology/areas';
import { BASE } from '../symbology/base';
import { CIRCLES } from '../symbology/circles';
import { GIVE_WAY, LABELS, labelSizes, NEIGHBOURS, RIVERS, type LabelStyle } from '../symbology/context';
import type { Stops } from '../symbology/stops';

import { LAYER, LEVEL, LEVELS, SOURCE, type MapLevel } from './layer-ids';

export { LAYER, LEVEL, LEVELS, SOURCE, type LevelLayers, type MapLevel } from './layer-ids';

export const HATCH_IMAGE = 'hatch';
export const FONT_REGULAR = 'Atlas Sans Regular';
export const FONT_BOLD = 'Atlas Sans Bold';

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
      paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], UNPLANNED.fill]], 'fill-opacity': shown(visible) },
    },
    // A hidden level's hatched areas are unhatched in feature-state (see hideLevel in
    // plan-state.ts), so nothing of it is hatched. The grid's hatching is on from the start:
    // its cells are tiled once, when the grid is first shown.
    {
      id: l.hatch,
      type: 'fill',
      source: l.source,
      layout: { visibility: level === 'raster' ? 'visible' : 'none' },
      paint: {
        'fill-pattern': HATCH_IMAGE,
        'fill-opacity': ['case', ['boolean', ['feature-state', 'hatched'], false], 1, 0],
      },
    },
  ];
}

/** A value by zoom (symbology/stops.ts) as MapLibre interpolates it. */
export const zoomStops = (stops: Stops): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], ...stops.flat()];

/** A line of the symbology as paint. */
const linePaint = (line: { colour: string; width: number }) => ({ 'line-color': line.colour, 'line-width': line.width });

/** Halo and colour of a name. */
const textPaint = (label: Omit<LabelStyle, 'size'>) => ({ 'text-color': label.colour, 'text-halo-color': label.halo, 'text-halo-width': label.haloWidth });

/** The white borders between a level's areas. */
function borderLayer(level: MapLevel, visible: boolean): LayerSpecification {
  const l = LEVEL[level];
  return { id: l.borders, type: 'line', source: l.source, paint: { ...linePaint(OUTLINES.border[level]), 'line-opacity': shown(visible) } };
}

/** Generated sample geometry is drawn dashed: it must never pass for official boundaries. */
export const sampleDash = (sample: boolean): number[] | undefined => (sample ? [...SAMPLE_DASH.px] : undefined);

/** The Rhine over the fills and under the borders (where it is a Gemeinde border, the border stays on top). */
const riverLine: LayerSpecification = {
  id: LAYER.rivers,
  type: 'line',
  source: SOURCE.rivers,
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: { 'line-color': RIVERS.line.colour, 'line-width': zoomStops(RIVERS.line.width) },
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
    'text-size': RIVERS.label.size,
    'text-letter-spacing': RIVERS.label.letterSpacing,
    'symbol-spacing': 260,
    'text-max-angle': 35,
    'text-offset': [0, RIVERS.label.offset],
  },
  paint: textPaint(RIVERS.label),
};

/** Hover outline of a level, above every border so that it is never hidden by a neighbour's. */
function hoverLayer(level: MapLevel): LayerSpecification {
  const l = LEVEL[level];
  return {
    id: l.hover,
    type: 'line',
    source: l.source,
    // Hovered only on the shown level: a hidden level's outline needs no switch of its own.
    paint: { ...linePaint(OUTLINES.hover), 'line-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0] },
  };
}

/** The text sizes of every label layer at a type scale (1 = normal; presentation mode on a beamer is larger). */
export function textSizes(scale: number): Array<[layer: string, size: ExpressionSpecification | number]> {
  return [
    ...LEVELS.map((level) => [LEVEL[level].labels, zoomStops(labelSizes(level, scale))] as [string, ExpressionSpecification]),
    // MapLibre's glyph atlas holds whole sizes: the small names are rounded.
    ['nachbarn-labels', Math.round(NEIGHBOURS.label.size * scale)],
    [LAYER.riverLabels, Math.round(RIVERS.label.size * scale)],
  ];
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
      'circle-color': CIRCLES.colour,
      'circle-opacity': CIRCLES.opacity,
      'circle-stroke-color': CIRCLES.stroke.colour,
      'circle-stroke-width': ['case', ['>', radius, 0], CIRCLES.stroke.width, 0],
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
      'text-size': zoomStops(labelSizes(level, 1)),
      'text-max-width': 8,
      'text-padding': 2,
    },
    paint: textPaint(LABELS),
  };
}

/**
 * The area names' layout while point marks are shown (`on`) or not: the spots around the anchor
 * they may take when the centred one is taken (symbology/context.ts GIVE_WAY). Off, the names are
 * laid out as without it (centred or nowhere), so a map without point layers places every name
 * where it always did; on only with marks, whose icons take their place first (maplibre-points.ts).
 */
export const giveWayLayout = (on: boolean) =>
  ({ 'text-variable-anchor': on ? [...GIVE_WAY.anchors] : undefined, 'text-radial-offset': on ? GIVE_WAY.offset : undefined }) as const;

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
      { id: 'background', type: 'background', paint: { 'background-color': BASE.background } },
      { id: 'nachbarn-fill', type: 'fill', source: SOURCE.nachbarn, paint: { 'fill-color': NEIGHBOURS.fill } },
      { id: 'nachbarn-line', type: 'line', source: SOURCE.nachbarn, paint: linePaint(NEIGHBOURS.line) },
      {
        id: 'nachbarn-labels',
        type: 'symbol',
        source: SOURCE.nachbarn,
        layout: { 'text-field': ['get', 'name'], 'text-font': [FONT_REGULAR], 'text-size': NEIGHBOURS.label.size, 'symbol-placement': 'point' },
        paint: textPaint(NEIGHBOURS.label),
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
        paint: { ...linePaint(OUTLINES.gemeinde), 'line-opacity': 0 },
      },
      { id: 'kreis-line', type: 'line', source: SOURCE.kreis, paint: linePaint(OUTLINES.kreis) },
      hoverLayer('gemeinde'),
      hoverLayer('sozialraum'),
      hoverLayer('raster'),
      // Selection: a dark line on a white casing reads on the lightest and the darkest class.
      {
        id: LAYER.selectedCasing,
        type: 'line',
        source: SOURCE.highlight,
        paint: linePaint(OUTLINES.selected.casing),
      },
      {
        id: LAYER.selected,
        type: 'line',
        source: SOURCE.highlight,
        paint: linePaint(OUTLINES.selected.line),
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
