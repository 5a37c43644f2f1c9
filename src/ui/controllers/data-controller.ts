// Loading the atlas' data as a reactive controller: what is being fetched and how far it got,
// a failure told in plain words with the address that failed, and a retry that recovers once
// the data is back. The element renders from `status`. The first view comes first: its
// indicator's tables with the boundaries (data/atlas-data loadInStages), the rest after it has
// been drawn, handed over a second time.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { language } from '../../messages/language';
import { loadInStages, LoadError, type AtlasData, type Fetcher, type FirstView } from '../../data/atlas-data';
import type { Catalog } from '../../data/catalog';
import { loadRivers } from '../../data/context';
import { appTexts } from '../../messages/app';

export type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; done: number; total: number; current: string | null }
  | { kind: 'failed'; address: string; reason: string; details: string[] }
  | { kind: 'ready'; data: AtlasData };

/** A plain reason for a problem of the loader ("Kein gültiges JSON: Unexpected token '<'" is not one). */
function reasonOf(message: string, status: number | null): string {
  if (status !== null) return appTexts.loadHttp(status);
  if (/JSON/.test(message)) return appTexts.loadNotJson;
  if (/fetch|network/i.test(message)) return appTexts.loadOffline;
  return message;
}

export class DataController implements ReactiveController {
  status: LoadStatus = { kind: 'idle' };
  #host: ReactiveControllerHost;
  #base = '';
  #run = 0;

  /**
   * `onReady` hears of the data twice when the first view came first (`data.pending`), then once
   * more with all of it; `first` names that view's indicator and whether it draws Sozialräume, or null for everything at once;
   * the other tables are read once `between` resolves (the first map drawn).
   */
  constructor(
    host: ReactiveControllerHost,
    private readonly onReady: (data: AtlasData) => void,
    private readonly first: (catalog: Catalog) => FirstView | null = () => null,
    private readonly between: () => Promise<void> = async () => {},
  ) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  async load(base: string): Promise<void> {
    this.#base = base;
    const run = ++this.#run;
    const files = new Map<string, { done: boolean; status: number | null }>();
    const set = (status: LoadStatus) => {
      if (run !== this.#run) return;
      this.status = status;
      this.#host.requestUpdate();
    };
    // Told at most once a frame, and only until the first view is there: the rest loads behind the map.
    let told = 0;
    const progress = () => {
      if (told || this.status.kind !== 'loading') return;
      told = requestAnimationFrame(() => {
        told = 0;
        if (run !== this.#run || this.status.kind !== 'loading') return;
        const pending = [...files].find(([, f]) => !f.done)?.[0] ?? null;
        set({ kind: 'loading', done: [...files.values()].filter((f) => f.done).length, total: files.size, current: pending && fileName(pending) });
      });
    };
    // Counting every request the loader makes tells the progress without the loader knowing of it.
    const fetcher: Fetcher = async (url) => {
      files.set(url, { done: false, status: null });
      progress();
      try {
        const res = await fetch(url);
        files.set(url, { done: true, status: res.ok ? null : res.status });
        return res;
      } finally {
        progress();
      }
    };
    set({ kind: 'loading', done: 0, total: 0, current: null });
    try {
      const [staged, context] = await Promise.all([loadInStages(base, fetcher, this.first, () => Promise.race([this.between(), wait(2000)]), language()), loadRivers(base, fetcher)]);
      if (run !== this.#run) return;
      // One boundaries object for both stages where the rest brings no new areas: the map keeps
      // what it has. Sozialräume left to the rest (a Gemeinde map first) come as new boundaries.
      const first = { ...staged.data.boundaries, rivers: context.rivers };
      const boundariesOf = (loaded: AtlasData) => (loaded.boundaries === staged.data.boundaries ? first : { ...loaded.boundaries, rivers: context.rivers });
      const withContext = (loaded: AtlasData): AtlasData => ({ ...loaded, boundaries: boundariesOf(loaded), problems: [...loaded.problems, ...context.problems] });
      const data = withContext(staged.data);
      this.onReady(data);
      set({ kind: 'ready', data });
      if (!staged.rest) return;
      const all = withContext(await staged.rest);
      if (run !== this.#run) return;
      this.onReady(all);
      set({ kind: 'ready', data: all });
    } catch (e) {
      const problems = e instanceof LoadError ? e.problems : [{ file: base, message: String(e) }];
      const first = problems[0];
      const address = first ? new URL(first.file, new URL(base.replace(/\/?$/, '/'), document.baseURI)).href : base;
      const status = [...files].find(([url]) => url === address)?.[1].status ?? null;
      set({ kind: 'failed', address, reason: reasonOf(first?.message ?? String(e), status), details: problems.map((p) => `${p.file}: ${p.message}`) });
    }
  }

  retry(): Promise<void> {
    return this.load(this.#base);
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const fileName = (url: string) => url.replace(/[?#].*$/, '').split('/').pop() ?? url;
