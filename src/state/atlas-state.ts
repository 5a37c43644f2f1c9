// The one description of "what to show". Everything on screen is derived from it, and it
// round-trips through the URL hash so that a link or a reload restores the same view.
import { clampClasses, METHODS, type Method } from '../domain/classify';
import { isScheme } from '../domain/colour';
import type { IndexRecipe } from '../domain/social-index';
import type { ConfidenceLevel } from '../domain/intervals';
import { recipeFromText, recipeToText, viewFromHash, type AnalysisView } from './analysis-state';

/** raster: the Zensus 2011 1 km grid, loaded when first shown (data/grid.ts) */
export type MapLevel = 'gemeinde' | 'sozialraum' | 'raster';
/**
 * value: the figure itself; change: difference to a base year; deviation: difference to the Kreis;
 * significance: each area against the Kreis value by its confidence interval (higher, similar, lower).
 */
export type Display = 'value' | 'change' | 'deviation' | 'significance';
/** What the plan maps as a quantity: the significance view maps groups of the values themselves. */
export type MappedDisplay = Exclude<Display, 'significance'>;

export const MAX_PINNED = 3;

export interface AtlasState {
  indicator: string;
  /** Which areas are mapped; the Kreis is the frame of both. */
  level: MapLevel;
  /** Gemeinde whose sub-districts (or grid cells) are in view at the sozialraum (raster) level; null: the whole Kreis. */
  focus: string | null;
  /** selected area id, or null */
  area: string | null;
  /** null: the latest year the indicator has */
  year: number | null;
  display: Display;
  /** base year of the change map; null: the earliest year */
  baseYear: number | null;
  method: Method;
  classes: number;
  /** null: the indicator's own scheme from the catalog */
  scheme: string | null;
  manualBreaks: number[];
  /** true: manual breaks stay when another indicator is chosen; else it starts from the default method */
  keepBreaks: boolean;
  /** true: the sub-districts are classed with the Gemeinde breaks, so colours compare across levels */
  fixedClasses: boolean;
  /** areas pinned for side-by-side comparison, at most MAX_PINNED */
  pinned: string[];
  /** the table view beside the map */
  table: boolean;
  /** the analysis pane beside the map and what it shows (state/analysis-state); null: closed */
  analysis: AnalysisView | null;
  /** the scatterplot's y indicator (x is the map's); null: none chosen yet */
  scatterY: string | null;
  /** the map shows x and y as 3×3 bivariate classes (only with the scatterplot open) */
  bivariate: boolean;
  /** the area of the Gebietsprofil */
  profile: string | null;
  /** the Sozialindex, mapped instead of the indicator once it has a component; null: none */
  index: IndexRecipe | null;
  /** level of the intervals and of the comparison with the Kreis value: 95 % or 99.8 % */
  confidence: ConfidenceLevel;
  /** fade values marked "unsicher (kleine Basis)"; null: as the level suggests (on for the grid) */
  fadeUnsure: boolean | null;
  /** the workshop contributions' pane beside the map (issue 25) */
  contributions: boolean;
  /** the contribution chosen in the list and on the map (its id); null: none */
  contribution: string | null;
  /** the live session's room the contributions are shared in (issue 28; `beteiligung=ROOM`); null: this browser's own */
  room: string | null;
  /** place layers shown ("Standorte"): schulen, kliniken, eigene-standorte */
  places: string[];
  /** reach computed and offered as indicators: LAYER:CATEGORY:METRES (category empty: all); null: none */
  reach: string | null;
}

/** A place layer's id and a reach text as the link writes them (validated, not looked up). */
const PLACE_LAYER = /^[a-z0-9-]{1,40}$/;
/** A live session's room id as the workshop server makes them (server/rooms.mjs ROOM_ID). */
export const ROOM = /^[A-Za-z0-9_-]{22,64}$/;
export const REACH_TEXT = /^([a-z0-9-]{1,40}):([a-z0-9.-]{0,60}):(\d{1,5})$/;

