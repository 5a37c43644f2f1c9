// Rows of a sniffed table to figures per area, year and indicator: the one place where keys are
// resolved, years read, flat exports pivoted, cells read and duplicates caught. Every data row ends
// mapped or named by a problem with its line.
import { detectDecimal } from '../../domain/cells';
import { MISSING, type Area, type Cell, type Problem } from '../../domain/types';
import { NO_YEAR, type Table } from '../csv';
import { normaliseKey } from '../keys';
import { problem } from './problem-texts';
import type { Column } from './columns';
import { yearOf } from './columns';
import type { Grid } from './grid';
import type { NameIndex } from './names';
import { numberPart, readCell } from './numbers';

export interface AreaContext {
  /** areas of the levels a table may key to */
  areas: readonly Area[];
  kreis: string;
  names: NameIndex;
}

/** A name read as an area: shown in the summary, "St. Augustin → Sankt Augustin (05382056)". */
export interface NameMatchNote {
  written: string;
  name: string;
  id: string;
}

/** What a column of figures became: one indicator, maybe over several year columns. */
export interface IndicatorColumn {
  label: string;
  unit: string | null;
  decimals: number;
  wholeNonNegative: boolean;
  negative: boolean;
  /** line of the first negative figure, for the warning on counts */
  negativeLine: number | null;
}

export interface Assembled {
  table: Table;
  level: 'gemeinde' | 'sozialraum';
  indicators: IndicatorColumn[];
  /** ids of the areas with a figure */
  matched: Set<string>;
  /** keys as written that name no area of the level */
  unmatched: string[];
  nameMatches: NameMatchNote[];
  /** labels of the dimension columns a flat export was pivoted by; [] when it was not */
  pivotedBy: string[];
  problems: Problem[];
}

type Resolved = { id: string } | { problem: 'empty' | 'unknown' | 'outside' | 'above' } | { ambiguous: Area[] };

/** Deutschland, a Land, a Regierungsbezirk: the sums an official export lists above its Kreise. */
const ABOVE = /^(dg|\d{2,3})$/i;

/** The area a row names, by its key or else by its name. */
function resolver(context: AreaContext, keyIndex: number, nameIndex: number, notes: Map<string, NameMatchNote>) {
  const ids = new Set(context.areas.map((a) => a.id).concat(context.kreis));
  return (fields: readonly string[]): Resolved => {
    const rawKey = keyIndex >= 0 ? (fields[keyIndex] ?? '').trim() : '';
    if (rawKey !== '') {
      const key = normaliseKey(rawKey);
      if (key !== null && ids.has(key)) return { id: key };
      // Only an AGS-keyed Kreis has an outside by key shape (a data set of all Germany has none).
      if (/^\d+$/.test(context.kreis) && ABOVE.test(rawKey)) return { problem: 'above' };
      if (/^\d+$/.test(context.kreis) && key !== null && !key.startsWith(context.kreis)) return { problem: 'outside' };
      if (nameIndex < 0) return { problem: 'unknown' };
    }
    const rawName = nameIndex >= 0 ? (fields[nameIndex] ?? '').trim() : '';
    if (rawName === '') return { problem: rawKey === '' ? 'empty' : 'unknown' };
    const match = context.names.match(rawName);
    if (match.kind === 'ambiguous') return { ambiguous: match.candidates };
    // A row without its key but with a known name is placed by the name; otherwise the key is missing.
    if (match.kind === 'none') return { problem: rawKey === '' && keyIndex >= 0 ? 'empty' : 'unknown' };
    if (match.kind === 'variant' && !notes.has(rawName)) notes.set(rawName, { written: rawName, name: match.area.name, id: match.area.id });
    return { id: match.area.id };
  };
}

