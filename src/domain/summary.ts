// Figures about one area relative to the others: Kreis value, mean, rank, difference.
import type { Cell } from './types';

export interface Comparison {
  value: number;
  rank: number;
  of: number;
  mean: number;
  reference: number | null;
  difference: number | null;
}

/**
 * Rank 1 is the highest value. `reference` is the official Kreis value when the table has one,
 * else the aggregate the caller computed; the difference is taken to it.
 */
export function compare(id: string, cells: ReadonlyMap<string, Cell>, reference: number | null): Comparison | null {
  const own = cells.get(id);
  if (!own || own.kind !== 'value') return null;
  const values = [...cells.values()].flatMap((c) => (c.kind === 'value' ? [c.value] : []));
  const rank = 1 + values.filter((v) => v > own.value).length;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return {
    value: own.value,
    rank,
    of: values.length,
    mean,
    reference,
    difference: reference === null ? null : own.value - reference,
  };
}

/** Sum for counts; for shares and rates the mean weighted by their denominator. */
export function aggregate(
  cells: ReadonlyMap<string, Cell>,
  how: 'sum' | 'weighted',
  weights?: ReadonlyMap<string, Cell>,
): number | null {
  let total = 0;
  let weightSum = 0;
  for (const [id, cell] of cells) {
    // One withheld or missing part makes the total unknown: a sum over the rest would mislead.
    if (cell.kind !== 'value') return null;
    if (how === 'sum') {
      total += cell.value;
      continue;
    }
    const w = weights?.get(id);
    if (!w || w.kind !== 'value') return null;
    total += cell.value * w.value;
    weightSum += w.value;
  }
  if (cells.size === 0) return null;
  return how === 'sum' ? total : weightSum > 0 ? total / weightSum : null;
}

/** The areas holding the highest and the lowest value (ties: all of them). */
export interface Extremes {
  highest: { ids: string[]; value: number };
  lowest: { ids: string[]; value: number };
  /** areas with a value */
  valued: number;
}

/** Null when no area has a value. */
export function extremes(cells: ReadonlyMap<string, Cell>): Extremes | null {
  let highest: Extremes['highest'] | null = null;
  let lowest: Extremes['lowest'] | null = null;
  let valued = 0;
  for (const [id, cell] of cells) {
    if (cell.kind !== 'value') continue;
    valued++;
    const v = cell.value;
    if (!highest || v > highest.value) highest = { ids: [id], value: v };
    else if (v === highest.value) highest.ids.push(id);
    if (!lowest || v < lowest.value) lowest = { ids: [id], value: v };
    else if (v === lowest.value) lowest.ids.push(id);
  }
  return highest && lowest ? { highest, lowest, valued } : null;
}
