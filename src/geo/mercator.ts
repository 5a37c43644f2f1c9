// Web Mercator (EPSG:3857), the projection of every map of the atlas: MapLibre's, the 2D map's
// and the print's, so that all three put a place on the same spot of their frame. The Earth's
// radius and the cos(lat) factor of its scale live here and nowhere else. Pure: no DOM.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export type XY = [number, number];
/** x0, y0, x1, y1 in projected metres */
export type Box = [number, number, number, number];
/** [west, south, east, north] in degrees */
export type LngLatBox = [number, number, number, number];

/** The sphere Web Mercator projects (WGS 84's semi-major axis), in metres. */
export const EARTH_RADIUS = 6378137;
const R = EARTH_RADIUS;

/** [lng, lat] in degrees to projected metres. */
export const mercator = ([lng, lat]: Position): XY => [
  (R * lng * Math.PI) / 180,
  R * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)),
];

/** Projected metres back to [lng, lat] in degrees. */
export function toLngLat([x, y]: XY): XY {
  return [(x / R) * (180 / Math.PI), (2 * Math.atan(Math.exp(y / R)) - Math.PI / 2) * (180 / Math.PI)];
}

/**
 * Ground metres per projected metre at the projected height `y`: Web Mercator stretches by
 * 1/cos(lat), so a scale bar measured at the centre of a view multiplies by cos(lat).
 */
export const groundScale = (y: number): number => Math.cos(Math.atan(Math.sinh(y / R)));

/** The outer and inner rings of a polygon or multipolygon; none for other geometries. */
export function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** Projected bounding box of the features' outlines; null when they have none. */
export function projectedExtent(features: readonly Feature<Geometry>[]): Box | null {
  let box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features)
    for (const ring of rings(f.geometry))
      for (const p of ring) {
        const [x, y] = mercator(p);
        box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
      }
  return box[0] <= box[2] ? box : null;
}

/** A box in degrees as a box in Mercator metres. */
export function projectBox([w, s, e, n]: LngLatBox): Box {
  const [x0, y0] = mercator([w, s]);
  const [x1, y1] = mercator([e, n]);
  return [x0, y0, x1, y1];
}

/** Bounding box in degrees of features or a collection (turf's bbox, without turf in the start bundle). */
export function boxOf(geo: Feature | FeatureCollection): LngLatBox {
  const box: LngLatBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as Position)[0] === 'number') {
      const [x, y] = c as Position;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else for (const inner of c as unknown[]) visit(inner);
  };
  const geometries = (g: Geometry): void => (g.type === 'GeometryCollection' ? g.geometries.forEach(geometries) : visit(g.coordinates));
  for (const f of geo.type === 'FeatureCollection' ? geo.features : [geo]) if (f.geometry) geometries(f.geometry);
  return box;
}
