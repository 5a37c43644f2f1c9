// German texts of the map's own parts (circles, context, the grid level).

export const deMap = {
  /** the size legend's explanation: a circle's area, not its radius, is in proportion */
  circleNote: (unit: string) => (unit ? `Kreisfläche ∝ Anzahl (${unit})` : 'Kreisfläche ∝ Anzahl'),
  /** the same in print, whose PDF fonts lack ∝ */
  circleNoteWords: (unit: string) => `Kreisfläche proportional zur Anzahl${unit ? ` (${unit})` : ''}`,
  circleLegend: 'Größe der Kreise',
  circleAreas: 'Gebiete ohne Kreis: keine Angabe',
  rhine: 'Rhein',
  rasterLevel: 'Rasterzellen (1 km², Zensus 2011)',
  rasterScope: (focus: string | null) => (focus ? `Rasterzellen (1 km²) in ${focus}` : 'Rasterzellen (1 km²) im Kreis'),
  rasterRankScope: (focus: string | null) => (focus ? `Rasterzellen in ${focus}` : 'Rasterzellen im Kreis'),
  rasterMean: 'Mittel der Rasterzellen',
  rasterCrumb: 'Rasterzellen',
  gridDrill: (gemeinde: string) => `Rasterzellen von ${gemeinde} zeigen`,
  gridLoading: 'Rasterzellen (Zensus 2011) werden geladen …',
  gridFailed: 'Die Rasterzellen konnten nicht geladen werden.',
  /** said on the map while the 2D renderer stands in for WebGL */
  simplified: 'Vereinfachte Kartendarstellung',
  noContext: 'Kein 2D-Zeichenkontext verfügbar.',
} as const;
