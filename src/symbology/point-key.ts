// What a point layer's legend says, once for screen and paper: rows of a mark and a name, with the
// count of features each row stands for. Layers with a key of their own (places) get its groups, rows
// that count nothing left out; the others one row per category drawn (contributions).
import { symbolOf, type PointLayer, type PointSymbol } from './points';

export interface PointKeyRow {
  /** the group's heading before the first row of a group, '' for none */
  heading: string;
  symbol: PointSymbol;
  name: string;
  /** a label drawn on the sample mark (a Startchancen "S") */
  label: string | null;
  count: number;
}

export function pointKeyRows(layer: PointLayer): PointKeyRow[] {
  if (!layer.style.key) {
    const counts = new Map<string, number>();
    for (const f of layer.features) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
    const byName = new Map<string, PointKeyRow>();
    for (const [category, n] of counts) {
      const symbol = symbolOf(layer.style, category);
      const row = byName.get(symbol.name);
      byName.set(symbol.name, row ? { ...row, count: row.count + n } : { heading: '', symbol, name: symbol.name, label: null, count: n });
    }
    return [...byName.values()];
  }
  return layer.style.key.flatMap((group) =>
    group.entries
      .map((e) => ({
        heading: '',
        symbol: e.symbol,
        name: e.name,
        label: e.label ?? null,
        count: layer.features.filter((f) => (!e.categories || e.categories.includes(f.category)) && (!e.label || f.label === e.label)).length,
      }))
      .filter((row) => row.count > 0)
      .map((row, i) => (i === 0 ? { ...row, heading: group.title } : row)),
  );
}
