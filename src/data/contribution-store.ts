// The contributions of the workshops, kept in one Yjs document so that a live session across devices
// (issue 28) is one provider away, and persisted in this browser's IndexedDB (y-indexeddb).
// Interface first (the pane, the pins and print are built against it); the implementation follows.
import type { Contribution, ContributionDraft, Workshop } from '../domain/contribution';

/** What a merge of contributions read from a file did. */
export interface MergeReport {
  added: number;
  /** the file's version was newer and replaced ours */
  updated: number;
  /** the same or an older version of one we have: ours kept */
  unchanged: number;
  /** both changed since they parted, the newer `changed` won; listed for the user */
  conflicts: Array<{ id: string; kept: Contribution; replaced: Contribution }>;
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
