// Boundary TopoJSON -> GeoJSON per layer, and the area list (hierarchy from keys, not geometry).
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { Area, Problem } from '../domain/types';

export interface AreaProps {
  id: string;
  name: string;
  parent?: string;
}

export interface Boundaries {
  gemeinden: FeatureCollection<Geometry, AreaProps>;
  kreis: FeatureCollection<Geometry, AreaProps>;
  nachbarn: FeatureCollection<Geometry, AreaProps>;
  labels: FeatureCollection<Point, AreaProps>;
}

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

export function readBoundaries(topology: Topology, file: string): { boundaries: Boundaries; problems: Problem[] } {
  const problems: Problem[] = [];
  const layer = <G extends Geometry>(name: string, required: boolean): FeatureCollection<G, AreaProps> => {
    const object = topology.objects?.[name] as GeometryCollection<AreaProps> | undefined;
    if (!object) {
      if (required) problems.push({ file, key: name, message: `Ebene „${name}“ fehlt in der TopoJSON-Datei.`, severity: 'error' });
      return { ...EMPTY, features: [] } as unknown as FeatureCollection<G, AreaProps>;
    }
    return feature(topology, object) as unknown as FeatureCollection<G, AreaProps>;
  };
  const boundaries: Boundaries = {
    gemeinden: layer('gemeinden', true),
    kreis: layer('kreis', false),
    nachbarn: layer('nachbarn', false),
    labels: layer<Point>('labels', false),
  };
  const seen = new Set<string>();
  for (const f of boundaries.gemeinden.features) {
    const id = f.properties?.id;
    if (!id) problems.push({ file, message: 'Eine Gemeinde hat keinen Schlüssel „id“.', severity: 'error' });
    else if (seen.has(id)) problems.push({ file, key: id, message: `Schlüssel „${id}“ kommt mehrfach vor.`, severity: 'error' });
    else seen.add(id);
    if (id && !f.properties.name) problems.push({ file, key: id, message: `Gemeinde „${id}“ hat keinen Namen.`, severity: 'error' });
  }
  return { boundaries, problems };
}

export function areasOf(boundaries: Boundaries, kreisId: string): Area[] {
  return boundaries.gemeinden.features
    .map((f) => ({ id: f.properties.id, name: f.properties.name, level: 'gemeinde' as const, parent: f.properties.parent ?? kreisId }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
