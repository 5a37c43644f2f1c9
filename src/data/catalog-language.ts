// The catalog in another language. indicators/catalog.<lang>.json (an "overlay") carries only the
// texts the atlas shows, by indicator id: label, unit, definition, note, source, licence, vintage and
// the reason an interval is missing; the topics by their German name; the title and the texts of the
// geometries. catalog.json itself stays German and unchanged, as every visitor's first path loads it;
// the overlay is loaded only for another language. Ids, keys and numbers are never in it.
import type { Indicator, Problem } from '../domain/types';
import type { Catalog, GeometrySource } from './catalog';
import { problemsOf } from './problem-messages';
import { catalogLanguageProblemTexts } from '../messages/catalog-language';

export const overlayProblem = problemsOf(() => catalogLanguageProblemTexts);

/** The shown texts of one indicator; `reason` is written `interval: { reason }` as in catalog.json. */
export interface IndicatorTexts {
  label?: string;
  unit?: string;
  definition?: string;
  note?: string;
  source?: string;
  license?: string;
  vintage?: string;
  interval?: { reason?: string };
}

export type SourceTexts = Partial<Pick<GeometrySource, 'source' | 'license' | 'attribution' | 'vintage'>>;

export interface CatalogOverlay {
  /** e.g. "en" */
  language: string;
  title?: string;
  kreis?: { name?: string };
  /** German topic -> its translation */
  topics: ReadonlyMap<string, string>;
  indicators: ReadonlyMap<string, IndicatorTexts>;
  geometry?: SourceTexts;
  sozialraeume?: SourceTexts;
  grid?: SourceTexts & { indicators: ReadonlyMap<string, IndicatorTexts> };
}

/** Where the loader and check:data find the overlay of a language, beside catalog.json. */
export { overlayFileOf } from './catalog';

const INDICATOR_FIELDS = ['label', 'unit', 'definition', 'note', 'source', 'license', 'vintage'] as const;
const SOURCE_FIELDS = ['source', 'license', 'attribution', 'vintage'] as const;
const TOP_FIELDS = ['language', 'title', 'kreis', 'topics', 'indicators', 'geometry', 'sozialraeume', 'grid'];

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/** Validates the parsed JSON of an overlay: every text a non-empty string, no field the atlas would not show. */
export function parseCatalogOverlay(json: unknown, file: string): { overlay: CatalogOverlay | null; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!isObject(json)) return { overlay: null, problems: [overlayProblem('overlay.notObject', {}, { file })] };
  const notText = (field: string, key?: string) => problems.push(overlayProblem('overlay.notText', { field }, { file, key }));
  const unknown = (field: string, key?: string) => problems.push(overlayProblem('overlay.fieldUnknown', { field }, { file, key }));

  /** The text fields of `o` named in `fields`; `nested` are handled by the caller, anything else is unknown. */
  const texts = (o: unknown, fields: readonly string[], key: string | undefined, nested: readonly string[] = []): Record<string, string> => {
    const out: Record<string, string> = {};
    if (!isObject(o)) {
      notText(key ?? '', key);
      return out;
    }
    for (const [field, value] of Object.entries(o)) {
      if (nested.includes(field)) continue;
      if (!fields.includes(field)) unknown(field, key);
      else if (isText(value)) out[field] = value;
      else notText(field, key);
    }
    return out;
  };
  const indicators = (x: unknown, where: string): Map<string, IndicatorTexts> => {
    const map = new Map<string, IndicatorTexts>();
    if (!isObject(x)) {
      notText(where);
      return map;
    }
    for (const [id, entry] of Object.entries(x)) {
      const read: IndicatorTexts = texts(entry, INDICATOR_FIELDS, id, ['interval']);
      if (isObject(entry) && entry.interval !== undefined) {
        const interval = texts(entry.interval, ['reason'], id);
        if (interval.reason) read.interval = { reason: interval.reason };
      }
      map.set(id, read);
    }
    return map;
  };

  for (const field of Object.keys(json)) if (!TOP_FIELDS.includes(field)) unknown(field);
  if (!isText(json.language)) notText('language');
  if (json.title !== undefined && !isText(json.title)) notText('title');
  const topics = new Map<string, string>();
  if (isObject(json.topics)) for (const [de, text] of Object.entries(json.topics)) isText(text) ? topics.set(de, text) : notText('topics', de);
  else notText('topics');
  const source = (x: unknown, key: string) => (x === undefined ? undefined : (texts(x, SOURCE_FIELDS, key) as SourceTexts));
  const grid = isObject(json.grid) ? { ...texts(json.grid, SOURCE_FIELDS, 'grid', ['indicators']), indicators: indicators(json.grid.indicators ?? {}, 'grid.indicators') } : undefined;
  if (json.grid !== undefined && !grid) notText('grid');

  const overlay: CatalogOverlay = {
    language: isText(json.language) ? json.language : '',
    ...(isText(json.title) ? { title: json.title } : {}),
    ...(json.kreis !== undefined ? { kreis: texts(json.kreis, ['name'], 'kreis') } : {}),
    topics,
    indicators: indicators(json.indicators, 'indicators'),
    ...(json.geometry !== undefined ? { geometry: source(json.geometry, 'geometry') } : {}),
    ...(json.sozialraeume !== undefined ? { sozialraeume: source(json.sozialraeume, 'sozialraeume') } : {}),
    ...(grid ? { grid } : {}),
  };
  return { overlay, problems };
}

const allIndicators = (catalog: Pick<Catalog, 'indicators' | 'grid'>) => [...catalog.indicators, ...(catalog.grid?.indicators ?? [])];

