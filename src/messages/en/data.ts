// English texts of the loader's own findings (files, catalogue, boundaries, grid, references) and of
// the marks data puts on what it derives (estimates, own data). Field names of the catalogue and of
// the files ("formula", "parent", "id") are quoted as they are written in the files.
import type { deData } from '../de/data';
import type { TextsOf } from '../texts-of';

export const enData: TextsOf<typeof deData> = {
  fileHttp: (status) => `File cannot be loaded (HTTP ${status}).`,
  notJson: (reason) => `Not valid JSON: ${reason}`,
  layerMissing: (name) => `Layer “${name}” is missing from the TopoJSON file.`,
  areaWithoutId: (level) => `An area of the level “${level}” has no key “id”.`,
  keyTwice: (id) => `Key “${id}” occurs more than once.`,
  areaWithoutName: (level, id) => `${level} “${id}” has no name.`,
  levelGemeinde: 'Municipality',
  levelSozialraum: 'Social area',
  parentUnknown: (id, parent) => `Social area “${id}” names the unknown municipality “${parent}” as the area it belongs to.`,
  parentMissing: (id) => `Social area “${id}” names no area it belongs to (“parent”).`,
  catalog: {
    levelUnknown: (level, allowed) => `Unknown level “${level}” (allowed: ${allowed}).`,
    formula: 'Field “formula” needs “numerator” and “denominator” (column names) and “factor” (a number).',
    indicatorTwice: (id) => `Indicator “${id}” is defined twice.`,
    kindUnknown: (kind, allowed) => `Unknown kind “${kind}” (allowed: ${allowed}).`,
    directionUnknown: (direction) => `Unknown direction “${direction}”.`,
    displayUnknown: (display, allowed) => `Unknown display “${display}” (allowed: ${allowed}).`,
    sampleMissing: 'Field “sample” (true/false) is missing: every figure must say whether it is real.',
    tableUnlisted: (table) => `Table “${table}” is not listed under “tables”.`,
    notObject: 'The catalogue is not a JSON object.',
    fieldMissing: (field) => `Field “${field}” is missing or empty.`,
    denominatorUnknown: (id) => `Denominator “${id}” is not an indicator.`,
    fieldAbsent: (field) => `Field “${field}” is missing.`,
    noIndicator: 'The catalogue holds no usable indicator.',
  },
  /** the `interval` field of an indicator (data/catalog-interval.ts) */
  interval: {
    undeclared: 'Indicator with a formula but without “interval”: give the method of the confidence interval (wilson, byar, or none with a reason).',
    methodUnknown: (method, allowed) => `Unknown interval method “${method}” (allowed: ${allowed}).`,
    misfit: (method, kind) => `Interval method “${method}” does not fit the kind “${kind}” (wilson for shares, byar for rates, otherwise none).`,
    reasonMissing: 'Interval “none” needs a reason (“reason”).',
    noCounts: (method) => `Interval “${method}” without counts: neither “formula” nor “base” (the base’s indicator) is given.`,
    factorMissing: 'An interval with “base” needs “factor” (100 for %, 1000 for “per 1,000”).',
    baseUnknown: (id) => `The interval’s base “${id}” is not an indicator.`,
    threshold: (field) => `“${field}” must be a positive number.`,
  },
  riverHttp: (status) => `Rhine cannot be loaded (HTTP ${status}); the map does not show it.`,
  riverUnreadable: (reason) => `Rhine cannot be read (${reason}); the map does not show it.`,
  riversCredit: 'Rivers: Made with Natural Earth (public domain)',
  noGrid: 'The catalogue describes no grid (“grid”).',
  cellWithoutId: 'A grid cell has no key “id”.',
  cellParentUnknown: (id) => `Grid cell “${id}” names no known municipality as “parent”.`,
  referenceHeader: (header) => `The header line must be “${header}”.`,
  referenceRow: 'Line cannot be read (table, column, level nrw/bund, year, value).',
  estimateMark: 'estimated from the Census 2011 grid',
  noEstimate: (reason) => `No estimate from the Census 2011 grid: ${reason}`,
  estimateMethod:
    'Area-weighted from the Census 2011 grid (1 km): residents apportioned by the area of each cell inside the area, shares and means weighted by these residents',
  /** own data read in the browser: what the catalogue and the about view say of it */
  ownSource: (file) => `Your own data: ${file}`,
  ownSozialraeume: (file) => `Social areas: your own data (${file})`,
  ownNote: 'Loaded in the browser, not published and not checked.',
  ownTopic: 'Your own data',
  noYear: 'no year given',
  /** the catalogue's title when it names none */
  atlasTitle: 'Social atlas',
  /** a column without a header, counted from 1; a value column named by its table's title alone */
  column: (n) => `Column ${n}`,
  value: 'Value',
  noSheets: 'no worksheets',
  firstLayer: 'the first',
  object: (n) => `Object ${n}`,
  sozialraumObject: (id, n) => `Social area “${id}” (object ${n})`,
};
