// Indicator tables under German conventions, parsed by d3-dsv (RFC 4180 quoting) and then
// validated cell by cell. Every problem names file, line, column and key; no row is dropped
// without a problem saying so.
import { dsvFormat } from 'd3-dsv';
import {
  detectDecimal,
  parseCell,
  suppressSmallCount,
  DEFAULT_SUPPRESSION_THRESHOLD,
} from '../domain/cells';
import { MISSING, type Cell, type Problem } from '../domain/types';
import { normaliseKey } from './keys';

export interface TableSpec {
  file: string;
  /** Header of the key column (AGS, ARS or own sub-district id). */
  keyColumn: string;
  /** Columns the catalog maps; each must exist. */
  columns: readonly string[];
  /** Columns holding case numbers, subject to small-number suppression. */
  countColumns?: readonly string[];
  knownKeys: ReadonlySet<string>;
  /** Header of the year column (`jahr`): one row per area and year. Without it, one row per area. */
  yearColumn?: string;
  /** Key of the whole district: its row is kept as the official reference value. */
  totalKey?: string;
  suppressionThreshold?: number;
}

/** The year key of every row of a table without a year column. */
export const NO_YEAR = 0;

export interface Table {
  file: string;
  /** years found, ascending ([] without a year column) */
  years: number[];
  /** year (NO_YEAR without a year column) -> area id -> column -> cell */
  rows: Map<number, Map<string, Map<string, Cell>>>;
  /** year -> column -> cell of the district's own row */
  total: Map<number, Map<string, Cell>>;
  problems: Problem[];
}

const YEAR = /^\d{4}$/;

