// The table view as data: one row per area of a plan, their order, and the CSV of exactly what
// the table shows. Pure (no DOM), so the table and its export are tested in Node.
//
// The input is structural rather than the state layer's Plan: domain depends on nothing above
// it, and a Plan satisfies these shapes as it is.
import { dsvFormat } from 'd3-dsv';
import { plainNumber } from './format';
import { compareNames } from './names';
import { compare } from './summary';
import type { Area, Cell, Indicator, Level } from './types';
import type { IntervalMethod, IntervalResult } from './intervals';

/** What the table needs of a plan to build its rows. */
export interface TableSource {
  areas: readonly Area[];
  display: 'value' | 'change' | 'deviation';
  /** the mapped quantity: the value itself, a change or a deviation */
  cells: ReadonlyMap<string, Cell>;
  /** the indicator's own values in the plan's year */
  values: ReadonlyMap<string, Cell>;
  /** class index from 0; negative for the non-scale styles (missing, suppressed) */
  classes: ReadonlyMap<string, number>;
  /** the map's fill of an area: class colour, or the no-data / suppressed fill */
  fill(id: string): string;
  /** each area's confidence interval and unsure mark (state/interval-plan); absent: none */
  intervals?: { method: IntervalMethod | null; areas: ReadonlyMap<string, { interval: IntervalResult; unsure: boolean }> };
}

export interface TableRow {
  id: string;
  name: string;
  /** name of the parent area (the Gemeinde of a Sozialraum), null at the top */
  parent: string | null;
  /** the mapped quantity */
  cell: Cell;
  /** the indicator's own value when the map shows a change or deviation, else null */
  own: Cell | null;
  /** class index from 0, null where the cell holds no value (see cell.kind for why) */
  classIndex: number | null;
  /** the class colour, or the map's fill for no data / suppressed */
  colour: string;
  /** 1 = highest mapped value; equal values share a rank (1, 2, 2, 4); null without a value */
  rank: number | null;
  /** the own value's confidence interval; null where there is none (never a number in its place) */
  interval: { lower: number; upper: number } | null;
  /** the own value is "unsicher (kleine Basis)" */
  unsure: boolean;
}

/** `names`: area id -> name, to name the parent of each area. */
export function tableRows(source: TableSource, names: ReadonlyMap<string, string>): TableRow[] {
  // Ranks count among the rows shown, as the card's do.
  const shown = new Map(source.areas.map((a) => [a.id, source.cells.get(a.id) ?? ({ kind: 'missing' } as const)]));
  return source.areas.map((area) => {
    const cell = source.cells.get(area.id) ?? { kind: 'missing' };
    const index = source.classes.get(area.id);
    const classIndex = cell.kind === 'value' && index !== undefined && index >= 0 ? index : null;
    return {
      id: area.id,
      name: area.name,
      parent: area.parent === null ? null : (names.get(area.parent) ?? area.parent),
      cell,
      own: source.display === 'value' ? null : (source.values.get(area.id) ?? { kind: 'missing' }),
      classIndex,
      colour: source.fill(area.id),
      // the panel's rank, so that table and panel never disagree
      rank: compare(area.id, shown, null)?.rank ?? null,
      ...intervalOfRow(source, area.id),
    };
  });
}

function intervalOfRow(source: TableSource, id: string): Pick<TableRow, 'interval' | 'unsure'> {
  const a = source.intervals?.areas.get(id);
  const i = a?.interval;
  return { interval: i?.kind === 'interval' ? { lower: i.lower, upper: i.upper } : null, unsure: a?.unsure ?? false };
}

export type SortKey = 'name' | 'value' | 'class' | 'rank';
export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  key: SortKey;
  direction: SortDirection;
}

/** The direction a column starts with when first chosen: what a reader most likely wants first. */
export const FIRST_DIRECTION: Readonly<Record<SortKey, SortDirection>> = {
  name: 'ascending',
  value: 'descending',
  class: 'descending',
  rank: 'ascending',
};

/** Alphabetical order of names, the locale's (messages' `Locale.compare`). */
export type CompareNames = (a: string, b: string) => number;
const byNameIn = (compare: CompareNames) => (a: TableRow, b: TableRow) =>
  compare(a.name, b.name) || compare(a.parent ?? '', b.parent ?? '') || compare(a.id, b.id);

const value = (row: TableRow) => (row.cell.kind === 'value' ? row.cell.value : null);
/** The number each key sorts by; null where the row has none (missing, suppressed). */
const KEYS: Record<Exclude<SortKey, 'name'>, (row: TableRow) => number | null> = {
  value,
  rank: (row) => row.rank,
  class: (row) => row.classIndex,
};

/**
 * A new array in the asked order. Rows without a value (missing, suppressed) come last in both
 * directions, in name order among themselves: a reader scanning for the highest or lowest
 * values never meets a gap first. Ties are broken by name, ascending in both directions.
 * Sorting by name orders every row, as every row has a name.
 */
export function sortRows(rows: readonly TableRow[], sort: TableSort, compare: CompareNames = compareNames): TableRow[] {
  const byName = byNameIn(compare);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.key === 'name') return [...rows].sort((a, b) => sign * byName(a, b));
  const key = KEYS[sort.key];
  return [...rows].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return (ka === null ? 1 : 0) - (kb === null ? 1 : 0) || byName(a, b);
    // within a class by value, so that a class reads in order like the legend
    const then = sort.key === 'class' ? (value(a) ?? 0) - (value(b) ?? 0) : 0;
    return sign * (ka - kb || then) || byName(a, b);
  });
}

