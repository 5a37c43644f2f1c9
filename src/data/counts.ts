// The counts behind a rate: the numerator and denominator columns its catalog formula names, read
// from the same table as its value, so that an interval rests on the published counts and not on
// the rounded value. A count withheld or absent in one column leaves the sum withheld or absent.
import type { Cell } from '../domain/types';
import { MISSING, SUPPRESSED } from '../domain/types';
import type { Formula } from '../domain/formula';
import type { Indicator } from '../domain/types';
import type { TableEntry } from './catalog';
import { NO_YEAR, type Table } from './csv';

/** Events (the numerator's sum) and base (the denominator's sum) of one area in one year. */
export interface CountCells {
  events: Cell;
  base: Cell;
}

/** The columns a table must hold for this indicator beyond its value: its formula's counts. */
export function formulaColumns(ind: Indicator, file: string): string[] {
  return ind.formula && ind.table === file ? [...ind.formula.numerator, ...ind.formula.denominator] : [];
}

function sum(row: ReadonlyMap<string, Cell>, columns: readonly string[]): Cell {
  let total = 0;
  for (const column of columns) {
    const cell = row.get(column);
    if (cell?.kind === 'suppressed') return SUPPRESSED;
    if (cell?.kind !== 'value') return MISSING;
    total += cell.value;
  }
  return { kind: 'value', value: total };
}

/** year -> area id -> counts, for an indicator with a formula; undefined without one or without its table. */
export function formulaCounts(ind: Indicator, entries: readonly TableEntry[], tables: ReadonlyMap<string, Table>): Map<number, Map<string, CountCells>> | undefined {
  const formula: Formula | undefined = ind.formula;
  const entry = entries.find((e) => e.file === ind.table);
  const table = tables.get(ind.table);
  if (!formula || !entry || !table) return undefined;
  const out = new Map<number, Map<string, CountCells>>();
  for (const [rawYear, rows] of table.rows) {
    const year = rawYear !== NO_YEAR ? rawYear : (entry.year ?? NO_YEAR);
    const byArea = new Map<string, CountCells>();
    for (const [id, row] of rows) byArea.set(id, { events: sum(row, formula.numerator), base: sum(row, formula.denominator) });
    out.set(year, byArea);
  }
  return out;
}
