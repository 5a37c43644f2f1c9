// Own Sozialräume from GeoJSON, TopoJSON or a zipped Shapefile, checked like tables: every feature
// that cannot be a Sozialraum is named with why, and not mapped. A ring must be closed and have at
// least four positions, the outline must not cross itself, the area must not be zero, the feature
// must lie in the Kreis; overlaps between own Sozialräume are warned about. A feature that states
// no Gemeinde gets the one it overlaps most.
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import bbox from '@turf/bbox';
import area from '@turf/area';
import kinks from '@turf/kinks';
import intersect from '@turf/intersect';
import { featureCollection } from '@turf/helpers';
import type { Problem } from '../../domain/types';
import type { AtlasData } from '../atlas-data';
import type { AreaProps } from '../boundaries';
import { normaliseKey } from '../keys';
import { problem } from './problem-texts';
import { decode } from './decode';
import { dataTexts } from '../../messages/data';

export type AreaFeature = Feature<Geometry, AreaProps>;
type Area2D = Feature<Polygon | MultiPolygon>;

const ID_PROPS = ['id', 'sozialraum', 'sozialraum_id', 'sr_id', 'schluessel', 'schlüssel', 'key', 'code'];
const NAME_PROPS = ['name', 'bezeichnung', 'gebiet_name', 'gebietsname', 'sozialraum_name', 'titel', 'label'];
const PARENT_PROPS = ['parent', 'gemeinde', 'ags', 'gemeinde_ags', 'ags_gemeinde', 'ars'];
const SOZIALRAUM_ID = /^\d{8}-\d{1,4}$/;
/** Degrees around the Kreis within which own Sozialräume must lie. */
const MARGIN = 0.1;
/** Two own Sozialräume sharing more than this part of the smaller one overlap heavily (not just a shaky border). */
const OVERLAP = 0.05;
/** m²: less is no area, whatever its outline */
const MIN_AREA = 1;

export interface DroppedBytes {
  name: string;
  bytes: ArrayBuffer;
}

/** `read`: how many objects the file holds, so that the summary says how many of them were taken. */
export async function readSozialraeume(file: DroppedBytes, kind: 'json' | 'zip', data: AtlasData): Promise<{ features: AreaFeature[]; read: number; problems: Problem[] }> {
  const problems: Problem[] = [];
  const raw = kind === 'zip' ? await readZip(file, problems) : readJson(file, problems);
  if (raw === null) return { features: [], read: 0, problems };
  if (raw.length === 0) {
    problems.push(problem('geo.noFeatures', {}, { file: file.name }));
    return { features: [], read: 0, problems };
  }
  const features = checkFeatures(raw, file.name, data, problems);
  if (features.length === 0) problems.push(problem('geo.noneUsable', {}, { file: file.name }));
  return { features, read: raw.length, problems };
}

async function readZip(file: DroppedBytes, problems: Problem[]): Promise<Feature[] | null> {
  // shpjs's unzipper loops forever on a truncated archive: only a zip with its closing record gets to it.
  if (!hasEndOfCentralDirectory(new Uint8Array(file.bytes))) {
    problems.push(problem('geo.zipIncomplete', { file: file.name }, { file: file.name }));
    return null;
  }
  try {
    // Loaded only when someone drops a zip: proj4 and the unzipper stay out of the main bundle.
    const { default: shp } = await import('shpjs');
    const read = await shp(file.bytes);
    const layers = Array.isArray(read) ? read : [read];
    if (layers.length > 1) {
      problems.push(problem('geo.zipLayers', { count: layers.length, layer: layers[0].fileName ?? dataTexts.firstLayer }, { file: file.name, severity: 'warning' }));
    }
    return layers[0].features;
  } catch (e) {
    problems.push(problem('geo.zipUnreadable', { reason: (e as Error).message }, { file: file.name }));
    return null;
  }
}

/** The end-of-central-directory signature PK\x05\x06 within the last 64 KiB plus its 22 bytes. */
function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 65557; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

/** Features of a GeoJSON or TopoJSON text (the content decides, not the file ending). */
export function readJson(file: DroppedBytes, problems: Problem[]): Feature[] | null {
  const text = decode(file, problems);
  if (text === null) return null;
  return featuresOfJson(text, file.name, problems);
}

