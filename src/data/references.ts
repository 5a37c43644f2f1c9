// Reference values beside the Kreis: NRW and Deutschland per year, as the sources publish them
// (INKAR's Länder and Bund rows; GENESIS's Land and Deutschland rows, rates computed by the
// catalog's formula). One long table per source: tabelle;spalte;ebene;jahr;wert.
import { dsvFormat } from 'd3-dsv';
import type { Problem } from '../domain/types';
import { dataTexts } from '../messages/data';

export type ReferenceLevel = 'nrw' | 'bund';

/** table -> column -> year -> level -> value */
export type ReferenceTable = Map<string, Map<string, Map<number, Partial<Record<ReferenceLevel, number>>>>>;

const HEADER = ['tabelle', 'spalte', 'ebene', 'jahr', 'wert'];
const LEVELS: readonly string[] = ['nrw', 'bund'];

/** Adds the rows of one file to `into`; a row it cannot read is reported with its line, never dropped silently. */
export function readReferences(text: string, file: string, into: ReferenceTable): Problem[] {
  const problems: Problem[] = [];
  const rows = dsvFormat(';').parseRows(text.replace(/^\uFEFF/, '').replace(/\n$/, ''));
  if (rows[0]?.join(';') !== HEADER.join(';')) {
    return [{ file, line: 1, message: dataTexts.referenceHeader(HEADER.join(';')), severity: 'error' }];
  }
  rows.slice(1).forEach(([table, column, level, year, value], i) => {
    const y = Number(year);
    const v = Number((value ?? '').replace(',', '.'));
    if (!table || !column || !LEVELS.includes(level) || !Number.isInteger(y) || value === '' || !Number.isFinite(v)) {
      problems.push({ file, line: i + 2, message: dataTexts.referenceRow, severity: 'error' });
      return;
    }
    const byColumn = into.get(table) ?? new Map();
    into.set(table, byColumn);
    const byYear = byColumn.get(column) ?? new Map();
    byColumn.set(column, byYear);
    byYear.set(y, { ...byYear.get(y), [level]: v });
  });
  return problems;
}
