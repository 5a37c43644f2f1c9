// English texts of the own-data import and the problem list; the problems' own texts are in
// ./problems.ts and ./import-problems.ts, by code. Loaded with the import chunk.
import type { importTexts as german } from '../de/import';
import { formatNumber } from './number';
import type { TextsOf } from '../texts-of';

const count = (n: number, one: string, many: string) => `${formatNumber(n, 0)} ${n === 1 ? one : many}`;
const span = (from: number, to: number) => (from === to ? `${from}` : `${from}–${to}`);

export const importTexts: TextsOf<typeof german> = {
  intro:
    'Tables as CSV or Excel (.xlsx), also as they come from GENESIS, the Regionalstatistik or IT.NRW (title lines, several header lines, footnotes), with keys (AGS/ARS, social area ID) or area names; optionally your own social areas as GeoJSON, TopoJSON or a zipped shapefile. The files are read and kept only in this browser; nothing is uploaded.',
  choose: 'Choose files …',
  reading: 'Reading …',
  threshold: 'Suppress counts below this value',
  clear: 'Remove your own data',
  kept: 'Your own data is kept in this browser and loaded again the next time you open the atlas.',
  /** "report.csv: 20 lines, 19 areas matched, 1 unknown key (2016)" */
  headline: (s) =>
    `${s.file}${s.sheet ? ` (worksheet “${s.sheet}”)` : ''}: ${count(s.rows, 'line', 'lines')}, ` +
    (s.matched > 0 ? `${count(s.matched, 'area', 'areas')} matched` : 'no area matched') +
    (s.unmatched.length ? `, ${count(s.unmatched.length, 'unknown key', 'unknown keys')}` : '') +
    (s.withoutRow.length && s.matched > 0 ? `, ${count(s.withoutRow.length, 'area', 'areas')} without a line` : '') +
    (s.years.length ? ` (${s.years.length === 1 ? s.years[0] : `${s.years[0]}–${s.years[s.years.length - 1]}`})` : ''),
  /** Labels quoted: they have commas of their own ("Unemployed, foreign nationals"). */
  indicators: (labels) => (labels.length ? `Indicators: ${labels.map((l) => `“${l}”`).join(', ')}` : 'No indicators taken.'),
  geometry: (g) =>
    `${g.file}: ${count(g.read, 'area', 'areas')} read, ${g.taken === 0 ? 'none' : formatNumber(g.taken, 0)} taken as social areas`,
  lines: 'Lines',
  lineRoles: { title: 'title', header: 'header', data: 'data', footer: 'footer', blank: 'blank' },
  lineSpan: (from, to, role) => `${span(from, to)} ${role}`,
  headerLine: 'Header line in line',
  reread: 'Read again',
  columns: 'Columns',
  role: (column) => `Role of column “${column}”`,
  roles: {
    key: 'Key',
    name: 'Area name',
    year: 'Year / time',
    code: 'Code',
    label: 'Label',
    dimension: 'Characteristic (one indicator for each value)',
    running: 'Running number',
    unit: 'Unit',
    indicator: 'Indicator',
    ignore: 'Do not use',
  },
  nameMatches: (n) => `${count(n, 'name', 'names')} matched by meaning`,
  nameMatch: (written, name, id) => `${written} → ${name} (${id})`,
  pivoted: (by) => `Long table: one indicator for each value of ${by.map((b) => `“${b}”`).join(', ')}.`,
  sheet: 'Worksheet',
  problems: (n) => (n === 1 ? '1 note on the data' : `${formatNumber(n, 0)} notes on the data`),
  groupCount: (n) => `${formatNumber(n, 0)} ×`,
  showAll: (n) => `Show all ${formatNumber(n, 0)}`,
  showFewer: 'Show fewer',
  /** where a problem is: "line 4, column “x”, key “y”"; in a GeoJSON file "entry 3, field “text”, ID “…”" */
  located: (line, column, key, feature) =>
    feature !== undefined
      ? [`entry ${formatNumber(feature, 0)}`, column ? `field “${column}”` : '', key ? `ID “${key}”` : ''].filter(Boolean).join(', ')
      : [line !== undefined ? `line ${line}` : '', column ? `column “${column}”` : '', key ? `key “${key}”` : ''].filter(Boolean).join(', '),
  severity: { error: 'Error', warning: 'Note' },
};
