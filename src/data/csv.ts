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
  /** Key of the whole district: its row is kept as the official reference value. */
  totalKey?: string;
  suppressionThreshold?: number;
}

export interface Table {
  file: string;
  /** area id -> column -> cell */
  rows: Map<string, Map<string, Cell>>;
  total: Map<string, Cell> | null;
  problems: Problem[];
}

export function parseTable(text: string, spec: TableSpec): Table {
  const problems: Problem[] = [];
  const table: Table = { file: spec.file, rows: new Map(), total: null, problems };
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
  const header = rows[0].map((h) => h.trim());
  const find = (name: string) => header.findIndex((h) => h.toLowerCase() === name.toLowerCase());

  const keyIndex = find(spec.keyColumn);
  if (keyIndex < 0) {
    report({ line: 1, column: spec.keyColumn, message: `Schlüsselspalte „${spec.keyColumn}“ fehlt in der Kopfzeile.` });
    return table;
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
    if (firstLine.has(key)) {
      report({
        line,
        column: header[keyIndex],
        key: rawKey,
        message: `Doppelter Schlüssel „${rawKey}“ (schon in Zeile ${firstLine.get(key)}); diese Zeile wird ignoriert.`,
      });
      continue;
    }
    firstLine.set(key, line);

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
    if (isTotal) table.total = cells;
    else table.rows.set(key, cells);
  }

  for (const key of spec.knownKeys) {
    if (!table.rows.has(key)) {
      report({ key, severity: 'warning', message: `Für Gebiet „${key}“ enthält die Tabelle keine Zeile; es wird als „keine Angabe“ gezeigt.` });
    }
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

/** 1-based line on which each parsed row starts, counting line breaks inside quoted fields. */
function startLines(rows: readonly string[][]): number[] {
  const starts: number[] = [];
  let line = 1;
  for (const fields of rows) {
    starts.push(line);
    line += 1 + fields.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  return starts;
}
