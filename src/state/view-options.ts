// The view as a web editor writes it: attributes of <sozial-atlas> and URL parameters of
// embed.html, in English. They are translated onto the hash's German keys, so one parser
// (fromHash) decides what is valid and a mistyped option falls back like a mistyped link.
import { DEFAULT_STATE, DISPLAY_WORDS, LEVEL_WORDS, wordsOf, type AtlasState } from './atlas-state';

/** option name -> hash key */
export const VIEW_OPTIONS = {
  indicator: 'indikator',
  level: 'ebene',
  area: 'gebiet',
  year: 'jahr',
  classification: 'methode',
  classes: 'klassen',
  scheme: 'farben',
  display: 'ansicht',
  'base-year': 'basisjahr',
  breaks: 'grenzen',
  'fixed-classes': 'klassen-fest',
  compare: 'vergleich',
  table: 'tabelle',
} as const;
export type ViewOption = keyof typeof VIEW_OPTIONS;
export const VIEW_OPTION_NAMES = Object.keys(VIEW_OPTIONS) as ViewOption[];

/** Every attribute of <sozial-atlas> that a page's query sets (page-options.ts), the view's and the element's own. */
export const PAGE_OPTION_NAMES = [...VIEW_OPTION_NAMES, 'controls', 'height', 'renderer', 'workshop-server', 'lang'];

const TRUE = ['', '1', 'true', 'ja'];

/** Option values that differ from the hash's words; anything else passes through unchanged. */
const HASH_WORDS: Partial<Record<ViewOption, Record<string, string>>> = { level: LEVEL_WORDS, display: DISPLAY_WORDS };

const toHashValue = (option: ViewOption, value: string): string => {
  const v = value.trim();
  if (option === 'table' || option === 'fixed-classes') return TRUE.includes(v.toLowerCase()) ? '1' : '0';
  if (option === 'compare') return v.split(/[\s,;_]+/).filter(Boolean).join('_');
  // Breaks are written as in a German table ("10; 12,5") or as the hash has them ("10_12.5").
  if (option === 'breaks') return v.split(/[\s;_]+/).filter(Boolean).map((b) => b.replace(',', '.')).join('_');
  return HASH_WORDS[option]?.[v.toLowerCase()] ?? v;
};

/** Hash parameters for the options `get` knows (null: not given). */
export function optionParams(get: (option: ViewOption) => string | null): URLSearchParams {
  const params = new URLSearchParams();
  for (const option of VIEW_OPTION_NAMES) {
    const value = get(option);
    if (value !== null) params.set(VIEW_OPTIONS[option], toHashValue(option, value));
  }
  return params;
}

/** `base` (a hash or its words) with the given options written over it, as words. */
export function overlaid(base: string | URLSearchParams, options: URLSearchParams): URLSearchParams {
  const params = typeof base === 'string' ? wordsOf(base) : new URLSearchParams(base);
  for (const [key, value] of options) params.set(key, value);
  return params;
}

/** `base` (a hash or its parameters) with the given options written over it, as a hash. */
export const overlay = (base: string | URLSearchParams, options: URLSearchParams): string => `#${overlaid(base, options).toString()}`;

/**
 * The options that reproduce a view, defaults left out: what the "Einbetten" dialog writes as
 * attributes or URL parameters. The indicator is always named so that a snippet keeps its
 * meaning when the catalog's first indicator changes.
 */
export function optionsOf(state: AtlasState): [ViewOption, string][] {
  const out: [ViewOption, string][] = [['indicator', state.indicator]];
  if (state.level !== DEFAULT_STATE.level) out.push(['level', state.level]);
  if (state.area) out.push(['area', state.area]);
  else if (state.focus) out.push(['area', state.focus]);
  if (state.year !== null) out.push(['year', String(state.year)]);
  if (state.method !== DEFAULT_STATE.method) out.push(['classification', state.method]);
  if (state.classes !== DEFAULT_STATE.classes) out.push(['classes', String(state.classes)]);
  if (state.scheme) out.push(['scheme', state.scheme]);
  if (state.method === 'manual' && state.manualBreaks.length) out.push(['breaks', state.manualBreaks.join('; ')]);
  if (state.fixedClasses) out.push(['fixed-classes', '1']);
  if (state.display !== DEFAULT_STATE.display) out.push(['display', state.display]);
  if (state.display === 'change' && state.baseYear !== null) out.push(['base-year', String(state.baseYear)]);
  if (state.pinned.length) out.push(['compare', state.pinned.join(',')]);
  if (state.table) out.push(['table', '1']);
  return out;
}

/**
 * The first view of an element, as a link's words: its attributes, with the page's hash over
 * them when the element owns the URL (`url-state`).
 */
export function firstView(get: (option: ViewOption) => string | null, pageHash: string | null): URLSearchParams {
  const options = optionParams(get);
  return pageHash !== null ? overlaid(options, wordsOf(pageHash)) : options;
}
