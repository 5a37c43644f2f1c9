// German texts of the problems of a catalog translation (indicators/catalog.<lang>.json), by code
// (the codes and checks are data's: src/data/catalog-language.ts). Each names the field, the
// indicator or topic goes into the problem's key, so that one kind stays one group.

export const catalogLanguageProblemsDe = {
  'overlay.fileMissing': (p: { file: string }) => `Keine englische Übersetzung des Katalogs (${p.file}): in der englischen Ansicht bleiben Namen, Einheiten und Quellen der Indikatoren deutsch.`,
  'overlay.notObject': () => 'Die Übersetzung des Katalogs ist kein JSON-Objekt.',
  'overlay.notText': (p: { field: string }) => `Feld „${p.field}“ muss ein nicht leerer Text sein.`,
  'overlay.fieldUnknown': (p: { field: string }) => `Unbekanntes Feld „${p.field}“ (übersetzt werden nur Texte, die der Katalog zeigt).`,
  'overlay.fieldMissing': (p: { field: string }) => `Übersetzung von „${p.field}“ fehlt.`,
  'overlay.indicatorMissing': (p: { id: string }) => `Indikator „${p.id}“ hat keinen Eintrag in der Übersetzung.`,
  'overlay.indicatorUnknown': (p: { id: string }) => `„${p.id}“ ist kein Indikator des Katalogs (Tippfehler in der Kennung?).`,
  'overlay.topicMissing': (p: { topic: string }) => `Thema „${p.topic}“ ist nicht übersetzt.`,
  'overlay.topicUnknown': (p: { topic: string }) => `Thema „${p.topic}“ kommt im Katalog nicht vor.`,
  'overlay.topicTwice': (p: { text: string; topics: string }) => `Die Themen ${p.topics} haben dieselbe Übersetzung „${p.text}“; die Auswahl könnte sie nicht mehr trennen.`,
} satisfies Record<string, (p: never) => string>;
