// Feature-state written only where it changes. MapLibre re-evaluates the paint of every feature
// whose state is written, in every tile that holds it: writing the same class and colour into the
// 1,147 grid cells again on each drill-down cost more than the frame it was for.
import type { Map as MapLibreMap } from 'maplibre-gl';

type State = Record<string, string | number | boolean>;

export class FeatureStates {
  readonly #written = new Map<string, Map<string, State>>();

  constructor(private readonly map: MapLibreMap) {}

  set(source: string, id: string, state: State): void {
    let bySource = this.#written.get(source);
    if (!bySource) this.#written.set(source, (bySource = new Map()));
    const before = bySource.get(id);
    if (before && Object.keys(state).every((k) => before[k] === state[k])) return;
    this.map.setFeatureState({ source, id }, state);
    bySource.set(id, { ...before, ...state });
  }

  /** Forgets what was written (after MapLibre's own state was removed). */
  clear(): void {
    this.#written.clear();
  }

  /** The ids of a source whose written `key` passes `test`. */
  *where(source: string, key: string, test: (value: State[string] | undefined) => boolean): Generator<string> {
    for (const [id, state] of this.#written.get(source) ?? []) if (test(state[key])) yield id;
  }
}
