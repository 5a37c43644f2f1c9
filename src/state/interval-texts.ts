// An area's interval in words, the same for card, tooltip and print: "(95-%-KI 10,1–15,0)" or why there
// is none, "unsicher (kleine Basis)", and how it compares with the Kreis value. Nothing for an
// indicator whose catalog entry declares no interval at all (a count, an own table).
import { formatNumber } from '../messages/default-locale';
import { intervalTexts } from '../messages/intervals';
import type { IntervalPlan } from './interval-plan';
import type { SignificanceKey } from './significance-plan';
import { formatMeasure } from '../messages/default-locale';
import type { Measure } from '../domain/measure';

export interface IntervalWords {
  /** "(95-%-KI 10,1–15,0)", or "kein Intervall (…)" */
  range: string;
  /** the range is an interval (not the reason why there is none) */
  bounded: boolean;
  /** "unsicher (kleine Basis)", or null */
  unsure: string | null;
  /** "signifikant höher als der Kreiswert (95 %)", "ähnlich …", or null where it cannot be assessed */
  versus: string | null;
}

export function intervalWords(intervals: IntervalPlan, id: string, decimals: number): IntervalWords | null {
  const a = intervals.areas.get(id);
  if (!a || intervals.method === null) return null;
  const i = a.interval;
  // One more decimal than the value where the bounds would otherwise meet (a narrow interval of a large base).
  const places = i.kind === 'interval' && formatNumber(i.lower, decimals) === formatNumber(i.upper, decimals) ? decimals + 1 : decimals;
  return {
    bounded: i.kind === 'interval',
    range: i.kind === 'interval' ? intervalTexts.range(intervals.level, formatNumber(i.lower, places), formatNumber(i.upper, places)) : intervalTexts.none(i.reason),
    unsure: a.unsure ? intervalTexts.unsure : null,
    versus: a.judgement === 'not-assessable' ? null : intervalTexts.versusKreis(a.judgement, intervals.level),
  };
}

/** What the significance map's legend (screen and print) says beneath its groups. */
export function significanceNote(key: SignificanceKey, measure: Measure): string {
  if (key.reason) return intervalTexts.significanceNone(key.reason);
  const kreis = key.benchmark === null ? null : formatMeasure({ kind: 'value', value: key.benchmark }, measure);
  return intervalTexts.significanceNote(key.level, kreis);
}
