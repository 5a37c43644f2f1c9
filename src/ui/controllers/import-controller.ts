// Own files, read in the browser only (nothing is uploaded) and kept in this browser (IndexedDB)
// for the next visit until "Eigene Daten entfernen": the import request of the side pane or a
// drop becomes new data in the model; what the import found is kept for the side pane.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AtlasData } from '../../data/atlas-data';
import type { DroppedFile, ImportOptions } from '../../data/import';
import type { AtlasModel } from '../../state/atlas-model';
import type { ImportRequest, ImportResultView } from '../atlas-import';
import { dataTexts } from '../../messages/data';

export interface ImportHost extends ReactiveControllerHost {
  readonly model: AtlasModel | null;
  /** where the atlas' data lives: the grid for estimates is loaded from there */
  readonly dataBase: string;
  /** new boundaries: the map must take them afresh */
  boundariesChanged(): void;
}

export class ImportController implements ReactiveController {
  /** what the last import reported */
  result: ImportResultView | null = null;
  /** own data is kept in this browser */
  stored = false;
  #host: ImportHost;
  /** the atlas as loaded, before any own data: what "Eigene Daten entfernen" goes back to */
  #loaded: AtlasData | null = null;
  /** every own file kept, by name, with the options they were last read with */
  #own: { files: DroppedFile[]; options: ImportOptions } = { files: [], options: {} };
  /**
   * Resolves once the atlas has all its tables (start): a file dropped on the map while the rest
   * still loads would be read into the first view's data and then replaced by the full data.
   */
  readonly #allLoaded: Promise<void>;
  #allLoadedNow: () => void = () => {};

  constructor(host: ImportHost) {
    this.#host = host;
    this.#allLoaded = new Promise((resolve) => (this.#allLoadedNow = resolve));
    host.addController(this);
  }

  hostConnected(): void {}

  /** The data as loaded; own data kept from an earlier visit is read again over it. */
  async start(data: AtlasData, firstView: URLSearchParams): Promise<void> {
    this.#loaded = data;
    this.#allLoadedNow();
    const { loadOwnData } = await import('../../data/own-data-store');
    const stored = await loadOwnData();
    if (!stored) return;
    this.#own = stored;
    this.#set(true);
    await this.#read(stored.files, stored.options, firstView);
  }

  async import(request: ImportRequest): Promise<void> {
    const files = await Promise.all(request.files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
    await this.#allLoaded;
    const options = { suppressionThreshold: request.threshold, overrides: { ...this.#own.options.overrides, ...request.overrides } };
    if (!(await this.#read(files, options, null))) return;
    // A file dropped again under the same name replaces the kept one, as it replaces its figures.
    const names = new Set(files.map((f) => f.name));
    this.#own = { files: [...this.#own.files.filter((f) => !names.has(f.name)), ...files], options };
    const { saveOwnData } = await import('../../data/own-data-store');
    this.#set(await saveOwnData(this.#own));
  }

  /** "Eigene Daten entfernen": forgotten by the browser, and the atlas as it was loaded. */
  async clear(): Promise<void> {
    const { clearOwnData } = await import('../../data/own-data-store');
    await clearOwnData();
    this.#own = { files: [], options: {} };
    this.result = null;
    this.#set(false);
    const model = this.#host.model;
    const loaded = this.#loaded;
    if (!model || !loaded) return;
    if (model.data.boundaries !== loaded.boundaries) this.#host.boundariesChanged();
    const known = loaded.catalog.indicators.some((i) => i.id === model.state.indicator);
    model.setData(loaded, known ? {} : { indicator: loaded.catalog.indicators[0]?.id ?? '', year: null, area: null, focus: null });
  }

  /** Reads own files into the atlas shown; false when nothing could be taken over. */
  async #read(files: DroppedFile[], options: ImportOptions, restoring: URLSearchParams | null): Promise<boolean> {
    const model = this.#host.model;
    if (!model) return false;
    const { importFiles } = await import('../../data/import');
    const result = await importFiles(model.data, files, options);
    this.result = { summaries: result.summaries, problems: result.problems, geometry: result.geometry };
    this.#host.requestUpdate();
    if (result.data === model.data) return false;
    if (result.boundariesChanged) this.#host.boundariesChanged();
    // Restored after a reload, the view stays where the URL put it, on an own indicator if it names one.
    const wanted = restoring?.get('indikator');
    const indicator = restoring === null ? result.added[0] : wanted && result.added.includes(wanted) ? wanted : null;
    model.setData(result.data, {
      ...(indicator ? { indicator, year: null, display: 'value' as const } : {}),
      ...(result.summary && restoring === null ? { level: result.summary.level, focus: null, area: null } : {}),
    });
    if (result.boundariesChanged) await this.#estimate();
    return true;
  }

  /** Own Sozialräume get population and the grid's shares, estimated from the Zensus 2011 cells. */
  async #estimate(): Promise<void> {
    const model = this.#host.model;
    if (!model?.data.catalog.grid) return;
    const [{ loadGrid }, { withGridEstimates }] = await Promise.all([import('../../data/grid'), import('../../data/grid-estimates')]);
    try {
      const gemeinden = new Set(model.data.areas.filter((a) => a.level === 'gemeinde').map((a) => a.id));
      const grid = await loadGrid(this.#host.dataBase, model.data.catalog, gemeinden);
      model.setData(withGridEstimates(model.data, grid));
    } catch (e) {
      // Without the grid the own Sozialräume keep the planner's own figures, and the summary says why.
      const reason = e instanceof Error ? e.message : String(e);
      const problem = { file: model.data.catalog.grid.file, message: dataTexts.noEstimate(reason), severity: 'warning' as const };
      this.result = this.result ? { ...this.result, problems: [...this.result.problems, problem] } : this.result;
      this.#host.requestUpdate();
    }
  }

  #set(stored: boolean): void {
    this.stored = stored;
    this.#host.requestUpdate();
  }
}
