// The analysis views' maps resolved into the one plan (state/plan.ts) that map, legend, table
// and print read: a Sozialindex is mapped like an indicator (diverging around 0), a bivariate map
// gives each area one of nine class colours. Nothing downstream decides a colour of its own.
import { centredThresholds, classBounds, classOf, roundThresholds, thresholdScale } from '../domain/classify';
import { NO_DATA_FILL, SUPPRESSED_FILL } from '../domain/colour';
import { BIVARIATE_COLOURS, bivariateClass, bivariateCuts, type BivariateSplit } from '../domain/bivariate';
import { socialIndex, type IndexRecipe } from '../domain/social-index';
import { MISSING, valueCell, type Cell, type Indicator } from '../domain/types';
import { cellsAt, yearsOf, type AtlasData } from '../data/atlas-data';
import type { AtlasState } from './atlas-state';
import { indicatorsAt } from './level-indicators';
import { areaStyles, CLASS_MISSING, CLASS_SUPPRESSED, divergingRamp, makePlan, type LegendRow, type Plan, type SourceLine } from './plan';
import { planTexts } from '../messages/plan';

export interface BivariateAxis {
  indicator: Indicator;
  year: number | null;
  /** inner bounds, ascending (two for terciles) */
  cuts: number[];
}

export interface BivariateKey {
  x: BivariateAxis;
  y: BivariateAxis;
  split: BivariateSplit;
  /** nine colours, index = y class * 3 + x class */
  colours: readonly string[];
  /** areas in view per cell */
  counts: number[];
}

export interface IndexKey {
  recipe: IndexRecipe;
  /** the recipe in words, for legend, card and print */
  text: string;
  /** areas of the level left out, with the labels of what they lack */
  excluded: Array<{ id: string; name: string; missing: string[] }>;
  /** the year each component is taken from */
  years: Map<string, number | null>;
}

export const INDEX_ID = 'sozialindex';

/** The plan of a view, with the analysis maps where the view asks for them. */
export function analysedPlan(data: AtlasData, state: AtlasState): Plan {
  const plan = makePlan(data, state);
  if (state.index?.components.length) return indexPlan(data, state, plan, state.index);
  if (state.bivariate && state.scatterY) return bivariatePlan(data, plan, state.scatterY);
  return plan;
}

/** Component values of a recipe at the plan's level, each in its latest year there. */
export function componentValues(data: AtlasData, recipe: IndexRecipe, plan: Pick<Plan, 'level' | 'areas'>) {
  const years = new Map<string, number | null>();
  const values = new Map<string, Map<string, number | null>>();
  for (const c of recipe.components) {
    const year = yearsOf(data, c.indicator, plan.level).at(-1) ?? null;
    years.set(c.indicator, year);
    const cells = cellsAt(data, c.indicator, year, plan.areas);
    values.set(c.indicator, new Map([...cells].map(([id, cell]) => [id, cell.kind === 'value' ? cell.value : null])));
  }
  return { years, values };
}

function indexPlan(data: AtlasData, state: AtlasState, base: Plan, recipe: IndexRecipe): Plan {
  const offered = indicatorsAt(data.catalog, base.level);
  const label = (id: string) => offered.find((i) => i.id === id)?.label ?? id;
  const { years, values } = componentValues(data, recipe, base);
  const result = socialIndex(recipe, values, base.areas.map((a) => a.id));
  const cells = new Map<string, Cell>(base.areas.map((a) => [a.id, result.values.has(a.id) ? valueCell(result.values.get(a.id) as number) : MISSING]));
  const parts = recipe.components.map((c) => offered.find((i) => i.id === c.indicator)).filter((i): i is Indicator => Boolean(i));
  const text = recipeText(recipe, label, years);
  const source = sourceOf(parts);
  const indicator: Indicator = {
    id: INDEX_ID,
    label: planTexts.indexLabel,
    topic: planTexts.indexLabel,
    unit: '',
    kind: 'index',
    decimals: 2,
    table: '',
    column: '',
    sources: [],
    source: source.text,
    license: source.license,
    vintage: source.vintage,
    definition: text,
    sample: parts.some((p) => p.sample),
    scheme: 'RdBu',
    direction: 'higher-is-worse',
  };
  const numbers = [...result.values.values()];
  const cuts = roundThresholds(centredThresholds(numbers, state.classes), indicator.decimals);
  const bounds = classBounds(numbers, cuts);
  const colours = divergingRamp(state.scheme, bounds.length, false);
  const measure = { label: planTexts.indexLabel, unit: '', decimals: indicator.decimals, signed: true };
  const names = new Map(base.areas.map((a) => [a.id, a.name]));
  return {
    ...reclass(base, cells, cuts, colours, (v) => classOf(v, cuts), bounds),
    indicator,
    display: 'value',
    years: [],
    year: null,
    baseYear: null,
    sample: indicator.sample,
    source: { ...source, text: `${text}. ${source.text}` },
    measure,
    difference: { ...measure, label: planTexts.deviationFromMean },
    values: cells,
    reference: { value: null, official: false },
    index: { recipe, text, years, excluded: result.excluded.map((e) => ({ id: e.id, name: names.get(e.id) ?? e.id, missing: e.missing.map(label) })) },
  };
}

