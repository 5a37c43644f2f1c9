// English texts of the print dialog's own choices (the rest of its texts are in ./app.ts).
import type { dePrintDialog } from '../de/print-dialog';
import type { TextsOf } from '../texts-of';

export const enPrintDialog: TextsOf<typeof dePrintDialog> = {
  onSheet: 'Also on the sheet',
  blocks: {
    table: 'Data table of the areas shown (continued on further pages if needed)',
    chart: 'Time series of the chosen area',
    comparison: 'Comparison of the kept areas',
    scatter: 'Scatter plot with the analysis’s second indicator',
    ranking: 'Ranking of the areas shown',
    funnel: 'Funnel plot (value against base, limits around the district value)',
    profile: 'Area profile of the chosen area (its own A4 pages, PDF only)',
    contributions: 'Contributions: results of the workshop (their own A4 pages, PDF only)',
  },
  noInterval: 'no confidence interval for this indicator',
  noSecond: 'no second indicator chosen: Analysis › Scatter plot',
  outline: 'Outline of the chosen area on the map',
  noSelection: 'no area chosen',
  noYears: 'only one year',
  noPins: 'no areas kept',
  series: 'Map series: several indicators, one sheet each (PDF only)',
  seriesLegend: 'Indicators of the series',
  seriesCount: (n) => (n > 1 ? `${n} sheets` : 'one sheet'),
};
