// Resolves state + data into a drawing plan once (as Observable Plot does): which areas, which
// year, which quantity (value, change or deviation), class breaks, colours, the class of each
// area and the legend rows. Map, legend, table, panel and print only read it.
import { extent } from 'd3-array';
import { centredThresholds, classBounds, classOf, roundThresholds, thresholds, thresholdScale, type ThresholdScale } from '../domain/classify';
import { palette, SCHEMES, NO_DATA_FILL, SUPPRESSED_FILL } from '../domain/colour';
import { difference } from '../domain/change';
import { differenceMeasure, valueMeasure, type Measure } from '../domain/measure';
import { MISSING, type Area, type Cell, type Indicator } from '../domain/types';
import { cellsAt, yearsOf, type AtlasData, type Reference } from '../data/atlas-data';
import type { AtlasState, MappedDisplay, MapLevel } from './atlas-state';
import { areasInView } from './hierarchy';
import { indicatorsAt } from './level-indicators';
import { radiusScale, sizeReferences, SYMBOL_AREA_FILL, SYMBOL_COLOUR, type RadiusScale } from '../domain/symbols';
import { UNPLANNED, unsureFill, type AreaStyle } from '../symbology/areas';
import { intervalPlan, type IntervalPlan } from './interval-plan';
import { significanceClasses, type SignificanceKey } from './significance-plan';

import type { BivariateKey, IndexKey } from './analysis-plan';
import { planTexts } from '../messages/plan';

export type { Measure } from '../domain/measure';

/** Class index in feature-state for the two non-scale styles. */
export const CLASS_MISSING = -1;
export const CLASS_SUPPRESSED = -2;

export interface LegendRow {
  index: number;
  colour: string;
  lower: number;
  upper: number;
  /** areas of the class among those in view (`shown`) */
  count: number;
  /** a named group instead of bounds ("signifikant höher", …): the significance map's rows */
  label?: string;
}

/**
 * Proportional circles (a count shown as itself, `display: 'circles'` in the catalog): one circle per
 * area at its label point, area ∝ value, over the areas in a neutral fill.
 */
export interface Symbols {
  /** value -> radius in CSS px on screen (a square-root scale from 0); print scales it to paper */
  radius: RadiusScale;
  /** values of the size legend's reference circles, largest first */
  references: number[];
  colour: string;
  /** the fill of an area with a value, beneath its circle */
  areaFill: string;
}

/** Where the figures come from, as legend, card and print write it. */
export interface SourceLine {
  text: string;
  license: string;
  vintage: string;
}

export interface Plan {
  indicator: Indicator;
  level: MapLevel;
  /** the areas of the level: all are drawn and classed */
  areas: Area[];
  /** the areas in view (a focused Gemeinde's Sozialräume): legend counts, ranks and summary refer to them */
  shown: Area[];
  /** name of the Gemeinde in focus, null when the whole Kreis is shown */
  focusName: string | null;
  /** the quantity the plan holds; the significance map holds the values (`significance` says so) */
  display: MappedDisplay;
  /** years the indicator has at this level, ascending; [] for a table without years */
  years: number[];
  year: number | null;
  baseYear: number | null;
  /** some of what is shown is sample data ("Beispieldaten") */
  sample: boolean;
  source: SourceLine;
  measure: Measure;
  /** an area's own value against the Kreis value: the one difference measure of card, table and comparison */
  difference: Measure;
  /** the mapped quantity per area of the level */
  cells: Map<string, Cell>;
  /** the indicator's own values in `year`, whatever the display */
  values: Map<string, Cell>;
  thresholds: number[];
  /** the grid level is asked for and its cells are still loading (see ui/controllers/grid-controller) */
  gridPending: boolean;
  /** proportional circles instead of class colours; null: a choropleth */
  symbols: Symbols | null;
  /** class colour of a value: the one class -> colour rule that map, legend, table and print read */
  scale: ThresholdScale;
  /** the fill of an area: its class colour, or the no-data / suppressed fill */
  fill(id: string): string;
  /**
   * How an area is drawn (fill, hatched), resolved once: map, table and print read it and decide
   * nothing themselves. An id the plan does not hold gets the no-data fill, unhatched.
   */
  style(id: string): AreaStyle;
  rows: LegendRow[];
  /** area id -> class index (or CLASS_MISSING / CLASS_SUPPRESSED); a circle map has no classes, only the two */
  classes: Map<string, number>;
  /** shown areas without a value, and with a withheld one */
  missing: number;
  suppressed: number;
  /** some area of the level (shown or not) is drawn hatched */
  hatched: boolean;
  /** the Kreis value in `year` */
  reference: Reference;
  noDataFill: string;
  suppressedFill: string;
  /** each area's confidence interval, unsure mark and comparison with the Kreis value (state/interval-plan) */
  intervals: IntervalPlan;
  /** values marked unsure are drawn faded (the setting, on by default at the grid level) */
  fadesUnsure: boolean;
  /** the map shows "Vergleich mit dem Kreiswert": rows are its groups (state/significance-plan) */
  significance?: SignificanceKey | null;
  /** the map shows two indicators in 3×3 classes (state/analysis-plan); `rows` is then empty */
  bivariate?: BivariateKey | null;
  /** the map shows a Sozialindex: its recipe and the areas it leaves out */
  index?: IndexKey | null;
}

