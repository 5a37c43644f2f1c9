// The atlas's own indicator tables are plain (`;`, names in double quotes without `;` inside,
// decimal comma), so tests read them directly and independently of src/data's parser.
import { readFileSync } from 'node:fs';

export interface PlainTable {
  header: string[];
  rows: Record<string, string>[];
}

export function readPlain(path: string): PlainTable {
  const lines = readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
  const split = (line: string) => line.split(';').map((cell) => cell.replace(/^"(.*)"$/, '$1'));
  const header = split(lines[0]);
  return { header, rows: lines.slice(1).map((l) => Object.fromEntries(split(l).map((c, i) => [header[i], c]))) };
}

/** A cell as a number; '' (keine Angabe) -> null. */
export const numberOf = (cell: string | undefined): number | null => (cell === undefined || cell === '' ? null : Number(cell.replace(',', '.')));
