// German texts of the problems, by code (the codes and parameters are data's: src/data/problem-messages.ts).
type Text<P extends Readonly<Record<string, string | number>>> = (p: P) => string;

/**
 * German text of every problem the built-in loader reports (and the import, which reads the same
 * way), by code. The import's own kinds are in import/problem-texts.ts, loaded with the import only,
 * so that the start bundle carries just these.
 */
export const tableTextsDe = {
  'file.empty': () => 'Die Datei ist leer.',
  'table.unclosedQuote': (p: { line: number }) =>
    `Ein Anführungszeichen in Zeile ${p.line} wird nie geschlossen; der Rest der Datei wird als ein einziges Feld gelesen.`,
  'table.fieldCount': (p: { fields: number; expected: number; separator: string }) =>
    `Zeile hat ${p.fields} Felder, die Kopfzeile ${p.expected}; Trennzeichen „${p.separator}“.`,
  'column.missing': (p: { column: string }) => `Spalte „${p.column}“ fehlt in der Kopfzeile.`,
  'column.keyMissing': (p: { column: string }) => `Schlüsselspalte „${p.column}“ fehlt in der Kopfzeile.`,
  'column.yearMissing': (p: { column: string }) => `Jahresspalte „${p.column}“ fehlt in der Kopfzeile.`,
  'row.keyEmpty': () => 'Schlüssel fehlt; die Zeile wird nicht zugeordnet.',
  'row.keyUnknown': (p: { key: string }) => `Unbekannter Schlüssel „${p.key}“; die Zeile wird nicht zugeordnet.`,
  'row.yearEmpty': () => 'Jahr fehlt; die Zeile wird nicht zugeordnet.',
  'row.yearInvalid': (p: { year: string }) => `„${p.year}“ ist kein Jahr (vierstellig erwartet); die Zeile wird nicht zugeordnet.`,
  'row.duplicate': (p: { key: string; first: number }) => `Doppelter Schlüssel „${p.key}“ (schon in Zeile ${p.first}); diese Zeile wird ignoriert.`,
  'row.duplicateYear': (p: { key: string; year: number; first: number }) =>
    `Doppelter Schlüssel „${p.key}“ für ${p.year} (schon in Zeile ${p.first}); diese Zeile wird ignoriert.`,
  'cell.notNumber': (p: { text: string }) => `„${p.text}“ ist keine Zahl; der Wert wird als „keine Angabe“ gezeigt.`,
  'area.noRow': (p: { key: string }) => `Für Gebiet „${p.key}“ enthält die Tabelle keine Zeile; es wird als „keine Angabe“ gezeigt.`,
  'area.missingYears': (p: { key: string; years: string }) => `Für Gebiet „${p.key}“ fehlen die Jahre ${p.years}; dort wird es als „keine Angabe“ gezeigt.`,
} satisfies Record<string, Text<never>>;


/** Title of a group in the problem list: what kind of problem, shared by all its members. */
export const groupTitlesDe: Readonly<Record<string, string>> = {
  'row.keyUnknown': 'Unbekannte Schlüssel',
  'row.keyEmpty': 'Zeilen ohne Schlüssel',
  'row.nameAmbiguous': 'Mehrdeutige Namen',
  'row.duplicate': 'Doppelte Schlüssel',
  'row.duplicateYear': 'Doppelte Schlüssel',
  'row.duplicateValue': 'Doppelte Werte',
  'row.yearInvalid': 'Ungültige Jahre',
  'row.yearEmpty': 'Zeilen ohne Jahr',
  'cell.notNumber': 'Keine Zahl',
  'area.noRow': 'Gebiete ohne Zeile',
  'area.missingYears': 'Gebiete mit fehlenden Jahren',
  'table.fieldCount': 'Falsche Feldanzahl',
  'geo.ringOpen': 'Offene Ringe',
  'geo.ringShort': 'Ringe mit weniger als 4 Positionen',
  'geo.selfIntersection': 'Selbstüberschneidungen',
  'geo.zeroArea': 'Flächen ohne Inhalt',
  'geo.outside': 'Außerhalb des Kreises',
  'geo.overlap': 'Überlappende Sozialräume',
  'geo.parentByOverlap': 'Gemeinde nach Überdeckung bestimmt',
  // a catalog translation's problems (src/data/catalog-language.ts)
  'overlay.fieldMissing': 'Fehlende Übersetzungen',
  'overlay.indicatorMissing': 'Indikatoren ohne Übersetzung',
  'overlay.indicatorUnknown': 'Übersetzungen unbekannter Indikatoren',
  'overlay.topicMissing': 'Themen ohne Übersetzung',
  'overlay.fieldUnknown': 'Unbekannte Felder der Übersetzung',
  'overlay.notText': 'Übersetzungen, die kein Text sind',
  'overlay.topicTwice': 'Themen mit gleicher Übersetzung',
  'overlay.topicUnknown': 'Übersetzte Themen, die der Katalog nicht hat',
  'overlay.fileMissing': 'Katalog ohne englische Übersetzung',
};