export function makePlan(data: AtlasData, state: AtlasState): Plan {
  const level = state.level;
  const offered = indicatorsAt(data.catalog, level);
  const indicator = offered.find((i) => i.id === state.indicator) ?? offered[0] ?? data.catalog.indicators[0];
  const areas = data.areas.filter((a) => a.level === level);
  const years = yearsOf(data, indicator.id, level);
  const year = pick(years, state.year, years.at(-1));
  const significant = state.display === 'significance';
  const display: MappedDisplay = state.display === 'significance' || (state.display === 'change' && years.length < 2) ? 'value' : state.display;
  const others = years.filter((y) => y !== year);
  const baseYear = display === 'change' ? pick(others, state.baseYear, others[0]) : null;

  const values = cellsAt(data, indicator.id, year, areas);
  const reference = data.series.get(indicator.id)?.reference.get(year ?? 0) ?? { value: null, official: false };
  const cells =
    display === 'value'
      ? values
      : display === 'change'
        ? mapCells(areas, (id) => difference(values.get(id), cellsAt(data, indicator.id, baseYear, areas).get(id)))
        : mapCells(areas, (id) => difference(values.get(id), reference.value === null ? MISSING : { kind: 'value', value: reference.value }));

  const numbers = [...cells.values()].flatMap((c) => (c.kind === 'value' ? [c.value] : []));
  const measure = significant ? { ...valueMeasure(indicator), label: planTexts.significance(indicator.label) } : measureOf(indicator, display, baseYear);
  let cuts: number[];
  if (display !== 'value') {
    cuts = roundThresholds(centredThresholds(numbers, state.classes), measure.decimals);
  } else if (level !== 'gemeinde' && state.fixedClasses) {
    // Held fixed across levels: the sub-districts take the Gemeinde breaks of the same year.
    const gemeinden = data.areas.filter((a) => a.level === 'gemeinde');
    const upper = [...cellsAt(data, indicator.id, year, gemeinden).values()].flatMap((c) => (c.kind === 'value' ? [c.value] : []));
    cuts = roundThresholds(thresholds(upper, state.method, state.classes, state.manualBreaks), indicator.decimals);
  } else {
    cuts = roundThresholds(thresholds(numbers, state.method, state.classes, state.manualBreaks), indicator.decimals);
  }
  const bounds = classBounds(numbers, cuts);
  const colours =
    display === 'value'
      ? colourRamp(state.scheme ?? indicator.scheme, bounds.length, indicator.direction === 'higher-is-better')
      : divergingRamp(state.scheme, bounds.length, indicator.direction === 'higher-is-better');

  const symbols = display === 'value' && indicator.display === 'circles' ? symbolsOf(numbers) : null;
  const classes = new Map<string, number>();
  for (const [id, cell] of cells) {
    if (cell.kind === 'value' && symbols) continue;
    classes.set(id, cell.kind === 'missing' ? CLASS_MISSING : cell.kind === 'suppressed' ? CLASS_SUPPRESSED : classOf(cell.value, cuts));
  }
  const shown = areasInView(state, areas);
  const counts = bounds.map(() => 0);
  let missing = 0;
  let suppressed = 0;
  for (const area of shown) {
    const c = classes.get(area.id) ?? (symbols && cells.get(area.id)?.kind === 'value' ? undefined : CLASS_MISSING);
    if (c === undefined) continue;
    if (c === CLASS_MISSING) missing++;
    else if (c === CLASS_SUPPRESSED) suppressed++;
    else counts[c]++;
  }
  const intervals = intervalPlan(data, indicator, year, areas, shown, values, reference.value, state.confidence ?? 0.95);
  const fadesUnsure = (state.fadeUnsure ?? level === 'raster') && intervals.method !== null && intervals.method !== 'none';
  const scale = thresholdScale(cuts, colours);
  const fill = (id: string): string => {
    const cell = cells.get(id);
    if (cell?.kind === 'value') return symbols ? symbols.areaFill : scale(cell.value);
    return cell?.kind === 'suppressed' ? SUPPRESSED_FILL : NO_DATA_FILL;
  };
  const series = data.series.get(indicator.id);
  const grouped = significant ? significanceClasses(intervals, values, shown, indicator.direction) : null;
  // Own figures are the planner's, whatever areas they are drawn on: "Eigene Daten", not "Beispieldaten".
  const sample = !indicator.own && (indicator.sample || (series?.sampleLevels.has(level) ?? false) || areas.some((a) => a.sample));
  return {
    indicator,
    level,
    areas,
    shown,
    focusName: level === 'gemeinde' || !state.focus ? null : (data.areas.find((a) => a.id === state.focus)?.name ?? null),
    display,
    years,
    year,
    baseYear,
    sample,
    source: sample
      ? { text: planTexts.sampleSource, license: '–', vintage: year !== null ? String(year) : indicator.vintage }
      : { text: indicator.source, license: indicator.license, vintage: indicator.vintage },
    measure,
    difference: differenceMeasure(indicator, planTexts.deviation, planTexts.percentagePoints),
    cells,
    values,
    thresholds: cuts,
    gridPending: level === 'raster' && !data.grid,
    symbols,
    scale,
    fill,
    rows: symbols ? [] : bounds.map(([lower, upper], index) => ({ index, colour: colours[index], lower, upper, count: counts[index] })),
    classes,
    missing,
    suppressed,
    ...areaStyles(cells, classes, fill, fadesUnsure ? (id) => intervals.areas.get(id)?.unsure === true : undefined),
    intervals,
    fadesUnsure,
    // The groups replace classes and fills; the table, card and ranking keep the values.
    ...(grouped
      ? {
          symbols: null,
          fill: grouped.fill,
          classes: grouped.classes,
          rows: grouped.rows.map((r) => ({ ...r, lower: 0, upper: 0 })),
          missing: grouped.missing,
          suppressed: grouped.suppressed,
          ...areaStyles(cells, grouped.classes, grouped.fill),
          fadesUnsure: false,
          significance: grouped.key,
        }
      : {}),
    reference,
    noDataFill: NO_DATA_FILL,
    suppressedFill: SUPPRESSED_FILL,
  };
}

