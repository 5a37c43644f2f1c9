// A composite social index (as Berlin's "Monitoring Soziale Stadtentwicklung" or the
// Sozialindex of NRW's school funding): each chosen indicator is turned the way of need,
// standardised, weighted, and averaged. Pure; the caller passes the values per indicator.
import { mean, populationSd } from './regression';

/** z: (x − mean) / standard deviation; rank: the rank scaled to −1 … +1 (robust against outliers) */
export type Standardisation = 'z' | 'rank';
/** higher: more need when the value is higher (e.g. child poverty); lower: when it is lower (e.g. income) */
export type NeedDirection = 'higher' | 'lower';

export interface IndexComponent {
  indicator: string;
  direction: NeedDirection;
  /** > 0 */
  weight: number;
}

export interface IndexRecipe {
  standardisation: Standardisation;
  components: IndexComponent[];
}

export interface IndexResult {
  /** area id -> index; positive: more need than the average of the areas included */
  values: Map<string, number>;
  /** areas left out, with the indicators they lack: never imputed */
  excluded: Array<{ id: string; missing: string[] }>;
}

/** indicator id -> area id -> value (null: missing or withheld) */
export type ComponentValues = ReadonlyMap<string, ReadonlyMap<string, number | null>>;

/**
 * The weighted mean of the standardised, need-oriented values. Standardised among the areas that
 * have every component, so that the index of those areas does not depend on an area left out.
 */
export function socialIndex(recipe: IndexRecipe, values: ComponentValues, ids: readonly string[]): IndexResult {
  const components = recipe.components.filter((c) => c.weight > 0);
  const excluded: IndexResult['excluded'] = [];
  const complete: string[] = [];
  for (const id of ids) {
    const missing = components.filter((c) => !Number.isFinite(values.get(c.indicator)?.get(id) ?? NaN)).map((c) => c.indicator);
    if (missing.length) excluded.push({ id, missing });
    else complete.push(id);
  }
  const out = new Map<string, number>();
  const total = components.reduce((s, c) => s + c.weight, 0);
  if (!complete.length || total === 0) return { values: out, excluded };
  const sums = new Array<number>(complete.length).fill(0);
  for (const c of components) {
    const raw = complete.map((id) => values.get(c.indicator)?.get(id) as number);
    const scores = standardise(c.direction === 'lower' ? raw.map((v) => -v) : raw, recipe.standardisation);
    scores.forEach((s, i) => (sums[i] += c.weight * s));
  }
  complete.forEach((id, i) => out.set(id, sums[i] / total));
  return { values: out, excluded };
}

/**
 * z-scores with the population standard deviation (the areas are all there are, not a sample);
 * ranks with ties averaged, scaled so that the lowest is −1, the highest +1 and the mean 0.
 * A component that does not vary contributes 0 to every area.
 */
export function standardise(values: readonly number[], how: Standardisation): number[] {
  const n = values.length;
  if (n < 2) return values.map(() => 0);
  if (how === 'z') {
    const m = mean(values);
    const sd = populationSd(values);
    return values.map((v) => (sd === 0 ? 0 : (v - m) / sd));
  }
  const ranks = averageRanks(values);
  const middle = (n - 1) / 2;
  return ranks.map((r) => (r - middle) / middle);
}

/** 0-based ranks, ascending, ties given the mean of the ranks they span. */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  const out = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]] === values[order[start]]) end++;
    for (let k = start; k <= end; k++) out[order[k]] = (start + end) / 2;
    start = end + 1;
  }
  return out;
}

export interface RankShift {
  id: string;
  /** 1 = most need, by the recipe's weights */
  rank: number;
  /** … and with every weight equal */
  equalRank: number;
  /** equalRank − rank: positive when the chosen weights move the area up towards more need */
  shift: number;
}

/**
 * Sensitivity: how far each area's rank moves when the chosen weights are replaced by equal ones;
 * the largest moves first.
 */
export function rankShifts(recipe: IndexRecipe, values: ComponentValues, ids: readonly string[]): RankShift[] {
  const weighted = socialIndex(recipe, values, ids).values;
  const equal = socialIndex({ ...recipe, components: recipe.components.filter((c) => c.weight > 0).map((c) => ({ ...c, weight: 1 })) }, values, ids).values;
  const rank = competitionRanks(weighted);
  const equalRank = competitionRanks(equal);
  return [...rank.keys()]
    .map((id) => ({ id, rank: rank.get(id)!, equalRank: equalRank.get(id)!, shift: equalRank.get(id)! - rank.get(id)! }))
    .sort((a, b) => Math.abs(b.shift) - Math.abs(a.shift) || a.rank - b.rank);
}

/** 1 = highest value, equal values share a rank (1, 2, 2, 4), as card and table count; n log n for the grid's cells. */
export function competitionRanks(values: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...values].sort((a, b) => b[1] - a[1]);
  const out = new Map<string, number>();
  sorted.forEach(([id, v], i) => out.set(id, i > 0 && sorted[i - 1][1] === v ? out.get(sorted[i - 1][0])! : i + 1));
  return out;
}
