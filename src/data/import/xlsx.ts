// Excel workbooks (.xlsx) read in the browser and in Node alike by read-excel-file's universal
// entry (an ArrayBuffer in, rows of cells out, nothing fetched). The sheet becomes the same grid a
// CSV does, so every later rule applies unchanged. Dates become "31.12.2021" as a German export
// writes them; numbers keep their full precision (a decimal comma, no grouping).
import type { Problem } from '../../domain/types';
import { problem } from './problem-texts';
import type { Grid } from './grid';
import { dataTexts } from '../../messages/data';

type XlsxCell = string | number | boolean | Date | null | undefined;

export async function readWorkbook(file: { name: string; bytes: ArrayBuffer }, sheet: string | undefined, problems: Problem[]): Promise<{ grid: Grid; sheet: string; sheets: string[] }[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  let sheets: { sheet: string; data: XlsxCell[][] }[];
  try {
    sheets = (await readXlsxFile(file.bytes)) as unknown as { sheet: string; data: XlsxCell[][] }[];
  } catch (e) {
    problems.push(problem('xlsx.unreadable', { reason: e instanceof Error ? e.message : String(e) }, { file: file.name }));
    return [];
  }
  if (sheets.length === 0) {
    problems.push(problem('xlsx.unreadable', { reason: dataTexts.noSheets }, { file: file.name }));
    return [];
  }
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) {
    problems.push(problem('xlsx.noSheet', { sheet: sheet ?? '' }, { file: file.name }));
    return [];
  }
  const others = sheets.filter((s) => s !== chosen).map((s) => s.sheet);
  if (others.length > 0) problems.push(problem('xlsx.otherSheets', { sheet: chosen.sheet, others: others.join(', ') }, { file: file.name, severity: 'warning' }));
  return [{ grid: gridOfSheet(chosen.data), sheet: chosen.sheet, sheets: sheets.map((s) => s.sheet) }];
}

export function gridOfSheet(data: readonly (readonly XlsxCell[])[]): Grid {
  const width = Math.max(0, ...data.map((r) => r.length));
  const rows = data.map((r) => Array.from({ length: width }, (_, i) => textOf(r[i])));
  return { rows, lines: rows.map((_, i) => i + 1), separator: null };
}

function textOf(cell: XlsxCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    const d = cell;
    return `${String(d.getUTCDate()).padStart(2, '0')}.${String(d.getUTCMonth() + 1).padStart(2, '0')}.${d.getUTCFullYear()}`;
  }
  // As a German export writes it, so that the column's decimal comma is not taken for grouping.
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  return String(cell);
}

