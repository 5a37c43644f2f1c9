// One planner's table, from its grid to indicators: layout sniffed, column roles assigned, rows
// assembled, kinds judged. The summary says what was taken as what, so the planner can correct it.
import { DEFAULT_SUPPRESSION_THRESHOLD, suppressSmallCount } from '../../domain/cells';
import type { Indicator, IndicatorKind, Problem } from '../../domain/types';
import type { AtlasData } from '../atlas-data';
import type { TableEntry } from '../catalog';
import type { Table } from '../csv';
import { normaliseKey } from '../keys';
import { problem } from './problem-texts';
import { assemble, type IndicatorColumn, type NameMatchNote } from './assemble';
import { assignRoles, nameColumns, type Column, type ColumnRole } from './columns';
import type { Grid } from './grid';
import { foldName, nameIndex } from './names';
import { sniffLayout, type LineRole } from './sniff';
import { dataTexts } from '../../messages/data';

/** What the planner corrected in the summary: the header row and columns' roles. */
export interface TableOverrides {
  /** 1-based line of the (single) header row */
  headerLine?: number;
  /** role by 0-based column index */
  roles?: Record<number, ColumnRole>;
  /** sheet of a workbook; default the first */
  sheet?: string;
}

export interface ImportOptions {
  /** counts from 1 to threshold-1 are withheld; default: DEFAULT_SUPPRESSION_THRESHOLD */
  suppressionThreshold?: number;
  /** by file name */
  overrides?: Record<string, TableOverrides>;
}

/** A run of lines with one role, for the summary: "Zeilen 1–5: Titel". */
export interface LineSpan {
  from: number;
  to: number;
  role: LineRole;
}

export interface ImportSummary {
  file: string;
  /** data rows, blank lines not counted */
  rows: number;
  /** areas of the level that got at least one figure */
  matched: number;
  /** keys in the file that name no area of the level, as written */
  unmatched: string[];
  /** areas of the level without a row */
  withoutRow: string[];
  level: 'gemeinde' | 'sozialraum';
  keyColumn: string;
  yearColumn: string | null;
  /** labels of the indicators taken over */
  indicators: string[];
  /** years the figures are for, ascending */
  years: number[];
  lines: LineSpan[];
  /** 1-based lines of the header rows */
  headerLines: number[];
  columns: { index: number; name: string; role: ColumnRole }[];
  nameMatches: NameMatchNote[];
  pivotedBy: string[];
  /** the sheet read, and all sheets, for workbooks */
  sheet?: string;
  sheets?: string[];
}

export interface TableRead {
  summary: ImportSummary | null;
  indicators: Indicator[];
  entry: TableEntry;
  table: Table | null;
  problems: Problem[];
}

/** Catalog tables of own files live under this prefix, apart from the built-in file names. */
export const OWN_TABLE = 'eigen/';
const SHARE = /anteil|quote|%|prozent/i;
const COUNT = /^anzahl|anzahl$/i;
const TEXT_OK = /name|bezeichnung|titel|label|bemerkung|kommentar|merkmal|auspr|einheit|hinweis|quelle/i;

