// German texts of the table view.
import type { ColumnKey, SortDirection } from '../../domain/table-rows';
import type { Level } from '../../domain/types';
import type { ConfidenceLevel } from '../../domain/intervals';
import { deIntervals } from './intervals';

/** What a column header needs to know of the plan. */
export interface HeaderSource {
  level: Level;
  year: number | null;
  indicator: { label: string; unit: string };
  measure: { label: string; unit: string; signed: boolean };
  display: 'value' | 'change' | 'deviation';
  intervals?: { level: ConfidenceLevel };
}

const withUnit = (label: string, unit: string) => (unit ? `${label} (${unit})` : label);
const AREA: Record<Level, string> = { kreis: 'Kreis', gemeinde: 'Gemeinde', sozialraum: 'Sozialraum', raster: 'Rasterzelle' };
const AREAS: Record<Level, string> = { kreis: 'Kreis', gemeinde: 'Gemeinden', sozialraum: 'Sozialräume', raster: 'Rasterzellen' };

export const table = {
  caption: (p: HeaderSource) => [p.measure.label, p.year, AREAS[p.level]].filter((x) => x !== null).join(' · '),
  sortHint: 'Die Spaltenköpfe sortieren die Tabelle.',
  /** the header as shown and as written into the CSV: with the unit, so a number is never bare */
  header: (key: ColumnKey, p: HeaderSource, long = false): string => {
    switch (key) {
      case 'name':
        return AREA[p.level];
      case 'parent':
        return AREA.gemeinde;
      // The caption names the indicator; the headers stay short so that every column fits.
      // A CSV stands alone and says it all (long).
      case 'value':
        if (long) return withUnit(p.measure.label, p.measure.unit);
        return withUnit(p.measure.signed ? (p.display === 'change' ? 'Veränderung' : 'Abweichung') : 'Wert', p.measure.unit);
      case 'own':
        return withUnit([long ? p.indicator.label : 'Wert', p.year].filter((x) => x !== null).join(' '), p.indicator.unit);
      case 'class':
        return 'Klasse';
      case 'rank':
        return 'Rang';
      case 'lower':
        return withUnit(deIntervals.lowerHeader(p.intervals?.level ?? 0.95), long ? p.indicator.unit : '');
      case 'upper':
        return withUnit(deIntervals.upperHeader(p.intervals?.level ?? 0.95, long), long ? p.indicator.unit : '');
      case 'unsure':
        return deIntervals.reliabilityHeader;
    }
  },
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
