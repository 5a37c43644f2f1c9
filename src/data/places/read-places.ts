// A table or GeoJSON of places read into points with located problems: the columns are found by
// their names (id, kategorie, name, adresse, gemeinde, lat/lon or rechtswert/hochwert), every other
// column is kept as an attribute. Each row either becomes a place or a problem says why not; a row
// whose latitude and longitude are swapped is recognised by where it would lie, and taken swapped.
import type { Problem } from '../../domain/types';
import { slugOf, type Place } from '../../domain/place';
import type { LngLat } from '../../domain/reach';
import { utm32ToLngLat, isUtm32 } from '../../domain/utm';
import { problemsOf } from '../problem-messages';
import { placeProblemTexts, NO_CATEGORY } from '../../messages/places';
import type { Grid } from '../import/grid';
import type { PlaceContext } from './place-context';

export const placeProblem = problemsOf(() => placeProblemTexts);

export interface PlaceRead {
  places: Place[];
  problems: Problem[];
  /** rows (features) read, drawn or not */
  read: number;
}

/** A point further out than this is taken for an error of the file, not a place beyond the border. */
const FAR_KM = 25;

const HEADERS = {
  id: ['id', 'kennung', 'nr', 'nummer', 'schulnummer'],
  category: ['kategorie', 'category', 'art', 'typ', 'type'],
  name: ['name', 'bezeichnung', 'einrichtung'],
  address: ['adresse', 'anschrift', 'address', 'strasse'],
  gemeinde: ['gemeinde', 'ags'],
  lat: ['lat', 'latitude', 'breite', 'breitengrad', 'y_wgs84'],
  lon: ['lon', 'lng', 'long', 'longitude', 'laenge', 'laengengrad', 'x_wgs84'],
  east: ['rechtswert', 'easting', 'ostwert', 'x', 'e'],
  north: ['hochwert', 'northing', 'nordwert', 'y', 'n'],
} as const;
type Role = keyof typeof HEADERS;

/** a heading compared: lower case, umlauts spelled out (Länge = laenge), words joined by '_' */
const normal = (h: string) => slugOf(h).replace(/-/g, '_');

/** A coordinate as written: decimal comma or point, no grouping; null when empty, NaN when not a number. */
function coordinate(raw: string | undefined): number | null {
  const t = (raw ?? '').trim();
  if (!t) return null;
  return /^[+-]?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : NaN;
}

interface RawPlace {
  line: number;
  id: string;
  category: string;
  name: string;
  address: string;
  gemeinde: string;
  /** as written: [first, second] = lat/lon, or east/north when `utm` */
  a: string | undefined;
  b: string | undefined;
  utm: boolean;
  attributes: [string, string][];
}

/** Rows of a CSV or Excel sheet (first row the header). */
export function readPlaceGrid(grid: Grid, file: string, context: PlaceContext): PlaceRead {
  const [header = [], ...rows] = grid.rows;
  const names = header.map(normal);
  const col = (role: Role) => names.findIndex((n) => (HEADERS[role] as readonly string[]).includes(n));
  const at = Object.fromEntries((Object.keys(HEADERS) as Role[]).map((r) => [r, col(r)])) as Record<Role, number>;
  const utm = at.lat < 0 || at.lon < 0;
  if (utm && (at.east < 0 || at.north < 0)) return { places: [], problems: [placeProblem('place.noCoordinates', {}, { file, line: grid.lines[0] })], read: 0 };
  const used = new Set(Object.values(at).filter((i) => i >= 0));
  const raws: RawPlace[] = rows.flatMap((row, i) => {
    if (row.every((c) => !c.trim())) return [];
    const line = grid.lines[i + 1];
    const get = (role: Role) => (at[role] >= 0 ? (row[at[role]] ?? '').trim() : '');
    return [{
      line,
      id: get('id') || String(line),
      category: get('category'),
      name: get('name'),
      address: get('address'),
      gemeinde: get('gemeinde'),
      a: utm ? row[at.east] : row[at.lat],
      b: utm ? row[at.north] : row[at.lon],
      utm,
      attributes: header.flatMap((h, j) => (used.has(j) || !(row[j] ?? '').trim() ? [] : [[h.trim(), row[j].trim()] as [string, string]])),
    }];
  });
  return checkPlaces(raws, file, context, utm ? [header[at.east], header[at.north]] : [header[at.lat], header[at.lon]]);
}