/**
 * What the overlay leaves German: every indicator, topic and shown field of the catalog without a
 * translation (by indicator id or topic, and field), every id the catalog does not have, and two
 * topics translated alike (the picker groups by topic, so it could not tell them apart).
 */
export function checkOverlay(catalog: Catalog, overlay: CatalogOverlay, file: string): Problem[] {
  const problems: Problem[] = [];
  const missing = (field: string, key?: string) => problems.push(overlayProblem('overlay.fieldMissing', { field }, { file, key }));

  const indicators = (list: readonly Indicator[], texts: ReadonlyMap<string, IndicatorTexts>) => {
    for (const ind of list) {
      const t = texts.get(ind.id);
      if (!t) {
        problems.push(overlayProblem('overlay.indicatorMissing', { id: ind.id }, { file, key: ind.id }));
        continue;
      }
      for (const field of INDICATOR_FIELDS) if (ind[field] && !t[field]) missing(field, ind.id);
      if (ind.interval?.reason && !t.interval?.reason) missing('interval.reason', ind.id);
    }
    const ids = new Set(list.map((i) => i.id));
    for (const id of texts.keys()) if (!ids.has(id)) problems.push(overlayProblem('overlay.indicatorUnknown', { id }, { file, key: id }));
  };
  indicators(catalog.indicators, overlay.indicators);
  if (catalog.grid) indicators(catalog.grid.indicators, overlay.grid?.indicators ?? new Map());

  const topics = new Set(allIndicators(catalog).map((i) => i.topic));
  for (const topic of topics) if (!overlay.topics.has(topic)) problems.push(overlayProblem('overlay.topicMissing', { topic }, { file, key: topic }));
  const byText = new Map<string, string[]>();
  for (const [de, text] of overlay.topics) {
    if (!topics.has(de)) problems.push(overlayProblem('overlay.topicUnknown', { topic: de }, { file, key: de, severity: 'warning' }));
    byText.set(text, [...(byText.get(text) ?? []), de]);
  }
  for (const [text, des] of byText) if (des.length > 1) problems.push(overlayProblem('overlay.topicTwice', { text, topics: des.map((d) => `„${d}“`).join(', ') }, { file, key: text }));

  if (!overlay.title) missing('title');
  const sources = (de: GeometrySource | null, en: SourceTexts | undefined, key: string) => {
    for (const field of SOURCE_FIELDS) if (de?.[field] && !en?.[field]) missing(field, key);
  };
  sources(catalog.geometry, overlay.geometry, 'geometry');
  sources(catalog.sozialraeume, overlay.sozialraeume, 'sozialraeume');
  sources(catalog.grid, overlay.grid, 'grid');
  return problems;
}

/** Its translation where the German has a text, else the German (checkOverlay says what is left). */
const pick = <T extends string | undefined>(de: T, en: string | undefined): T => (de ? ((en ?? de) as T) : de);

function localizeIndicator(ind: Indicator, t: IndicatorTexts | undefined, topics: ReadonlyMap<string, string>): Indicator {
  const out: Indicator = { ...ind, topic: topics.get(ind.topic) ?? ind.topic };
  if (!t) return out;
  // pick keeps a required text a text: the cast only joins the required and the optional fields.
  const texts = out as unknown as Record<(typeof INDICATOR_FIELDS)[number], string | undefined>;
  for (const field of INDICATOR_FIELDS) texts[field] = pick(ind[field], t[field]);
  const reason = ind.interval?.reason;
  if (ind.interval && reason) out.interval = { ...ind.interval, reason: pick(reason, t.interval?.reason) };
  return out;
}

function localizeSource<G extends GeometrySource>(de: G, en: SourceTexts | undefined): G {
  const out = { ...de };
  for (const field of SOURCE_FIELDS) out[field] = pick(de[field], en?.[field]);
  return out;
}

/** The catalog with the overlay's texts in place of the German ones; ids, keys, files and numbers as they were. */
export function localizeCatalog(catalog: Catalog, overlay: CatalogOverlay): Catalog {
  const { topics } = overlay;
  const grid = catalog.grid && {
    ...localizeSource(catalog.grid, overlay.grid),
    indicators: catalog.grid.indicators.map((i) => localizeIndicator(i, overlay.grid?.indicators.get(i.id), topics)),
  };
  return {
    ...catalog,
    title: pick(catalog.title, overlay.title),
    kreis: { ...catalog.kreis, name: pick(catalog.kreis.name, overlay.kreis?.name) },
    geometry: localizeSource(catalog.geometry, overlay.geometry),
    sozialraeume: catalog.sozialraeume && localizeSource(catalog.sozialraeume, overlay.sozialraeume),
    indicators: catalog.indicators.map((i) => localizeIndicator(i, overlay.indicators.get(i.id), topics)),
    grid,
  };
}

/**
 * The catalog in an overlay's language, from the overlay file's text as fetched (an Error: it
 * could not be fetched). Whatever stays German is said as a warning: the atlas still shows
 * every indicator, with the German words where the translation lacks them (check:data is the gate).
 */
export function translatedCatalog(catalog: Catalog, text: string | Error, file: string): { catalog: Catalog; problems: Problem[] } {
  const warnings = (problems: Problem[]) => problems.map((p): Problem => ({ ...p, severity: 'warning' }));
  if (text instanceof Error) return { catalog, problems: [overlayProblem('overlay.fileMissing', { file }, { file, severity: 'warning' })] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { catalog, problems: [overlayProblem('overlay.notObject', {}, { file, severity: 'warning' })] };
  }
  const { overlay, problems } = parseCatalogOverlay(json, file);
  if (!overlay) return { catalog, problems: warnings(problems) };
  return { catalog: localizeCatalog(catalog, overlay), problems: warnings([...problems, ...checkOverlay(catalog, overlay, file)]) };
}
