// Data and view together: the one place that decides which view of which data is shown.
// Every change passes `update`, which normalises it against the data (unknown areas dropped,
// a year the indicator lacks replaced by its latest, manual breaks reset for a new indicator),
// so that what is stored, what the URL says and what is drawn are always the same view.
// The plan is made once per state and data, and the link once per state, however many parts read them.
import { yearsOf, type AtlasData } from '../data/atlas-data';
import { DEFAULT_STATE, MAX_PINNED, readLink, sameView, toHash, type AtlasState, type Link } from './atlas-state';
import { drillPatch, gridDrillPatch, normaliseView } from './hierarchy';
import { allIndicatorIds, counterpartAt, indicatorsAt } from './level-indicators';
import { makePlan, type Plan } from './plan';

/** Something a link asked for that the data does not have, and what is shown instead. */
export interface Correction {
  key: 'indikator' | 'jahr' | 'gebiet' | 'gemeinde' | 'vergleich' | 'basisjahr' | 'streuung' | 'profil' | 'index';
  requested: string;
  /** what is shown instead, as a label; null: nothing (e.g. no area selected) */
  shown: string | null;
}

type Listener = (model: AtlasModel, previous: AtlasState) => void;
/** How a plan is made: makePlan, or state/analysis-plan's analysedPlan once an analysis map is wanted. */
export type Planner = (data: AtlasData, state: AtlasState) => Plan;
/** The analysis part of normalisation (state/analysis-normalise), installed with the analysis planner. */
export type AnalysisNormaliser = (data: AtlasData, state: AtlasState) => Partial<AtlasState>;

export class AtlasModel {
  #data: AtlasData;
  #state: AtlasState;
  #plan: Plan | null = null;
  #hash: string | null = null;
  #listeners = new Set<Listener>();
  #planner: Planner;
  #analysis: AnalysisNormaliser | null;

  constructor(data: AtlasData, initial: AtlasState, planner: Planner = makePlan, analysis: AnalysisNormaliser | null = null) {
    this.#data = data;
    this.#analysis = analysis;
    this.#state = normalise(data, initial, null, analysis);
    this.#planner = planner;
  }

