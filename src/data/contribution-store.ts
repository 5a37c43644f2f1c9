// The contributions of the workshops, kept in one Yjs document so that a live session across devices
// (issue 28) is one provider away, and persisted in this browser's IndexedDB (y-indexeddb).
// Interface first (the pane, the pins and print are built against it); the implementation follows.
import * as Y from 'yjs';
import type { IndexeddbPersistence } from 'y-indexeddb';
import type { Contribution, ContributionDraft, Workshop } from '../domain/contribution';
import { DEFAULT_WORKSHOP_TITLE } from '../messages/contribution-data';
import { checkDraft, checkWorkshop, ContributionError, today } from './contribution-check';
import {
  contributionsMap,
  newContributionFields,
  newWorkshopFields,
  raiseVotes,
  readContribution,
  readWorkshop,
  sameContent,
  votesOf,
  workshopsMap,
  writeContent,
  type FieldMap,
} from './contribution-doc';

/** What a merge of contributions read from a file did. */
export interface MergeReport {
  added: number;
  /** the file's version was newer and replaced ours */
  updated: number;
  /** the same or an older version of one we have: ours kept */
  unchanged: number;
  /** both changed since they parted, the newer `changed` won; listed for the user */
  conflicts: Array<{ id: string; kept: Contribution; replaced: Contribution }>;
  /** the workshops of the file that were new here, in the file's order (added to the interface by the
   *  store: the pane may switch to the one just loaded) */
  workshopsAdded?: Workshop[];
}

export interface ContributionStore {
  /** resolves once the document is read from IndexedDB (at once where there is none) */
  readonly ready: Promise<void>;
  /** every workshop, in the order made; there is always at least one */
  workshops(): Workshop[];
  /** the workshop shown (its contributions are listed, pinned, exported and printed) */
  current(): Workshop;
  setCurrent(id: string): void;
  addWorkshop(frame: Omit<Workshop, 'id'>): Workshop;
  updateWorkshop(id: string, patch: Partial<Omit<Workshop, 'id'>>): void;
  /** the contributions of a workshop (default: the current one), oldest first */
  contributions(workshop?: string): Contribution[];
  get(id: string): Contribution | null;
  add(draft: ContributionDraft): Contribution;
  update(id: string, patch: Partial<ContributionDraft>): void;
  remove(id: string): void;
  /** "+1" from this device (once per device; votes of several devices add up) */
  vote(id: string): void;
  /** takes back this device's vote */
  unvote(id: string): void;
  hasVoted(id: string): boolean;
  /** merges by id, the newer `changed` wins; workshops unknown here are added */
  merge(contributions: readonly Contribution[], workshops: readonly Workshop[]): MergeReport;
  /** called after every change, local or remote; returns the unsubscribe */
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

// ---- the Yjs implementation ----

export interface ContributionStoreOptions {
  /** the IndexedDB name and the prefix of this device's settings (default 'sozialatlas-beitraege') */
  name?: string;
  /** keep the document in IndexedDB (default true; false in tests and where nothing may stay) */
  persist?: boolean;
  /** this device's voter id, also the author of what it adds (default: a random id kept in localStorage) */
  voter?: string;
  /** an existing document (a live session's, or a test's); default a new one */
  doc?: Y.Doc;
  /** where the voter id and the current workshop are kept (default localStorage where there is one) */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** the clock (tests) */
  now?: () => Date;
  /** false for a live session's participant: the frames are the moderation's (the server refuses
   *  any change to them), so the default workshop is used without being written (default true) */
  framesWritable?: boolean;
}

/** The store, with what the implementation adds to the interface. */
export interface YjsContributionStore extends ContributionStore {
  /** the Yjs document, for a live session's provider (and tests) */
  readonly doc: Y.Doc;
  /** true once the document is kept in IndexedDB; false where there is none (private window, Node):
   *  then the contributions live in memory only and are gone after a reload */
  readonly persistent: boolean;
  /** deletes the document from IndexedDB and keeps it from then on in memory only (a closed room's) */
  forget(): Promise<void>;
}

export const DEFAULT_STORE_NAME = 'sozialatlas-beitraege';
/** The workshop there always is; a fixed id, so that two devices starting fresh share it. */
export const DEFAULT_WORKSHOP_ID = 'workshop';
/** How long to wait for IndexedDB before going on in memory (it merges in later if it comes). */
const PERSIST_TIMEOUT_MS = 4000;

function defaultStorage(): Pick<Storage, 'getItem' | 'setItem'> | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // a sandboxed frame throws on access
  }
}

