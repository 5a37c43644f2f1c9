// What the 2D map draws, projected once to Web Mercator metres when the boundaries arrive: the
// areas of each level (with their hit-test index), the neighbouring Kreise and where their names
// go, the Kreis outline and the rivers. A frame then only scales and shifts these. Pure: no DOM.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AreaProps, Boundaries } from '../../data/boundaries';
import type { MapLevel } from '../../state/atlas-state';
import { extentOf } from '../../geo/fit';
import { projectBox, type Box, type XY } from '../../geo/mercator';
import { ShapeIndex, projectRing, shapeOf, type Shape } from './geometry';
import { SOURCE } from '../layer-ids';

export type AreaFeature = Feature<Geometry, AreaProps>;

/** The areas of one level: their shapes in drawing order, a point index over them and the sample ones. */
export interface Layered {
  shapes: Shape[];
  index: ShapeIndex;
  byId: Map<string, Shape>;
  sample: Set<string>;
}

export const layered = (features: readonly AreaFeature[]): Layered => {
  const shapes = features.map(shapeOf);
  return {
    shapes,
    index: new ShapeIndex(shapes),
    byId: new Map(shapes.map((s) => [s.id, s])),
    sample: new Set(features.filter((f) => f.properties.sample).map((f) => f.properties.id)),
  };
};

export class Scene {
  readonly areas: Map<MapLevel, Layered>;
  readonly gemeinden: Layered;
  readonly nachbarn: Shape[];
  readonly nachbarnNames: Array<{ id: string; text: string; at: XY }>;
  readonly kreis: Shape[];
  readonly rivers: Array<{ name: string; line: Float64Array }>;
  /** what the map frames without a focus, in metres */
  readonly extent: Box;

  constructor(readonly boundaries: Boundaries) {
    this.gemeinden = layered(boundaries.gemeinden.features);
    this.areas = new Map([
      ['gemeinde', this.gemeinden],
      ['sozialraum', layered(boundaries.sozialraeume.features)],
      ['raster', layered(boundaries.raster?.features ?? [])],
    ]);
    this.nachbarn = boundaries.nachbarn.features.map(shapeOf);
    this.nachbarnNames = boundaries.nachbarn.features.map((f, i) => ({ id: f.properties.id, text: f.properties.name, at: labelPoint(this.nachbarn[i]) }));
    this.kreis = boundaries.kreis.features.map(shapeOf);
    this.rivers = (boundaries.rivers?.features ?? []).map((f) => ({ name: f.properties.name, line: projectRing(f.geometry.coordinates) }));
    this.extent = projectBox(extentOf(boundaries));
  }

  /** The grid cells, arriving after the boundaries. */
  setGrid(cells: FeatureCollection<Geometry, AreaProps>): void {
    this.areas.set('raster', layered(cells.features));
  }

  /** An area's shape, looked up in the level shown first. */
  shape(id: string, shown: MapLevel): Shape | null {
    for (const level of [shown, 'gemeinde', 'sozialraum', 'raster'] as const) {
      const s = this.areas.get(level)?.byId.get(id);
      if (s) return s;
    }
    return null;
  }

  /** The features of a MapLibre source id (style.ts SOURCE), as querySourceFeatures answers. */
  features(source: string): AreaFeature[] {
    const b = this.boundaries;
    if (source === SOURCE.gemeinden) return b.gemeinden.features;
    if (source === SOURCE.sozialraeume) return b.sozialraeume.features;
    if (source === SOURCE.raster) return b.raster?.features ?? [];
    return [];
  }
}

/** Where a neighbour's name goes: the middle of its largest ring's box (in metres). */
function labelPoint(shape: Shape): XY {
  let best: Float64Array | null = null;
  let bestArea = -1;
  for (const r of shape.rings) {
    let area = 0;
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) area += r[j] * r[i + 1] - r[i] * r[j + 1];
    if (Math.abs(area) > bestArea) [best, bestArea] = [r, Math.abs(area)];
  }
  if (!best) return [(shape.box[0] + shape.box[2]) / 2, (shape.box[1] + shape.box[3]) / 2];
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < best.length; i += 2) [x0, y0, x1, y1] = [Math.min(x0, best[i]), Math.min(y0, best[i + 1]), Math.max(x1, best[i]), Math.max(y1, best[i + 1])];
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}
