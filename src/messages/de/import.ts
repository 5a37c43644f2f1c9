// German texts of the own-data import and the problem list; the problems' own texts are in
// ./problems.ts and ./import-problems.ts, by code. Loaded with the import chunk.
import { formatNumber } from '../default-locale';

/** What the headline says of a read table (data/import's ImportSummary). */
interface ImportSummary {
  file: string;
  sheet?: string | null;
  rows: number;
  matched: number;
  unmatched: readonly string[];
  withoutRow: readonly string[];
  years: readonly number[];
}

const count = (n: number, one: string, many: string) => `${formatNumber(n, 0)} ${n === 1 ? one : many}`;
const span = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

export const importTexts = {
  intro:
    'Tabellen als CSV oder Excel (.xlsx), auch so, wie sie aus GENESIS, der Regionalstatistik oder IT.NRW kommen (Titelzeilen, mehrere Kopfzeilen, Fußnoten), mit Schlüsseln (AGS/ARS, Sozialraum-Id) oder Gebietsnamen; optional eigene Sozialräume als GeoJSON, TopoJSON oder gezipptes Shapefile. Die Dateien werden nur in diesem Browser gelesen und gespeichert, nichts wird hochgeladen.',
  choose: 'Dateien wählen …',
  reading: 'Wird gelesen …',
  threshold: 'Fallzahlen unter diesem Wert unterdrücken',
  clear: 'Eigene Daten entfernen',
  kept: 'Eigene Daten sind in diesem Browser gespeichert und werden beim nächsten Öffnen wieder geladen.',
  /** "bericht.csv: 20 Zeilen, 19 Gebiete zugeordnet, 1 unbekannte Schlüssel (2016)" */
  headline: (s: ImportSummary) =>
    `${s.file}${s.sheet ? ` (Blatt „${s.sheet}“)` : ''}: ${count(s.rows, 'Zeile', 'Zeilen')}, ` +
    (s.matched > 0 ? `${count(s.matched, 'Gebiet', 'Gebiete')} zugeordnet` : 'kein Gebiet zugeordnet') +
    (s.unmatched.length ? `, ${s.unmatched.length} unbekannte Schlüssel` : '') +
    (s.withoutRow.length && s.matched > 0 ? `, ${count(s.withoutRow.length, 'Gebiet', 'Gebiete')} ohne Zeile` : '') +
    (s.years.length ? ` (${s.years.length === 1 ? s.years[0] : `${s.years[0]}–${s.years[s.years.length - 1]}`})` : ''),
  /** Labels quoted: they have commas of their own ("Arbeitslose, Ausländer"). */
  indicators: (labels: readonly string[]) => (labels.length ? `Indikatoren: ${labels.map((l) => `„${l}“`).join(', ')}` : 'Keine Indikatoren übernommen.'),
  geometry: (g: { file: string; read: number; taken: number }) =>
    `${g.file}: ${count(g.read, 'Gebiet', 'Gebiete')} gelesen, ${g.taken === 0 ? 'keines' : formatNumber(g.taken, 0)} als Sozialräume übernommen`,
  lines: 'Zeilen',
  lineRoles: { title: 'Titel', header: 'Kopf', data: 'Daten', footer: 'Fußzeilen', blank: 'leer' },
  lineSpan: (from: number, to: number, role: string) => `${span(from, to)} ${role}`,
  headerLine: 'Kopfzeile in Zeile',
  reread: 'Neu lesen',
  columns: 'Spalten',
  role: (column: string) => `Rolle der Spalte „${column}“`,
  roles: {
    key: 'Schlüssel',
    name: 'Gebietsname',
    year: 'Jahr / Zeit',
    code: 'Code',
    label: 'Beschriftung',
    dimension: 'Merkmal (je Wert ein Indikator)',
    running: 'laufende Nummer',
    unit: 'Einheit',
    indicator: 'Kennzahl',
    ignore: 'nicht verwenden',
  },
  nameMatches: (n: number) => `${count(n, 'Name', 'Namen')} sinngemäß zugeordnet`,
  nameMatch: (written: string, name: string, id: string) => `${written} → ${name} (${id})`,
  pivoted: (by: string[]) => `Flache Tabelle: je Ausprägung von ${by.map((b) => `„${b}“`).join(', ')} ein Indikator.`,
  sheet: 'Tabellenblatt',
  problems: (n: number) => (n === 1 ? '1 Hinweis zu den Daten' : `${formatNumber(n, 0)} Hinweise zu den Daten`),
  groupCount: (n: number) => `${formatNumber(n, 0)} ×`,
  showAll: (n: number) => `Alle ${formatNumber(n, 0)} zeigen`,
  showFewer: 'Weniger zeigen',
  /** where a problem is: "Zeile 4, Spalte „x“, Schlüssel „y“"; in a GeoJSON file "Eintrag 3, Feld „text“, ID „…“" */
  located: (line?: number, column?: string, key?: string, feature?: number) =>
    feature !== undefined
      ? [`Eintrag ${formatNumber(feature, 0)}`, column ? `Feld „${column}“` : '', key ? `ID „${key}“` : ''].filter(Boolean).join(', ')
      : [line !== undefined ? `Zeile ${line}` : '', column ? `Spalte „${column}“` : '', key ? `Schlüssel „${key}“` : ''].filter(Boolean).join(', '),
  severity: { error: 'Fehler', warning: 'Hinweis' },
} as const;