function read(storage: Pick<Storage, 'getItem'> | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(storage: Pick<Storage, 'setItem'> | null, key: string, value: string): void {
  try {
    storage?.setItem(key, value);
  } catch {
    // a full or forbidden storage: the setting lasts this visit
  }
}

function byCreated(a: { created: string; id: string }, b: { created: string; id: string }): number {
  return a.created < b.created ? -1 : a.created > b.created ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const time = (iso: string): number => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
};

export function createContributionStore(options: ContributionStoreOptions = {}): YjsContributionStore {
  const name = options.name ?? DEFAULT_STORE_NAME;
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const now = options.now ?? (() => new Date());
  const ownDoc = !options.doc;
  const doc = options.doc ?? new Y.Doc();
  const items = contributionsMap(doc);
  const frames = workshopsMap(doc);
  const currentKey = `${name}.workshop`;
  const voterKey = `${name}.voter`;
  const voter = options.voter ?? read(storage, voterKey) ?? crypto.randomUUID();
  if (!options.voter) write(storage, voterKey, voter);
  const defaultWorkshop: Workshop = { id: DEFAULT_WORKSHOP_ID, title: DEFAULT_WORKSHOP_TITLE, question: '', date: today(now()) };

  const listeners = new Set<() => void>();
  let cache: Contribution[] | null = null;
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const onUpdate = () => {
    cache = null;
    notify();
  };
  doc.on('update', onUpdate);

  /** An ISO time after `previous`, so that an edit within the same millisecond still counts as newer. */
  const stamp = (previous?: string): string => {
    const t = now().getTime();
    return new Date(previous ? Math.max(t, time(previous) + 1) : t).toISOString();
  };

  function all(): Contribution[] {
    if (!cache) {
      cache = [];
      items.forEach((fields, id) => {
        const c = fields instanceof Y.Map ? readContribution(id, fields) : null;
        if (c) cache!.push(c);
      });
      cache.sort(byCreated);
    }
    return cache;
  }

  function workshops(): Workshop[] {
    const list: Array<Workshop & { made: string }> = [];
    frames.forEach((fields, id) => {
      const w = fields instanceof Y.Map ? readWorkshop(id, fields) : null;
      if (w) list.push(w);
    });
    if (list.length === 0) return [{ ...defaultWorkshop }];
    list.sort((a, b) => byCreated({ created: a.made, id: a.id }, { created: b.made, id: b.id }));
    return list.map(({ made: _made, ...w }) => w);
  }

  /** The default workshop is written into the document only when first used, so that a fresh device
   *  does not overwrite a named default that IndexedDB or a peer is about to bring. */
  function ensureWorkshop(id: string): void {
    if (frames.has(id) || (options.framesWritable === false && id === DEFAULT_WORKSHOP_ID)) return;
    if (id !== DEFAULT_WORKSHOP_ID) throw new ContributionError('unknownWorkshop', 'workshop', { id });
    frames.set(id, newWorkshopFields({ title: defaultWorkshop.title, question: '', date: defaultWorkshop.date }, ''));
  }

  function fieldsOf(id: string): FieldMap {
    const fields = items.get(id);
    if (!(fields instanceof Y.Map)) throw new ContributionError('unknown', 'id', { id });
    return fields;
  }

  let persistent = false;
  const persistence = options.persist === false
    ? Promise.resolve(null)
    : connect(name, doc, () => {
        persistent = true;
        notify();
      });

  const store: YjsContributionStore = {
    doc,
    get persistent() {
      return persistent;
    },
    ready: persistence.then(() => undefined),
    workshops,
    current() {
      const list = workshops();
      const id = read(storage, currentKey);
      return list.find((w) => w.id === id) ?? list[0]!;
    },
    setCurrent(id) {
      if (!workshops().some((w) => w.id === id)) throw new ContributionError('unknownWorkshop', 'workshop', { id });
      write(storage, currentKey, id);
      notify();
    },
    addWorkshop(frame) {
      const checked = checkWorkshop(frame);
      const id = crypto.randomUUID();
      doc.transact(() => {
        // the default stays listed beside the new one once there is a second
        if (workshops().every((w) => w.id === DEFAULT_WORKSHOP_ID)) ensureWorkshop(DEFAULT_WORKSHOP_ID);
        frames.set(id, newWorkshopFields(checked, stamp()));
      });
      return { id, ...checked };
    },
    updateWorkshop(id, patch) {
      const old = workshops().find((w) => w.id === id);
      if (!old) throw new ContributionError('unknownWorkshop', 'workshop', { id });
      const checked = checkWorkshop({ ...old, ...patch });
      doc.transact(() => {
        ensureWorkshop(id);
        const fields = frames.get(id)!;
        for (const [key, value] of Object.entries(checked)) if (fields.get(key) !== value) fields.set(key, value);
      });
    },
    contributions(workshop = store.current().id) {
      return all().filter((c) => c.workshop === workshop);
    },
    get(id) {
      const fields = items.get(id);
      return fields instanceof Y.Map ? readContribution(id, fields) : null;
    },
    add(draft) {
      const checked = checkDraft(draft);
      const workshop = store.current().id;
      const id = crypto.randomUUID();
      const created = stamp();
      doc.transact(() => {
        ensureWorkshop(workshop);
        items.set(id, newContributionFields({ ...checked, workshop, created, changed: created }, 0, voter));
      });
      return store.get(id)!;
    },
    update(id, patch) {
      const old = store.get(id);
      if (!old) throw new ContributionError('unknown', 'id', { id });
      const checked = checkDraft({ ...old, ...patch });
      if (sameContent(old, { ...checked, workshop: old.workshop })) return;
      doc.transact(() => {
        const fields = fieldsOf(id);
        writeContent(fields, checked);
        fields.set('changed', stamp(old.changed));
      });
    },
    remove(id) {
      if (items.has(id)) items.delete(id);
    },
    vote(id) {
      const votes = votesOf(fieldsOf(id));
      if (votes && !votes.has(voter)) votes.set(voter, true);
    },
    unvote(id) {
      const votes = votesOf(fieldsOf(id));
      if (votes?.has(voter)) votes.delete(voter);
    },
    hasVoted(id) {
      const fields = items.get(id);
      return fields instanceof Y.Map && (votesOf(fields)?.has(voter) ?? false);
    },
    merge(contributions, incoming) {
      return mergeInto(store, { doc, items, frames, ensureWorkshop, stamp, voter }, contributions, incoming);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    forget: () => persistence.then((p) => p?.clearData()).catch(() => undefined),
    destroy() {
      listeners.clear();
      doc.off('update', onUpdate);
      void persistence.then((p) => p?.destroy()).catch(() => undefined);
      if (ownDoc) doc.destroy();
    },
  };

  return store;
}

interface MergeTarget {
  doc: Y.Doc;
  items: Y.Map<FieldMap>;
  frames: Y.Map<FieldMap>;
  ensureWorkshop(id: string): void;
  stamp(previous?: string): string;
  voter: string;
}

/** Merges by id in one transaction: checked first, so that a refused contribution leaves nothing half merged. */
function mergeInto(store: ContributionStore, target: MergeTarget, contributions: readonly Contribution[], incoming: readonly Workshop[]): MergeReport {
  const checked = contributions.map((c) => ({ ...c, ...checkDraft(c) }));
  const frames = incoming.map((w) => ({ id: w.id, ...checkWorkshop(w) }));
  const report: MergeReport = { added: 0, updated: 0, unchanged: 0, conflicts: [], workshopsAdded: [] };
  const decided: Array<{ id: string; other: Contribution }> = [];
  target.doc.transact(() => {
    for (const w of frames) {
      if (target.frames.has(w.id)) continue;
      const { id, ...frame } = w;
      target.frames.set(id, newWorkshopFields(frame, target.stamp()));
      report.workshopsAdded!.push(w);
    }
    const fallback = store.current().id;
    for (const c of checked) {
      const workshop = target.frames.has(c.workshop) ? c.workshop : fallback;
      target.ensureWorkshop(workshop);
      const theirs = { ...c, workshop };
      const fields = target.items.get(c.id);
      const ours = fields instanceof Y.Map ? readContribution(c.id, fields) : null;
      if (!fields || !ours) {
        target.items.set(c.id, newContributionFields(theirs, Math.max(0, Math.floor(c.votes)), target.voter));
        report.added++;
        continue;
      }
      raiseVotes(fields, c.votes);
      if (sameContent(ours, theirs)) {
        report.unchanged++;
      } else if (time(theirs.changed) > time(ours.changed)) {
        writeContent(fields, theirs);
        fields.set('changed', theirs.changed);
        report.updated++;
        decided.push({ id: c.id, other: ours });
      } else {
        // older, or (rarely) the same moment with another content: ours stays, and is listed
        report.unchanged++;
        decided.push({ id: c.id, other: theirs });
      }
    }
  });
  for (const d of decided) report.conflicts.push({ id: d.id, kept: store.get(d.id)!, replaced: d.other });
  return report;
}

/** Keeps the document in IndexedDB; resolves once it is read back (null where there is none, it
 *  fails, or it takes longer than PERSIST_TIMEOUT_MS: then the atlas goes on in memory, and a late
 *  sync still merges in and calls `synced`). */
async function connect(name: string, doc: Y.Doc, synced: () => void): Promise<IndexeddbPersistence | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const { IndexeddbPersistence } = await import('y-indexeddb');
    const persistence = new IndexeddbPersistence(name, doc);
    let broken = false;
    const failed = persistence._db.then(
      () => new Promise<false>(() => {}),
      () => {
        broken = true;
        return false as const;
      },
    );
    void persistence.whenSynced.then(synced);
    const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), PERSIST_TIMEOUT_MS));
    await Promise.race([persistence.whenSynced, failed, timeout]);
    if (broken) return null;
    return persistence;
  } catch {
    return null;
  }
}
