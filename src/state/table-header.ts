// Which column of the table (on screen, in print and in the CSV) says what: the words come from
// the table texts of the language in use, the choice of them is made here once.
import type { ColumnKey } from '../domain/table-rows';
import type { Level } from '../domain/types';
import type { ConfidenceLevel } from '../domain/intervals';
import { tableTexts } from '../messages/table';
import { intervalTexts } from '../messages/intervals';

/** What a column header needs to know of the plan. */
export interface HeaderSource {
  level: Level;
  year: number | null;
  indicator: { label: string; unit: string };
  measure: { label: string; unit: string; signed: boolean };
  display: 'value' | 'change' | 'deviation';
  intervals?: { level: ConfidenceLevel };
}

const withUnit = (label: string, unit: string) => (unit ? `${label} (${unit})` : label);

/**
 * The header as shown and as written into the CSV: with the unit, so a number is never bare.
 * On screen the caption names the indicator and the headers stay short so that every column
 * fits; a CSV stands alone and says it all (`long`).
 */
export function columnHeader(key: ColumnKey, p: HeaderSource, long = false): string {
  const { area, columns } = tableTexts;
  const level = p.intervals?.level ?? 0.95;
  switch (key) {
    case 'name':
      return area[p.level];
    case 'parent':
      return area.gemeinde;
    case 'value':
      if (long) return withUnit(p.measure.label, p.measure.unit);
      return withUnit(p.measure.signed ? (p.display === 'change' ? columns.change : columns.deviation) : columns.value, p.measure.unit);
    case 'own':
      return withUnit([long ? p.indicator.label : columns.value, p.year].filter((x) => x !== null).join(' '), p.indicator.unit);
    case 'class':
      return columns.class;
    case 'rank':
      return columns.rank;
    case 'lower':
      return withUnit(intervalTexts.lowerHeader(level), long ? p.indicator.unit : '');
    case 'upper':
      return withUnit(intervalTexts.upperHeader(level, long), long ? p.indicator.unit : '');
    case 'unsure':
      return intervalTexts.reliabilityHeader;
  }
}
