// German texts of the table view.
import type { SortDirection } from '../../domain/table-rows';
import type { Level } from '../../domain/types';
import type { HeaderSource } from '../../state/table-header';

const AREA: Record<Level, string> = { kreis: 'Kreis', gemeinde: 'Gemeinde', sozialraum: 'Sozialraum', raster: 'Rasterzelle' };
const AREAS: Record<Level, string> = { kreis: 'Kreis', gemeinde: 'Gemeinden', sozialraum: 'Sozialräume', raster: 'Rasterzellen' };

export const table = {
  caption: (p: HeaderSource) => [p.measure.label, p.year, AREAS[p.level]].filter((x) => x !== null).join(' · '),
  sortHint: 'Die Spaltenköpfe sortieren die Tabelle.',
  /** the words of the column headers (state/table-header.ts puts them together) */
  area: AREA,
  columns: { value: 'Wert', change: 'Veränderung', deviation: 'Abweichung', class: 'Klasse', rank: 'Rang' },
  sorted: (column: string, direction: SortDirection) =>
    `Sortiert nach ${column}, ${direction === 'ascending' ? 'aufsteigend' : 'absteigend'}`,
  selectHint: 'Auf der Karte auswählen',
  noClass: 'keine Klasse',
  noRank: 'kein Rang',
  rankNote: 'Rang 1 = höchster Wert; gleiche Werte teilen sich einen Rang.',
  download: 'Als CSV herunterladen',
  csvNote: 'Semikolon-getrennt, Dezimalkomma; „.“ = geheim / unterdrückt, leeres Feld = keine Angabe.',
  /** the note column of a CSV with sample data (see tableCsv) */
  csvSample: { header: 'hinweis', text: 'Beispieldaten' },
  scrollLabel: (caption: string) => `Tabelle: ${caption}`,
  kreisRow: 'Kreiswert',
} as const;