export function parseTable(text: string, spec: TableSpec): Table {
  const problems: Problem[] = [];
  const table: Table = { file: spec.file, years: [], rows: new Map(), total: new Map(), problems };
  const report = (p: Omit<Problem, 'file' | 'severity'> & { severity?: Problem['severity'] }) =>
    problems.push({ file: spec.file, severity: 'error', ...p });

  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    report({ line: 1, message: 'Die Datei ist leer.' });
    return table;
  }
  const separator = detectSeparator(body);
  const rows = dsvFormat(separator).parseRows(body);
  const lines = startLines(rows);
  const unclosed = unclosedQuoteLine(body, separator);
  if (unclosed !== null) {
    report({ line: unclosed, message: `Ein Anführungszeichen in Zeile ${unclosed} wird nie geschlossen; der Rest der Datei wird als ein einziges Feld gelesen.` });
  }
  const header = rows[0].map((h) => h.trim());
  const find = (name: string) => header.findIndex((h) => h.toLowerCase() === name.toLowerCase());

  const keyIndex = find(spec.keyColumn);
  if (keyIndex < 0) {
    report({ line: 1, column: spec.keyColumn, message: `Schlüsselspalte „${spec.keyColumn}“ fehlt in der Kopfzeile.` });
    return table;
  }
  let yearIndex = -1;
  if (spec.yearColumn) {
    yearIndex = find(spec.yearColumn);
    if (yearIndex < 0) {
      report({ line: 1, column: spec.yearColumn, message: `Jahresspalte „${spec.yearColumn}“ fehlt in der Kopfzeile.` });
      return table;
    }
  }
  const columns = new Map<string, number>();
  for (const column of spec.columns) {
    const i = find(column);
    if (i < 0) report({ line: 1, column, message: `Spalte „${column}“ fehlt in der Kopfzeile.` });
    else columns.set(column, i);
  }

  const data = rows.slice(1).map((fields, i) => ({ fields, line: lines[i + 1] }));
  const decimals = new Map(
    [...columns].map(([column, i]) => [column, detectDecimal(data.map((r) => r.fields[i] ?? ''))]),
  );
  const counts = new Set(spec.countColumns ?? []);
  const threshold = spec.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const firstLine = new Map<string, number>();

  for (const { fields, line } of data) {
    if (fields.every((f) => f.trim() === '')) continue; // a blank line holds no row
    const rawKey = (fields[keyIndex] ?? '').trim();
    if (fields.length !== header.length) {
      report({
        line,
        key: rawKey || undefined,
        message: `Zeile hat ${fields.length} Felder, die Kopfzeile ${header.length}; Trennzeichen „${separator}“.`,
      });
      continue;
    }
    const key = normaliseKey(rawKey);
    const isTotal = key !== null && key === spec.totalKey;
    if (key === null || (!isTotal && !spec.knownKeys.has(key))) {
      report({
        line,
        column: header[keyIndex],
        key: rawKey,
        message: rawKey === '' ? 'Schlüssel fehlt; die Zeile wird nicht zugeordnet.' : `Unbekannter Schlüssel „${rawKey}“; die Zeile wird nicht zugeordnet.`,
      });
      continue;
    }
    let year = NO_YEAR;
    if (yearIndex >= 0) {
      const rawYear = (fields[yearIndex] ?? '').trim();
      if (!YEAR.test(rawYear)) {
        report({
          line,
          column: header[yearIndex],
          key: rawKey,
          message: rawYear === '' ? 'Jahr fehlt; die Zeile wird nicht zugeordnet.' : `„${rawYear}“ ist kein Jahr (vierstellig erwartet); die Zeile wird nicht zugeordnet.`,
        });
        continue;
      }
      year = Number(rawYear);
    }
    const rowId = `${key}\u0000${year}`;
    if (firstLine.has(rowId)) {
      report({
        line,
        column: header[keyIndex],
        key: rawKey,
        message:
          year === NO_YEAR
            ? `Doppelter Schlüssel „${rawKey}“ (schon in Zeile ${firstLine.get(rowId)}); diese Zeile wird ignoriert.`
            : `Doppelter Schlüssel „${rawKey}“ für ${year} (schon in Zeile ${firstLine.get(rowId)}); diese Zeile wird ignoriert.`,
      });
      continue;
    }
    firstLine.set(rowId, line);

    const cells = new Map<string, Cell>();
    for (const [column, i] of columns) {
      const parsed = parseCell(fields[i], decimals.get(column) ?? ',');
      if (!parsed.ok) {
        report({ line, column, key: rawKey, message: `${parsed.reason}; der Wert wird als „keine Angabe“ gezeigt.` });
        cells.set(column, MISSING);
        continue;
      }
      cells.set(column, counts.has(column) ? suppressSmallCount(parsed.cell, threshold) : parsed.cell);
    }
    if (isTotal) table.total.set(year, cells);
    else {
      const ofYear = table.rows.get(year) ?? new Map<string, Map<string, Cell>>();
      table.rows.set(year, ofYear.set(key, cells));
    }
  }

  table.years = yearIndex < 0 ? [] : [...table.rows.keys()].sort((a, b) => a - b);
  const expected = yearIndex < 0 ? [NO_YEAR] : table.years;
  for (const key of spec.knownKeys) {
    const missing = expected.filter((y) => !table.rows.get(y)?.has(key));
    if (missing.length === 0) continue;
    const message =
      yearIndex < 0 || missing.length === expected.length
        ? `Für Gebiet „${key}“ enthält die Tabelle keine Zeile; es wird als „keine Angabe“ gezeigt.`
        : `Für Gebiet „${key}“ fehlen die Jahre ${missing.join(', ')}; dort wird es als „keine Angabe“ gezeigt.`;
    report({ key, severity: 'warning', message });
  }
  return table;
}

/**
 * The separator is decided once, from the header line, by counting candidates outside quotes:
 * guessing per line would split "3,5" in a semicolon file.
 */
export function detectSeparator(text: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

/**
 * The line on which a quoted field opens that no quote closes, or null. d3-dsv then reads the rest
 * of the file as that one field, which would otherwise surface only as a wrong field count.
 * Like d3-dsv, a quote opens a field only at its start.
 */
export function unclosedQuoteLine(text: string, separator: string): number | null {
  let line = 1;
  let opened = 0;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      } else if (ch === '\n') line++;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      opened = line;
    }
    if (ch === '\n') line++;
    fieldStart = ch === separator || ch === '\n' || ch === '\r';
  }
  return quoted ? opened : null;
}

/** 1-based line on which each parsed row starts, counting line breaks inside quoted fields. */
export function startLines(rows: readonly string[][]): number[] {
  const starts: number[] = [];
  let line = 1;
  for (const fields of rows) {
    starts.push(line);
    line += 1 + fields.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  return starts;
}
