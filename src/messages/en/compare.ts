// English texts of the time chart and the comparison table.
import type { deCompare } from '../de/compare';
import type { TextsOf } from '../texts-of';

export const enCompare: TextsOf<typeof deCompare> = {
  chartOneYear: 'Only one year available',
  chartSummary: (indicator, lines, from, to) => `Line chart ${indicator}, ${from} to ${to}: ${lines.join('; ')}`,
  chartNoValue: (label) => `${label}: no values`,
  chartPoint: (label, year, value) => `${label} ${year}: ${value}`,
  chartTable: 'Values as a table',
  chartTableCaption: (indicator, unit) => (unit ? `${indicator} (${unit})` : indicator),
  chartYear: 'Year',
  chartMarker: (year) => `Map shows ${year}`,
  compareCaption: (indicator) => `Comparison: ${indicator}`,
  compareRemove: (name) => `Comparison: remove ${name}`,
  compareValue: 'Value',
  compareRank: 'Rank',
  compareRankNote: '1 = highest value of the level',
  compareRankOf: (rank, of) => `${rank} of ${of}`,
  /** the level under each pinned name: a rank counts among the areas of that level */
  compareLevel: { kreis: 'District', gemeinde: 'Municipality', sozialraum: 'Social area', raster: 'Grid cell' },
  compareToKreis: 'Difference from district',
  compareSignificance: 'Comparison with district value',
  compareToParent: 'Difference from municipality',
  compareParent: (name) => `vs ${name}`,
  compareNotApplicable: 'n/a',
  /** short sample mark for a narrow column; the full note stands below the table */
  compareSample: 'Sample',
};