export function assemble(grid: Grid, data: readonly number[], columns: readonly Column[], tableYear: number | null, file: string, context: AreaContext): Assembled {
  const problems: Problem[] = [];
  const keyCol = columns.find((c) => c.role === 'key');
  const nameCol = columns.find((c) => c.role === 'name');
  const yearCol = columns.find((c) => c.role === 'year');
  const figures = columns.filter((c) => c.role === 'indicator');
  const keyColumn = keyCol?.name ?? nameCol?.name ?? '';
  const notes = new Map<string, NameMatchNote>();
  const resolve = resolver(context, keyCol?.index ?? -1, nameCol?.index ?? -1, notes);

  // Rows of the same area and year several times: a flat export, one figure per row, told apart
  // by its label columns (Merkmal, Ausprägung): those make the indicator.
  const dimensions = pivotDimensions(grid, data, columns, keyCol?.index ?? nameCol?.index ?? -1, yearCol?.index ?? -1);

  const labelOf = (column: Column, fields: readonly string[]) => {
    const dims = dimensions.map((d) => (fields[d.index] ?? '').trim()).filter(Boolean);
    if (dims.length === 0) return column.base;
    return /^(wert|werte|value|anzahl|betrag|spalte \d+)$/i.test(column.base) && figures.length === 1 ? dims.join(' – ') : `${column.base} – ${dims.join(' – ')}`;
  };

  // Each cell of a figure column goes to the label it belongs to; decimals are decided per label.
  interface Raw { line: number; id: string; year: number; label: string; text: string; rowKey: string; written: string }
  const raws: Raw[] = [];
  const firstLine = new Map<string, number>();
  const total = new Set<string>();
  const matched = new Set<string>();
  const unmatched = new Set<string>();
  const above: { count: number; first: number | null } = { count: 0, first: null };
  const where = (line: number, column: string | undefined, key: string | undefined) => ({ file, line, column, key });

  for (const r of data) {
    const fields = grid.rows[r];
    const line = grid.lines[r];
    const written = ((keyCol && fields[keyCol.index]) || (nameCol && fields[nameCol.index]) || '').trim();
    if (grid.separator !== null && fields.length !== columns.length) {
      problems.push(problem('table.fieldCount', { fields: fields.length, expected: columns.length, separator: grid.separator }, where(line, undefined, written || undefined)));
      continue;
    }
    const resolved = resolve(fields);
    if ('ambiguous' in resolved) {
      const candidates = resolved.ambiguous.map((a) => `${a.name} (${a.id})`).join(', ');
      problems.push(problem('row.nameAmbiguous', { name: written, candidates }, where(line, nameCol?.name, written)));
      unmatched.add(written);
      continue;
    }
    if ('problem' in resolved) {
      if (resolved.problem === 'above') {
        // The sums above the Kreis (Bund, Land, Regierungsbezirk) that every official export lists: one note.
        above.count++;
        above.first ??= line;
        continue;
      }
      unmatched.add(written);
      // A neighbour's row (Bonn, Köln) may be a wrong key as well as a neighbour: named like an unknown key.
      if (resolved.problem === 'outside') problems.push(problem('row.keyOutside', { key: written }, { ...where(line, keyColumn, written), severity: 'warning' }));
      else if (resolved.problem === 'empty') problems.push(problem('row.keyEmpty', {}, where(line, keyColumn, undefined)));
      else problems.push(problem('row.keyUnknown', { key: written }, where(line, keyColumn, written)));
      continue;
    }
    let year = tableYear ?? NO_YEAR;
    if (yearCol) {
      const rawYear = (fields[yearCol.index] ?? '').trim();
      const y = yearOf(rawYear);
      if (y === null) {
        const code = rawYear === '' ? 'row.yearEmpty' : 'row.yearInvalid';
        problems.push(code === 'row.yearEmpty' ? problem(code, {}, where(line, yearCol.name, written)) : problem(code, { year: rawYear }, where(line, yearCol.name, written)));
        continue;
      }
      year = y;
    }
    const dims = dimensions.map((d) => (fields[d.index] ?? '').trim()).join('\u0000');
    const rowKey = `${resolved.id}\u0000${year}\u0000${dims}`;
    const first = firstLine.get(rowKey);
    if (first !== undefined) {
      problems.push(
        year === NO_YEAR
          ? problem('row.duplicate', { key: written, first }, where(line, keyColumn, written))
          : problem('row.duplicateYear', { key: written, year, first }, where(line, keyColumn, written)),
      );
      continue;
    }
    firstLine.set(rowKey, line);
    if (resolved.id === context.kreis) total.add(rowKey);
    else matched.add(resolved.id);
    for (const column of figures) {
      raws.push({ line, id: resolved.id, year: column.year ?? year, label: labelOf(column, fields), text: fields[column.index] ?? '', rowKey, written });
    }
  }
  if (above.count > 0) problems.push(problem('row.outsideKreis', { count: above.count }, { file, line: above.first ?? undefined, column: keyColumn, severity: 'warning' }));

  // Indicators in the order of their first column; their decimal separator from all their cells.
  const labels = [...new Set(raws.map((r) => r.label))];
  const byLabel = new Map(labels.map((l) => [l, raws.filter((r) => r.label === l)]));
  const table: Table = { file, years: [], rows: new Map(), total: new Map(), problems };
  const indicators: IndicatorColumn[] = [];
  const seen = new Map<string, number>();
  for (const label of labels) {
    const cells = byLabel.get(label) ?? [];
    const decimal = detectDecimal(cells.map((c) => numberPart(c.text)));
    const info: IndicatorColumn = { label, unit: null, decimals: 0, wholeNonNegative: true, negative: false, negativeLine: null };
    const units = new Set<string>();
    const column = figures.find((f) => labelOfBase(f, label)) ?? figures[0];
    if (column.unit) units.add(column.unit);
    for (const raw of cells) {
      const cellId = `${raw.id}\u0000${raw.year}\u0000${label}`;
      const dup = seen.get(cellId);
      if (dup !== undefined) {
        // Two year columns naming the same year, or a flat file repeating a figure.
        problems.push(problem('row.duplicateValue', { key: raw.written, indicator: label, year: raw.year, first: dup }, where(raw.line, keyColumn, raw.written)));
        continue;
      }
      seen.set(cellId, raw.line);
      const read = readCell(raw.text, decimal);
      let cell: Cell = MISSING;
      if (read.ok) {
        cell = read.cell;
        if (read.unit) units.add(read.unit);
      } else {
        problems.push(problem('cell.notNumber', { text: raw.text.trim() }, where(raw.line, column.name, raw.written)));
      }
      if (cell.kind === 'value') {
        if (cell.value < 0) {
          info.negative = true;
          info.negativeLine ??= raw.line;
        }
        if (!Number.isInteger(cell.value) || cell.value < 0) info.wholeNonNegative = false;
        if (!Number.isInteger(cell.value)) info.decimals = Math.max(info.decimals, String(cell.value).split('.')[1]?.length ?? 0);
      }
      put(table, raw, label, cell, total.has(raw.rowKey));
    }
    info.decimals = Math.min(info.decimals, 3);
    info.unit = [...units][0] ?? null;
    if (units.size > 1) problems.push(problem('column.mixedUnits', { column: label, units: [...units].join(', ') }, { file, line: 1, column: label, severity: 'warning' }));
    indicators.push(info);
  }
  const years = [...table.rows.keys()].filter((y) => y !== NO_YEAR).sort((a, b) => a - b);
  table.years = years;

  const level = levelOf(matched, context.areas);
  reportAreasWithoutRow(table, level, context.areas, file, problems);
  return {
    table,
    level,
    indicators,
    matched,
    unmatched: [...unmatched],
    nameMatches: [...notes.values()],
    pivotedBy: dimensions.map((d) => d.name),
    problems,
  };
}

