// Which lines of a downloaded table are what. Official exports (GENESIS, Regionalstatistik,
// IT.NRW) and Excel sheets put a title block above the table, one to four header rows whose texts
// together name a column, and footnotes and a copyright below it. The data rows are found first,
// by their content (an area key or name and a figure), and everything else is placed around them.
import { looksLikeKey } from '../keys';
import { isBlankRow, type Grid } from './grid';
import { isReadable } from './numbers';

export type LineRole = 'title' | 'header' | 'data' | 'footer' | 'blank';

export interface Layout {
  /** row indices of the header rows, top to bottom (several rows name a column together) */
  header: number[];
  /** row indices of the data rows, blank ones left out */
  data: number[];
  /** role of every row, by row index */
  roles: LineRole[];
  /** the year a title line states for the whole table ("Jahr: 2016"), or null */
  year: number | null;
  /** the table's title line, for naming indicators whose header says only "Insgesamt" */
  title: string | null;
}

export interface LayoutContext {
  /** whether a text is the name of an area of the atlas (names-only tables have no key) */
  isAreaName(text: string): boolean;
}

/** how many rows are searched for the start of the data */
const SEARCH = 60;
/** a footer starts with a rule or a copyright, as GENESIS and Excel reports write them */
const FOOTER_START = /^(_{3,}|-{5,}|©|\(c\)|quelle\s*:|stand\s*:|fußnote|anmerkung|hinweis|\*\)|\d\)\s)/i;
const TITLE_YEAR = /^(jahr|berichtsjahr|stichtag)\s*:?\s*(?:\d\d\.\d\d\.)?(\d{4})\b/i;
/** "Kinder in Bedarfsgemeinschaften, 31.12.2022": a title ending in a date states the Stichtag */
const TITLE_DATE = /(\d\d\.\d\d\.)(\d{4})\s*$/;
const TITLE_NOISE = /^(genesis-tabelle|regionale tiefe|-\s.*\s-$|tabelle\s*:)/i;

const filled = (fields: readonly string[]) => fields.filter((f) => f.trim() !== '').length;

/**
 * A note below the table: text in the first field only, not starting like a key or a figure (a row
 * whose separator went wrong, "05382068,Troisdorf,4.1", is a data row with a problem, not a note).
 */
const isNote = (fields: readonly string[]) => filled(fields) === 1 && fields[0].trim() !== '' && !/^[\d+-]/.test(fields[0].trim());

/**
 * A data row names an area (by a key of any level, or by a name of the atlas) and holds a figure or
 * an official symbol in some other field.
 */
function isDataRow(fields: readonly string[], context: LayoutContext): boolean {
  const area = fields.findIndex((f) => looksLikeKey(f) || context.isAreaName(f));
  if (area < 0) return false;
  return fields.some((f, i) => i !== area && f.trim() !== '' && isReadable(f));
}

export function sniffLayout(grid: Grid, context: LayoutContext, headerRow?: number): Layout {
  const { rows } = grid;
  const roles: LineRole[] = rows.map((r) => (isBlankRow(r) ? 'blank' : 'title'));
  const nonBlank = rows.flatMap((_, i) => (roles[i] === 'blank' ? [] : [i]));
  const looksData = (i: number) => isDataRow(rows[i], context);

  let header: number[];
  let first: number;
  if (headerRow !== undefined && headerRow >= 0 && headerRow < rows.length) {
    // The planner said where the header is: the data start right below it.
    header = [headerRow];
    first = nonBlank.find((i) => i > headerRow) ?? rows.length;
  } else {
    // The first row that looks like data, with the next rows mostly alike (one odd row is no table).
    const at = nonBlank.slice(0, SEARCH).findIndex((i, n) => {
      if (!looksData(i)) return false;
      const next = nonBlank.slice(n + 1, n + 4);
      return next.length === 0 || next.filter(looksData).length >= Math.min(2, next.length);
    });
    if (at >= 0) {
      first = nonBlank[at];
      header = headerAbove(rows, nonBlank.slice(0, at));
    } else {
      // Nothing looks like data (unknown keys, names not of this atlas): the first row with
      // several fields is the header, as in a plain CSV.
      const h = nonBlank.find((i) => filled(rows[i]) >= 2) ?? nonBlank[0] ?? 0;
      header = nonBlank.length ? [h] : [];
      first = nonBlank.find((i) => i > h) ?? rows.length;
    }
  }
  for (const i of header) roles[i] = 'header';

  // The footer begins at a rule or copyright line, or after the last row that looks like data.
  const after = nonBlank.filter((i) => i >= first);
  const marked = after.find((i) => FOOTER_START.test(rows[i][0]?.trim().replace(/^"/, '') ?? ''));
  const lastData = [...after].reverse().find(looksData);
  const trailing = lastData === undefined ? Infinity : (after.find((i) => i > lastData && isNote(rows[i])) ?? Infinity);
  const footerFrom = Math.min(marked ?? Infinity, trailing);
  const data: number[] = [];
  for (const i of after) {
    if (i >= footerFrom) roles[i] = 'footer';
    else {
      roles[i] = 'data';
      data.push(i);
    }
  }

  const titles = nonBlank.filter((i) => roles[i] === 'title').map((i) => rows[i].find((f) => f.trim() !== '')?.trim() ?? '');
  const year = titles.map((t) => TITLE_YEAR.exec(t) ?? TITLE_DATE.exec(t)).find((m) => m !== null)?.[2];
  return { header, data, roles, year: year ? Number(year) : null, title: titles.find((t) => !TITLE_NOISE.test(t) && !TITLE_YEAR.test(t)) ?? null };
}

/**
 * The header rows right above the data: each names columns, so it has more than one field or its
 * one field is not in the first column; rows above them are the title block.
 */
function headerAbove(rows: readonly string[][], before: readonly number[]): number[] {
  const header: number[] = [];
  for (let n = before.length - 1; n >= 0; n--) {
    const fields = rows[before[n]];
    const several = filled(fields) >= 2 || (filled(fields) === 1 && fields[0].trim() === '');
    if (!several) break;
    header.unshift(before[n]);
  }
  // A one-field line right above the data is still the header of a one-column table.
  if (header.length === 0 && before.length > 0) header.push(before[before.length - 1]);
  return header;
}
