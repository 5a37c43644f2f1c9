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
import { problem } from './problem-messages';

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
  const at = (line: number | undefined, column?: string, key?: string, severity?: Problem['severity']) => ({ file: spec.file, line, column, key, severity });

  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') {
    problems.push(problem('file.empty', {}, at(1)));
    return table;
  }
  const separator = detectSeparator(body);
  const rows = dsvFormat(separator).parseRows(body);
  const lines = startLines(rows);
  const unclosed = unclosedQuoteLine(body, separator);
  if (unclosed !== null) {
    problems.push(problem('table.unclosedQuote', { line: unclosed }, at(unclosed)));
  }
  const header = rows[0].map((h) => h.trim());
  const find = (name: string) => header.findIndex((h) => h.toLowerCase() === name.toLowerCase());

  const keyIndex = find(spec.keyColumn);
  if (keyIndex < 0) {
    problems.push(problem('column.keyMissing', { column: spec.keyColumn }, at(1, spec.keyColumn)));
    return table;
  }
  let yearIndex = -1;
  if (spec.yearColumn) {
    yearIndex = find(spec.yearColumn);
    if (yearIndex < 0) {
      problems.push(problem('column.yearMissing', { column: spec.yearColumn }, at(1, spec.yearColumn)));
      return table;
    }
  }
  const columns = new Map<string, number>();
  for (const column of spec.columns) {
    const i = find(column);
    if (i < 0) problems.push(problem('column.missing', { column }, at(1, column)));
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
      problems.push(problem('table.fieldCount', { fields: fields.length, expected: header.length, separator }, at(line, undefined, rawKey)));
      continue;
    }
    const key = normaliseKey(rawKey);
    const isTotal = key !== null && key === spec.totalKey;
    if (key === null || (!isTotal && !spec.knownKeys.has(key))) {
      problems.push(rawKey === '' ? problem('row.keyEmpty', {}, at(line, header[keyIndex])) : problem('row.keyUnknown', { key: rawKey }, at(line, header[keyIndex], rawKey)));
      continue;
    }
    let year = NO_YEAR;
    if (yearIndex >= 0) {
      const rawYear = (fields[yearIndex] ?? '').trim();
      if (!YEAR.test(rawYear)) {
        const where = at(line, header[yearIndex], rawKey);
        problems.push(rawYear === '' ? problem('row.yearEmpty', {}, where) : problem('row.yearInvalid', { year: rawYear }, where));
        continue;
      }
      year = Number(rawYear);
    }
    const rowId = `${key}\u0000${year}`;
    if (firstLine.has(rowId)) {
      const first = firstLine.get(rowId) ?? 0;
      const where = at(line, header[keyIndex], rawKey);
      problems.push(year === NO_YEAR ? problem('row.duplicate', { key: rawKey, first }, where) : problem('row.duplicateYear', { key: rawKey, year, first }, where));
      continue;
    }
    firstLine.set(rowId, line);

    const cells = new Map<string, Cell>();
    for (const [column, i] of columns) {
      const parsed = parseCell(fields[i], decimals.get(column) ?? ',');
      if (!parsed.ok) {
        problems.push(problem('cell.notNumber', { text: (fields[i] ?? '').trim() }, at(line, column, rawKey)));
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
    const where = at(undefined, undefined, key, 'warning');
    problems.push(
      yearIndex < 0 || missing.length === expected.length
        ? problem('area.noRow', { key }, where)
        : problem('area.missingYears', { key, years: missing.join(', ') }, where),
    );
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
  if (!text.includes('"')) return null;
  // Character codes, not one-letter strings: this runs over every table at start, before the JIT has warmed up.
  const [QUOTE, LF, CR, SEP] = [34, 10, 13, separator.charCodeAt(0)];
  let line = 1;
  let opened = 0;
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (quoted) {
      if (ch === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else quoted = false;
      } else if (ch === LF) line++;
      continue;
    }
    if (ch === QUOTE && fieldStart) {
      quoted = true;
      opened = line;
    }
    if (ch === LF) line++;
    fieldStart = ch === SEP || ch === LF || ch === CR;
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