function bivariatePlan(data: AtlasData, base: Plan, yId: string): Plan {
  const yIndicator = indicatorsAt(data.catalog, base.level).find((i) => i.id === yId);
  if (!yIndicator || base.display !== 'value') return base;
  const yYears = yearsOf(data, yId, base.level);
  const yYear = base.year !== null && yYears.includes(base.year) ? base.year : (yYears.at(-1) ?? null);
  const y = cellsAt(data, yId, yYear, base.areas);
  const split: BivariateSplit = 'terciles';
  const numbers = (cells: ReadonlyMap<string, Cell>) => [...cells.values()].flatMap((c) => (c.kind === 'value' ? [c.value] : []));
  const xCuts = roundThresholds(bivariateCuts(numbers(base.values), split, base.reference.value), base.indicator.decimals);
  const yCuts = roundThresholds(bivariateCuts(numbers(y), split, null), yIndicator.decimals);
  // The table and the card keep x's values; an area lacking y (or withholding it) has no bivariate class.
  const classes = new Map<string, number>();
  for (const a of base.areas) {
    const cx = base.values.get(a.id);
    const cy = y.get(a.id);
    classes.set(a.id, cx?.kind === 'value' && cy?.kind === 'value' ? bivariateClass(cx.value, cy.value, xCuts, yCuts) : cy?.kind === 'suppressed' ? CLASS_SUPPRESSED : CLASS_MISSING);
  }
  const cells = base.values;
  // Nine cells have no bounds on one axis: the legend draws them as a 3×3 key from `bivariate`.
  const planned = reclass(base, cells, [], [...BIVARIATE_COLOURS], (_v, id) => classes.get(id) ?? CLASS_MISSING, BIVARIATE_COLOURS.map(() => [0, 0]));
  return {
    ...planned,
    rows: [],
    bivariate: {
      x: { indicator: base.indicator, year: base.year, cuts: xCuts },
      y: { indicator: yIndicator, year: yYear, cuts: yCuts },
      split,
      colours: BIVARIATE_COLOURS,
      counts: planned.rows.map((r) => r.count),
    },
  };
}

/**
 * Classes, fills, legend rows and counts of new cells, by the same rules as makePlan: a class
 * from the cell's value, the no-data and withheld fills otherwise; counts among the areas in view.
 */
function reclass(base: Plan, cells: Map<string, Cell>, cuts: number[], colours: string[], classify: (value: number, id: string) => number, bounds: ReadonlyArray<[number, number]>): Plan {
  const classes = new Map<string, number>();
  for (const [id, cell] of cells) classes.set(id, cell.kind === 'value' ? classify(cell.value, id) : cell.kind === 'suppressed' ? CLASS_SUPPRESSED : CLASS_MISSING);
  const counts = colours.map(() => 0);
  let missing = 0;
  let suppressed = 0;
  for (const area of base.shown) {
    const c = classes.get(area.id) ?? CLASS_MISSING;
    if (c === CLASS_MISSING) missing++;
    else if (c === CLASS_SUPPRESSED) suppressed++;
    else counts[c]++;
  }
  const fill = (id: string): string => {
    const c = classes.get(id);
    if (c !== undefined && c >= 0) return colours[c];
    return c === CLASS_SUPPRESSED ? SUPPRESSED_FILL : NO_DATA_FILL;
  };
  const rows: LegendRow[] = bounds.map(([lower, upper], index) => ({ index, colour: colours[index], lower, upper, count: counts[index] }));
  return {
    ...base,
    cells,
    thresholds: cuts,
    // an index or a bivariate map replaces the significance groups too
    significance: null,
    symbols: null,
    scale: thresholdScale(cuts, colours),
    fill,
    rows,
    classes,
    missing,
    suppressed,
    ...areaStyles(cells, classes, fill),
  };
}

/** "Gewichtetes Mittel der z-Werte aus: Kinderarmut (Gewicht 2, höher = mehr Bedarf, 2023), …" */
export function recipeText(recipe: IndexRecipe, label: (id: string) => string, years: ReadonlyMap<string, number | null>): string {
  const parts = recipe.components.map((c) => {
    const year = years.get(c.indicator);
    return planTexts.recipePart(label(c.indicator), c.weight, c.direction, year);
  });
  return planTexts.recipe(recipe.standardisation, parts);
}

/** Every source of the components once, as the plan's source line. */
function sourceOf(parts: readonly Indicator[]): SourceLine {
  const once = (xs: string[]) => [...new Set(xs.filter(Boolean))].join('; ');
  return { text: once(parts.map((p) => p.source)), license: once(parts.map((p) => p.license)), vintage: once(parts.map((p) => p.vintage)) };
}

/** The scatterplot's y: the second indicator at the plan's level, in the plan's year if it has it, else its latest. */
export function scatterYOf(data: AtlasData, state: Pick<AtlasState, 'scatterY'>, plan: Pick<Plan, 'level' | 'areas' | 'year'>) {
  const indicator = state.scatterY ? indicatorsAt(data.catalog, plan.level).find((i) => i.id === state.scatterY) : undefined;
  if (!indicator) return null;
  const years = yearsOf(data, indicator.id, plan.level);
  const year = plan.year !== null && years.includes(plan.year) ? plan.year : (years.at(-1) ?? null);
  return { indicator, year, cells: cellsAt(data, indicator.id, year, plan.areas), reference: data.series.get(indicator.id)?.reference.get(year ?? 0)?.value ?? null };
}
