// English texts the plan writes into what it derives: the labels of differences and of the social
// index, the index's recipe, the source line of invented figures.
import type { dePlan } from '../de/plan';
import type { TextsOf } from '../texts-of';

export const enPlan: TextsOf<typeof dePlan> = {
  /** the unit of a difference of two per-100 values */
  percentagePoints: 'percentage points',
  /** Invented figures never cite an official source. */
  sampleSource: 'Sample data (invented), no official source',
  deviation: 'Difference from district value',
  /** the significance map's title */
  significance: (label) => `Comparison with district value: ${label}`,
  changeSince: (baseYear) => `Change since ${baseYear}`,
  deviationFromMean: 'Difference from the mean of the areas',
  indexLabel: 'Social index',
  /** "Child poverty (weight 2, higher = more need, 2023)" */
  recipePart: (label, weight, direction, year) =>
    `${label} (weight ${String(weight)}, ${direction === 'higher' ? 'higher' : 'lower'} = more need${year ? `, ${year}` : ''})`,
  recipe: (standardisation, parts) =>
    `Social index: weighted mean of the ${standardisation === 'z' ? 'z-scores' : 'rank scores (−1 to +1)'} of ${parts.join('; ')}`,
};
