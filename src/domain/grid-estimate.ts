// Figures for a planner's own polygon, estimated from the Zensus 2011 1 km grid by area weighting:
// each cell contributes the part of its area that lies in the polygon. Inhabitants are that part of
// the cell's inhabitants (assumed evenly spread within the cell); shares and means are averaged over
// the contributing cells, weighted by the inhabitants each contributes. Cells without a value
// (keine Angabe, geheim) drop out of that average; if none is left the estimate has no value.
import { area, bbox, booleanWithin, featureCollection, intersect, polygon as turfPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface GridCellFigures {
  id: string;
  geometry: Polygon;
  /** inhabitants; null = keine Angabe or geheim */
  population: number | null;
  /** indicator id -> value of the cell (null = keine Angabe or geheim) */
  values: Readonly<Record<string, number | null>>;
}

export interface GridEstimate {
  /** estimated inhabitants (unrounded) */
  population: number;
  /** indicator id -> inhabitant-weighted mean over the contributing cells, null if none has a value */
  values: Record<string, number | null>;
  /** cells that overlap the polygon */
  cells: number;
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The share (0–1) of the cell's area that lies in the polygon. */
function fractionInside(cell: Feature<Polygon>, shape: Feature<Polygon | MultiPolygon>): number {
  if (shape.geometry.type === 'Polygon' && booleanWithin(cell, shape)) return 1;
  const part = intersect(featureCollection<Polygon | MultiPolygon>([cell, shape]));
  return part ? Math.min(1, area(part) / area(cell)) : 0;
}

export function estimateFromGrid(shape: Polygon | MultiPolygon, cells: readonly GridCellFigures[], indicators: readonly string[]): GridEstimate {
  const target: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: shape };
  const box = bbox(target) as Box;
  let population = 0;
  let count = 0;
  const sums = new Map(indicators.map((id) => [id, { weighted: 0, weight: 0 }]));
  for (const cell of cells) {
    const feature = turfPolygon(cell.geometry.coordinates);
    if (!overlaps(box, bbox(feature) as Box)) continue;
    const fraction = fractionInside(feature, target);
    if (fraction <= 0) continue;
    count += 1;
    if (cell.population === null) continue;
    const people = cell.population * fraction;
    population += people;
    for (const [id, s] of sums) {
      const v = cell.values[id];
      if (v === null || v === undefined || people === 0) continue;
      s.weighted += v * people;
      s.weight += people;
    }
  }
  const values = Object.fromEntries([...sums].map(([id, s]) => [id, s.weight > 0 ? s.weighted / s.weight : null]));
  return { population, values, cells: count };
}