/** Point features of a GeoJSON FeatureCollection; the feature's number is its "line". */
export function readPlaceGeoJson(json: unknown, file: string, context: PlaceContext): PlaceRead {
  const features = (json as { features?: unknown[] })?.features;
  const problems: Problem[] = [];
  const raws: RawPlace[] = (Array.isArray(features) ? features : []).flatMap((f, i) => {
    const feature = f as { geometry?: { type?: string; coordinates?: unknown }; properties?: Record<string, unknown> | null };
    const props = Object.fromEntries(Object.entries(feature.properties ?? {}).map(([k, v]) => [normal(k), v === null || v === undefined ? '' : String(v)]));
    const pick = (role: Role) => (HEADERS[role] as readonly string[]).map((h) => props[h]).find((v) => v !== undefined && v !== '') ?? '';
    const line = i + 1;
    const id = pick('id') || String(line);
    const type = feature.geometry?.type ?? '';
    const xy = type === 'Point' && Array.isArray(feature.geometry?.coordinates) ? (feature.geometry.coordinates as unknown[]) : null;
    if (type && !xy) {
      problems.push(placeProblem('place.notPoint', { id, type }, { file, line, key: id }));
      return [];
    }
    const used = new Set<string>(Object.values(HEADERS).flat());
    // GeoJSON is [lng, lat]; a projected file (EPSG:25832) writes metres in the same order.
    const lng = xy ? String(xy[0]) : undefined;
    const lat = xy ? String(xy[1]) : undefined;
    const projected = xy !== null && Math.abs(Number(xy[0])) > 1000;
    return [{
      line,
      id,
      category: pick('category'),
      name: pick('name'),
      address: pick('address'),
      gemeinde: pick('gemeinde'),
      a: projected ? lng : lat,
      b: projected ? lat : lng,
      utm: projected,
      attributes: Object.entries(feature.properties ?? {}).flatMap(([k, v]) => (used.has(normal(k)) || v === null || v === '' ? [] : [[k, String(v)] as [string, string]])),
    }];
  });
  const read = checkPlaces(raws, file, context, ['coordinates', 'coordinates']);
  return { ...read, problems: [...problems, ...read.problems], read: read.read + problems.length };
}

/** The checks every place passes, whatever file it came from. */
function checkPlaces(raws: readonly RawPlace[], file: string, context: PlaceContext, columns: [string, string]): PlaceRead {
  const problems: Problem[] = [];
  const places: Place[] = [];
  const seen = new Map<string, number>();
  for (const raw of raws) {
    const where = { file, line: raw.line, key: raw.id };
    const first = seen.get(raw.id);
    if (first !== undefined) {
      problems.push(placeProblem('place.duplicate', { id: raw.id, line: first }, where));
      continue;
    }
    seen.set(raw.id, raw.line);
    const a = coordinate(raw.a);
    const b = coordinate(raw.b);
    if (a === null || b === null) {
      problems.push(raw.address ? placeProblem('place.addressOnly', { id: raw.id }, { ...where, severity: 'warning' }) : placeProblem('place.missing', { id: raw.id }, where));
      continue;
    }
    if (Number.isNaN(a) || Number.isNaN(b)) {
      const bad = Number.isNaN(a) ? 0 : 1;
      problems.push(placeProblem('place.notNumeric', { id: raw.id, value: String((bad ? raw.b : raw.a) ?? '').trim() }, { ...where, column: columns[bad] }));
      continue;
    }
    let lngLat: LngLat = raw.utm ? (isUtm32(a, b) ? utm32ToLngLat(a, b) : isUtm32(b, a) ? utm32ToLngLat(b, a) : [a, b]) : [b, a];
    let gemeinde = context.gemeindeOf(lngLat);
    const swapped: LngLat = [lngLat[1], lngLat[0]];
    const swappedUtm = raw.utm && !isUtm32(a, b) && isUtm32(b, a);
    if ((!gemeinde && context.gemeindeOf(swapped)) || swappedUtm) {
      if (!swappedUtm) {
        lngLat = swapped;
        gemeinde = context.gemeindeOf(lngLat);
      }
      problems.push(placeProblem('place.swapped', { id: raw.id }, { ...where, severity: 'warning' }));
    }
    if (!gemeinde) {
      const km = Number.isFinite(lngLat[0]) && Math.abs(lngLat[1]) <= 90 ? context.kmOutside(lngLat) : Infinity;
      const text = Number.isFinite(km) ? km.toFixed(1).replace('.', ',') : '∞';
      if (km > FAR_KM) {
        problems.push(placeProblem('place.far', { id: raw.id, km: text }, where));
        continue;
      }
      problems.push(placeProblem('place.outside', { id: raw.id, km: text }, { ...where, severity: 'warning' }));
    } else if (raw.gemeinde && raw.gemeinde !== gemeinde && raw.gemeinde.padStart(8, '0') !== gemeinde) {
      problems.push(placeProblem('place.otherGemeinde', { id: raw.id, named: context.nameOf(raw.gemeinde.padStart(8, '0')), found: context.nameOf(gemeinde) }, { ...where, severity: 'warning' }));
    }
    if (!raw.category) problems.push(placeProblem('place.noCategory', { id: raw.id }, { ...where, severity: 'warning' }));
    places.push({ id: raw.id, category: raw.category || NO_CATEGORY, name: raw.name, address: raw.address, lngLat: [lngLat[0], lngLat[1]], gemeinde, attributes: raw.attributes, line: raw.line });
  }
  if (!raws.length) problems.push(placeProblem('place.noRows', {}, { file }));
  return { places, problems, read: raws.length };
}
