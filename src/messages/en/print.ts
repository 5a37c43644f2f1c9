// English texts only print writes: sheet notes and credits, the profile pages, figure notes, the
// export's own failures and file name.
import type { dePrint } from '../de/print';
import type { TextsOf } from '../texts-of';

export const enPrint: TextsOf<typeof dePrint> = {
  /** beneath the printed funnel plot, the district value already formatted */
  funnelKey: (kreis) => `Dashed: district value ${kreis}; solid: 95% limit; dotted: 99.8% limit.`,
  /** on every sheet that shows generated social areas: neither their borders nor their figures are real */
  sampleGeometry: 'Sample data – not official boundaries or figures',
  /** sample figures on official boundaries */
  sampleFigures: 'Sample data – not official figures',
  years: (base, year) => `${base} and ${year}`,
  sozialraumGeometry: 'Boundaries of social areas',
  gridGeometry: 'Grid cells 1 km²',
  indexExcluded: (names) => `No index value (a component is missing, not estimated): ${names.join(', ')}`,
  /** the 3×3 key in words: what the columns and rows are, and how many areas each cell holds */
  bivariateAxis: (label, cuts) => `${label} in terciles at ${cuts.join(' and ')}`,
  bivariateKey: (x, y, counts) => `Bivariate legend, nine fields: columns ${x}, rows ${y}; areas in each field: ${counts.join(', ')}.`,
  omitted: (n) => (n === 1 ? '1 area name not shown for lack of space' : `${n} area names not shown for lack of space`),
  layoutFailed: 'The sheet could not be laid out.',
  noSheet: 'No sheet chosen.',
  seriesTitle: (titles) => `Map series: ${titles.join(' · ')}`,
  /** the file name's words (ASCII): series, portrait, landscape */
  fileSeries: 'map-series',
  filePortrait: 'portrait',
  fileLandscape: 'landscape',
  fontFailed: (status) => `Font not loaded (${status}).`,
  pngFailed: 'The PNG could not be created.',
  creator: 'Social atlas Rhein-Sieg-Kreis',
  producer: 'Social atlas Rhein-Sieg-Kreis (PDFKit)',
  /** a block or page that goes on overleaf */
  continued: (title) => `${title} (continued)`,
  continuedMark: '(continued)',
  summaryTitle: 'At a glance',
  created: (date) => `Created on ${date}`,
  timeLine: (name) => `Time series: ${name}`,
  comparisonArea: 'Area',
  comparisonDeviation: 'Diff. district',
  rankingReference: 'District value dashed',
  rankingLeft: (n) => `${n} more ${n === 1 ? 'area' : 'areas'} with lower values not shown`,
  profile: {
    head: { indicator: 'Indicator', value: 'Value', kreis: 'District', parent: 'Municipality', rank: 'Rank', range: 'Position', trend: 'Trend' },
    title: (name) => `Area profile: ${name}`,
    within: (level, parent, kreis) => (parent ? `${level} in ${parent}, ${kreis}` : `${level} in the ${kreis}`),
    intro: (within) => `${within}. All indicators of the level, each for its latest year.`,
    legend:
      'Position: dot = the area’s value between the lowest and highest value of all areas of the level, line = district value, bar = 95% confidence interval of the value. Trend: change since the year given. Rank 1 = highest value. n/a = no data, supp. = suppressed.',
    sampleSource: 'Sample data (invented), no official source',
    source: (source, license, vintage) => `${source} (${license}; as at ${vintage})`,
    continued: (name) => `Area profile: ${name} (continued)`,
    suppressedShort: 'supp.',
    missingShort: 'n/a',
    sampleMark: ' [sample data]',
    sources: 'Sources',
    footer: (created, page, pages) => `Created on ${created}${pages > 1 ? ` · page ${page} of ${pages}` : ''}`,
  },
};
