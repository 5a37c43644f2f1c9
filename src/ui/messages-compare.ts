// German texts of the time chart and the comparison table. Kept apart only while messages.ts is
// being edited elsewhere; to be folded into `de` in messages.ts.
export const deCompare = {
  chartOneYear: 'Nur ein Jahr vorhanden',
  chartTitle: 'Zeitverlauf',
  chartSummary: (indicator: string, lines: string[], from: number, to: number) =>
    `Liniendiagramm ${indicator}, ${from} bis ${to}: ${lines.join('; ')}`,
  chartNoValue: (label: string) => `${label}: keine Werte`,
  chartPoint: (label: string, year: number, value: string) => `${label} ${year}: ${value}`,
  chartTable: 'Werte als Tabelle',
  chartTableCaption: (indicator: string, unit: string) => (unit ? `${indicator} (${unit})` : indicator),
  chartYear: 'Jahr',
  chartMarker: (year: number) => `Karte zeigt ${year}`,
  compareCaption: (indicator: string, year: number | null) => `Vergleich: ${indicator}${year === null ? '' : ` (${year})`}`,
  compareRemove: (name: string) => `Vergleich: ${name} entfernen`,
  compareValue: 'Wert',
  compareRank: 'Rang',
  compareRankOf: (rank: number, of: number) => `${rank} von ${of}`,
  compareToKreis: 'Abweichung vom Kreis',
  compareToParent: 'Abweichung von der Gemeinde',
  compareParent: (name: string) => `ggü. ${name}`,
  compareNotApplicable: '–',
  compareNotApplicableLong: 'entfällt',
  percentagePoints: 'Prozentpunkte',
} as const;