export function readGrid(grid: Grid, file: string, data: AtlasData, options: ImportOptions): TableRead {
  const problems: Problem[] = [];
  const entry = entryOf(file, '', 'gemeinde');
  const fail = (code: 'file.empty' | 'table.headerOnly' | 'table.noKeyColumn', line: number): TableRead => {
    problems.push(problem(code, {}, { file, line }));
    return { summary: null, indicators: [], entry, table: null, problems };
  };
  if (grid.rows.every((r) => r.every((f) => f.trim() === ''))) return fail('file.empty', 1);

  const areas = data.areas.filter((a) => a.level !== 'kreis' || a.id === data.catalog.kreis.id);
  const names = nameIndex(areas);
  const ids = new Set(areas.map((a) => a.id));
  const isAreaName = (t: string) => t.trim() !== '' && names.match(t).kind !== 'none';
  const isAreaKey = (t: string) => ids.has(normaliseKey(t) ?? '');
  const overrides = options.overrides?.[file] ?? {};
  const headerRow = overrides.headerLine === undefined ? undefined : grid.lines.findIndex((l) => l >= (overrides.headerLine ?? 0));
  const layout = sniffLayout(grid, { isAreaName }, headerRow);
  const headerLines = layout.header.map((i) => grid.lines[i]);
  if (layout.data.length === 0) return fail('table.headerOnly', (headerLines.at(-1) ?? 0) + 1);

  const width = Math.max(...layout.header.map((i) => grid.rows[i].length), 0) || grid.rows[layout.data[0]].length;
  const named = nameColumns(layout.header.map((i) => grid.rows[i]), width, layout.title);
  const rows = layout.data.map((i) => grid.rows[i]);
  const columns = assignRoles(named, rows, { isAreaKey, isAreaName }, overrides.roles);
  const headerLine = headerLines.at(-1) ?? 1;
  reportColumns(columns, rows, file, headerLine, problems);
  if (!columns.some((c) => c.role === 'key' || c.role === 'name')) {
    // Still a summary: its line and column roles are where the planner corrects the reading.
    const failed = fail('table.noKeyColumn', headerLine);
    const summary: ImportSummary = {
      file,
      rows: layout.data.length,
      matched: 0,
      unmatched: [],
      withoutRow: [],
      level: 'gemeinde',
      keyColumn: '',
      yearColumn: null,
      indicators: [],
      years: [],
      lines: spansOf(layout.roles, grid.lines),
      headerLines,
      columns: columns.map((c) => ({ index: c.index, name: c.name, role: c.role })),
      nameMatches: [],
      pivotedBy: [],
    };
    return { ...failed, summary };
  }

  const read = assemble(grid, layout.data, columns, layout.year, file, { areas, kreis: data.catalog.kreis.id, names });
  problems.push(...read.problems);
  const keyColumn = columns.find((c) => c.role === 'key') ?? columns.find((c) => c.role === 'name');
  const yearColumn = columns.find((c) => c.role === 'year')?.name ?? null;
  const tableEntry = entryOf(file, keyColumn?.name ?? '', read.level);
  if (read.matched.size === 0) {
    problems.push(problem('table.noKeyMatched', { column: keyColumn?.name ?? '' }, { file, line: headerLine, column: keyColumn?.name }));
  } else if (read.indicators.length === 0) {
    problems.push(problem('table.noIndicator', {}, { file, line: headerLine }));
  }

  const threshold = options.suppressionThreshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const taken = new Set(data.catalog.indicators.filter((i) => i.table !== tableEntry.file).map((i) => i.id));
  const vintage = read.table.years.length === 0 ? (layout.year ? String(layout.year) : dataTexts.noYear) : yearRange(read.table.years);
  const indicators: Indicator[] = [];
  if (read.matched.size > 0) {
    for (const column of read.indicators) {
      const kind = kindOf(column);
      if (kind === 'count') suppressColumn(read.table, column.label, threshold);
      else if (column.negative && COUNT.test(column.label)) {
        problems.push(problem('column.negativeCount', { column: column.label }, { file, line: column.negativeLine ?? headerLine, column: column.label, severity: 'warning' }));
      }
      indicators.push(indicatorOf(column, kind, file, uniqueId(column.label, taken), vintage));
    }
  }
  const summary: ImportSummary = {
    file,
    rows: layout.data.length,
    matched: read.matched.size,
    unmatched: read.unmatched,
    withoutRow: data.areas.filter((a) => a.level === read.level && !read.matched.has(a.id)).map((a) => a.id),
    level: read.level,
    keyColumn: keyColumn?.name ?? '',
    yearColumn,
    indicators: indicators.map((i) => i.label),
    years: read.table.years,
    lines: spansOf(layout.roles, grid.lines),
    headerLines,
    columns: columns.map((c) => ({ index: c.index, name: c.name, role: c.role })),
    nameMatches: read.nameMatches,
    pivotedBy: read.pivotedBy,
  };
  return { summary, indicators, entry: tableEntry, table: read.table, problems };
}