export const DEFAULT_STATE: Readonly<AtlasState> = Object.freeze({
  indicator: '',
  level: 'gemeinde',
  focus: null,
  area: null,
  year: null,
  display: 'value',
  baseYear: null,
  method: 'quantile',
  classes: 5,
  scheme: null,
  manualBreaks: [],
  keepBreaks: false,
  fixedClasses: false,
  pinned: [],
  table: false,
  analysis: null,
  scatterY: null,
  bivariate: false,
  profile: null,
  index: null,
  confidence: 0.95,
  fadeUnsure: null,
  contributions: false,
  contribution: null,
  room: null,
  places: [],
  reach: null,
});

/** The link's word for each level and display, also the words an attribute's value is translated to (view-options). */
export const LEVEL_WORDS: Record<MapLevel, string> = { gemeinde: 'gemeinden', sozialraum: 'sozialraeume', raster: 'raster' };
export const DISPLAY_WORDS: Record<Display, string> = { value: 'wert', change: 'veraenderung', deviation: 'abweichung', significance: 'signifikanz' };
const wordOf = <K extends string>(words: Record<K, string>, word: string | null): K | undefined =>
  (Object.keys(words) as K[]).find((k) => words[k] === word);

/**
 * The view a state shows, as its link keeps it: a setting that counts only with another one (the
 * base year with the change map, manual breaks with the manual method, the scatterplot's y and the
 * bivariate map with the scatterplot, the profile's area with the profile) is left out where it
 * does not count, and an empty name is none. The link names the index' recipe, not the pane it
 * opens. toHash writes this, sameView compares it: two states are the same view exactly when
 * their links are the same.
 */
export function viewOf(state: AtlasState): AtlasState {
  const manual = state.method === 'manual';
  const scatter = state.analysis === 'scatter';
  const profile = state.analysis === 'profile' ? state.profile || null : null;
  return {
    ...state,
    focus: state.focus || null,
    area: state.area || null,
    baseYear: state.display === 'change' ? state.baseYear : null,
    scheme: state.scheme || null,
    manualBreaks: manual ? state.manualBreaks : [],
    keepBreaks: manual && state.keepBreaks,
    analysis: state.analysis === 'index' || (state.analysis === 'profile' && !profile) ? null : state.analysis,
    scatterY: scatter ? state.scatterY || null : null,
    bivariate: scatter && state.bivariate,
    profile,
    contribution: state.contribution || null,
  };
}

/** Plain values (numbers, strings, arrays, records such as an index recipe) compared key by key. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Two states show the same view: compared key by key, as their links would be, without writing them. */
export const sameView = (a: AtlasState, b: AtlasState): boolean => same(viewOf(a), viewOf(b));