export function featuresOfJson(text: string, name: string, problems: Problem[]): Feature[] | null {
  const at = { file: name };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    problems.push(problem('geo.notJson', { reason: (e as Error).message }, at));
    return null;
  }
  const type = typeof json === 'object' && json !== null ? (json as { type?: unknown }).type : undefined;
  if (type === 'FeatureCollection') {
    const features = (json as FeatureCollection).features;
    if (Array.isArray(features)) return features;
    problems.push(problem('geo.noFeatureList', {}, at));
    return null;
  }
  if (type === 'Feature') return [json as Feature];
  if (type !== 'Topology') {
    problems.push(problem('geo.notGeoJson', {}, at));
    return null;
  }
  const topology = json as Topology;
  const names = Object.keys(topology.objects ?? {});
  if (names.length === 0) {
    problems.push(problem('geo.topoEmpty', {}, at));
    return null;
  }
  const layer = names.includes('sozialraeume') ? 'sozialraeume' : names[0];
  try {
    const read = topoFeature(topology, topology.objects[layer]) as Feature | FeatureCollection;
    return read.type === 'FeatureCollection' ? read.features : [read];
  } catch (e) {
    problems.push(problem('geo.topoUnreadable', { layer, reason: (e as Error).message }, at));
    return null;
  }
}

/** The features fit to be Sozialräume; every other one is reported by its number or id. */
export function checkFeatures(raw: readonly Feature[], file: string, data: AtlasData, problems: Problem[]): AreaFeature[] {
  const gemeindeIds = new Set(data.areas.filter((a) => a.level === 'gemeinde').map((a) => a.id));
  const gemeinden = data.boundaries.gemeinden.features as Feature[];
  const [west, south, east, north] = kreisBox(data);
  const seen = new Map<string, number>();
  const projected: string[] = [];
  const out: { feature: AreaFeature; where: string; key: string }[] = [];
  raw.forEach((f, i) => {
    const n = i + 1;
    if (typeof f !== 'object' || f === null || f.type !== 'Feature') {
      problems.push(problem('geo.notFeature', { where: dataTexts.object(n) }, { file, key: dataTexts.object(n) }));
      return;
    }
    const props = lowerProps(f.properties);
    const rawId = firstOf(props, ID_PROPS) ?? (f.id === undefined ? null : String(f.id).trim());
    const key = rawId ?? dataTexts.object(n);
    const where = rawId ? dataTexts.sozialraumObject(rawId, n) : dataTexts.object(n);
    const at = { file, key };
    let ok = true;
    const fault = (p: Problem) => {
      problems.push(p);
      ok = false;
    };

    const id = rawId === null ? null : normaliseKey(rawId);
    if (rawId === null) fault(problem('geo.noKey', { where, props: ID_PROPS.slice(0, 5).join(', ') }, at));
    else if (id === null || !SOZIALRAUM_ID.test(id)) fault(problem('geo.keyForm', { where }, at));
    else if (seen.has(id)) fault(problem('geo.keyDuplicate', { where, first: seen.get(id) ?? 0 }, at));
    else seen.set(id, n);

    const name = firstOf(props, NAME_PROPS);
    if (name === null) fault(problem('geo.noName', { where, props: NAME_PROPS.slice(0, 3).join(', ') }, at));

    const type = f.geometry?.type;
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      problems.push(type ? problem('geo.notArea', { where, type }, at) : problem('geo.noGeometry', { where }, at));
      return;
    }
    const shape = f as Area2D;
    const box = boxOf(shape.geometry);
    if (box === null) {
      problems.push(problem('geo.badCoordinates', { where }, at));
      return;
    }
    if (Math.abs(box[0]) > 180 || Math.abs(box[2]) > 180 || Math.abs(box[1]) > 90 || Math.abs(box[3]) > 90) {
      projected.push(key);
      return;
    }
    if (box[0] < west - MARGIN || box[2] > east + MARGIN || box[1] < south - MARGIN || box[3] > north + MARGIN) {
      problems.push(problem('geo.outside', { where }, at));
      return;
    }
    if (!ringsSound(shape.geometry, where, at, problems)) return;
    const crossings = kinks(shape).features.length;
    if (crossings > 0) {
      problems.push(problem('geo.selfIntersection', { where, count: crossings }, at));
      return;
    }
    const size = area(shape);
    if (!(size >= MIN_AREA)) {
      problems.push(problem('geo.zeroArea', { where }, at));
      return;
    }

    // A stated parent key wins over the id's prefix; a Gemeinde name in "gemeinde" states no key.
    const given = PARENT_PROPS.flatMap((p) => {
      const k = normaliseKey(props.get(p) ?? '');
      return k === null ? [] : [{ raw: props.get(p) ?? '', key: k }];
    });
    const prefix = id && SOZIALRAUM_ID.test(id) ? id.slice(0, 8) : null;
    let parent = given.length > 0 ? (given.find((g) => gemeindeIds.has(g.key))?.key ?? null) : prefix && gemeindeIds.has(prefix) ? prefix : null;
    if (parent === null && given.length > 0) fault(problem('geo.parentUnknown', { where, parent: given[0].raw }, at));
    else if (parent === null) {
      const best = largestOverlap(shape, gemeinden);
      if (best === null) {
        problems.push(problem('geo.outside', { where }, at));
        return;
      }
      parent = best.id;
      problems.push(problem('geo.parentByOverlap', { where, parent: best.id, share: Math.round((best.area / size) * 100) }, { ...at, severity: 'warning' }));
    }
    if (ok && id && name && parent) out.push({ feature: { type: 'Feature', geometry: f.geometry, properties: { id, name, parent, sample: false } }, where, key });
  });
  if (projected.length > 0) problems.push(problem('geo.projected', { count: projected.length, total: raw.length, first: projected[0] }, { file, key: projected[0] }));
  reportOverlaps(out, file, problems);
  return out.map((o) => o.feature);
}

