// The one description of "what to show". Everything on screen is derived from it, and it
// round-trips through the URL hash so that a link or a reload restores the same view.
import { clampClasses, METHODS, type Method } from '../domain/classify';
import { isScheme } from '../domain/colour';

export interface AtlasState {
  indicator: string;
  method: Method;
  classes: number;
  /** null: the indicator's own scheme from the catalog */
  scheme: string | null;
  manualBreaks: number[];
  /** selected area id, or null */
  area: string | null;
}

export const DEFAULT_STATE: Readonly<AtlasState> = Object.freeze({
  indicator: '',
  method: 'quantile',
  classes: 5,
  scheme: null,
  manualBreaks: [],
  area: null,
});

export function toHash(state: AtlasState): string {
  const p = new URLSearchParams();
  p.set('indikator', state.indicator);
  p.set('klassen', String(state.classes));
  p.set('methode', state.method);
  if (state.scheme) p.set('farben', state.scheme);
  if (state.method === 'manual' && state.manualBreaks.length) p.set('grenzen', state.manualBreaks.join('_'));
  if (state.area) p.set('gebiet', state.area);
  return `#${p.toString()}`;
}

/** Unknown or malformed parts fall back to defaults: a mistyped link still opens a map. */
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
  return {
    indicator: indicatorIds.includes(indicator) ? indicator : (indicatorIds[0] ?? ''),
    method: METHODS.includes(method) ? method : DEFAULT_STATE.method,
    classes: clampClasses(Number(p.get('klassen') ?? DEFAULT_STATE.classes)),
    scheme: scheme && isScheme(scheme) ? scheme : null,
    manualBreaks: breaks,
    area: p.get('gebiet') || null,
  };
}

type Listener = (state: AtlasState, previous: AtlasState) => void;

export class AtlasStore {
  #state: AtlasState;
  #listeners = new Set<Listener>();

  constructor(initial: AtlasState) {
    this.#state = initial;
  }

  get state(): AtlasState {
    return this.#state;
  }

  update(patch: Partial<AtlasState>): void {
    const previous = this.#state;
    const next = { ...previous, ...patch };
    if (toHash(next) === toHash(previous)) return;
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
