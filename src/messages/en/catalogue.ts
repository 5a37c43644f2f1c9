// English texts of the indicator picker and the "About the data" view.
import type { Level } from '../../domain/types';
import type { deCatalogue } from '../de/catalogue';
import type { TextsOf } from '../texts-of';

const years = (spans: readonly [number, number][]) =>
  spans.length === 0 ? 'no year given' : spans.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');

const levelNames: Record<Level, string> = { kreis: 'District', gemeinde: 'Municipalities', sozialraum: 'Social areas', raster: 'Grid cells' };

const scopeName = (scope: 'nrw' | 'bund') => (scope === 'nrw' ? 'NRW' : 'Germany');

export const enCatalogue: TextsOf<typeof deCatalogue> = {
  pickerLabel: 'Indicator',
  pickerFilter: 'Find an indicator',
  pickerPlaceholder: 'Word, topic or code',
  pickerList: 'Indicators by topic',
  pickerCount: (n) => (n === 1 ? '1 indicator found' : `${n} indicators found`),
  pickerNone: 'No indicator found',
  pickerShown: 'shown',
  pickerHint: 'Arrow keys choose, Enter takes, Esc closes.',
  years,
  /** "Municipalities 2015–2022; Social areas 2020" */
  availability: (list) => (list.length ? list.map((a) => `${levelNames[a.level]} ${years(a.spans)}`).join('; ') : 'no values'),
  levelNames,
  definition: 'Definition',
  formula: 'Formula',
  numerator: 'Numerator',
  denominator: 'Denominator',
  factor: 'Factor',
  unit: 'Unit',
  source: 'Source',
  code: 'Table / code',
  license: 'Licence',
  vintage: 'As at',
  yearsAvailable: 'Years',
  note: 'Note',
  display: 'Display',
  displays: { choropleth: 'Shaded areas (choropleth)', circles: 'Circles (area ∝ value)' },
  sample: 'Sample data (invented)',
  noUnit: 'no unit',
  aboutOpen: 'About the data',
  aboutTitle: 'About the data',
  aboutIntro: (n, topics) =>
    `${n} ${n === 1 ? 'indicator' : 'indicators'} in ${topics} ${topics === 1 ? 'topic' : 'topics'}: what they measure, where they come from, which licence they are under and which years have values.`,
  aboutFilter: 'Search indicators',
  aboutCount: (n) => (n === 1 ? '1 indicator' : `${n} indicators`),
  aboutCurrent: 'shown on the map',
  aboutGeometry: 'Boundaries',
  geometryOf: { kreis: 'District', gemeinde: 'Municipal boundaries', sozialraum: 'Social areas', raster: 'Census 2011 grid (1 km)' },
  attribution: 'Attribution',
  file: 'File',
  references: 'Reference values',
  close: 'Close',
  scopes: { nrw: 'NRW', bund: 'Germany' },
  referenceValue: (scope, year) => `${scopeName(scope)} ${year}`,
  referenceValueHead: 'Value',
  /** the area's value minus the reference value */
  differenceHead: 'Difference',
  referenceOtherYear: (year) => `Reference value published for ${year} only`,
  differenceTo: (scope) => `Difference from ${scopeName(scope)}`,
};
