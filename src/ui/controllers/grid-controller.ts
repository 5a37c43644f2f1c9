// The grid level's data as a reactive controller: the Zensus 2011 cells are not part of the
// start (about as large as everything else together), so they are fetched the first time a view
// asks for level `raster` (a deep link, the card's drill-down), and handed to the model with
// withGrid; until then the plan says the grid is pending and the legend says it is loading. A
// failure is a problem of the data (listed with the others) and the view goes back to the Gemeinden.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LoadError } from '../../data/atlas-data';
import type { AtlasModel } from '../../state/atlas-model';

export class GridController implements ReactiveController {
  #loading: Promise<void> | null = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Watches a model for the grid level; `base` is the data folder the catalog came from. */
  bind(model: AtlasModel, base: string): void {
    const check = () => {
      const { state, data } = model;
      if (state.level === 'raster' && data.catalog.grid && !data.grid && !this.#loading) this.#loading = this.#load(model, base).finally(() => (this.#loading = null));
    };
    model.subscribe(check);
    check();
  }

  /** Resolves when a load under way is done (for tests and the benchmark). */
  get loaded(): Promise<void> {
    return this.#loading ?? Promise.resolve();
  }

  async #load(model: AtlasModel, base: string): Promise<void> {
    const gemeinden = new Set(model.data.areas.filter((a) => a.level === 'gemeinde').map((a) => a.id));
    try {
      // The grid's reader comes with the grid: not in the start bundle.
      const { loadGrid, withGrid } = await import('../../data/grid');
      const grid = await loadGrid(base, model.data.catalog, gemeinden);
      model.setData(withGrid(model.data, grid));
    } catch (e) {
      const problems = e instanceof LoadError ? e.problems : [{ file: model.data.catalog.grid?.file ?? 'raster', message: String(e), severity: 'error' as const }];
      model.setData({ ...model.data, problems: [...model.data.problems, ...problems] }, { level: 'gemeinde', focus: null, area: null });
    }
  }
}