export type ColumnKey = 'name' | 'parent' | 'value' | 'own' | 'lower' | 'upper' | 'unsure' | 'class' | 'rank';
export interface TableColumn {
  key: ColumnKey;
  /** the header as the table shows it, unit included */
  label: string;
}

/**
 * Which columns a plan calls for: the parent only for Sozialräume, the own value only for
 * differences, the interval of the own value ("95-%-KI von", "bis") and its unsure mark only for
 * an indicator with an interval method.
 */
export function columnKeys(plan: { level: Level; display: TableSource['display']; intervals?: { method: IntervalMethod | null } }): ColumnKey[] {
  const method = plan.intervals?.method;
  return [
    'name',
    ...(plan.level === 'sozialraum' ? (['parent'] as const) : []),
    'value',
    ...(plan.display !== 'value' ? (['own'] as const) : []),
    ...(method === 'wilson' || method === 'byar' ? (['lower', 'upper', 'unsure'] as const) : []),
    'class',
    'rank',
  ];
}

/** What the CSV needs of a plan besides the rows. */
export interface CsvSource {
  indicator: Pick<Indicator, 'decimals'>;
  measure: { decimals: number };
  sample: boolean;
}

/** Words of the sample-data note column: its header and the text in every row. */
export interface CsvNote {
  header: string;
  text: string;
}

const csv = dsvFormat(';');

/**
 * How a row's figures are written (CSV, print): the mapped value, the own figure (and its interval's
 * bounds), the mark for no class, rank or interval, and the words of an unsure value.
 */
export interface RowFormat {
  value(cell: Cell): string;
  own(cell: Cell): string;
  none: string;
  unsure: string;
}

/** One column's text of a table row, in a format. */
export const rowField =
  (format: RowFormat) =>
  (row: TableRow, key: ColumnKey): string => {
    switch (key) {
      case 'name':
        return row.name;
      case 'parent':
        return row.parent ?? '';
      case 'value':
        return format.value(row.cell);
      case 'own':
        return row.own ? format.own(row.own) : '';
      case 'class':
        return row.classIndex === null ? format.none : String(row.classIndex + 1);
      case 'rank':
        return row.rank === null ? format.none : String(row.rank);
      case 'lower':
      case 'upper':
        return row.interval ? format.own({ kind: 'value', value: row.interval[key] }) : format.none;
      case 'unsure':
        return row.unsure ? format.unsure : '';
    }
  };

/**
 * The CSV of exactly the rows and columns shown, in the order shown, for German spreadsheets:
 * - `;` between fields, decimal comma, no thousands separator, the minus as "-" and no "+"
 *   on changes (the header says it is a difference): every spreadsheet reads them as numbers;
 * - suppressed as `.` and missing as an empty field: the conventions of our own input tables
 *   (see domain/cells.ts), so an export can be read back in; class and rank are empty for both;
 * - fields quoted (RFC 4180, by d3-dsv) when they hold `;`, `"` or a line break;
 * - a BOM, so that Excel reads UTF-8 umlauts, and CRLF line ends as Excel and RFC 4180 expect.
 * Sample data: a file carries no comment line every reader would accept, so a last column
 * (`note.header`, "hinweis") says `note.text` ("Beispieldaten") on every row, which survives
 * sorting, filtering and copying rows elsewhere.
 */
export function tableCsv(rows: readonly TableRow[], columns: readonly TableColumn[], plan: CsvSource, note: CsvNote, unsure = ''): string {
  const field = rowField({ value: csvCells(plan.measure.decimals), own: csvCells(plan.indicator.decimals), none: '', unsure });
  const withNote = (fields: string[], text: string) => (plan.sample ? [...fields, text] : fields);
  const lines = [
    withNote(columns.map((c) => c.label), note.header),
    ...rows.map((row) => withNote(columns.map((c) => field(row, c.key)), note.text)),
  ];
  return `\uFEFF${lines.map((fields) => csv.formatRow(fields)).join('\r\n')}\r\n`;
}

/**
 * Writes cells as German spreadsheets read them: "1234,5", "-1,5"; "." suppressed, "" missing.
 * Rounded as on screen, only without grouping: the shortest decimal form (99999.95 to
 * "100000,0", where toFixed says "99999,9"), and a small fall stays "-0,0" like the screen's "−0,0".
 */
export function csvCells(decimals: number, decimal = ','): (cell: Cell) => string {
  const number = (x: number) => plainNumber(x, decimals, decimal, '') ?? String(x);
  return (cell) => (cell.kind === 'missing' ? '' : cell.kind === 'suppressed' ? '.' : number(cell.value));
}

const LEVEL_WORDS: Record<Level, string> = { kreis: 'kreis', gemeinde: 'gemeinden', sozialraum: 'sozialraeume', raster: 'raster' };
const DISPLAY_WORDS: Record<TableSource['display'], string> = { value: '', change: 'veraenderung', deviation: 'abweichung' };

/** "sozialatlas-kinderarmut-2022-gemeinden.csv"; a change names both years: "…-veraenderung-2021-2022-…". */
export function csvFileName(plan: {
  indicator: Pick<Indicator, 'id'>;
  level: Level;
  display: TableSource['display'];
  year: number | null;
  baseYear: number | null;
}): string {
  const years = plan.display === 'change' ? [plan.baseYear, plan.year] : [plan.year];
  const parts = ['sozialatlas', plan.indicator.id, DISPLAY_WORDS[plan.display], ...years.map((y) => (y === null ? '' : String(y))), LEVEL_WORDS[plan.level]];
  return `${parts.filter(Boolean).join('-')}.csv`;
}
