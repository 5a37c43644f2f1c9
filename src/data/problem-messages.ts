// Problems are codes with parameters; this module holds their German texts, so that the checks in
// src/data stay free of wording and an English table can follow beside `de`. The grouping in the
// problem list and in check:data is by code, never by text.
import type { Problem } from '../domain/types';

type Params = Readonly<Record<string, string | number>>;
type Text<P extends Params> = (p: P) => string;

const list = (items: readonly string[]) => items.map((i) => `„${i}“`).join(', ');

/** German text of every problem the data layer reports, by code. */
export const problemTextsDe = {
  // files and text
  'file.empty': () => 'Die Datei ist leer.',
  'file.binary': (p: { file: string }) => `„${p.file}“ ist keine Textdatei (Binärdaten). Erwartet wird eine CSV-Datei, als UTF-8 gespeichert.`,
  'file.latin1': () =>
    'Die Datei ist nicht in UTF-8 gespeichert; sie wurde als Windows-1252 (Latin-1) gelesen. Bitte Umlaute prüfen, oder die Datei als UTF-8 speichern (Excel: „CSV UTF-8“).',
  'file.unreadable': (p: { reason: string }) => `Die Datei ist nicht lesbar: ${p.reason}`,
  'file.shapefilePart': (p: { file: string }) => `„${p.file}“ ist ein Teil eines Shapefiles: bitte .shp, .shx, .dbf und .prj zusammen als eine ZIP-Datei ablegen.`,
  'file.oldSpreadsheet': (p: { file: string }) => `„${p.file}“ ist eine Tabellenkalkulationsdatei in einem alten Format: bitte als .xlsx oder als „CSV UTF-8“ speichern.`,
  'file.unsupported': (p: { file: string }) =>
    `Dateityp von „${p.file}“ wird nicht unterstützt. Erwartet: Tabelle (.csv, .txt, .xlsx), Gebiete als GeoJSON (.geojson, .json), TopoJSON (.topojson) oder Shapefile als .zip.`,
  'file.oneGeometry': (p: { file: string; taken: string }) => `Nur eine Gebietsdatei auf einmal: „${p.file}“ wird nicht gelesen, „${p.taken}“ schon.`,
  'xlsx.unreadable': (p: { reason: string }) => `Die Excel-Datei ist nicht lesbar: ${p.reason}`,
  'xlsx.otherSheets': (p: { sheet: string; others: string }) => `Gelesen wird das Blatt „${p.sheet}“; weitere Blätter: ${p.others}.`,
  'xlsx.noSheet': (p: { sheet: string }) => `Die Arbeitsmappe hat kein Blatt „${p.sheet}“.`,

  // table layout
  'table.headerOnly': () => 'Die Tabelle hat nur eine Kopfzeile und keine Datenzeilen.',
  'table.unclosedQuote': (p: { line: number }) =>
    `Ein Anführungszeichen in Zeile ${p.line} wird nie geschlossen; der Rest der Datei wird als ein einziges Feld gelesen.`,
  'table.fieldCount': (p: { fields: number; expected: number; separator: string }) =>
    `Zeile hat ${p.fields} Felder, die Kopfzeile ${p.expected}; Trennzeichen „${p.separator}“.`,
  'table.noKeyColumn': () =>
    'Keine Schlüsselspalte gefunden: erwartet eine Spalte ags, ars, gemeinde, schluessel, schlüssel, id, gebiet, sozialraum oder eine Spalte mit Schlüsseln wie 05382056 (Gemeinde) bzw. 05382056-003 (Sozialraum) oder mit Gebietsnamen wie „Siegburg“.',
  'table.noKeyMatched': (p: { column: string }) =>
    `Keiner der Schlüssel in Spalte „${p.column}“ passt zu einem Gebiet des Atlas (Gemeinden wie 05382056, Sozialräume wie 05382056-003, oder ihre Namen); nichts wird übernommen.`,
  'table.noIndicator': () => 'Die Tabelle enthält keine Spalte mit Kennzahlen, nur Schlüssel, Jahr und Namen.',
  'table.footerRow': (p: { text: string }) => `Fußzeile „${p.text}“ nach den Daten: nicht als Gebiet gelesen.`,

  // columns
  'column.missing': (p: { column: string }) => `Spalte „${p.column}“ fehlt in der Kopfzeile.`,
  'column.keyMissing': (p: { column: string }) => `Schlüsselspalte „${p.column}“ fehlt in der Kopfzeile.`,
  'column.yearMissing': (p: { column: string }) => `Jahresspalte „${p.column}“ fehlt in der Kopfzeile.`,
  'column.noHeader': (p: { index: number }) => `Spalte ${p.index} hat keine Überschrift; sie wird nicht übernommen.`,
  'column.duplicate': (p: { column: string; index: number }) =>
    `Spalte „${p.column}“ kommt doppelt vor (schon Spalte ${p.index}); nur die erste wird übernommen.`,
  'column.noNumber': (p: { column: string }) => `Spalte „${p.column}“ enthält keine einzige Zahl; sie wird nicht als Kennzahl übernommen.`,
  'column.negativeCount': (p: { column: string }) =>
    `Spalte „${p.column}“ heißt Anzahl, enthält aber negative Werte; sie wird nicht als Fallzahl behandelt (keine Unterdrückung kleiner Zahlen).`,
  'column.mixedUnits': (p: { column: string; units: string }) => `Spalte „${p.column}“ mischt Einheiten (${p.units}); übernommen wird die erste.`,

  // rows and cells
  'row.keyEmpty': () => 'Schlüssel fehlt; die Zeile wird nicht zugeordnet.',
  'row.keyUnknown': (p: { key: string }) => `Unbekannter Schlüssel „${p.key}“; die Zeile wird nicht zugeordnet.`,
  'row.nameAmbiguous': (p: { name: string; candidates: string }) =>
    `Der Name „${p.name}“ passt zu mehreren Gebieten (${p.candidates}); die Zeile wird nicht zugeordnet. Bitte den Schlüssel angeben.`,
  'row.outsideKreis': (p: { count: number }) =>
    `${p.count === 1 ? '1 Zeile nennt ein Gebiet' : `${p.count} Zeilen nennen Gebiete`} außerhalb des Rhein-Sieg-Kreises (Bund, Land, andere Kreise); nicht übernommen.`,
  'row.yearEmpty': () => 'Jahr fehlt; die Zeile wird nicht zugeordnet.',
  'row.yearInvalid': (p: { year: string }) => `„${p.year}“ ist kein Jahr (vierstellig erwartet); die Zeile wird nicht zugeordnet.`,
  'row.duplicate': (p: { key: string; first: number }) => `Doppelter Schlüssel „${p.key}“ (schon in Zeile ${p.first}); diese Zeile wird ignoriert.`,
  'row.duplicateYear': (p: { key: string; year: number; first: number }) =>
    `Doppelter Schlüssel „${p.key}“ für ${p.year} (schon in Zeile ${p.first}); diese Zeile wird ignoriert.`,
  'row.duplicateValue': (p: { key: string; indicator: string; year: number; first: number }) =>
    `Doppelter Wert für „${p.key}“, „${p.indicator}“${p.year ? `, ${p.year}` : ''} (schon in Zeile ${p.first}); dieser wird ignoriert.`,
  'cell.notNumber': (p: { text: string }) => `„${p.text}“ ist keine Zahl; der Wert wird als „keine Angabe“ gezeigt.`,
  'area.noRow': (p: { key: string }) => `Für Gebiet „${p.key}“ enthält die Tabelle keine Zeile; es wird als „keine Angabe“ gezeigt.`,
  'area.missingYears': (p: { key: string; years: string }) => `Für Gebiet „${p.key}“ fehlen die Jahre ${p.years}; dort wird es als „keine Angabe“ gezeigt.`,

  // own Sozialräume
  'geo.noFeatures': () => 'Die Datei enthält keine Gebiete; die eingebauten Sozialräume bleiben.',
  'geo.noneUsable': () => 'Kein Gebiet der Datei ist verwendbar; die eingebauten Sozialräume bleiben.',
  'geo.zipIncomplete': (p: { file: string }) => `„${p.file}“ ist keine vollständige ZIP-Datei; bitte das Shapefile (.shp, .shx, .dbf, .prj) neu zippen.`,
  'geo.zipLayers': (p: { count: number; layer: string }) => `Die ZIP-Datei enthält ${p.count} Shapefiles; gelesen wird nur „${p.layer}“.`,
  'geo.zipUnreadable': (p: { reason: string }) => `Die ZIP-Datei enthält kein lesbares Shapefile (.shp mit .dbf und .prj): ${p.reason}`,
  'geo.notJson': (p: { reason: string }) => `Kein gültiges JSON: ${p.reason}`,
  'geo.noFeatureList': () => 'Die FeatureCollection hat keine Liste „features“.',
  'geo.notGeoJson': () => 'Weder eine GeoJSON-FeatureCollection noch TopoJSON („type“ ist weder „FeatureCollection“ noch „Topology“).',
  'geo.topoEmpty': () => 'Die TopoJSON-Datei enthält keine Ebene („objects“ ist leer).',
  'geo.topoUnreadable': (p: { layer: string; reason: string }) => `Die TopoJSON-Ebene „${p.layer}“ ist nicht lesbar: ${p.reason}`,
  'geo.notFeature': (p: { where: string }) => `${p.where} ist kein GeoJSON-Feature.`,
  'geo.noKey': (p: { where: string; props: string }) => `${p.where}: kein Schlüssel (Eigenschaft ${p.props}).`,
  'geo.keyForm': (p: { where: string }) =>
    `${p.where}: der Schlüssel hat nicht die Form <Gemeinde-AGS>-<Nummer> (z. B. 05382056-003); Tabellen könnten ihm nichts zuordnen.`,
  'geo.keyDuplicate': (p: { where: string; first: number }) => `${p.where}: der Schlüssel kommt mehrfach vor (schon Objekt ${p.first}).`,
  'geo.noName': (p: { where: string; props: string }) => `${p.where}: kein Name (Eigenschaft ${p.props}).`,
  'geo.parentUnknown': (p: { where: string; parent: string }) => `${p.where}: nennt die unbekannte Gemeinde „${p.parent}“ als übergeordnetes Gebiet.`,
  'geo.noParent': (p: { where: string }) =>
    `${p.where}: kein übergeordnetes Gebiet (Eigenschaft parent, gemeinde oder ags, ein Schlüssel, der mit dem AGS einer Gemeinde beginnt, oder eine Fläche, die in einer Gemeinde liegt).`,
  'geo.parentByOverlap': (p: { where: string; parent: string; share: number }) =>
    `${p.where}: übergeordnete Gemeinde nach größter Überdeckung ${p.parent} (${p.share} % der Fläche).`,
  'geo.notArea': (p: { where: string; type: string }) => `${p.where}: Geometrie „${p.type}“ ist keine Fläche; erwartet Polygon oder MultiPolygon.`,
  'geo.noGeometry': (p: { where: string }) => `${p.where}: keine Geometrie.`,
  'geo.badCoordinates': (p: { where: string }) => `${p.where}: ungültige Koordinaten (keine Zahlenpaare).`,
  'geo.outside': (p: { where: string }) => `${p.where}: liegt nicht im Rhein-Sieg-Kreis (Länge und Breite vertauscht, oder ein anderes Bezugssystem?).`,
  'geo.projected': (p: { count: number; total: number; first: string }) =>
    `Koordinaten sehen projiziert aus (z. B. UTM); bitte in WGS84 (EPSG:4326) speichern. Betroffen: ${p.count} von ${p.total} Gebieten, zuerst „${p.first}“.`,
  'geo.ringOpen': (p: { where: string; ring: number }) => `${p.where}: Ring ${p.ring} ist nicht geschlossen (erster und letzter Punkt verschieden); nicht übernommen.`,
  'geo.ringShort': (p: { where: string; ring: number; positions: number }) =>
    `${p.where}: Ring ${p.ring} hat nur ${p.positions} Positionen (mindestens 4 nötig); nicht übernommen.`,
  'geo.selfIntersection': (p: { where: string; count: number }) =>
    `${p.where}: die Umrandung schneidet sich selbst (${p.count} ${p.count === 1 ? 'Schnittpunkt' : 'Schnittpunkte'}, z. B. eine Acht); nicht übernommen.`,
  'geo.zeroArea': (p: { where: string }) => `${p.where}: die Fläche ist null; nicht übernommen.`,
  'geo.overlap': (p: { where: string; other: string; share: number }) =>
    `${p.where}: überdeckt „${p.other}“ zu ${p.share} % der kleineren Fläche; Sozialräume sollten sich nicht überlappen.`,
} satisfies Record<string, Text<never>>;

