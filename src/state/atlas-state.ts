// The one description of "what to show". Everything on screen is derived from it, and it
// round-trips through the URL hash so that a link or a reload restores the same view.
import { clampClasses, METHODS, type Method } from '../domain/classify';
import { isScheme } from '../domain/colour';
import type { IndexRecipe } from '../domain/social-index';
import { recipeFromText, recipeToText, viewFromHash, type AnalysisView } from './analysis-state';

/** raster: the Zensus 2011 1 km grid, loaded when first shown (data/grid.ts) */
export type MapLevel = 'gemeinde' | 'sozialraum' | 'raster';
/** value: the figure itself; change: difference to a base year; deviation: difference to the Kreis. */
export type Display = 'value' | 'change' | 'deviation';

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
}

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
});

const LEVEL_WORDS: Record<MapLevel, string> = { gemeinde: 'gemeinden', sozialraum: 'sozialraeume', raster: 'raster' };
const DISPLAY_WORDS: Record<Display, string> = { value: 'wert', change: 'veraenderung', deviation: 'abweichung' };
const wordOf = <K extends string>(words: Record<K, string>, word: string | null): K | undefined =>
  (Object.keys(words) as K[]).find((k) => words[k] === word);

/** German keys, defaults left out: a link stays short and readable. */
export function toHash(state: AtlasState): string {
  const p = new URLSearchParams();
  p.set('indikator', state.indicator);
  if (state.level !== 'gemeinde') p.set('ebene', LEVEL_WORDS[state.level]);
  if (state.focus) p.set('gemeinde', state.focus);
  if (state.area) p.set('gebiet', state.area);
  if (state.year !== null) p.set('jahr', String(state.year));
  if (state.display !== 'value') p.set('ansicht', DISPLAY_WORDS[state.display]);
  if (state.display === 'change' && state.baseYear !== null) p.set('basisjahr', String(state.baseYear));
  p.set('klassen', String(state.classes));
  p.set('methode', state.method);
  if (state.scheme) p.set('farben', state.scheme);
  if (state.method === 'manual' && state.manualBreaks.length) p.set('grenzen', state.manualBreaks.join('_'));
  if (state.method === 'manual' && state.keepBreaks) p.set('grenzen-fest', '1');
  if (state.fixedClasses) p.set('klassen-fest', '1');
  if (state.pinned.length) p.set('vergleich', state.pinned.join('_'));
  if (state.table) p.set('tabelle', '1');
  if (state.analysis === 'scatter') p.set('streuung', state.scatterY ?? '');
  if (state.analysis === 'scatter' && state.bivariate) p.set('bivariat', '1');
  if (state.analysis === 'ranking') p.set('rangfolge', '1');
  if (state.analysis === 'profile' && state.profile) p.set('profil', state.profile);
  if (state.index) p.set('index', recipeToText(state.index));
  return `#${p.toString()}`;
}

const year = (text: string | null): number | null => {
  const n = Number(text);
  return text && Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : null;
};

/**
 * Unknown or malformed parts fall back to defaults: a mistyped link still opens a map. Whether
 * an area or year exists is decided later, against the data.
 */
export function fromHash(hash: string, indicatorIds: readonly string[]): AtlasState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
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
  };
}

/** Two states show the same view when their links are the same. */
export const sameView = (a: AtlasState, b: AtlasState): boolean => toHash(a) === toHash(b);
