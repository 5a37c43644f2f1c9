// Where an area is as a point, and which areas a point lies in: a contribution placed on an area
// gets its pin where the map writes the area's name (its label point), a contribution placed on
// a point belongs to the Gemeinde and Sozialraum around it (for the card's count, the list's area
// sort and the "shown areas" filter), and a point outside the Kreis is told apart.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { AreaProps, Boundaries } from './boundaries';

export type LngLat = [number, number];

export interface AreaPlaces {
  /** the pin of an area: its label point, else the middle of its box; null: no such area */
  anchor(key: string): LngLat | null;
  /** the Gemeinde and Sozialraum that hold the point, widest first (grid cells: too many to test each point against) */
  areasAt(lngLat: LngLat): string[];
  inKreis(lngLat: LngLat): boolean;
}

type Areas = FeatureCollection<Geometry, AreaProps>;
const polygonal = (f: Feature<Geometry, AreaProps>): f is Feature<Polygon | MultiPolygon, AreaProps> =>
  f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

function boxMiddle(f: Feature<Geometry, AreaProps>): LngLat {
  const [w, s, e, n] = bbox(f);
  return [(w + e) / 2, (s + n) / 2];
}

export function areaPlaces(boundaries: Boundaries): AreaPlaces {
  const labels = new Map<string, LngLat>();
  for (const points of [boundaries.labels, boundaries.sozialraumLabels] as FeatureCollection<Point, AreaProps>[])
    for (const f of points.features) labels.set(f.properties.id, f.geometry.coordinates as LngLat);
  const layers: Areas[] = [boundaries.kreis, boundaries.gemeinden, boundaries.sozialraeume, ...(boundaries.raster ? [boundaries.raster as Areas] : [])];
  const byId = new Map<string, Feature<Geometry, AreaProps>>();
  for (const layer of layers) for (const f of layer.features) if (f.properties?.id) byId.set(f.properties.id, f);
  const holds = (f: Feature<Geometry, AreaProps>, at: LngLat) => polygonal(f) && booleanPointInPolygon(at, f);
  return {
    anchor(key) {
      const label = labels.get(key);
      if (label) return label;
      const f = byId.get(key);
      return f ? boxMiddle(f) : null;
    },
    areasAt(at) {
      // The Kreis itself is no place a list sorts by: the levels below it.
      return layers.slice(1, 3).flatMap((layer) => layer.features.filter((f) => holds(f, at)).map((f) => f.properties.id));
    },
    inKreis: (at) => boundaries.kreis.features.some((f) => holds(f, at)),
  };
}
