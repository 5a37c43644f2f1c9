// Boundary TopoJSON -> GeoJSON per layer, and the area list (hierarchy from keys, not geometry).
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry, Point, Polygon } from 'geojson';
import type { Area, Problem } from '../domain/types';
import { compareNames } from '../domain/names';
import { renamed, sampleSozialraumName } from './area-names';
import { areaNameTexts, writtenAreaNames } from '../messages/area-names';
import type { Rivers } from './context';
import { dataTexts } from '../messages/data';

export interface AreaProps {
  id: string;
  name: string;
  parent?: string;
  /** true: generated sample geometry, not an official boundary */
  sample?: boolean;
}

export interface Boundaries {
  gemeinden: FeatureCollection<Geometry, AreaProps>;
  kreis: FeatureCollection<Geometry, AreaProps>;
  nachbarn: FeatureCollection<Geometry, AreaProps>;
  labels: FeatureCollection<Point, AreaProps>;
  /** Sub-districts, each with its parent Gemeinde; empty when a data set has none. */
  sozialraeume: FeatureCollection<Geometry, AreaProps>;
  sozialraumLabels: FeatureCollection<Point, AreaProps>;
  /** the Zensus 2011 grid cells, once loaded (data/grid.ts withGrid); absent until then */
  raster?: FeatureCollection<Polygon, AreaProps>;
  /** context lines (the Rhine, data/context.ts), drawn under the borders; absent: none */
  rivers?: Rivers;
}

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

type Layer<G extends Geometry> = FeatureCollection<G, AreaProps>;

function layerReader(topology: Topology, file: string, problems: Problem[]) {
  return <G extends Geometry>(name: string, required: boolean): Layer<G> => {
    const object = topology.objects?.[name] as GeometryCollection<AreaProps> | undefined;
    if (!object) {
      if (required) problems.push({ file, key: name, message: dataTexts.layerMissing(name), severity: 'error' });
      return { ...EMPTY, features: [] } as unknown as Layer<G>;
    }
    return feature(topology, object) as unknown as Layer<G>;
  };
}

/** Every area needs a unique id and a name; `what` names the level in the message. */
function checkAreas(features: Layer<Geometry>['features'], file: string, what: string, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  for (const f of features) {
    const id = f.properties?.id;
    if (!id) problems.push({ file, message: dataTexts.areaWithoutId(what), severity: 'error' });
    else if (seen.has(id)) problems.push({ file, key: id, message: dataTexts.keyTwice(id), severity: 'error' });
    else seen.add(id);
    if (id && !f.properties.name) problems.push({ file, key: id, message: dataTexts.areaWithoutName(what, id), severity: 'error' });
  }
  return seen;
}

/**
 * The Gemeinde topology (gemeinden, kreis, nachbarn, labels) and optionally one of sub-districts
 * (sozialraeume, labels): see readGemeinden and withSozialraeume.
 */
export function readBoundaries(
  topology: Topology,
  file: string,
  sub?: { topology: Topology; file: string },
): { boundaries: Boundaries; problems: Problem[] } {
  const read = readGemeinden(topology, file);
  if (!sub) return read;
  const added = withSozialraeume(read.boundaries, sub);
  return { boundaries: added.boundaries, problems: [...read.problems, ...added.problems] };
}

/** The Gemeinde topology (gemeinden, kreis, nachbarn, labels), without sub-districts. */
export function readGemeinden(topology: Topology, file: string): { boundaries: Boundaries; problems: Problem[] } {
  const problems: Problem[] = [];
  const layer = layerReader(topology, file, problems);
  const boundaries: Boundaries = {
    gemeinden: layer('gemeinden', true),
    kreis: layer('kreis', false),
    nachbarn: layer('nachbarn', false),
    labels: layer<Point>('labels', false),
    sozialraeume: { type: 'FeatureCollection', features: [] },
    sozialraumLabels: { type: 'FeatureCollection', features: [] },
  };
  checkAreas(boundaries.gemeinden.features, file, dataTexts.levelGemeinde, problems);
  return { boundaries, problems };
}

/**
 * The boundaries with a topology of sub-districts (sozialraeume, labels) added; the Gemeinde layers
 * stay the same objects. A sub-district belongs to the Gemeinde its `parent` names; one without a
 * known parent is reported and left out, never placed by geometry.
 */
export function withSozialraeume(boundaries: Boundaries, sub: { topology: Topology; file: string }): { boundaries: Boundaries; problems: Problem[] } {
  const problems: Problem[] = [];
  const gemeinden = new Set(boundaries.gemeinden.features.map((f) => f.properties?.id).filter(Boolean));
  const subLayer = layerReader(sub.topology, sub.file, problems);
  const all = subLayer('sozialraeume', true);
  checkAreas(all.features, sub.file, dataTexts.levelSozialraum, problems);
  const placed = all.features.filter((f) => {
    const parent = f.properties?.parent;
    if (parent && gemeinden.has(parent)) return true;
    problems.push({
      file: sub.file,
      key: f.properties?.id,
      message: parent ? dataTexts.parentUnknown(f.properties.id, parent) : dataTexts.parentMissing(f.properties?.id),
      severity: 'error',
    });
    return false;
  });
  // The sample Sozialräume carry German names made by the build script: shown in the language in use.
  const shown = renamed(placed, (f) => (f.properties.sample === true ? sampleSozialraumName(f.properties.name, writtenAreaNames, areaNameTexts) : f.properties.name));
  const names = new Map(shown.map((f) => [f.properties.id, f.properties.name]));
  const labels = subLayer<Point>('labels', false).features.filter((f) => names.has(f.properties?.id));
  return {
    boundaries: {
      ...boundaries,
      sozialraeume: { type: 'FeatureCollection', features: shown },
      sozialraumLabels: { type: 'FeatureCollection', features: renamed(labels, (f) => names.get(f.properties.id) ?? f.properties.name) },
    },
    problems,
  };
}

/** Gemeinden, then sub-districts, each sorted by German name, then grid cells by id; the hierarchy comes from keys. */
export function areasOf(boundaries: Boundaries, kreisId: string): Area[] {
  const byName = (a: Area, b: Area) => compareNames(a.name, b.name);
  const gemeinden = boundaries.gemeinden.features
    .map((f): Area => ({ id: f.properties.id, name: f.properties.name, level: 'gemeinde', parent: f.properties.parent ?? kreisId }))
    .sort(byName);
  const sozialraeume = boundaries.sozialraeume.features
    .map((f): Area => ({ id: f.properties.id, name: f.properties.name, level: 'sozialraum', parent: f.properties.parent ?? null, sample: f.properties.sample === true }))
    .sort(byName);
  const raster = (boundaries.raster?.features ?? [])
    .map((f): Area => ({ id: f.properties.id, name: f.properties.name, level: 'raster', parent: f.properties.parent ?? null }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return [...gemeinden, ...sozialraeume, ...raster];
}
