// English texts of the table view.
import type { Level } from '../../domain/types';
import type { table as german } from '../de/table';
import type { TextsOf } from '../texts-of';

const AREA: Record<Level, string> = { kreis: 'District', gemeinde: 'Municipality', sozialraum: 'Social area', raster: 'Grid cell' };
const AREAS: Record<Level, string> = { kreis: 'District', gemeinde: 'Municipalities', sozialraum: 'Social areas', raster: 'Grid cells' };

export const table: TextsOf<typeof german> = {
  caption: (p) => [p.measure.label, p.year, AREAS[p.level]].filter((x) => x !== null).join(' · '),
  sortHint: 'The column headings sort the table.',
  /** the words of the column headers (state/table-header.ts puts them together) */
  area: AREA,
  columns: { value: 'Value', change: 'Change', deviation: 'Difference', class: 'Class', rank: 'Rank' },
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
