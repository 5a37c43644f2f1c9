// What each column of a table is. Only figures become indicators: the key, names, the year or
// date, codes and labels of official exports, and running numbers never do. The header rows of an
// export together name a column; a year in that name makes the column one year of an indicator
// ("2019", "31.12.2021 Insgesamt"), units in it ("Anzahl", "Jahre", "%") become the unit.
import { looksLikeKey } from '../keys';
import { holdsNumber, isReadable } from './numbers';
import { dataTexts } from '../../messages/data';

export type ColumnRole = 'key' | 'name' | 'year' | 'code' | 'label' | 'dimension' | 'running' | 'unit' | 'indicator' | 'ignore';
export const COLUMN_ROLES: readonly ColumnRole[] = ['key', 'name', 'year', 'code', 'label', 'dimension', 'running', 'unit', 'indicator', 'ignore'];

export interface Column {
  index: number;
  /** the header rows' texts joined; "Spalte 3" when they are empty */
  name: string;
  /** the name as the header rows give it, '' when they give none */
  header: string;
  /** name without its year and unit parts: the indicator it belongs to */
  base: string;
  /** year named in the header (wide tables: one column per year) */
  year: number | null;
  /** unit named in the header */
  unit: string | null;
  role: ColumnRole;
}

export interface ColumnContext {
  /** whether a (trimmed) field is the id of an area of the atlas */
  isAreaKey(raw: string): boolean;
  isAreaName(raw: string): boolean;
}

