// The Kreis series in another language. indicators/kreisreihen.<lang>.json (an "overlay", as the
// catalog's catalog.<lang>.json) carries the shown texts of each series by id: label, topic, unit,
// definition, note, source, licence and years. kreisreihen.json itself stays German and unchanged;
// the overlay is fetched only in another language. The topic must be the catalog overlay's
// translation of the German topic, so that the series stand beside their topic's indicators there too.
import type { Problem } from '../domain/types';
import type { KreisSeries } from './kreis-series';
import { kreisSeriesProblemTexts } from '../messages/kreis-series';

export const SERIES_TEXT_FIELDS = ['label', 'topic', 'unit', 'definition', 'note', 'source', 'license', 'vintage'] as const;
export type SeriesTexts = Partial<Record<(typeof SERIES_TEXT_FIELDS)[number], string>>;

/** kreisreihen.json → kreisreihen.en.json, beside it. */
export const seriesOverlayFileOf = (file: string, language: string) => file.replace(/(\.json)?$/i, `.${language}.json`);

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown): x is string => typeof x === 'string' && x.trim() !== '';

/** The overlay's texts by series id; every entry that is not a text, or a field the atlas does not show, is a problem. */
export function parseSeriesOverlay(json: unknown, file: string): { texts: Map<string, SeriesTexts>; problems: Problem[] } {
  const t = kreisSeriesProblemTexts;
  const texts = new Map<string, SeriesTexts>();
  const problems: Problem[] = [];
  if (!isObject(json) || !isObject(json.series)) return { texts, problems: [{ file, message: t.overlayNoSeries, severity: 'error' }] };
  for (const [id, entry] of Object.entries(json.series)) {
    const read: SeriesTexts = {};
    if (!isObject(entry)) problems.push({ file, key: id, message: t.overlayNotText('series'), severity: 'error' });
    else
      for (const [field, value] of Object.entries(entry)) {
        if (!(SERIES_TEXT_FIELDS as readonly string[]).includes(field)) problems.push({ file, key: id, message: t.overlayFieldUnknown(field), severity: 'error' });
        else if (!isText(value)) problems.push({ file, key: id, message: t.overlayNotText(field), severity: 'error' });
        else read[field as keyof SeriesTexts] = value;
      }
    texts.set(id, read);
  }
  return { texts, problems };
}

/**
 * What the overlay leaves German: every series without an entry, every shown field without its
 * translation (key: series id), ids the description does not have, and a topic other than the
 * catalog overlay's translation of the German topic (`topics`: German → translated; omitted: unchecked).
 */
export function checkSeriesOverlay(series: readonly KreisSeries[], texts: ReadonlyMap<string, SeriesTexts>, file: string, topics?: ReadonlyMap<string, string>): Problem[] {
  const t = kreisSeriesProblemTexts;
  const problems: Problem[] = [];
  for (const s of series) {
    const en = texts.get(s.id);
    if (!en) {
      problems.push({ file, key: s.id, message: t.overlaySeriesMissing(s.id), severity: 'error' });
      continue;
    }
    for (const field of SERIES_TEXT_FIELDS) if (s[field] && !en[field]) problems.push({ file, key: s.id, message: t.overlayFieldMissing(s.id, field), severity: 'error' });
    const topic = topics?.get(s.topic);
    if (topic && en.topic && en.topic !== topic) problems.push({ file, key: s.id, message: t.overlayTopic(en.topic, topic), severity: 'error' });
  }
  const ids = new Set(series.map((s) => s.id));
  for (const id of texts.keys()) if (!ids.has(id)) problems.push({ file, key: id, message: t.overlaySeriesUnknown(id), severity: 'error' });
  return problems;
}

/** The series with the overlay's texts where it has them; ids, codes and figures as they were. */
export function localizeSeries(series: readonly KreisSeries[], texts: ReadonlyMap<string, SeriesTexts>): KreisSeries[] {
  return series.map((s) => {
    const en = texts.get(s.id) ?? {};
    const out = { ...s };
    for (const field of SERIES_TEXT_FIELDS) {
      const text = en[field];
      if (s[field] && text) out[field] = text;
    }
    return out;
  });
}

/**
 * The series in the overlay's language, from the overlay file's text as fetched (an Error: it could not
 * be fetched). What stays German is said as a warning: the section still shows every series (check:data is the gate).
 */
export function translatedSeries(series: readonly KreisSeries[], text: string | Error, file: string): { series: KreisSeries[]; problems: Problem[] } {
  const warnings = (problems: Problem[]) => problems.map((p): Problem => ({ ...p, severity: 'warning' }));
  let json: unknown = null;
  try {
    if (!(text instanceof Error)) json = JSON.parse(text);
  } catch {
    json = null;
  }
  if (text instanceof Error || json === null) return { series: [...series], problems: [{ file, message: kreisSeriesProblemTexts.overlayFileMissing(file), severity: 'warning' }] };
  const { texts, problems } = parseSeriesOverlay(json, file);
  return { series: localizeSeries(series, texts), problems: warnings([...problems, ...checkSeriesOverlay(series, texts, file)]) };
}