  /**
   * The analysis views (their maps and the normalisation of their settings) come with a module
   * loaded when a view first asks for one, so that the start bundle does not carry them. Until
   * then the analysis fields stay as the link wrote them; now they are normalised, and listeners
   * hear of it when the view or the plan changes.
   */
  usePlanner(planner: Planner, analysis: AnalysisNormaliser): void {
    if (planner === this.#planner && analysis === this.#analysis) return;
    this.#planner = planner;
    this.#analysis = analysis;
    const previous = this.#state;
    this.#set(normalise(this.#data, previous, previous, analysis));
    this.#notify(previous);
  }

  get data(): AtlasData {
    return this.#data;
  }

  get state(): AtlasState {
    return this.#state;
  }

  get plan(): Plan {
    return (this.#plan ??= this.#planner(this.#data, this.#state));
  }

  /** The view's link (URL hash): written once per view, for the address bar, the host page and the share dialog alike. */
  get hash(): string {
    return (this.#hash ??= toHash(this.#state));
  }

  /** Moves the view; listeners hear of it only when the view actually changes. */
  update(patch: Partial<AtlasState>): void {
    const previous = this.#state;
    const next = normalise(this.#data, { ...previous, ...patch }, previous, this.#analysis);
    if (sameView(next, previous)) return;
    this.#set(next);
    this.#notify(previous);
  }

  /** New data (an import): the view is kept where it still fits, then moved by `patch`. */
  setData(data: AtlasData, patch: Partial<AtlasState> = {}): void {
    const previous = this.#state;
    this.#data = data;
    this.#set(normalise(data, { ...previous, ...patch }, previous, this.#analysis));
    this.#notify(previous);
  }

  /** A new state or new data: plan and link are made again when next read (the link only for another view). */
  #set(state: AtlasState): void {
    if (!sameView(state, this.#state)) this.#hash = null;
    this.#state = state;
    this.#plan = null;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #notify(previous: AtlasState): void {
    for (const listener of this.#listeners) listener(this, previous);
  }
}

function normalise(data: AtlasData, state: AtlasState, previous: AtlasState | null, analysis: AnalysisNormaliser | null): AtlasState {
  let next = { ...state, ...normaliseView(state, data.areas, Boolean(data.catalog.grid)) };
  // The grid level offers its own indicators: one of the same topic stands in (and back).
  const ids = new Set(indicatorsAt(data.catalog, next.level).map((i) => i.id));
  if (!ids.has(next.indicator)) {
    const kept = previous && ids.has(previous.indicator) ? previous.indicator : null;
    next.indicator = kept ?? counterpartAt(data.catalog, allIndicatorIds(data.catalog).includes(next.indicator) ? next.indicator : (previous?.indicator ?? ''), next.level);
  }
  // Manual breaks belong to the indicator they were typed for, unless the planner keeps them.
  if (previous && next.indicator !== previous.indicator && next.method === 'manual' && !next.keepBreaks) {
    next = { ...next, method: DEFAULT_STATE.method, manualBreaks: [] };
  }
  const known = new Set(data.areas.map((a) => a.id));
  next.pinned = next.pinned.filter((id) => known.has(id));
  const years = yearsOf(data, next.indicator, next.level);
  if (next.year !== null && !years.includes(next.year)) next.year = null;
  if (next.display === 'change' && years.length < 2) next = { ...next, display: 'value', baseYear: null };
  if (next.baseYear !== null && (!years.includes(next.baseYear) || next.baseYear === (next.year ?? years.at(-1)))) next.baseYear = null;
  return analysis ? { ...next, ...analysis(data, next) } : next;
}

/**
 * What a link asked for and did not get: compares the link's own words with the view it
 * became, so the atlas can say what it corrected instead of silently showing something else.
 */
export function corrections(asked: URLSearchParams, model: AtlasModel): Correction[] {
  const { state, data, plan } = model;
  const name = (id: string | null) => (id ? (data.areas.find((a) => a.id === id)?.name ?? id) : null);
  const out: Correction[] = [];
  const indicator = asked.get('indikator');
  if (indicator && indicator !== state.indicator) out.push({ key: 'indikator', requested: indicator, shown: plan.indicator.label });
  const year = asked.get('jahr');
  if (year && year !== String(plan.year ?? '')) out.push({ key: 'jahr', requested: year, shown: plan.year === null ? null : String(plan.year) });
  const base = asked.get('basisjahr');
  if (base && state.display === 'change' && base !== String(plan.baseYear ?? '')) out.push({ key: 'basisjahr', requested: base, shown: plan.baseYear === null ? null : String(plan.baseYear) });
  const area = asked.get('gebiet');
  if (area && area !== state.area && area !== state.focus) out.push({ key: 'gebiet', requested: area, shown: name(state.area) });
  const focus = asked.get('gemeinde');
  if (focus && focus !== state.focus) out.push({ key: 'gemeinde', requested: focus, shown: name(state.focus) });
  const pinned = (asked.get('vergleich') ?? '').split('_').filter(Boolean);
  const lost = pinned.filter((id) => !state.pinned.includes(id));
  if (lost.length) out.push({ key: 'vergleich', requested: lost.join(', '), shown: null });
  return out;
}

/** The view a link opens (a hash, or a link read already), normalised against the data, with what had to be corrected. */
export function openLink(data: AtlasData, link: string | Link, planner?: Planner, analysis?: AnalysisNormaliser): { model: AtlasModel; corrections: Correction[] } {
  const { words, state } = typeof link === 'string' ? readLink(link, allIndicatorIds(data.catalog)) : link;
  const model = new AtlasModel(data, state, planner, analysis);
  return { model, corrections: corrections(words, model) };
}

/** What the card may offer for an area: drill-down only where the indicator has values below. */
export interface AreaActions {
  drill: Partial<AtlasState> | null;
  /** a Gemeinde's grid cells, where the grid indicator has values for them (offered before the grid is loaded: it covers the Kreis) */
  gridDrill: Partial<AtlasState> | null;
  /** the area has sub-areas, but the indicator no values for them */
  drillEmpty: boolean;
  pinned: boolean;
  canPin: boolean;
  pinnedIds: string[];
}

export function areaActions({ data, state }: AtlasModel, id: string): AreaActions {
  const drill = state.level === 'gemeinde' ? drillPatch(id, data.areas) : null;
  const below = new Set(drill ? data.areas.filter((a) => a.parent === id).map((a) => a.id) : []);
  const years = data.series.get(state.indicator)?.cells.values() ?? [];
  const hasValues = [...years].some((cells) => [...below].some((sub) => cells.get(sub)?.kind === 'value'));
  const pinned = state.pinned.includes(id);
  return { drill: hasValues ? drill : null, gridDrill: gridDrillOf(data, state, id), drillEmpty: drill !== null && !hasValues, pinned, canPin: state.pinned.length < MAX_PINNED, pinnedIds: state.pinned };
}

function gridDrillOf(data: AtlasData, state: AtlasState, id: string): Partial<AtlasState> | null {
  if (state.level !== 'gemeinde' || !data.catalog.grid || data.areas.find((a) => a.id === id)?.level !== 'gemeinde') return null;
  const indicator = counterpartAt(data.catalog, state.indicator, 'raster');
  if (!data.grid) return gridDrillPatch(id, indicator);
  const cells = data.grid.areas.filter((a) => a.parent === id);
  const years = data.series.get(indicator)?.cells.values() ?? [];
  const hasValues = [...years].some((values) => cells.some((c) => values.get(c.id)?.kind === 'value'));
  return hasValues ? gridDrillPatch(id, indicator) : null;
}