export const KEY_HEADERS = ['ags', 'ars', 'gemeinde', 'schluessel', 'schlüssel', 'id', 'gebiet', 'sozialraum', 'gkz', 'key', 'regionalschlüssel', 'gemeindeschlüssel', 'kennziffer'];
const YEAR_HEADER = /^(jahr|jahre?szahl|berichtsjahr|zeit|stichtag|datum|zeitraum|year|date)$/i;
const CODE_HEADER = /(^|[_\s])code$|^code|statistik_?code|_code_/i;
const RUNNING_HEADER = /^(nr\.?|lfd\.?\s*nr\.?|laufende\s+nummer|zeile|#|pos\.?|no\.?)$/i;
const NAME_HEADER = /name|bezeichnung|kommune|^ort$/i;
const UNIT_HEADER = /^(einheit|maßeinheit|unit)$/i;
const UNIT_PART = /^(anzahl|jahre|prozent|%|eur|euro|€|tsd\.?|km²|qkm|ha|promille|‰|je\s.+|pro\s.+|in\s.+)$/i;
const FILLER_PART = /^(und zwar|darunter|davon|dar\.|insgesamt:?)$/i;
const YEAR_PART = /^(?:(?:\d{1,2}\.){2}(\d{4})|(\d{4})(?:-\d\d-\d\d)?|(\d{4})\s*[pr]?)$/;
/** four-digit numbers read as years; which column holds years is decided by header or dates, not by this */
const YEARS = { from: 1000, to: 2999 };

/** The year written in a header part or cell: "2019", "31.12.2021", "2021-12-31"; else null. */
export function yearOf(text: string): number | null {
  const m = YEAR_PART.exec(text.trim().replace(/\.0$/, ''));
  const y = m ? Number(m[1] ?? m[2] ?? m[3]) : NaN;
  return y >= YEARS.from && y <= YEARS.to ? y : null;
}

/** "BEVSTD__Bevoelkerungsstand__Anzahl" (GENESIS flat files): the label and its unit. */
function flatValueName(text: string): { name: string; unit: string | null } | null {
  const m = /^[A-Z0-9]+__(.+?)(?:__(.+))?$/.exec(text);
  return m ? { name: m[1].replace(/_/g, ' '), unit: m[2] ?? null } : null;
}

/**
 * Header rows with each heading carried over the columns it spans. A merged cell in Excel ("Bevölkerung" over
 * "insgesamt, männlich, weiblich") is read as text in its first column and blanks in the others; a blank in an
 * upper row belongs to the heading on its left as long as a lower row names the column, which is where the
 * merged range ends in such headers.
 */
function spanHeadings(headerRows: readonly (readonly string[])[], width: number): string[][] {
  const text = (row: number, col: number) => (headerRows[row][col] ?? '').trim();
  const namedBelow = (row: number, col: number) => headerRows.some((_, r) => r > row && text(r, col) !== '');
  return headerRows.map((cells, row) => {
    const out = Array.from({ length: width }, (_, col) => cells[col] ?? '');
    if (row === headerRows.length - 1) return out;
    for (let col = 1; col < width; col++) {
      if (text(row, col) === '' && out[col - 1].trim() !== '' && namedBelow(row, col) && namedBelow(row, col - 1)) out[col] = out[col - 1];
    }
    return out;
  });
}

/** Names, base names, years and units of the columns from the header rows' texts. */
export function nameColumns(headerRows: readonly (readonly string[])[], width: number, title: string | null): Omit<Column, 'role'>[] {
  const spanned = spanHeadings(headerRows, width);
  const named = Array.from({ length: width }, (_, index) => {
    const parts: string[] = [];
    for (const row of spanned) {
      const part = (row[index] ?? '').trim().replace(/\s+/g, ' ');
      if (part !== '' && parts[parts.length - 1] !== part) parts.push(part);
    }
    const header = parts.join(', ');
    let year: number | null = null;
    let unit: string | null = null;
    const rest: string[] = [];
    for (const part of parts) {
      const y = yearOf(part);
      if (y !== null && year === null) year = y;
      else if (UNIT_PART.test(part) && parts.length > 1) unit ??= part;
      else if (!FILLER_PART.test(part) || parts.length === 1) rest.push(part);
    }
    const flat = rest.length === 1 ? flatValueName(rest[0]) : null;
    if (flat) {
      rest[0] = flat.name;
      unit ??= flat.unit;
    }
    let base = rest.join(', ');
    // "Insgesamt" or "männlich" alone says nothing in the atlas's list: say of what, from the title.
    if (title && year !== null && /^(insgesamt|zusammen|gesamt|männlich|weiblich|deutsche|ausländer(innen)?)$/i.test(base)) base = `${title}: ${base}`;
    if (base === '' && year !== null) base = title ?? dataTexts.value;
    const full = parts.filter((p) => yearOf(p) === null).join(', ');
    return { index, header, name: header || dataTexts.column(index + 1), base: base || header || dataTexts.column(index + 1), year, unit, full };
  });
  // "Bevölkerung, insgesamt" and "Bevölkerung, je km2" would both be "Bevölkerung" without their filler and unit
  // parts: columns of one year whose bases collide keep those parts, so that they stay apart.
  const twice = (c: { base: string; year: number | null }) => named.filter((o) => o.base === c.base && o.year === c.year).length > 1;
  return named.map(({ full, ...c }) => (twice(c) && full !== '' ? { ...c, base: full } : c));
}

/**
 * The role of each column, from its header and its values (the first 500 data rows). A role the
 * planner chose in the summary wins.
 */
export function assignRoles(
  columns: readonly Omit<Column, 'role'>[],
  rows: readonly (readonly string[])[],
  context: ColumnContext,
  chosen: Readonly<Record<number, ColumnRole>> = {},
): Column[] {
  const sample = rows.slice(0, 500);
  const stats = columns.map((c) => statsOf(sample.map((r) => (r[c.index] ?? '').trim()), context));
  const keyShare = (i: number) => stats[i].keys / Math.max(1, stats[i].filled);
  const roles = columns.map((c, i): ColumnRole => {
    const s = stats[i];
    const h = c.header.toLowerCase();
    if (s.filled === 0) return 'ignore';
    // Flat exports name the area column "…_Auspraegung_Code": its values, not its name, make it the key.
    if (s.shapes >= s.filled * 0.8 && keyShare(i) >= 0.5) return 'key';
    if (CODE_HEADER.test(c.header) && !KEY_HEADERS.includes(h)) return 'code';
    if (RUNNING_HEADER.test(c.header) || (i === 0 && c.header === '' && s.consecutive)) return 'running';
    if (YEAR_HEADER.test(c.header) || (c.year === null && s.years === s.filled && (s.dates > 0 || /jahr/i.test(c.header)))) return 'year';
    if (c.header === '' && s.dates === s.filled) return 'year';
    if (UNIT_HEADER.test(c.header)) return 'unit';
    if (KEY_HEADERS.includes(h) && s.shapes >= s.filled * 0.5) return 'key';
    if (s.shapes >= s.filled * 0.8 && (keyShare(i) > 0 || c.header === '')) return 'key';
    if (s.names > 0 && s.names >= s.filled * 0.5) return 'name';
    if (s.numbers > 0 && s.readable >= s.filled * 0.5) return s.consecutive && RUNNING_HEADER.test(c.header) ? 'running' : 'indicator';
    if (NAME_HEADER.test(c.header) && s.distinct > 1) return 'name';
    return s.distinct > 1 ? 'dimension' : 'label';
  });
  // One key column: the one whose values match best; other key-shaped columns are codes.
  const keys = roles.flatMap((r, i) => (r === 'key' ? [i] : []));
  const best = keys.reduce((b, i) => (b < 0 || keyShare(i) > keyShare(b) ? i : b), -1);
  for (const i of keys) if (i !== best) roles[i] = 'code';
  // A column of known names beside a key is only the names; a second one is a label.
  const names = roles.flatMap((r, i) => (r === 'name' ? [i] : []));
  for (const i of names.slice(1)) roles[i] = 'label';
  return columns.map((c, i) => ({ ...c, role: chosen[c.index] ?? roles[i] }));
}

interface Stats {
  filled: number;
  /** values of a key's shape, and those naming an area of the atlas */
  shapes: number;
  keys: number;
  names: number;
  numbers: number;
  readable: number;
  years: number;
  dates: number;
  distinct: number;
  /** 1, 2, 3, … down the rows */
  consecutive: boolean;
}

function statsOf(values: readonly string[], context: ColumnContext): Stats {
  const s: Stats = { filled: 0, shapes: 0, keys: 0, names: 0, numbers: 0, readable: 0, years: 0, dates: 0, distinct: 0, consecutive: true };
  const distinct = new Set<string>();
  let expected: number | null = null;
  for (const v of values) {
    if (v === '') continue;
    s.filled++;
    distinct.add(v);
    if (looksLikeKey(v)) s.shapes++;
    if (context.isAreaKey(v)) s.keys++;
    if (context.isAreaName(v)) s.names++;
    if (holdsNumber(v)) s.numbers++;
    if (isReadable(v)) s.readable++;
    if (yearOf(v) !== null) s.years++;
    if (/^(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d\d-\d\d)/.test(v)) s.dates++;
    const n = Number(v);
    if (expected === null) expected = n === 0 || n === 1 ? n : NaN;
    if (n !== expected) s.consecutive = false;
    expected = (expected ?? 0) + 1;
  }
  s.distinct = distinct.size;
  if (s.filled < 3) s.consecutive = false;
  return s;
}
