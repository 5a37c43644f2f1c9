// German texts of the time chart and the comparison table.
import type { Level } from '../../domain/types';

export const deCompare = {
  chartOneYear: 'Nur ein Jahr vorhanden',
  chartSummary: (indicator: string, lines: string[], from: number, to: number) =>
    `Liniendiagramm ${indicator}, ${from} bis ${to}: ${lines.join('; ')}`,
  chartNoValue: (label: string) => `${label}: keine Werte`,
  chartPoint: (label: string, year: number, value: string) => `${label} ${year}: ${value}`,
  chartTable: 'Werte als Tabelle',
  chartTableCaption: (indicator: string, unit: string) => (unit ? `${indicator} (${unit})` : indicator),
  chartYear: 'Jahr',
  chartMarker: (year: number) => `Karte zeigt ${year}`,
  compareCaption: (indicator: string) => `Vergleich: ${indicator}`,
  compareRemove: (name: string) => `Vergleich: ${name} entfernen`,
  compareValue: 'Wert',
  compareRank: 'Rang',
  compareRankNote: '1 = höchster Wert der Ebene',
  compareRankOf: (rank: number, of: number) => `${rank} von ${of}`,
  /** the level under each pinned name: a rank counts among the areas of that level */
  compareLevel: { kreis: 'Kreis', gemeinde: 'Gemeinde', sozialraum: 'Sozialraum', raster: 'Rasterzelle' } satisfies Record<Level, string>,
  compareToKreis: 'Abweichung vom Kreis',
  compareSignificance: 'Vergleich mit dem Kreiswert',
  compareToParent: 'Abweichung von der Gemeinde',
  compareParent: (name: string) => `ggü. ${name}`,
  compareNotApplicable: 'entfällt',
  /** short sample mark for a narrow column; the full note stands below the table */
  compareSample: 'Beispiel',
} as const;
