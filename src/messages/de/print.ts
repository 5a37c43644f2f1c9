// German texts only print writes: sheet notes and credits, the profile pages, figure notes, the
// export's own failures and file name.

export const dePrint = {
  /** beneath the printed funnel plot, the Kreis value already formatted */
  funnelKey: (kreis: string) => `Gestrichelt: Kreiswert ${kreis}; durchgezogen: 95-%-Grenze; gepunktet: 99,8-%-Grenze.`,
  /** on every sheet that shows generated Sozialräume: neither their borders nor their figures are real */
  sampleGeometry: 'Beispieldaten – keine amtlichen Grenzen und Zahlen',
  /** sample figures on official boundaries */
  sampleFigures: 'Beispieldaten – keine amtlichen Zahlen',
  years: (base: number, year: number) => `${base} und ${year}`,
  sozialraumGeometry: 'Geometrie Sozialräume',
  gridGeometry: 'Rasterzellen 1 km²',
  indexExcluded: (names: string[]) => `Ohne Indexwert (eine Komponente fehlt, nicht geschätzt): ${names.join(', ')}`,
  /** the 3×3 key in words: what the columns and rows are, and how many areas each cell holds */
  bivariateAxis: (label: string, cuts: readonly string[]) => `${label} in Terzilen bei ${cuts.join(' und ')}`,
  bivariateKey: (x: string, y: string, counts: readonly number[]) => `Bivariate Legende, neun Felder: Spalten ${x}, Zeilen ${y}; Gebiete je Feld: ${counts.join(', ')}.`,
  omitted: (n: number) => (n === 1 ? '1 Gebietsname aus Platzgründen nicht gezeigt' : `${n} Gebietsnamen aus Platzgründen nicht gezeigt`),
  layoutFailed: 'Blatt konnte nicht gesetzt werden.',
  noSheet: 'Kein Blatt gewählt.',
  seriesTitle: (titles: readonly string[]) => `Kartenmappe: ${titles.join(' · ')}`,
  /** the file name's words (ASCII): series, portrait, landscape */
  fileSeries: 'kartenmappe',
  filePortrait: 'hoch',
  fileLandscape: 'quer',
  fontFailed: (status: number) => `Schrift nicht geladen (${status}).`,
  pngFailed: 'PNG konnte nicht erzeugt werden.',
  creator: 'Sozialatlas Rhein-Sieg-Kreis',
  producer: 'Sozialatlas Rhein-Sieg-Kreis (PDFKit)',
  /** a block or page that goes on overleaf */
  continued: (title: string) => `${title} (Fortsetzung)`,
  continuedMark: '(Fortsetzung)',
  summaryTitle: 'Auf einen Blick',
  created: (date: string) => `Erstellt am ${date}`,
  timeLine: (name: string) => `Zeitverlauf: ${name}`,
  comparisonArea: 'Gebiet',
  comparisonDeviation: 'Abw. Kreis',
  rankingReference: 'Kreiswert gestrichelt',
  rankingLeft: (n: number) => `${n} weitere Gebiete mit niedrigeren Werten nicht gezeigt`,
  profile: {
    head: { indicator: 'Indikator', value: 'Wert', kreis: 'Kreis', parent: 'Gemeinde', rank: 'Rang', range: 'Lage', trend: 'Entwicklung' },
    title: (name: string) => `Gebietsprofil: ${name}`,
    within: (level: string, parent: string | null, kreis: string) => (parent ? `${level} in ${parent}, ${kreis}` : `${level} im ${kreis}`),
    intro: (within: string) => `${within}. Alle Indikatoren der Ebene, jeweils neuester Jahrgang.`,
    legend:
      'Lage: Punkt = Wert des Gebiets zwischen niedrigstem und höchstem Wert aller Gebiete der Ebene, Strich = Kreiswert, Balken = 95-%-Konfidenzintervall des Werts. Entwicklung: Veränderung seit dem genannten Jahr. Rang 1 = höchster Wert. k. A. = keine Angabe, geh. = geheim / unterdrückt.',
    sampleSource: 'Beispieldaten (erfunden), keine amtliche Quelle',
    source: (source: string, license: string, vintage: string) => `${source} (${license}; Stand ${vintage})`,
    continued: (name: string) => `Gebietsprofil: ${name} (Fortsetzung)`,
    suppressedShort: 'geh.',
    missingShort: 'k. A.',
    sampleMark: ' [Beispieldaten]',
    sources: 'Quellen',
    footer: (created: string, page: number, pages: number) => `Erstellt am ${created}${pages > 1 ? ` · Seite ${page} von ${pages}` : ''}`,
  },
} as const;
