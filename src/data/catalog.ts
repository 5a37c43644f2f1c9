// catalog.json: which indicators exist, where their numbers are, and what may be said of them.
import { isScheme, DEFAULT_SCHEME } from '../domain/colour';
import type { Direction, Indicator, IndicatorKind, Level, Problem } from '../domain/types';

export interface TableEntry {
  file: string;
  key: string;
  /** the level its keys belong to */
  level: Level;
  /** column holding the year, for tables with one row per area and year */
  yearColumn?: string;
  /** the year of a table without a year column */
  year?: number;
  /** its figures are sample data ("Beispieldaten") */
  sample: boolean;
}

export interface GeometrySource {
  file: string;
  source: string;
  license: string;
  attribution: string;
  vintage: string;
}

export interface Catalog {
  title: string;
  kreis: { id: string; name: string };
  geometry: GeometrySource;
  /** sub-district boundaries, if the data set has them */
  sozialraeume: (GeometrySource & { sample: boolean }) | null;
  tables: TableEntry[];
  indicators: Indicator[];
  suppressionThreshold: number;
}

const KINDS: readonly IndicatorKind[] = ['share', 'rate', 'count', 'index', 'density', 'area'];
const DIRECTIONS: readonly Direction[] = ['higher-is-worse', 'higher-is-better', 'neutral'];

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Validates the parsed JSON; an unusable indicator is reported and left out, never guessed. */
export function readCatalog(json: unknown, file: string): { catalog: Catalog | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const fail = (message: string, key?: string) => problems.push({ file, key, message, severity: 'error' });
  if (!isObject(json)) {
    fail('Der Katalog ist kein JSON-Objekt.');
    return { catalog: null, problems };
  }
  const str = (o: Json, field: string, where: string): string | null => {
    const v = o[field];
    if (typeof v === 'string' && v.trim() !== '') return v;
    fail(`Feld „${field}“ fehlt oder ist leer.`, where);
    return null;
  };

  const kreis = isObject(json.kreis) ? json.kreis : {};
  const geometry = isObject(json.geometry) ? json.geometry : {};
  const tablesJson = Array.isArray(json.tables) ? json.tables : [];
  const tables: TableEntry[] = tablesJson.filter(isObject).flatMap((t) => {
    const f = str(t, 'file', 'tables');
    const k = str(t, 'key', 'tables');
    if (!f || !k) return [];
    const level = t.level ?? 'gemeinde';
    if (level !== 'gemeinde' && level !== 'sozialraum') {
      fail(`Unbekannte Ebene „${String(level)}“ (erlaubt: gemeinde, sozialraum).`, f);
      return [];
    }
    return [
      {
        file: f,
        key: k,
        level,
        yearColumn: typeof t.yearColumn === 'string' ? t.yearColumn : undefined,
        year: typeof t.year === 'number' ? t.year : undefined,
        sample: t.sample === true,
      },
    ];
  });

  const seen = new Set<string>();
  const indicators: Indicator[] = [];
  for (const entry of Array.isArray(json.indicators) ? json.indicators : []) {
    if (!isObject(entry)) continue;
    const id = str(entry, 'id', 'indicators');
    if (!id) continue;
    if (seen.has(id)) {
      fail(`Indikator „${id}“ ist doppelt definiert.`, id);
      continue;
    }
    seen.add(id);
    const fields = ['label', 'topic', 'table', 'column', 'source', 'license', 'vintage'] as const;
    const values = fields.map((f) => str(entry, f, id));
    const kind = entry.kind as IndicatorKind;
    const direction = (entry.direction ?? 'neutral') as Direction;
    if (!KINDS.includes(kind)) fail(`Unbekannte Art „${String(entry.kind)}“ (erlaubt: ${KINDS.join(', ')}).`, id);
    if (!DIRECTIONS.includes(direction)) fail(`Unbekannte Richtung „${String(entry.direction)}“.`, id);
    if (typeof entry.sample !== 'boolean') fail('Feld „sample“ (true/false) fehlt: jede Zahl muss sagen, ob sie echt ist.', id);
    if (values.some((v) => v === null) || !KINDS.includes(kind) || !DIRECTIONS.includes(direction) || typeof entry.sample !== 'boolean') continue;
    if (!tables.some((t) => t.file === entry.table)) {
      fail(`Tabelle „${String(entry.table)}“ steht nicht unter „tables“.`, id);
      continue;
    }
    const also = (Array.isArray(entry.also) ? entry.also : []).filter(isObject).flatMap((a) => {
      const t = str(a, 'table', id);
      const c = str(a, 'column', id);
      if (t && !tables.some((x) => x.file === t)) fail(`Tabelle „${t}“ steht nicht unter „tables“.`, id);
      return t && c && tables.some((x) => x.file === t) ? [{ table: t, column: c }] : [];
    });
    const [label, topic, table, column, source, license, vintage] = values as string[];
    const scheme = typeof entry.scheme === 'string' && isScheme(entry.scheme) ? entry.scheme : DEFAULT_SCHEME;
    indicators.push({
      id,
      label,
      topic,
      unit: typeof entry.unit === 'string' ? entry.unit : '',
      kind,
      decimals: typeof entry.decimals === 'number' ? entry.decimals : 1,
      denominator: typeof entry.denominator === 'string' ? entry.denominator : undefined,
      table,
      column,
      sources: [{ table, column }, ...also],
      source,
      license,
      vintage,
      note: typeof entry.note === 'string' ? entry.note : undefined,
      sample: entry.sample as boolean,
      scheme,
      direction,
    });
  }
  for (const ind of indicators) {
    if (ind.denominator && !seen.has(ind.denominator)) fail(`Bezugsgröße „${ind.denominator}“ ist kein Indikator.`, ind.id);
  }

  const catalog: Catalog = {
    title: typeof json.title === 'string' ? json.title : 'Sozialatlas',
    kreis: { id: String(kreis.id ?? ''), name: String(kreis.name ?? '') },
    geometry: {
      file: String(geometry.file ?? ''),
      source: String(geometry.source ?? ''),
      license: String(geometry.license ?? ''),
      attribution: String(geometry.attribution ?? ''),
      vintage: String(geometry.vintage ?? ''),
    },
    sozialraeume: isObject(json.sozialraeume)
      ? {
          file: String(json.sozialraeume.file ?? ''),
          source: String(json.sozialraeume.source ?? ''),
          license: String(json.sozialraeume.license ?? ''),
          attribution: String(json.sozialraeume.attribution ?? ''),
          vintage: String(json.sozialraeume.vintage ?? ''),
          sample: json.sozialraeume.sample === true,
        }
      : null,
    tables,
    indicators,
    suppressionThreshold: typeof json.suppressionThreshold === 'number' ? json.suppressionThreshold : 3,
  };
  if (!catalog.kreis.id) fail('Feld „kreis.id“ fehlt.');
  if (!catalog.geometry.file) fail('Feld „geometry.file“ fehlt.');
  if (indicators.length === 0) fail('Der Katalog enthält keinen verwendbaren Indikator.');
  return { catalog, problems };
}
