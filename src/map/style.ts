// A local-only MapLibre style: no tiles, sprites or glyphs from any other origin.
import type { StyleSpecification } from 'maplibre-gl';
import { NO_DATA_FILL } from '../domain/colour';
import type { Boundaries } from '../data/boundaries';
import type { Plan } from '../state/plan';
import { CLASS_MISSING, CLASS_SUPPRESSED } from '../state/plan';

export const SOURCE = { gemeinden: 'gemeinden', kreis: 'kreis', nachbarn: 'nachbarn', labels: 'labels' } as const;
export const LAYER = {
  fill: 'gemeinden-fill',
  hatch: 'gemeinden-hatch',
  borders: 'gemeinden-borders',
  hover: 'gemeinden-hover',
  selected: 'gemeinden-selected',
  labels: 'gemeinden-labels',
} as const;
export const HATCH_IMAGE = 'hatch';
export const FONT_REGULAR = 'Atlas Sans Regular';
export const FONT_BOLD = 'Atlas Sans Bold';

const INK = '#1f2933';

export function atlasStyle(boundaries: Boundaries, glyphsBase: string): StyleSpecification {
  return {
    version: 8,
    glyphs: `${glyphsBase}{fontstack}/{range}.pbf`,
    sources: {
      [SOURCE.nachbarn]: { type: 'geojson', data: boundaries.nachbarn },
      [SOURCE.kreis]: { type: 'geojson', data: boundaries.kreis },
      [SOURCE.gemeinden]: { type: 'geojson', data: boundaries.gemeinden, promoteId: 'id' },
      [SOURCE.labels]: { type: 'geojson', data: boundaries.labels },
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
      // The colour itself lives in feature-state: changing a paint expression that reads
      // feature-state makes MapLibre re-parse the whole source, a constant one does not.
      {
        id: LAYER.fill,
        type: 'fill',
        source: SOURCE.gemeinden,
        paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], NO_DATA_FILL]] },
      },
      {
        id: LAYER.hatch,
        type: 'fill',
        source: SOURCE.gemeinden,
        paint: {
          'fill-pattern': HATCH_IMAGE,
          'fill-opacity': ['case', ['<', ['coalesce', ['feature-state', 'cls'], 0], 0], 1, 0],
        },
      },
      { id: LAYER.borders, type: 'line', source: SOURCE.gemeinden, paint: { 'line-color': '#ffffff', 'line-width': 1 } },
      { id: 'kreis-line', type: 'line', source: SOURCE.kreis, paint: { 'line-color': INK, 'line-width': 2 } },
      {
        id: LAYER.hover,
        type: 'line',
        source: SOURCE.gemeinden,
        paint: { 'line-color': INK, 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2.5, 0] },
      },
      {
        id: LAYER.selected,
        type: 'line',
        source: SOURCE.gemeinden,
        paint: { 'line-color': '#d0021b', 'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 0] },
      },
      {
        id: LAYER.labels,
        type: 'symbol',
        source: SOURCE.labels,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': [FONT_BOLD],
          'text-size': 12,
          'text-max-width': 8,
          'text-padding': 2,
        },
        paint: { 'text-color': INK, 'text-halo-color': 'rgba(255,255,255,0.9)', 'text-halo-width': 1.5 },
      },
    ],
  };
}

/** The colour each area gets under a plan: its class colour, or the non-scale fills. */
export function fillOf(plan: Plan, id: string): string {
  const cls = plan.classes.get(id) ?? CLASS_MISSING;
  if (cls === CLASS_SUPPRESSED) return plan.suppressedFill;
  return plan.rows[cls]?.colour ?? plan.noDataFill;
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
