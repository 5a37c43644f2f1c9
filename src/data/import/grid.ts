// A table as rows of text fields with the line each row starts on: what a CSV and an Excel sheet
// both become before their layout is sniffed, so that everything after reads both the same way.
import { dsvFormat } from 'd3-dsv';
import type { Problem } from '../../domain/types';
import { detectSeparator, startLines, unclosedQuoteLine } from '../csv';
import { problem } from './problem-texts';

export interface Grid {
  rows: string[][];
  /** 1-based line (CSV) or sheet row (Excel) of each row */
  lines: number[];
  /** the CSV separator, for messages; Excel has none */
  separator: string | null;
}

/** Parses a CSV text once; an unclosed quote is reported with the line it opens on. */
export function gridOfText(text: string, file: string, problems: Problem[]): Grid {
  const separator = detectSeparator(text);
  const rows = dsvFormat(separator).parseRows(text);
  const unclosed = unclosedQuoteLine(text, separator);
  if (unclosed !== null) problems.push(problem('table.unclosedQuote', { line: unclosed }, { file, line: unclosed }));
  return { rows, lines: startLines(rows), separator };
}

export const isBlankRow = (fields: readonly string[]): boolean => fields.every((f) => f.trim() === '');
