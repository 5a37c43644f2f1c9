// Contributions as files, for exchange between browsers and for the committee's tables: GeoJSON
// (RFC 7946: a FeatureCollection in WGS84, one Feature per contribution, a Point or, for an area,
// null geometry with the area's key in `gebiet`) and CSV for Excel (`;`, UTF-8 with BOM, every field
// quoted, CRLF). Both carry the same fields, named in German like the atlas's other files; the
// workshop travels with each contribution (title, question, id, date), so that one file can hold
// several workshops and reading it back rebuilds them. The format is documented in README
// ("Beiträge als Datei"); reading is in contribution-file-read.ts.
import type { Contribution, Workshop } from '../domain/contribution';
import { foldName } from '../domain/names';

/** The fields of a contribution in both files, in the CSV's column order. */
export const FILE_FIELDS = [
  'id',
  'kategorie',
  'text',
  'organisation',
  'stimmen',
  'gebiet',
  'workshop',
  'frage',
  'workshop_id',
  'workshop_datum',
  'erstellt',
  'geaendert',
] as const;
export type FileField = (typeof FILE_FIELDS)[number];

/** The CSV's point columns (GeoJSON has the geometry), decimal comma as German spreadsheets read it. */
export const LNG_COLUMN = 'laengengrad';
export const LAT_COLUMN = 'breitengrad';
/** Written when the area's name is known: for people reading the table; ignored when read back. */
export const AREA_NAME_FIELD = 'gebietsname';

export interface FileOptions {
  /** the area's name by key, for the `gebietsname` field */
  areaName?: (key: string) => string | undefined;
}

export type FileProperties = Record<FileField, string | number | null> & { [AREA_NAME_FIELD]?: string | null };

export interface ContributionFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: FileProperties;
}

export interface ContributionCollection {
  type: 'FeatureCollection';
  features: ContributionFeature[];
}

function properties(c: Contribution, workshop: Workshop | undefined, options: FileOptions): FileProperties {
  const props: FileProperties = {
    id: c.id,
    kategorie: c.category,
    text: c.text,
    organisation: c.organisation,
    stimmen: c.votes,
    gebiet: c.place.kind === 'area' ? c.place.key : null,
    workshop: workshop?.title ?? null,
    frage: workshop?.question ?? null,
    workshop_id: c.workshop,
    workshop_datum: workshop?.date ?? null,
    erstellt: c.created,
    geaendert: c.changed,
  };
  if (options.areaName) props[AREA_NAME_FIELD] = c.place.kind === 'area' ? (options.areaName(c.place.key) ?? null) : null;
  return props;
}

export function contributionsToGeoJSON(list: readonly Contribution[], workshops: readonly Workshop[], options: FileOptions = {}): ContributionCollection {
  const byId = new Map(workshops.map((w) => [w.id, w]));
  return {
    type: 'FeatureCollection',
    features: list.map((c) => ({
      type: 'Feature',
      id: c.id,
      geometry: c.place.kind === 'point' ? { type: 'Point', coordinates: [c.place.lngLat[0], c.place.lngLat[1]] } : null,
      properties: properties(c, byId.get(c.workshop), options),
    })),
  };
}

/** The GeoJSON as text: one feature per line, so that a diff or a glance shows one contribution each. */
export function contributionsToGeoJSONText(list: readonly Contribution[], workshops: readonly Workshop[], options: FileOptions = {}): string {
  const { features } = contributionsToGeoJSON(list, workshops, options);
  return `{"type":"FeatureCollection","features":[${features.length ? '\n' : ''}${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or return) as a formula, so a text such
 * as "=HYPERLINK(…)" typed in a workshop would become a link in the committee's Excel. Such a field
 * is written with a leading apostrophe, and one apostrophe before these characters is taken off when
 * read back; a text that itself starts with apostrophes and one of them gets one more, so every text
 * comes back byte for byte.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function protectCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unprotectCell(text: string): string {
  return FORMULA_START.test(text) && text.startsWith("'") ? text.slice(1) : text;
}

/** A coordinate as German spreadsheets read it ("7,1234"), exactly (JavaScript's shortest round trip). */
const coordinate = (x: number) => String(x).replace('.', ',');

const quoteField = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The free-text fields: protected against formulas; ids, keys, numbers and dates are never. */
const FREE_TEXT: ReadonlySet<string> = new Set(['text', 'organisation', 'workshop', 'frage', AREA_NAME_FIELD]);

export function contributionsToCSV(list: readonly Contribution[], workshops: readonly Workshop[], options: FileOptions = {}): string {
  const header: string[] = [...FILE_FIELDS.slice(0, 6), LNG_COLUMN, LAT_COLUMN, ...FILE_FIELDS.slice(6)];
  if (options.areaName) header.splice(6, 0, AREA_NAME_FIELD);
  const rows = contributionsToGeoJSON(list, workshops, options).features.map((f) =>
    header.map((column) => {
      if (column === LNG_COLUMN || column === LAT_COLUMN) return f.geometry ? coordinate(f.geometry.coordinates[column === LNG_COLUMN ? 0 : 1]) : '';
      const value = f.properties[column as FileField];
      const text = value === null || value === undefined ? '' : String(value);
      return FREE_TEXT.has(column) ? protectCell(text) : text;
    }),
  );
  return `\uFEFF${[header, ...rows].map((fields) => fields.map(quoteField).join(';')).join('\r\n')}\r\n`;
}

/** "beitraege-workshop-2026-12-07.geojson": the workshop's title as a file name, plain letters only. */
export function contributionsFileName(workshop: Pick<Workshop, 'title' | 'date'>, extension: 'geojson' | 'csv'): string {
  const slug = foldName(workshop.title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `beitraege-${slug ? `${slug}-` : ''}${workshop.date}.${extension}`;
}