export type ProblemCode = keyof typeof problemTextsDe;
export type ProblemParams<C extends ProblemCode> = Parameters<(typeof problemTextsDe)[C]>[0] extends undefined
  ? Record<string, never>
  : Parameters<(typeof problemTextsDe)[C]>[0];

export interface Where {
  file: string;
  line?: number;
  column?: string;
  key?: string;
  severity?: Problem['severity'];
}

/** A located problem with its code, parameters and German text; errors unless said otherwise. */
export function problem<C extends ProblemCode>(code: C, params: ProblemParams<C>, where: Where): Problem {
  const text = problemTextsDe[code] as (p: ProblemParams<C>) => string;
  const { severity = 'error', ...at } = where;
  const out: Problem = { ...at, severity, code, params: params as Params, message: text(params) };
  for (const k of ['line', 'column', 'key'] as const) if (out[k] === undefined || out[k] === '') delete out[k];
  return out;
}

/** Kinds of problem, in the order first met: one group per code (per text for problems without one). */
export interface ProblemGroup {
  code: string;
  severity: Problem['severity'];
  count: number;
  problems: Problem[];
}

export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const code = `${p.severity}:${p.code ?? p.message}`;
    const group = groups.get(code) ?? { code: p.code ?? 'other', severity: p.severity, count: 0, problems: [] };
    group.count++;
    group.problems.push(p);
    groups.set(code, group);
  }
  // Errors first: they say what is not on the map.
  return [...groups.values()].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/** Title of a group in the problem list: what kind of problem, shared by all its members. */
export const groupTitlesDe: Partial<Record<ProblemCode, string>> = {
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
};

export { list as quotedList };
