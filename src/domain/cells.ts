// Reading one table cell under German conventions: decimal comma, thousands dots,
// suppression marks, and small case numbers withheld for privacy.
import { MISSING, SUPPRESSED, valueCell, type Cell } from './types';

/** Marks official statistics use for withheld values (".", "-", "x", "*"). */
export const SUPPRESSION_MARKS: ReadonlySet<string> = new Set(['.', '-', '–', 'x', 'X', '*']);
export const DEFAULT_SUPPRESSION_THRESHOLD = 3;

export type DecimalSeparator = ',' | '.';

export type CellParse = { ok: true; cell: Cell } | { ok: false; reason: string };

/**
 * Parses one cell. An empty cell is missing; a suppression mark is suppressed; anything else
 * must be a number written with the column's decimal separator or it is an error.
 */
export function parseCell(raw: string, decimal: DecimalSeparator): CellParse {
  const text = raw.trim();
  if (text === '') return { ok: true, cell: MISSING };
  if (SUPPRESSION_MARKS.has(text)) return { ok: true, cell: SUPPRESSED };
  const value = parseNumber(text, decimal);
  if (value === null) return { ok: false, reason: `not a number: „${text}“` };
  return { ok: true, cell: valueCell(value) };
}

const COMMA_NUMBER = /^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const POINT_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

export function parseNumber(text: string, decimal: DecimalSeparator): number | null {
  const t = text.replace(/[\s\u00a0\u202f]/g, '');
  if (decimal === ',') {
    if (!COMMA_NUMBER.test(t)) return null;
    return Number(t.replace(/\./g, '').replace(',', '.'));
  }
  if (!POINT_NUMBER.test(t)) return null;
  return Number(t.replace(/,/g, ''));
}

/**
 * Decides a column's decimal separator from all its cells, never per cell: "1.234" is a
 * thousand in a comma column and one point two in a point column.
 */
export function detectDecimal(cells: readonly string[]): DecimalSeparator {
  let comma = 0;
  let point = 0;
  for (const raw of cells) {
    const t = raw.trim();
    if (/^[+-]?\d+,\d+$/.test(t) || /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) comma++;
    else if (/^[+-]?\d+\.\d+$/.test(t) && !/^[+-]?\d{1,3}\.\d{3}$/.test(t)) point++;
  }
  return point > comma ? '.' : ',';
}

/** Counts between 1 and threshold-1 reveal individuals: they are withheld, never shown. */
export function suppressSmallCount(cell: Cell, threshold: number): Cell {
  if (cell.kind === 'value' && cell.value > 0 && cell.value < threshold) return SUPPRESSED;
  return cell;
}
