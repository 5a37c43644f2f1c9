// Loading the atlas' data as a reactive controller: what is being fetched and how far it got,
// a failure told in plain words with the address that failed, and a retry that recovers once
// the data is back. The element renders from `status`.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadAtlasData, LoadError, type AtlasData, type Fetcher } from '../../data/atlas-data';
import { loadRivers } from '../../data/context';
import { de } from '../messages';

export type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; done: number; total: number; current: string | null }
  | { kind: 'failed'; address: string; reason: string; details: string[] }
  | { kind: 'ready'; data: AtlasData };

/** A plain reason for a problem of the loader ("Kein gültiges JSON: Unexpected token '<'" is not one). */
function reasonOf(message: string, status: number | null): string {
  if (status !== null) return de.loadHttp(status);
  if (/JSON/.test(message)) return de.loadNotJson;
  if (/fetch|network/i.test(message)) return de.loadOffline;
  return message;
}

export class DataController implements ReactiveController {
  status: LoadStatus = { kind: 'idle' };
  #host: ReactiveControllerHost;
  #base = '';
  #run = 0;

  constructor(host: ReactiveControllerHost, private readonly onReady: (data: AtlasData) => void) {
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
    const progress = () => {
      const pending = [...files].find(([, f]) => !f.done)?.[0] ?? null;
      set({ kind: 'loading', done: [...files.values()].filter((f) => f.done).length, total: files.size, current: pending && fileName(pending) });
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
    progress();
    try {
      const [loaded, context] = await Promise.all([loadAtlasData(base, fetcher), loadRivers(base, fetcher)]);
      if (run !== this.#run) return;
      const data: AtlasData = { ...loaded, boundaries: { ...loaded.boundaries, rivers: context.rivers }, problems: [...loaded.problems, ...context.problems] };
      this.onReady(data);
      set({ kind: 'ready', data });
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

const fileName = (url: string) => url.replace(/[?#].*$/, '').split('/').pop() ?? url;
