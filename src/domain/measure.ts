// What a mapped or compared number is: the indicator itself or a difference, with its own unit.
// One rule for every difference the atlas writes (legend, table, card, comparison, print):
// shares and rates per 100 differ in percentage points, anything else in its own unit.
import type { Indicator } from './types';

export interface Measure {
  label: string;
  unit: string;
  decimals: number;
  /** differences are written with their sign */
  signed: boolean;
}

/** "%", "% der eLb" and "… je 100 …" / "per 100 …" (quotas, dependency ratios) are all per 100: their differences are percentage points. */
export const isPercent = (unit: string): boolean => /^%(\s|$)/.test(unit) || /(^|\s)(je|per) 100(\s|$)/.test(unit);

/** The unit of a difference of two values of the indicator; `points`: the language's word for percentage points. */
export const differenceUnit = (unit: string, points: string): string => (isPercent(unit) ? points : unit);

/** The indicator's own values. */
export const valueMeasure = (indicator: Pick<Indicator, 'label' | 'unit' | 'decimals'>): Measure => ({
  label: indicator.label,
  unit: indicator.unit,
  decimals: indicator.decimals,
  signed: false,
});

/** A difference of two values of the indicator, labelled by what it is taken against. */
export const differenceMeasure = (indicator: Pick<Indicator, 'unit' | 'decimals'>, label: string, points: string): Measure => ({
  label,
  unit: differenceUnit(indicator.unit, points),
  decimals: indicator.decimals,
  signed: true,
});
