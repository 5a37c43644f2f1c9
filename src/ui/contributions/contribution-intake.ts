// What brings contributions in before the pane is opened, in a small chunk of its own (the pane's
// chunk holds yjs): this browser's store, looked for after the first map, and dropped files,
// which are contributions when a GeoJSON's features carry `kategorie` or a CSV's header names
// `kategorie` and `text` (the two forms "Beiträge exportieren" writes). Everything else goes
// where a drop went before: the own-data import.
import type { ContributionPart } from '../controllers/contribution-loader';

/** data/contribution-store.ts DEFAULT_STORE_NAME, written out: importing it would load yjs to look (a unit test keeps them equal). */
export const CONTRIBUTION_STORE_NAME = 'sozialatlas-beitraege';

const HEAD = 64 * 1024;

/** Reads only as much as needed to tell: a file's start, or the whole of a JSON file (it must parse). */
async function looksLikeContributions(file: File): Promise<boolean> {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv')) {
    const first = (await file.slice(0, HEAD).text()).replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
    const columns = first.split(/[;,\t]/).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase());
    return columns.includes('kategorie') && columns.includes('text');
  }
  if (!/\.(geo)?json$/.test(name)) return false;
  try {
    const json = JSON.parse(await file.text()) as { features?: Array<{ properties?: Record<string, unknown> | null }> };
    return Array.isArray(json.features) && json.features.some((f) => f?.properties != null && 'kategorie' in f.properties);
  } catch {
    return false;
  }
}

/** The pane, the store and the pins (yjs with them): their chunk. */
export const start = (host: HTMLElement) => import('./contribution-session').then((m) => m.startSession(host as never));

/** Takes the files of contributions (to the pane, loaded for them); resolves to the others. */
export async function claim(files: readonly File[], load: () => Promise<ContributionPart>): Promise<File[]> {
  const verdicts = await Promise.all(files.map(looksLikeContributions));
  const taken = files.filter((_, i) => verdicts[i]);
  if (taken.length) void load().then((part) => part.take(taken));
  return files.filter((_, i) => !verdicts[i]);
}

/** Loads the contributions where this browser keeps some: their pins show without opening the pane. */
export async function probe(load: () => Promise<ContributionPart>): Promise<void> {
  const stores = await globalThis.indexedDB?.databases?.().catch(() => []);
  if (stores?.some((d) => d.name === CONTRIBUTION_STORE_NAME)) await load();
}
