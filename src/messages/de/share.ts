// The share dialog's choices and preview (the dialog's other words are in app.ts).
export const deShare = {
  choices: 'Was eingebettet wird',
  width: 'Breite',
  widthResponsive: 'so breit wie die Spalte der Seite (100 %)',
  widthFixed: 'fest, in Pixeln',
  widthPx: 'Breite in Pixeln',
  height: 'Höhe in Pixeln',
  controls: 'Bedienelemente',
  controlsOption: { full: 'alle (Werkbank)', minimal: 'wenige (Suche, Tabelle, Teilen)', none: 'keine (nur Karte, Legende und Gebietskarte)' },
  controlsDefault: 'wie die Einbettung es vorgibt',
  start: 'Beginnt mit',
  startOption: { view: 'dieser Ansicht', overview: 'dem Indikator für den ganzen Kreis' },
  language: 'Sprache',
  /** each language named in itself, as a language menu does */
  languageOption: { de: 'Deutsch', en: 'English' },
  preview: 'Vorschau',
  previewNote: (width: number, height: number, percent: number) =>
    `So sieht die Einbettung in ${width} × ${height} Pixeln aus${percent < 100 ? `, hier auf ${percent} % verkleinert` : ''}.`,
  previewTitle: 'Vorschau der Einbettung',
  componentWidth: 'Die Breite der Web-Komponente bestimmt der Bereich der Seite, in dem sie steht.',
  sizeRange: (min: number, max: number) => `Zwischen ${min} und ${max} Pixeln.`,
} as const;
