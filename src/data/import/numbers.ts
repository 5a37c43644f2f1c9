// One cell of a planner's table: a number with an optional unit ("12,5 %", "1.234 €"), an official
// symbol of the statistical offices, or a flagged number ("123 p", "(45)"). The symbols mean what
// the offices' Zeichenerklärung says, which differs from the built-in tables' suppression marks:
// "–" or "-" is "nothing there", i.e. 0, not secret.
import { parseNumber, type DecimalSeparator } from '../../domain/cells';
import { MISSING, type Cell, type CellSymbol } from '../../domain/types';

export type CellRead = { ok: true; cell: Cell; unit: string | null } | { ok: false };

const BLANK = /[\s\u00a0\u202f]+/g;
/** units written after (or, for currencies, before) a number, and what the atlas calls them */
const UNITS: ReadonlyArray<[RegExp, string]> = [
  [/^(%|prozent|v\.?\s?h\.?)$/i, '%'],
  [/^(‰|promille)$/i, '‰'],
  [/^(€|eur|euro)$/i, '€'],
  [/^(km²|km2|qkm)$/i, 'km²'],
  [/^(m²|m2|qm)$/i, 'm²'],
  [/^(ew\/km²|ew\/km2|einw\.?\/km²)$/i, 'Einw./km²'],
];
const FLAG = /^(.*?)\s*([prs])$/;
const SYMBOLS: Readonly<Record<string, Cell>> = {
  '.': { kind: 'suppressed', symbol: '.' },
  x: { kind: 'missing', symbol: 'x' },
  X: { kind: 'missing', symbol: 'x' },
  '/': { kind: 'missing', symbol: '/' },
  '…': { kind: 'missing', symbol: '…' },
  '...': { kind: 'missing', symbol: '…' },
  '–': { kind: 'value', value: 0, symbol: '–' },
  '-': { kind: 'value', value: 0, symbol: '–' },
  '—': { kind: 'value', value: 0, symbol: '–' },
};

/** The number and unit of a text such as "12,5 %", "€ 1.234" or "3.5", or null. */
export function readQuantity(text: string, decimal: DecimalSeparator): { value: number; unit: string | null } | null {
  const t = text.trim();
  const direct = parseNumber(t, decimal);
  if (direct !== null) return { value: direct, unit: null };
  const m = /^([^\d+-]*?)\s*([+-−]?[\d.,\s\u00a0\u202f]*\d)\s*([^\d]*)$/.exec(t);
  if (!m) return null;
  const [, before, number, after] = m;
  const unitText = (after || before).trim();
  if (before.trim() && after.trim()) return null;
  const unit = UNITS.find(([re]) => re.test(unitText))?.[1];
  if (!unit) return null;
  const value = parseNumber(number.replace('−', '-'), decimal);
  return value === null ? null : { value, unit };
}

/**
 * Reads a cell under the offices' rules. An empty cell is missing; a symbol is its cell; a number
 * may carry a unit and a flag (p, r, s, or brackets for limited reliability). Anything else fails,
 * and the caller reports it with its place.
 */
export function readCell(raw: string, decimal: DecimalSeparator): CellRead {
  // Most cells are plain numbers: read them before trying units, flags and symbols.
  const plain = parseNumber(raw.trim(), decimal);
  if (plain !== null) return { ok: true, cell: { kind: 'value', value: plain }, unit: null };
  const text = raw.replace(BLANK, ' ').trim();
  if (text === '') return { ok: true, cell: MISSING, unit: null };
  const symbol = SYMBOLS[text];
  if (symbol) return { ok: true, cell: symbol, unit: null };
  let body = text;
  let flag: CellSymbol | undefined;
  const bracket = /^\((.+)\)$/.exec(body);
  if (bracket) {
    body = bracket[1];
    flag = '()';
  }
  const flagged = FLAG.exec(body);
  if (!flag && flagged && /\d/.test(flagged[1])) {
    body = flagged[1];
    flag = flagged[2] as CellSymbol;
  }
  const quantity = readQuantity(body, decimal);
  if (quantity === null) return { ok: false };
  const cell: Cell = flag ? { kind: 'value', value: quantity.value, symbol: flag } : { kind: 'value', value: quantity.value };
  return { ok: true, cell, unit: quantity.unit };
}

/** Whether a raw field holds a readable number or symbol (with either decimal separator). */
export const isReadable = (raw: string): boolean => readCell(raw, ',').ok || readCell(raw, '.').ok;

/** Whether a raw field holds an actual number, not only a symbol or nothing. */
export function holdsNumber(raw: string): boolean {
  const read = readCell(raw, ',');
  const cell = read.ok ? read.cell : (() => { const r = readCell(raw, '.'); return r.ok ? r.cell : null; })();
  return cell !== null && cell.kind === 'value' && cell.symbol !== '–';
}

/** The digits, separators and sign of a field, for deciding a column's decimal separator. */
export const numberPart = (raw: string): string => raw.replace(/^\((.*)\)$/, '$1').replace(/[^\d.,+-]/g, '');