/** Columns that would silently vanish are named: no header, a header twice, text where figures belong. */
function reportColumns(columns: Column[], rows: readonly (readonly string[])[], file: string, line: number, problems: Problem[]): void {
  const seen = new Map<string, number>();
  for (const c of columns) {
    if (c.role === 'ignore') continue;
    if (c.header === '' && c.role === 'indicator') {
      problems.push(problem('column.noHeader', { index: c.index + 1 }, { file, line, column: c.name }));
      c.role = 'ignore';
      continue;
    }
    const lower = c.name.toLowerCase();
    if (c.year === null && seen.has(lower) && c.role === 'indicator') {
      problems.push(problem('column.duplicate', { column: c.name, index: (seen.get(lower) ?? 0) + 1 }, { file, line, column: c.name }));
      c.role = 'ignore';
      continue;
    }
    seen.set(lower, c.index);
    if ((c.role === 'label' || c.role === 'dimension') && c.header !== '' && !TEXT_OK.test(c.header) && rows.length > 0) {
      problems.push(problem('column.noNumber', { column: c.name }, { file, line, column: c.name }));
    }
  }
}

function kindOf(column: IndicatorColumn): IndicatorKind {
  if (column.unit === '%' || SHARE.test(column.label)) return 'share';
  const counted = /^anzahl$/i.test(column.unit ?? '') || COUNT.test(column.label);
  return (column.wholeNonNegative && column.unit === null) || (counted && !column.negative) ? 'count' : 'index';
}

/** Small counts are withheld after the kind is known; the Kreis row too. */
function suppressColumn(table: Table, column: string, threshold: number): void {
  const rows = [...table.total.values()];
  for (const ofYear of table.rows.values()) rows.push(...ofYear.values());
  for (const row of rows) {
    const cell = row.get(column);
    if (cell) row.set(column, suppressSmallCount(cell, threshold));
  }
}

function spansOf(roles: readonly LineRole[], lines: readonly number[]): LineSpan[] {
  const spans: LineSpan[] = [];
  roles.forEach((role, i) => {
    if (role === 'blank') return;
    const last = spans.at(-1);
    if (last && last.role === role) last.to = lines[i];
    else spans.push({ from: lines[i], to: lines[i], role });
  });
  return spans;
}

function indicatorOf(column: IndicatorColumn, kind: IndicatorKind, file: string, id: string, vintage: string): Indicator {
  const table = OWN_TABLE + file;
  const unit = column.unit && !/^anzahl$/i.test(column.unit) ? column.unit : kind === 'share' ? '%' : '';
  return {
    id,
    label: column.label,
    topic: dataTexts.ownTopic,
    unit,
    kind,
    decimals: column.decimals,
    table,
    column: column.label,
    sources: [{ table, column: column.label }],
    source: dataTexts.ownSource(file),
    license: '—',
    vintage,
    note: dataTexts.ownNote,
    sample: false,
    own: true,
    scheme: 'YlGnBu',
    direction: 'neutral',
  };
}

const entryOf = (file: string, key: string, level: 'gemeinde' | 'sozialraum'): TableEntry => ({ file: OWN_TABLE + file, key, level, sample: false });

/** `eigen-<label>`, made unique against every indicator already there. */
function uniqueId(label: string, taken: Set<string>): string {
  const base = `eigen-${slug(label)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The label as an id part: folded like names are, then only letters, digits and hyphens. */
function slug(text: string): string {
  const s = foldName(text.replace(/%/g, ' prozent '))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return s || 'spalte';
}

function yearRange(years: readonly number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  return first === last ? String(first) : `${first}–${last}`;
}

