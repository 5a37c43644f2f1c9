// German texts of the print dialog's own choices (the rest of its texts are in ./app.ts).

export const dePrintDialog = {
  onSheet: 'Außerdem auf dem Blatt',
  blocks: {
    table: 'Datentabelle der gezeigten Gebiete (weiter auf Folgeseiten, wenn nötig)',
    chart: 'Zeitverlauf des gewählten Gebiets',
    comparison: 'Vergleich der gemerkten Gebiete',
    scatter: 'Streudiagramm mit dem zweiten Indikator der Analyse',
    ranking: 'Rangfolge der gezeigten Gebiete',
    funnel: 'Trichterdiagramm (Wert gegen Basis, Grenzen um den Kreiswert)',
    profile: 'Gebietsprofil des gewählten Gebiets (eigene A4-Seiten, nur PDF)',
    contributions: 'Beiträge: Ergebnisse des Workshops (eigene A4-Seiten, nur PDF)',
  },
  noInterval: 'kein Konfidenzintervall für diesen Indikator',
  noSecond: 'kein zweiter Indikator gewählt: Analyse › Streudiagramm',
  outline: 'Umriss des gewählten Gebiets auf der Karte',
  noSelection: 'kein Gebiet gewählt',
  noYears: 'nur ein Jahr',
  noPins: 'keine Gebiete gemerkt',
  series: 'Kartenmappe: mehrere Indikatoren, je ein Blatt (nur PDF)',
  seriesLegend: 'Indikatoren der Mappe',
  seriesCount: (n: number) => (n > 1 ? `${n} Blätter` : 'ein Blatt'),
} as const;
