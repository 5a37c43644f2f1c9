// German texts of "Der Kreis im Vergleich": the Kreis series beside NRW and Deutschland (issue 27).
export const deKreisSeries = {
  title: 'Der Kreis im Vergleich',
  intro: (kreis: string) =>
    `Zahlen für den ${kreis} als Ganzes, neben Nordrhein-Westfalen und Deutschland. Für die Gemeinden gibt es sie nicht in derselben Abgrenzung; darum sind sie keine Karte, sondern Zeitreihen des Kreises.`,
  /** the card's button that opens the section */
  open: 'Der Kreis im Vergleich',
  openHint: 'Zeitreihen des Kreises neben NRW und Deutschland',
  related: (indicator: string) => `Passend zu „${indicator}“`,
  others: 'Weitere Reihen des Kreises',
  /** the heading when none is related to the indicator shown (the series' headings stay one level below) */
  all: 'Reihen des Kreises',
  loading: 'Kreisreihen werden geladen …',
  failed: (reason: string) => `Kreisreihen nicht ladbar: ${reason}`,
  scopes: { kreis: 'Kreis', nrw: 'NRW', bund: 'Deutschland' },
  /** the latest year in one line: "2022: Kreis 4,15 · NRW 6,25 · Deutschland 6,9" */
  latest: (year: number, parts: string[]) => `${year}: ${parts.join(' · ')}`,
  noSource: 'nicht in der Quelle',
  years: (from: number, to: number, n: number) => (from === to ? `${from}` : `${from}–${to} (${n} Jahre)`),
  definition: 'Definition',
  unit: 'Einheit',
  source: 'Quelle',
  code: 'Kennziffer',
  license: 'Lizenz',
  vintage: 'Jahre',
  note: 'Hinweis',
} as const;

/** What the reader of the Kreis series finds wrong (data/kreis-series.ts; with file, line and key). */
export const deKreisSeriesProblems = {
  noList: 'Keine Liste „series“ der Kreisreihen.',
  noTable: 'Die Beschreibung der Kreisreihen nennt keine Tabelle („table“).',
  field: (n: number, fields: string) => `Reihe ${n}: Angabe fehlt (${fields}).`,
  duplicate: 'Reihe doppelt beschrieben.',
  unknown: 'Reihe in der Beschreibung nicht genannt.',
  row: 'Zeile nicht lesbar (Reihe, Ebene kreis/nrw/bund, Jahr, Wert).',
  twice: (scope: string, year: number) => `Wert für ${scope} ${year} doppelt.`,
  noKreis: 'Die Reihe hat keinen Wert für den Kreis.',
  header: (header: string) => `Kopfzeile muss „${header}“ lauten.`,
  overlayNoSeries: 'Die Übersetzung der Kreisreihen hat kein Objekt „series“ (Kennung → Texte).',
  overlayNotText: (field: string) => `Feld „${field}“ muss ein nicht leerer Text sein.`,
  overlayFieldUnknown: (field: string) => `Unbekanntes Feld „${field}“ (übersetzt werden nur Texte, die der Abschnitt zeigt).`,
  overlaySeriesMissing: (id: string) => `Reihe „${id}“ hat keinen Eintrag in der Übersetzung.`,
  overlayFieldMissing: (id: string, field: string) => `Reihe „${id}“: Übersetzung von „${field}“ fehlt.`,
  overlaySeriesUnknown: (id: string) => `„${id}“ ist keine Reihe der Beschreibung (Tippfehler in der Kennung?).`,
  overlayTopic: (text: string, topic: string) => `Thema „${text}“ weicht von der Übersetzung des Katalogs ab („${topic}“).`,
  overlayFileMissing: (file: string) => `Keine Übersetzung der Kreisreihen (${file}): sie bleiben deutsch.`,
} as const;