/**
 * Each area's style, once per plan (made when first asked, then kept: a plan of all German
 * Gemeinden need not resolve the areas nobody draws): its fill, hatched where its class is
 * missing or withheld (negative; an area with a value on a circle map has no class and is not);
 * and whether any area of the level is hatched.
 */
export function areaStyles(
  cells: ReadonlyMap<string, Cell>,
  classes: ReadonlyMap<string, number>,
  fill: (id: string) => string,
  unsure?: (id: string) => boolean,
): Pick<Plan, 'style' | 'hatched'> {
  const styles = new Map<string, AreaStyle>();
  const style = (id: string): AreaStyle => {
    let resolved = styles.get(id);
    if (!resolved) {
      if (!cells.has(id)) return UNPLANNED;
      const faded = unsure?.(id) === true;
      resolved = { fill: faded ? unsureFill(fill(id)) : fill(id), hatched: (classes.get(id) ?? 0) < 0, ...(faded ? { unsure: true } : {}) };
      styles.set(id, resolved);
    }
    return resolved;
  };
  return { style, hatched: [...classes.values()].some((c) => c < 0) };
}

function symbolsOf(numbers: readonly number[]): Symbols {
  const [min = 0, max = 0] = extent(numbers);
  return { radius: radiusScale(max), references: sizeReferences(min, max), colour: SYMBOL_COLOUR, areaFill: SYMBOL_AREA_FILL };
}

/** The wanted year if the data has it, else the fallback. */
function pick(years: readonly number[], wanted: number | null, fallback: number | undefined): number | null {
  return wanted !== null && years.includes(wanted) ? wanted : (fallback ?? null);
}

function mapCells(areas: readonly Area[], cell: (id: string) => Cell): Map<string, Cell> {
  return new Map(areas.map((a) => [a.id, cell(a.id)]));
}

/** The mapped quantity: the values, or their change or deviation by the one difference rule. */
function measureOf(indicator: Indicator, display: MappedDisplay, baseYear: number | null): Measure {
  if (display === 'value') return valueMeasure(indicator);
  return differenceMeasure(indicator, display === 'change' ? `${planTexts.changeSince(baseYear)}: ${indicator.label}` : `${planTexts.deviation}: ${indicator.label}`, planTexts.percentagePoints);
}

/**
 * Colours for n classes. ColorBrewer starts at 3; with fewer distinct values the ramp's ends
 * are used so that one or two classes still read as low and high. For "higher is better" the
 * ramp is reversed: the strong colour always marks where need is greatest.
 */
function colourRamp(scheme: string, n: number, reverse: boolean): string[] {
  const full = palette(scheme, Math.max(3, n));
  const picked = n >= 3 ? full : n === 2 ? [full[0], full[full.length - 1]] : [full[full.length - 1]];
  return reverse ? picked.reverse() : picked;
}

/**
 * Changes and deviations on a diverging scheme (the user's, if diverging, else RdBu). ColorBrewer
 * puts red first; "worse" is red: a rise where higher is worse, a fall where higher is better.
 */
export function divergingRamp(scheme: string | null, n: number, higherIsBetter: boolean): string[] {
  const chosen = SCHEMES.find((s) => s.id === scheme && s.kind === 'diverging')?.id ?? 'RdBu';
  const ramp = colourRamp(chosen, n, false);
  return higherIsBetter ? ramp : ramp.reverse();
}