const labelOfBase = (column: Column, label: string) => label === column.base || label.startsWith(`${column.base} – `);

function put(table: Table, raw: { id: string; year: number }, label: string, cell: Cell, isTotal: boolean): void {
  if (isTotal) {
    const row = table.total.get(raw.year) ?? new Map<string, Cell>();
    table.total.set(raw.year, row.set(label, cell));
    return;
  }
  const ofYear = table.rows.get(raw.year) ?? new Map<string, Map<string, Cell>>();
  table.rows.set(raw.year, ofYear);
  const row = ofYear.get(raw.id) ?? new Map<string, Cell>();
  ofYear.set(raw.id, row.set(label, cell));
}

/**
 * The label columns a flat export is pivoted by: those whose values differ between rows of the
 * same area and year. None when every area and year has one row.
 */
function pivotDimensions(grid: Grid, data: readonly number[], columns: readonly Column[], keyIndex: number, yearIndex: number): Column[] {
  const candidates = columns.filter((c) => c.role === 'dimension');
  if (candidates.length === 0 || keyIndex < 0) return [];
  const groups = new Map<string, number[]>();
  for (const r of data) {
    const fields = grid.rows[r];
    const id = `${(fields[keyIndex] ?? '').trim()}\u0000${yearIndex >= 0 ? (fields[yearIndex] ?? '').trim() : ''}`;
    groups.set(id, [...(groups.get(id) ?? []), r]);
  }
  const repeated = [...groups.values()].filter((g) => g.length > 1);
  if (repeated.length === 0) return [];
  return candidates.filter((c) => repeated.some((g) => new Set(g.map((r) => (grid.rows[r][c.index] ?? '').trim())).size > 1));
}

/** The level most matched areas belong to; with none, the Gemeinden. */
function levelOf(matched: ReadonlySet<string>, areas: readonly Area[]): 'gemeinde' | 'sozialraum' {
  let gemeinde = 0;
  let sozialraum = 0;
  for (const a of areas) {
    if (!matched.has(a.id)) continue;
    if (a.level === 'sozialraum') sozialraum++;
    else if (a.level === 'gemeinde') gemeinde++;
  }
  return sozialraum > gemeinde ? 'sozialraum' : 'gemeinde';
}

/** Every area of the level without a figure, or without some of the years, is named once. */
function reportAreasWithoutRow(table: Table, level: 'gemeinde' | 'sozialraum', areas: readonly Area[], file: string, problems: Problem[]): void {
  const expected = table.years.length === 0 ? [NO_YEAR] : table.years;
  for (const area of areas) {
    if (area.level !== level) continue;
    const missing = expected.filter((y) => !table.rows.get(y)?.has(area.id));
    if (missing.length === 0) continue;
    problems.push(
      table.years.length === 0 || missing.length === expected.length
        ? problem('area.noRow', { key: area.id }, { file, key: area.id, severity: 'warning' })
        : problem('area.missingYears', { key: area.id, years: missing.join(', ') }, { file, key: area.id, severity: 'warning' }),
    );
  }
}
