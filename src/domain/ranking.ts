// Areas in order of their value: the bars of the ranking view, the order of its print figure.
import type { Cell } from './types';

export interface Ranked {
  id: string;
  value: number;
  /** 1 = highest; equal values share a rank (1, 2, 2, 4), as card and table count */
  rank: number;
}

/**
 * Highest first; equal values in the order of `ids` (stable), so that the bars do not jump.
 * Areas without a value are left out: the caller lists them apart.
 */
export function rankAreas(ids: readonly string[], cells: ReadonlyMap<string, Cell>): Ranked[] {
  const valued = ids.flatMap((id) => {
    const c = cells.get(id);
    return c?.kind === 'value' ? [{ id, value: c.value }] : [];
  });
  const sorted = [...valued].sort((a, b) => b.value - a.value);
  const out: Ranked[] = [];
  sorted.forEach((a, i) => out.push({ ...a, rank: i > 0 && sorted[i - 1].value === a.value ? out[i - 1].rank : i + 1 }));
  return out;
}
