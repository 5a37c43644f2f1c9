// A rate from official counts, as catalog.json writes it: Σ numerator / Σ denominator × factor.
// Kept as data (column names) rather than code, so that the catalog states the formula and the
// tests recompute every published value from the counts in the same table.

export interface Formula {
  /** count columns added up above the line */
  numerator: readonly string[];
  /** count columns added up below the line */
  denominator: readonly string[];
  /** 100 for a share in %, 1000 for "je 1.000", … */
  factor: number;
}

/** Rounds half away from zero, as official statistics publish (not banker's rounding). */
export function roundHalfAway(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * f + 1e-9)) / f;
}

/**
 * The formula applied to one row's counts; null when a count is missing or the denominator is 0
 * (a rate of nothing is "keine Angabe", never 0).
 */
export function applyFormula(formula: Formula, count: (column: string) => number | null): number | null {
  const total = (columns: readonly string[]) =>
    columns.reduce<number | null>((sum, c) => {
      const v = count(c);
      return sum === null || v === null ? null : sum + v;
    }, 0);
  const n = total(formula.numerator);
  const d = total(formula.denominator);
  if (n === null || d === null || d === 0) return null;
  return (n / d) * formula.factor;
}
