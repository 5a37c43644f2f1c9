// German texts of the problems only the import of own files reports (and check:data, which runs it),
// by code; the built-in loader's kinds are in ./problems.ts. Loaded with the import chunk.
import { tableTextsDe } from './problems';

export const importTextsDe = {
  ...tableTextsDe,
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
  'table.headerOnly': () => 'Die Tabelle hat nur eine Kopfzeile und keine Datenzeilen.',
  'table.noKeyColumn': () =>
    'Keine Schlüsselspalte gefunden: erwartet eine Spalte ags, ars, gemeinde, schluessel, schlüssel, id, gebiet, sozialraum oder eine Spalte mit Schlüsseln wie 05382056 (Gemeinde) bzw. 05382056-003 (Sozialraum) oder mit Gebietsnamen wie „Siegburg“.',
  'table.noKeyMatched': (p: { column: string }) =>
    `Keiner der Schlüssel in Spalte „${p.column}“ passt zu einem Gebiet des Atlas (Gemeinden wie 05382056, Sozialräume wie 05382056-003, oder ihre Namen); nichts wird übernommen.`,
  'table.noIndicator': () => 'Die Tabelle enthält keine Spalte mit Kennzahlen, nur Schlüssel, Jahr und Namen.',
  'column.noHeader': (p: { index: number }) => `Spalte ${p.index} hat keine Überschrift; sie wird nicht übernommen.`,
  'column.duplicate': (p: { column: string; index: number }) =>
    `Spalte „${p.column}“ kommt doppelt vor (schon Spalte ${p.index}); nur die erste wird übernommen.`,
  'column.noNumber': (p: { column: string }) => `Spalte „${p.column}“ enthält keine einzige Zahl; sie wird nicht als Kennzahl übernommen.`,
  'column.negativeCount': (p: { column: string }) =>
    `Spalte „${p.column}“ heißt Anzahl, enthält aber negative Werte; sie wird nicht als Fallzahl behandelt (keine Unterdrückung kleiner Zahlen).`,
  'column.mixedUnits': (p: { column: string; units: string }) => `Spalte „${p.column}“ mischt Einheiten (${p.units}); übernommen wird die erste.`,
  'row.nameAmbiguous': (p: { name: string; candidates: string }) =>
    `Der Name „${p.name}“ passt zu mehreren Gebieten (${p.candidates}); die Zeile wird nicht zugeordnet. Bitte den Schlüssel angeben.`,
  'row.outsideKreis': (p: { count: number }) =>
    `${p.count === 1 ? '1 Zeile nennt ein übergeordnetes Gebiet' : `${p.count} Zeilen nennen übergeordnete Gebiete`} (Bund, Land, Regierungsbezirk); nicht übernommen.`,
  'row.keyOutside': (p: { key: string }) => `Schlüssel „${p.key}“ gehört zu einem Gebiet außerhalb des Rhein-Sieg-Kreises; die Zeile wird nicht übernommen.`,
  'row.duplicateValue': (p: { key: string; indicator: string; year: number; first: number }) =>
    `Doppelter Wert für „${p.key}“, „${p.indicator}“${p.year ? `, ${p.year}` : ''} (schon in Zeile ${p.first}); dieser wird ignoriert.`,
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
};
