// Where a point lies for the checks of places: in which Gemeinde of the atlas (by its boundary),
// or how far outside the Kreis. Built once per import from the atlas's own boundaries.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToPolygonDistance from '@turf/point-to-polygon-distance';
import bbox from '@turf/bbox';
import type { AreaProps } from '../boundaries';
import type { LngLat } from '../../domain/reach';

export interface PlaceContext {
  /** the Gemeinde holding the point, by id; null: outside the Kreis */
  gemeindeOf(at: LngLat): string | null;
  /** km from the point to the Kreis (0 inside) */
  kmOutside(at: LngLat): number;
  nameOf(id: string): string;
}

type AreaFeature = Feature<Polygon | MultiPolygon, AreaProps>;
const isArea = (f: Feature<Geometry, AreaProps>): f is AreaFeature => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

export function placeContext(gemeinden: FeatureCollection<Geometry, AreaProps>): PlaceContext {
  const areas = gemeinden.features.filter(isArea).map((f) => ({ f, box: bbox(f) }));
  const names = new Map(areas.map(({ f }) => [f.properties.id, f.properties.name]));
  const gemeindeOf = ([x, y]: LngLat) =>
    areas.find(({ f, box }) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3] && booleanPointInPolygon([x, y], f))?.f.properties.id ?? null;
  return {
    gemeindeOf,
    kmOutside: (at) => (gemeindeOf(at) ? 0 : Math.min(...areas.map(({ f }) => Math.max(0, pointToPolygonDistance([at[0], at[1]], f, { units: 'kilometers' }))))),
    nameOf: (id) => names.get(id) ?? id,
  };
}
