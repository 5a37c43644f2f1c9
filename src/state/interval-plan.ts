// Each area's confidence interval, resolved once per plan beside its class: the counts (the
// formula's columns, or the value and a base indicator), the interval at the chosen level, whether
// the value is "unsicher (kleine Basis)", and how it compares with the Kreis value. Card, tooltip,
// table, print and the significance map only read it.
import { cellsAt, type AtlasData } from '../data/atlas-data';
import type { Area, Cell, Indicator } from '../domain/types';
import {
  compareWith,
  DEFAULT_RELIABILITY,
  intervalOf,
  isUnreliable,
  judge,
  type ConfidenceLevel,
  type Counts,
  type IntervalMethod,
  type IntervalResult,
  type Judgement,
  type NoInterval,
  type ReliabilityThresholds,
  type Significance,
} from '../domain/intervals';

export interface AreaInterval {
  /** at the plan's level (95 % unless 99.8 % is chosen) */
  interval: IntervalResult;
  /** "unsicher (kleine Basis)", judged on the 95 % interval whatever level is shown */
  unsure: boolean;
  /** against the Kreis value, at the plan's level */
  significance: Significance;
  /** the same, said as better or worse where the indicator has a direction */
  judgement: Judgement;
}

export interface IntervalPlan {
  /** null: the catalog declares none for this indicator (no counts known) */
  method: IntervalMethod | null;
  /** why there is no interval, as the catalog says it */
  reason: string | null;
  level: ConfidenceLevel;
  /** value = events / base × factor (100 for a share in %) */
  factor: number;
  /** the Kreis value the areas are compared with */
  benchmark: number | null;
  thresholds: ReliabilityThresholds;
  /** area id -> its interval; every area of the plan's level */
  areas: ReadonlyMap<string, AreaInterval>;
  /** areas in view per significance group (legend of "Vergleich mit dem Kreiswert") */
  groups: Record<Significance, number>;
  /** areas in view marked unsure */
  unsure: number;
}

const none = (reason: NoInterval): IntervalResult => ({ kind: 'none', reason });

/** The counts of one area, or why there are none. */
type CountsOf = (id: string, value: Cell) => Counts | NoInterval;

function countsSource(data: Pick<AtlasData, 'series'>, indicator: Indicator, year: number | null, areas: readonly Area[]): CountsOf {
  const spec = indicator.interval;
  const formulaCounts = data.series.get(indicator.id)?.counts?.get(year ?? 0);
  const bases = spec?.base ? cellsAt(data, spec.base, year, areas) : null;
  const factor = spec?.factor ?? indicator.formula?.factor ?? 100;
  return (id, value) => {
    const counted = formulaCounts?.get(id);
    if (counted) {
      const { events, base } = counted;
      if (events.kind === 'suppressed' || base.kind === 'suppressed') return 'suppressed';
      if (events.kind !== 'value' || base.kind !== 'value') return 'missing';
      return { events: events.value, base: base.value };
    }
    const base = bases?.get(id);
    if (!base || base.kind === 'missing') return 'missing';
    if (base.kind === 'suppressed') return 'suppressed';
    if (value.kind !== 'value') return value.kind;
    // Published as a rounded share of a published base: the events are whole persons again.
    return { events: Math.round((value.value * base.value) / factor), base: base.value };
  };
}

export function intervalPlan(
  data: Pick<AtlasData, 'series' | 'catalog'>,
  indicator: Indicator,
  year: number | null,
  areas: readonly Area[],
  shown: readonly Area[],
  values: ReadonlyMap<string, Cell>,
  benchmark: number | null,
  level: ConfidenceLevel,
): IntervalPlan {
  const spec = indicator.interval;
  const method = spec?.method ?? null;
  const defaults = data.catalog.reliability ?? DEFAULT_RELIABILITY;
  const thresholds = { maxRelativeWidth: spec?.maxRelativeWidth ?? defaults.maxRelativeWidth, minBase: spec?.minBase ?? defaults.minBase };
  const factor = spec?.factor ?? indicator.formula?.factor ?? 100;
  const countsOf = method && method !== 'none' ? countsSource(data, indicator, year, areas) : null;
  const result = new Map<string, AreaInterval>();
  for (const area of areas) {
    const value = values.get(area.id) ?? { kind: 'missing' };
    let interval: IntervalResult;
    let unsure = false;
    if (value.kind !== 'value') interval = none(value.kind);
    else if (!countsOf || !method) interval = none('method');
    else {
      const counts = countsOf(area.id, value);
      interval = typeof counts === 'string' ? none(counts) : intervalOf(method, counts, factor, level);
      const at95 = level === 0.95 || interval.kind !== 'interval' ? interval : intervalOf(method, interval.counts, factor, 0.95);
      unsure = isUnreliable(at95, value.value, thresholds);
    }
    const significance = compareWith(interval, benchmark);
    result.set(area.id, { interval, unsure, significance, judgement: judge(significance, indicator.direction) });
  }
  const groups: Record<Significance, number> = { higher: 0, similar: 0, lower: 0, 'not-assessable': 0 };
  let unsure = 0;
  for (const area of shown) {
    const a = result.get(area.id);
    if (!a) continue;
    groups[a.significance]++;
    if (a.unsure) unsure++;
  }
  return { method, reason: spec?.reason ?? null, level, factor, benchmark, thresholds, areas: result, groups, unsure };
}
