// English texts of the analysis views.
import type { deAnalysis } from '../de/analysis';
import type { Strength } from '../../domain/regression';
import { formatNumber } from './number';
import type { TextsOf } from '../texts-of';

/** −0.54 with a true minus sign */
const signed = (v: number) => `${v < 0 ? '−' : ''}${formatNumber(Math.abs(v), 2)}`;

/** The level's name ("Towns and municipalities") inside a sentence: English does not capitalise it there. */
const inline = (name: string) => name.charAt(0).toLowerCase() + name.slice(1);

const STRENGTH: Record<Strength, string> = { none: 'no notable', weak: 'a weak', moderate: 'a moderate', strong: 'a strong' };

export const enAnalysis: TextsOf<typeof deAnalysis> = {
  pane: 'Analysis',
  close: 'Close analysis',
  views: 'Analysis view',
  viewName: { scatter: 'Scatter plot', ranking: 'Ranking', funnel: 'Funnel plot', profile: 'Area profile', index: 'Social index' },
  yAxis: 'Second indicator (y-axis)',
  bivariate: 'as a bivariate map',
  bivariateNote: 'Three classes (terciles) for each indicator; the map’s colour shows both at once.',
  /** the bivariate key's three steps per axis, low to high */
  tercileWords: ['low', 'middle', 'high'],
  bivariateKey: (x, y) => `Bivariate legend: columns ${x}, rows ${y}`,
  bivariateCell: (i, x, xWord, y, yWord, count) => `Class ${i + 1}: ${x} ${xWord}, ${y} ${yWord}, ${count} ${count === 1 ? 'area' : 'areas'}`,
  /** "Terciles at 12.0 / 18.5" */
  terciles: (bounds) => `Terciles at ${bounds}`,
  kreis: 'District',
  regression: 'Regression line',
  brushHint: 'Drag a rectangle to highlight its areas on the map; arrow keys move between the points, Enter selects an area.',
  brushed: (n) => `${n} ${n === 1 ? 'area' : 'areas'} in the rectangle highlighted on the map`,
  brushClear: 'Clear highlight',
  dataTable: 'Values as a table',
  area: 'Area',
  summary: (r, r2, strength, x, y, n, areas) =>
    `r = ${signed(r)}: ${STRENGTH[strength]}${strength === 'none' ? '' : r > 0 ? ' positive' : ' negative'} relationship between “${x}” and “${y}” in ${n} ${inline(areas)}` +
    ` (r² = ${formatNumber(r2, 2)}: ${formatNumber(r2 * 100, 0)}% of the variation shared; a relationship is not a cause).`,
  noFit: (n) => `Too few areas with both values (${n}) for a regression line.`,
  dot: (name, x, y) => `${name}: ${x}; ${y}`,
  funnelBase: 'Base (denominator of the value, log axis)',
  funnelNone: 'No funnel plot: this indicator has no confidence interval or no district value.',
  funnelSummary: (what, n, areas, beyond95, beyond998) =>
    `${what}: ${n} ${inline(areas)} by their base (across) and their value (up). Inside the funnel lines a value is within chance of the district value (dashed); ` +
    `${beyond95} ${beyond95 === 1 ? 'area lies' : 'areas lie'} outside the 95% limit, ${beyond998} outside the 99.8% limit.`,
  funnelDot: (name, value, base) => `${name}: ${value}, base ${base}`,
  rankingTitle: 'Ranking',
  rankingSummary: (what, n, areas) => `${what}: ${n} ${inline(areas)} ordered by their value, highest first.`,
  rankingMissing: (names) => `No value: ${names}.`,
  bar: (rank, name, value) => `Rank ${rank}: ${name}, ${value}`,
  profileTitle: (name) => `Area profile ${name}`,
  profileArea: 'Area of the profile',
  profileHead: { indicator: 'Indicator', value: 'Value', kreis: 'District', parent: 'Municipality', rank: 'Rank', range: 'Position', trend: 'Trend' },
  rangeNote:
    'Position: the dot between the lowest and highest value of all areas of the level, the line the district value. Trend: change since the year given. Below a value: its 95% confidence interval and its comparison with the district value.',
  rangeLabel: (min, max, value) => `from ${min} to ${max}, here ${value}`,
  trend: (arrow, change, year) => `${arrow} ${change} (${year})`,
  trendWords: { '↑': 'risen', '↓': 'fallen', '→': 'unchanged' },
  /** "+1.2 since 2019" */
  since: (change, year) => `${change} since ${year}`,
  kreisDashed: (value) => `District (dashed): ${value}`,
  indexTitle: 'Social index',
  indexIntro:
    'Choose indicators and, for each, the direction of need and a weight. The index is the weighted mean of the standardised values and is shown on the map around 0.',
  standardisation: 'Standardisation',
  standardWords: { z: 'z-scores (difference from the mean in standard deviations)', rank: 'Rank scores (−1 to +1, robust against outliers)' },
  component: 'Indicator',
  direction: 'More need when',
  directionWords: { higher: 'higher', lower: 'lower' },
  weight: 'Weight',
  remove: (label) => `Remove ${label}`,
  add: 'Add indicator',
  addNone: '– Choose an indicator –',
  excluded: (n) => `${n} ${n === 1 ? 'area is' : 'areas are'} missing from the index (a component has no value; never estimated):`,
  excludedRow: (name, missing) => `${name} (no ${missing})`,
  sensitivity: 'Sensitivity: change of rank compared with equal weights',
  sensitivityNone: 'With equal weights no rank changes.',
  sensitivityHead: { area: 'Area', rank: 'Rank (chosen)', equal: 'Rank (equal weights)', shift: 'Change' },
  indexEmpty: 'No indicator chosen yet: the map still shows the chosen indicator.',
  recipe: 'Recipe',
};