/** German keys, defaults left out: a link stays short and readable. */
export function toHash(state: AtlasState): string {
  const v = viewOf(state);
  const p = new URLSearchParams();
  p.set('indikator', v.indicator);
  if (v.level !== DEFAULT_STATE.level) p.set('ebene', LEVEL_WORDS[v.level]);
  if (v.focus) p.set('gemeinde', v.focus);
  if (v.area) p.set('gebiet', v.area);
  if (v.year !== null) p.set('jahr', String(v.year));
  if (v.display !== DEFAULT_STATE.display) p.set('ansicht', DISPLAY_WORDS[v.display]);
  if (v.baseYear !== null) p.set('basisjahr', String(v.baseYear));
  p.set('klassen', String(v.classes));
  p.set('methode', v.method);
  if (v.scheme) p.set('farben', v.scheme);
  if (v.manualBreaks.length) p.set('grenzen', v.manualBreaks.join('_'));
  if (v.keepBreaks) p.set('grenzen-fest', '1');
  if (v.fixedClasses) p.set('klassen-fest', '1');
  if (v.pinned.length) p.set('vergleich', v.pinned.join('_'));
  if (v.table) p.set('tabelle', '1');
  if (v.analysis === 'scatter') p.set('streuung', v.scatterY ?? '');
  if (v.bivariate) p.set('bivariat', '1');
  if (v.analysis === 'ranking') p.set('rangfolge', '1');
  if (v.analysis === 'funnel') p.set('trichter', '1');
  if (v.profile) p.set('profil', v.profile);
  if (v.index) p.set('index', recipeToText(v.index));
  if (v.confidence !== DEFAULT_STATE.confidence) p.set('konfidenz', '99.8');
  if (v.fadeUnsure !== null) p.set('abblenden', v.fadeUnsure ? '1' : '0');
  if (v.contributions) p.set('beitraege', '1');
  if (v.contribution) p.set('beitrag', v.contribution);
  if (v.room) p.set('beteiligung', v.room);
  if (v.places.length) p.set('standorte', v.places.join(','));
  if (v.reach) p.set('erreichbarkeit', v.reach);
  // ',' and ':' may stand as they are in a fragment (RFC 3986): standorte=schulen,kliniken reads as the issue writes it.
  return `#${p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}

const year = (text: string | null): number | null => {
  const n = Number(text);
  return text && Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : null;
};

/** A link's words: the one place its text is parsed. */
export const wordsOf = (hash: string): URLSearchParams => new URLSearchParams(hash.replace(/^#/, ''));

/** A link as read, once: its words (what it asked for, to say what was corrected) and the view they name. */
export interface Link {
  readonly words: URLSearchParams;
  readonly state: AtlasState;
}

export function readLink(link: string | URLSearchParams, indicatorIds: readonly string[]): Link {
  const words = typeof link === 'string' ? wordsOf(link) : link;
  return { words, state: stateOf(words, indicatorIds) };
}

/** The view a link names (see stateOf). */
export const fromHash = (hash: string, indicatorIds: readonly string[]): AtlasState => stateOf(wordsOf(hash), indicatorIds);

/**
 * The view a link's words name. Unknown or malformed parts fall back to defaults: a mistyped
 * link still opens a map. Whether an area or year exists is decided later, against the data.
 */
export function stateOf(p: URLSearchParams, indicatorIds: readonly string[]): AtlasState {
  const indicator = p.get('indikator') ?? '';
  const method = p.get('methode') as Method;
  const scheme = p.get('farben');
  const breaks = (p.get('grenzen') ?? '')
    .split('_')
    .filter((s) => s !== '')
    .map(Number)
    .filter(Number.isFinite);
  const display = wordOf(DISPLAY_WORDS, p.get('ansicht')) ?? DEFAULT_STATE.display;
  return {
    indicator: indicatorIds.includes(indicator) ? indicator : (indicatorIds[0] ?? ''),
    level: wordOf(LEVEL_WORDS, p.get('ebene')) ?? DEFAULT_STATE.level,
    focus: p.get('gemeinde') || null,
    area: p.get('gebiet') || null,
    year: year(p.get('jahr')),
    display,
    baseYear: display === 'change' ? year(p.get('basisjahr')) : null,
    method: METHODS.includes(method) ? method : DEFAULT_STATE.method,
    classes: clampClasses(Number(p.get('klassen') ?? DEFAULT_STATE.classes)),
    scheme: scheme && isScheme(scheme) ? scheme : null,
    manualBreaks: breaks,
    keepBreaks: p.get('grenzen-fest') === '1',
    fixedClasses: p.get('klassen-fest') === '1',
    pinned: [...new Set((p.get('vergleich') ?? '').split('_').filter(Boolean))].slice(0, MAX_PINNED),
    table: p.get('tabelle') === '1',
    analysis: viewFromHash(p),
    scatterY: p.get('streuung') || null,
    bivariate: p.get('bivariat') === '1',
    profile: p.get('profil') || null,
    index: recipeFromText(p.get('index')),
    confidence: p.get('konfidenz') === '99.8' ? 0.998 : DEFAULT_STATE.confidence,
    fadeUnsure: p.get('abblenden') === '1' ? true : p.get('abblenden') === '0' ? false : null,
    contributions: p.get('beitraege') === '1',
    contribution: p.get('beitrag') || null,
    room: ROOM.test(p.get('beteiligung') ?? '') ? p.get('beteiligung') : null,
    places: [...new Set((p.get('standorte') ?? '').split(',').filter((l) => PLACE_LAYER.test(l)))],
    reach: REACH_TEXT.test(p.get('erreichbarkeit') ?? '') ? p.get('erreichbarkeit') : null,
  };
}
