// English texts of the table view.
import type { Level } from '../../domain/types';
import type { table as german } from '../de/table';
import { enIntervals } from './intervals';
import type { TextsOf } from '../texts-of';

const withUnit = (label: string, unit: string) => (unit ? `${label} (${unit})` : label);
const AREA: Record<Level, string> = { kreis: 'District', gemeinde: 'Municipality', sozialraum: 'Social area', raster: 'Grid cell' };
const AREAS: Record<Level, string> = { kreis: 'District', gemeinde: 'Municipalities', sozialraum: 'Social areas', raster: 'Grid cells' };

export const table: TextsOf<typeof german> = {
  caption: (p) => [p.measure.label, p.year, AREAS[p.level]].filter((x) => x !== null).join(' · '),
  sortHint: 'The column headings sort the table.',
  /** the header as shown and as written into the CSV: with the unit, so a number is never bare */
  header: (key, p, long = false) => {
    switch (key) {
      case 'name':
        return AREA[p.level];
      case 'parent':
        return AREA.gemeinde;
      // The caption names the indicator; the headers stay short so that every column fits.
      // A CSV stands alone and says it all (long).
      case 'value':
        if (long) return withUnit(p.measure.label, p.measure.unit);
        return withUnit(p.measure.signed ? (p.display === 'change' ? 'Change' : 'Difference') : 'Value', p.measure.unit);
      case 'own':
        return withUnit([long ? p.indicator.label : 'Value', p.year].filter((x) => x !== null).join(' '), p.indicator.unit);
      case 'class':
        return 'Class';
      case 'rank':
        return 'Rank';
      case 'lower':
        return withUnit(enIntervals.lowerHeader(p.intervals?.level ?? 0.95), long ? p.indicator.unit : '');
      case 'upper':
        return withUnit(enIntervals.upperHeader(p.intervals?.level ?? 0.95, long), long ? p.indicator.unit : '');
      case 'unsure':
        return enIntervals.reliabilityHeader;
    }
  },
  sorted: (column, direction) => `Sorted by ${column}, ${direction === 'ascending' ? 'ascending' : 'descending'}`,
  selectHint: 'Select on the map',
  noClass: 'no class',
  noRank: 'no rank',
  rankNote: 'Rank 1 = highest value; equal values share a rank.',
  download: 'Download as CSV',
  csvNote: 'Separated by semicolons, with a decimal comma (as German spreadsheets expect); “.” = suppressed, empty field = no data.',
  /** the note column of a CSV with sample data (see tableCsv) */
  csvSample: { header: 'note', text: 'Sample data' },
  scrollLabel: (caption) => `Table: ${caption}`,
  kreisRow: 'District value',
};
