// English texts of the problems, by code (the codes and parameters are data's: src/data/problem-messages.ts).
import type { groupTitlesDe, tableTextsDe } from '../de/problems';

/**
 * English text of every problem the built-in loader reports (and the import, which reads the same
 * way), by code. The import's own kinds are in ./import-problems.ts.
 */
export const tableTextsEn: typeof tableTextsDe = {
  'file.empty': () => 'The file is empty.',
  'table.unclosedQuote': (p) => `A quotation mark in line ${p.line} is never closed; the rest of the file is read as one single field.`,
  'table.fieldCount': (p) => `Line has ${p.fields} fields, the header line ${p.expected}; separator “${p.separator}”.`,
  'column.missing': (p) => `Column “${p.column}” is missing from the header line.`,
  'column.keyMissing': (p) => `Key column “${p.column}” is missing from the header line.`,
  'column.yearMissing': (p) => `Year column “${p.column}” is missing from the header line.`,
  'row.keyEmpty': () => 'Key missing; the line is not matched.',
  'row.keyUnknown': (p) => `Unknown key “${p.key}”; the line is not matched.`,
  'row.yearEmpty': () => 'Year missing; the line is not matched.',
  'row.yearInvalid': (p) => `“${p.year}” is not a year (four digits expected); the line is not matched.`,
  'row.duplicate': (p) => `Duplicate key “${p.key}” (already in line ${p.first}); this line is ignored.`,
  'row.duplicateYear': (p) => `Duplicate key “${p.key}” for ${p.year} (already in line ${p.first}); this line is ignored.`,
  'cell.notNumber': (p) => `“${p.text}” is not a number; the value is shown as “no data”.`,
  'area.noRow': (p) => `The table has no line for area “${p.key}”; it is shown as “no data”.`,
  'area.missingYears': (p) => `The years ${p.years} are missing for area “${p.key}”; there it is shown as “no data”.`,
};

/** Title of a group in the problem list: what kind of problem, shared by all its members. */
export const groupTitlesEn: typeof groupTitlesDe = {
  'row.keyUnknown': 'Unknown keys',
  'row.keyEmpty': 'Lines without a key',
  'row.nameAmbiguous': 'Ambiguous names',
  'row.duplicate': 'Duplicate keys',
  'row.duplicateYear': 'Duplicate keys',
  'row.duplicateValue': 'Duplicate values',
  'row.yearInvalid': 'Invalid years',
  'row.yearEmpty': 'Lines without a year',
  'cell.notNumber': 'Not a number',
  'area.noRow': 'Areas without a line',
  'area.missingYears': 'Areas with missing years',
  'table.fieldCount': 'Wrong number of fields',
  'geo.ringOpen': 'Open rings',
  'geo.ringShort': 'Rings with fewer than 4 positions',
  'geo.selfIntersection': 'Self-intersections',
  'geo.zeroArea': 'Shapes without area',
  'geo.outside': 'Outside the district',
  'geo.overlap': 'Overlapping social areas',
  'geo.parentByOverlap': 'Municipality found by overlap',
  // a catalog translation's problems (src/data/catalog-language.ts)
  'overlay.fieldMissing': 'Missing translations',
  'overlay.indicatorMissing': 'Indicators without a translation',
  'overlay.indicatorUnknown': 'Translations of unknown indicators',
  'overlay.topicMissing': 'Topics without a translation',
  'overlay.fieldUnknown': 'Unknown fields of the translation',
  'overlay.notText': 'Translations that are not text',
  'overlay.topicTwice': 'Topics translated alike',
  'overlay.topicUnknown': 'Translated topics the catalog does not have',
  'overlay.fileMissing': 'Catalog without an English translation',
};
