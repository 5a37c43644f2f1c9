// English texts of confidence intervals, of "unreliable (small base)" and of the comparison with the
// district value (state/interval-plan.ts); numbers are formatted by the caller's locale. "95% CI" is
// written closed up, as the ONS writes its confidence intervals.
import type { ConfidenceLevel, Judgement, NoInterval } from '../../domain/intervals';
import type { deIntervals } from '../de/intervals';
import { formatNumber } from './number';
import type { TextsOf } from '../texts-of';

const PERCENT: Record<ConfidenceLevel, string> = { 0.95: '95', 0.998: '99.8' };

const pct = (p: number) => `${formatNumber(p * 100, 1)}%`;

const NO_INTERVAL: Record<NoInterval, string> = {
  method: 'no interval',
  missing: 'no interval (counts missing)',
  suppressed: 'no interval (counts suppressed)',
  'base-zero': 'no interval (base 0)',
  invalid: 'no interval (counts inconsistent)',
};

const JUDGEMENT: Record<Judgement, string> = {
  higher: 'significantly higher',
  lower: 'significantly lower',
  better: 'significantly better',
  worse: 'significantly worse',
  similar: 'similar',
  'not-assessable': 'cannot be assessed',
};

export const enIntervals: TextsOf<typeof deIntervals> = {
  /** "95% CI" */
  ci: (level) => `${PERCENT[level]}% CI`,
  levelName: (level) => `${PERCENT[level]}%`,
  /** a funnel plot's limit: "95% limit" */
  limit: (level) => `${PERCENT[level]}% limit`,
  /** "(95% CI 10.1–15.0)", the bounds already formatted */
  range: (level, lower, upper) => `(${PERCENT[level]}% CI ${lower}–${upper})`,
  none: (reason) => NO_INTERVAL[reason],
  unsure: 'unreliable (small base)',
  /** the table's interval columns: short on screen ("to"), whole in a CSV */
  lowerHeader: (level) => `${PERCENT[level]}% CI from`,
  upperHeader: (level, long) => (long ? `${PERCENT[level]}% CI to` : 'to'),
  reliabilityHeader: 'Reliability',
  /** "significantly higher than the district value (95%)" */
  judgement: (j) => JUDGEMENT[j],
  /** the same without "significantly", for narrow columns whose head says it ("higher", "worse") */
  judgementShort: (j) => JUDGEMENT[j].replace(/^significantly /, ''),
  /** the head's note of such a column */
  significantAt: (level) => `significant at ${PERCENT[level]}%`,
  versusKreis: (j, level) =>
    j === 'not-assessable'
      ? 'Comparison with district value: cannot be assessed'
      : j === 'similar'
        ? `similar to the district value (the ${PERCENT[level]}% CI contains it)`
        : `${JUDGEMENT[j]} than the district value (${PERCENT[level]}%)`,
  /** beneath the significance map's groups, the district value already formatted */
  significanceNote: (level, kreis) =>
    kreis === null
      ? 'No district value: no area can be assessed.'
      : `District value ${kreis}. An area is significantly different when its ${PERCENT[level]}% confidence interval does not contain the district value.`,
  significanceNone: (reason) => `No area can be assessed: this indicator has no interval (${reason}).`,
  confidenceLevel: 'Confidence level',
  /** beneath a legend whose map fades unsure values */
  fadedNote: (n) => `Drawn faded: ${n === 1 ? '1 value' : `${n} values`} unreliable (small base).`,
  fadeUnsure: 'Draw unreliable values (small base) faded',
  /** "About the data": the row of an indicator, and the methods in plain words with an example */
  aboutRow: 'Confidence interval',
  aboutRowOf: (m, reason) =>
    m === 'none'
      ? `no interval${reason ? `: ${reason}` : ''}`
      : m === 'wilson'
        ? 'Wilson interval (share: the numerator is part of the denominator)'
        : 'Byar approximation, exact Poisson below 10 cases (rate: events per population)',
  aboutTitle: 'Showing small numbers honestly: confidence intervals',
  /** the examples as proportions (0…1): 3 of 6 in a grid cell, 13,223 of 74,400 in Troisdorf */
  aboutParagraphs: (small, large) => [
    `A value based on few people varies a lot by chance: if two families move in or out, a share jumps by many percentage points. The confidence interval (CI) gives the range in which the value would plausibly lie without this chance. An example: 6 people live in a grid cell, 3 of them are under 18 – ${pct(small.value)}. The 95% CI runs from ${pct(small.lower)} to ${pct(small.upper)}: the figure says almost nothing. Troisdorf, with 13,223 under-18s among 74,400 residents, has ${pct(large.value)} (95% CI ${pct(large.lower)}–${pct(large.upper)}): this value is robust.`,
    'Shares whose numerator is part of the denominator (such as under-18s per resident) get the Wilson interval; rates of events per population (such as unemployed people per 100 residents) get the Byar approximation, and the exact Poisson limits below 10 cases. Ratios of two different groups (such as the youth dependency ratio), means and amounts of money have no interval; the reason is given with the indicator.',
    '“Comparison with district value”: if an area’s interval does not contain the district value, the area is significantly higher or lower (where the indicator has a direction: better or worse), otherwise “similar”. At 95%, about one area in twenty stands out even without a real difference; the 99.8% setting is stricter (about one in five hundred).',
    'A value is called “unreliable (small base)” when its base is below 100 or its 95% CI is wider than 80% of the value (the catalogue can change these thresholds for each indicator). Such values stay visible; the map can draw them faded, and does so on the grid level from the start.',
    'The funnel plot shows each value against its base. The funnel lines are the 95% and 99.8% limits around the district value: the smaller the base, the wider the funnel. A point outside is exactly an area the map calls “significant”.',
  ],
  whiskerNote: (level) => `Error bars: ${PERCENT[level]}% confidence interval (CI) of the value.`,
  method: (m) => (m === 'wilson' ? 'Wilson interval (share)' : m === 'byar' ? 'Byar / exact Poisson (rate)' : 'no interval'),
};
