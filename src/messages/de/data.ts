// German texts of the loader's own findings (files, catalog, boundaries, grid, references) and of
// the marks data puts on what it derives (estimates, own data). The findings have no code yet: each
// is grouped by its text in the problem list, as before.

export const deData = {
  fileHttp: (status: number) => `Datei nicht ladbar (HTTP ${status}).`,
  notJson: (reason: string) => `Kein gültiges JSON: ${reason}`,
  layerMissing: (name: string) => `Ebene „${name}“ fehlt in der TopoJSON-Datei.`,
  areaWithoutId: (level: string) => `Ein Gebiet der Ebene „${level}“ hat keinen Schlüssel „id“.`,
  keyTwice: (id: string) => `Schlüssel „${id}“ kommt mehrfach vor.`,
  areaWithoutName: (level: string, id: string) => `${level} „${id}“ hat keinen Namen.`,
  levelGemeinde: 'Gemeinde',
  levelSozialraum: 'Sozialraum',
  parentUnknown: (id: string, parent: string) => `Sozialraum „${id}“ nennt die unbekannte Gemeinde „${parent}“ als übergeordnetes Gebiet.`,
  parentMissing: (id: string | undefined) => `Sozialraum „${id}“ hat kein übergeordnetes Gebiet („parent“).`,
  catalog: {
    levelUnknown: (level: string, allowed: string) => `Unbekannte Ebene „${level}“ (erlaubt: ${allowed}).`,
    formula: 'Feld „formula“ braucht „numerator“ und „denominator“ (Spaltennamen) und „factor“ (Zahl).',
    indicatorTwice: (id: string) => `Indikator „${id}“ ist doppelt definiert.`,
    kindUnknown: (kind: string, allowed: string) => `Unbekannte Art „${kind}“ (erlaubt: ${allowed}).`,
    directionUnknown: (direction: string) => `Unbekannte Richtung „${direction}“.`,
    displayUnknown: (display: string, allowed: string) => `Unbekannte Darstellung „${display}“ (erlaubt: ${allowed}).`,
    sampleMissing: 'Feld „sample“ (true/false) fehlt: jede Zahl muss sagen, ob sie echt ist.',
    tableUnlisted: (table: string) => `Tabelle „${table}“ steht nicht unter „tables“.`,
    notObject: 'Der Katalog ist kein JSON-Objekt.',
    fieldMissing: (field: string) => `Feld „${field}“ fehlt oder ist leer.`,
    denominatorUnknown: (id: string) => `Bezugsgröße „${id}“ ist kein Indikator.`,
    fieldAbsent: (field: string) => `Feld „${field}“ fehlt.`,
    noIndicator: 'Der Katalog enthält keinen verwendbaren Indikator.',
  },
  /** the `interval` field of an indicator (data/catalog-interval.ts) */
  interval: {
    undeclared: 'Indikator mit Formel, aber ohne „interval“: Methode des Konfidenzintervalls angeben (wilson, byar oder none mit Begründung).',
    methodUnknown: (method: string, allowed: string) => `Unbekannte Intervall-Methode „${method}“ (erlaubt: ${allowed}).`,
    misfit: (method: string, kind: string) => `Intervall-Methode „${method}“ passt nicht zur Art „${kind}“ (wilson für Anteile, byar für Raten, sonst none).`,
    reasonMissing: 'Intervall „none“ braucht eine Begründung („reason“).',
    noCounts: (method: string) => `Intervall „${method}“ ohne Zähldaten: weder „formula“ noch „base“ (Indikator der Basis) angegeben.`,
    factorMissing: 'Intervall mit „base“ braucht „factor“ (100 für %, 1000 für „je 1.000“).',
    baseUnknown: (id: string) => `Basis „${id}“ des Intervalls ist kein Indikator.`,
    threshold: (field: string) => `„${field}“ muss eine positive Zahl sein.`,
  },
  riverHttp: (status: number) => `Rhein nicht ladbar (HTTP ${status}); die Karte zeigt ihn nicht.`,
  riverUnreadable: (reason: string) => `Rhein nicht lesbar (${reason}); die Karte zeigt ihn nicht.`,
  riversCredit: 'Gewässer: Made with Natural Earth (gemeinfrei)',
  noGrid: 'Der Katalog beschreibt kein Raster („grid“).',
  cellWithoutId: 'Eine Rasterzelle hat keinen Schlüssel „id“.',
  cellParentUnknown: (id: string) => `Rasterzelle „${id}“ nennt keine bekannte Gemeinde als „parent“.`,
  referenceHeader: (header: string) => `Kopfzeile muss „${header}“ lauten.`,
  referenceRow: 'Zeile nicht lesbar (Tabelle, Spalte, Ebene nrw/bund, Jahr, Wert).',

  estimateMark: 'geschätzt aus dem Zensus-2011-Gitter',
  noEstimate: (reason: string) => `Keine Schätzung aus dem Zensus-2011-Gitter: ${reason}`,
  estimateMethod:
    'Flächengewichtet aus dem Zensus-2011-Gitter (1 km): Einwohner anteilig nach der Fläche jeder Zelle im Gebiet, Anteile und Mittelwerte mit diesen Einwohnern gewichtet',
  /** own data read in the browser: what the catalog and the about view say of it */
  ownSource: (file: string) => `Eigene Daten: ${file}`,
  ownSozialraeume: (file: string) => `Sozialräume: eigene Daten (${file})`,
  ownNote: 'Im Browser geladen, nicht veröffentlicht und nicht geprüft.',
  ownTopic: 'Eigene Daten',
  noYear: 'ohne Jahresangabe',
  /** the catalog's title when it names none */
  atlasTitle: 'Sozialatlas',
  /** a column without a header, counted from 1; a value column named by its table's title alone */
  column: (n: number) => `Spalte ${n}`,
  value: 'Wert',
  noSheets: 'keine Tabellenblätter',
  firstLayer: 'das erste',
  object: (n: number) => `Objekt ${n}`,
  sozialraumObject: (id: string, n: number) => `Sozialraum „${id}“ (Objekt ${n})`,
} as const;