/** Closed rings of at least four positions, each position a pair of numbers. */
function ringsSound(geometry: Polygon | MultiPolygon, where: string, at: { file: string; key: string }, problems: Problem[]): boolean {
  const polygons: Position[][][] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polygons)) return true;
  let ring = 0;
  for (const polygon of polygons) {
    if (!Array.isArray(polygon)) continue;
    for (const positions of polygon) {
      ring++;
      if (!Array.isArray(positions) || !positions.every((p) => Array.isArray(p) && Number.isFinite(p[0]) && Number.isFinite(p[1]))) continue;
      if (positions.length < 4) {
        problems.push(problem('geo.ringShort', { where, ring, positions: positions.length }, at));
        return false;
      }
      const [a, b] = [positions[0], positions[positions.length - 1]];
      if (a[0] !== b[0] || a[1] !== b[1]) {
        problems.push(problem('geo.ringOpen', { where, ring }, at));
        return false;
      }
    }
  }
  return true;
}

function largestOverlap(shape: Area2D, gemeinden: readonly Feature[]): { id: string; area: number } | null {
  let best: { id: string; area: number } | null = null;
  for (const g of gemeinden) {
    const common = overlapArea(shape, g as Area2D);
    if (common > 0 && (best === null || common > best.area)) best = { id: String(g.properties?.id), area: common };
  }
  return best;
}

function overlapArea(a: Area2D, b: Area2D): number {
  const [aw, as, ae, an] = bbox(a);
  const [bw, bs, be, bn] = bbox(b);
  if (aw > be || bw > ae || as > bn || bs > an) return 0;
  try {
    const common = intersect(featureCollection([a, b]));
    return common ? area(common) : 0;
  } catch {
    return 0;
  }
}

/** Pairs of own Sozialräume sharing a good part of the smaller one: a warning on the second. */
function reportOverlaps(features: readonly { feature: AreaFeature; where: string; key: string }[], file: string, problems: Problem[]): void {
  const sizes = features.map((f) => area(f.feature));
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      const common = overlapArea(features[i].feature as Area2D, features[j].feature as Area2D);
      const share = common / Math.min(sizes[i], sizes[j]);
      if (share <= OVERLAP) continue;
      problems.push(
        problem('geo.overlap', { where: features[j].where, other: features[i].key, share: Math.round(share * 100) }, { file, key: features[j].key, severity: 'warning' }),
      );
    }
  }
}

function boxOf(geometry: Geometry): number[] | null {
  try {
    const box = bbox(geometry);
    return box.every(Number.isFinite) ? box : null;
  } catch {
    return null;
  }
}

function lowerProps(props: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof props !== 'object' || props === null) return out;
  for (const [k, v] of Object.entries(props)) {
    if (v !== null && v !== undefined) out.set(k.toLowerCase(), String(v).trim());
  }
  return out;
}

const firstOf = (props: ReadonlyMap<string, string>, names: readonly string[]): string | null =>
  names.map((n) => props.get(n)).find((v) => v !== undefined && v !== '') ?? null;

function kreisBox(data: AtlasData): [number, number, number, number] {
  const layer = data.boundaries.kreis.features.length > 0 ? data.boundaries.kreis : data.boundaries.gemeinden;
  const [west, south, east, north] = bbox(layer);
  return [west, south, east, north];
}
