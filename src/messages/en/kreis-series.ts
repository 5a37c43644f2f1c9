// English texts of "The district compared": the district's series beside NRW and Germany (issue 27).
import type { deKreisSeries, deKreisSeriesProblems } from '../de/kreis-series';
import type { TextsOf } from '../texts-of';

export const enKreisSeries: TextsOf<typeof deKreisSeries> = {
  title: 'The district compared',
  intro: (kreis) =>
    `Figures for the ${kreis} as a whole, beside North Rhine-Westphalia and Germany. They do not exist for the municipalities with the same definition; so they are not a map but the district's time series.`,
  open: 'The district compared',
  openHint: "The district's time series beside NRW and Germany",
  related: (indicator) => `Related to “${indicator}”`,
  others: "More series of the district",
  all: "The district's series",
  loading: "Loading the district's series …",
  failed: (reason) => `The district's series could not be loaded: ${reason}`,
  scopes: { kreis: 'District', nrw: 'NRW', bund: 'Germany' },
  latest: (year, parts) => `${year}: ${parts.join(' · ')}`,
  noSource: 'not in the source',
  years: (from, to, n) => (from === to ? `${from}` : `${from}–${to} (${n} years)`),
  definition: 'Definition',
  unit: 'Unit',
  source: 'Source',
  code: 'Code',
  license: 'Licence',
  vintage: 'Years',
  note: 'Note',
};

export const enKreisSeriesProblems: TextsOf<typeof deKreisSeriesProblems> = {
  noList: 'No list "series" of the district series.',
  noTable: 'The description of the district series names no table ("table").',
  field: (n, fields) => `Series ${n}: missing (${fields}).`,
  duplicate: 'Series described twice.',
  unknown: 'Series not named in the description.',
  row: 'Line not readable (series, level kreis/nrw/bund, year, value).',
  twice: (scope, year) => `Value for ${scope} ${year} twice.`,
  noKreis: 'The series has no value for the district.',
  header: (header) => `The header line must read "${header}".`,
  overlayNoSeries: 'The translation of the district series has no object "series" (id → texts).',
  overlayNotText: (field) => `Field “${field}” must be a non-empty text.`,
  overlayFieldUnknown: (field) => `Unknown field “${field}” (only texts the section shows are translated).`,
  overlaySeriesMissing: (id) => `Series “${id}” has no entry in the translation.`,
  overlayFieldMissing: (id, field) => `Series “${id}”: translation of “${field}” is missing.`,
  overlaySeriesUnknown: (id) => `“${id}” is not a series of the description (a typo in the id?).`,
  overlayTopic: (text, topic) => `Topic “${text}” differs from the catalog’s translation (“${topic}”).`,
  overlayFileMissing: (file) => `No translation of the district series (${file}): they stay German.`,
};
