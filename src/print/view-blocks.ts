// The optional blocks of a sheet made from the view: the data table of the areas shown, the
// selected area's time chart and the comparison of the pinned areas, worded and formatted as
// on screen. Adding a block (a scatterplot, an area profile from src/print/figures/):
//   1. its key in BLOCK_KEYS (block-keys.ts; the order there is the order on paper),
//   2. a case in viewBlocks returning a SheetBlock, for a figure function drawing Primitive[]
//      into a box: figureBlock(key, heading, altText, heightPerWidth, (box, s) => figure(..., box)),
//   3. its checkbox label (and when it has nothing to show) in ui/atlas-print-dialog.ts, which
//      the type checker asks for once the key exists.
import { intervalTexts } from '../messages/intervals';
import type { AtlasData } from '../data/atlas-data';
import { compareAreas } from '../domain/comparison';
import { defaultLocale, formatCell, formatMeasure, formatNumber, formatSigned } from '../messages/default-locale';
import { timeLines } from '../domain/series';
import { columnKeys, rowField, tableRows } from '../domain/table-rows';
import type { Plan } from '../state/plan';
import { columnHeader } from '../state/table-header';
import { compareTexts } from '../messages/compare';
import { tableTexts } from '../messages/table';
import { fit, pairsOf, strengthOf } from '../domain/regression';
import { rankAreas } from '../domain/ranking';
import { scatterYOf } from '../state/analysis-plan';
import { appTexts } from '../messages/app';
import { analysisTexts } from '../messages/analysis';
import { chartBlock, figureBlock, tableBlock, type SheetBlock } from './blocks';
import { scatterFigure } from './figures/scatter-figure';
import { rankingFigure } from './figures/ranking-figure';
import { funnelFigure } from './figures/funnel-figure';
import { funnelPlan } from '../state/funnel-plan';

import { BLOCK_KEYS, type BlockKey } from './block-keys';
import { printTexts } from '../messages/print';

export { BLOCK_KEYS, type BlockKey };

/** What of the view the blocks read besides data and plan. */
export interface BlockView {
  selected: string | null;
  pinned: readonly string[];
  /** the scatterplot's second indicator (streuung=), null: none chosen */
  scatterY?: string | null;
}

/** The chosen blocks that have something to show (no chart without a selected area, no comparison without pins). */
export function viewBlocks(data: AtlasData, plan: Plan, view: BlockView, keys: readonly BlockKey[]): SheetBlock[] {
  return BLOCK_KEYS.filter((k) => keys.includes(k)).flatMap((key): SheetBlock[] => {
    switch (key) {
      case 'table':
        return [dataTable(data, plan)];
      case 'chart': {
        const block = timeChart(data, plan, view.selected);
        return block ? [block] : [];
      }
      case 'comparison':
        return view.pinned.length ? [comparison(data, plan, view.pinned)] : [];
      case 'scatter': {
        const block = scatter(data, plan, view);
        return block ? [block] : [];
      }
      case 'ranking':
        return [ranking(data, plan, view.selected)];
      case 'funnel': {
        const block = funnel(plan);
        return block ? [block] : [];
      }
      case 'profile':
      case 'contributions':
        return [];
    }
  });
}

const namesOf = (data: AtlasData) => new Map(data.areas.map((a) => [a.id, a.name]));

/** The scatterplot as on screen: the map's indicator across, the second one up, the areas in view. */
function scatter(data: AtlasData, plan: Plan, view: BlockView): SheetBlock | null {
  const y = scatterYOf(data, { scatterY: view.scatterY ?? null }, plan);
  if (!y) return null;
  const pairs = pairsOf(plan.shown.map((a) => a.id), plan.cells, y.cells);
  const f = fit(pairs);
  const areas = appTexts.levelName(plan.level);
  const summary = f ? analysisTexts.summary(f.r, f.r2, strengthOf(f.r), plan.measure.label, y.indicator.label, f.n, areas) : analysisTexts.noFit(pairs.length);
  const labelled = [view.selected, ...view.pinned].filter((id): id is string => id !== null && pairs.some((p) => p.id === id));
  return figureBlock('scatter', analysisTexts.viewName.scatter, summary, 0.72, (box) =>
    scatterFigure(
      {
        pairs,
        names: namesOf(data),
        fill: plan.fill,
        fit: f,
        labelled,
        summary,
        x: { label: plan.measure.label, unit: plan.measure.unit, decimals: plan.measure.decimals, reference: plan.display === 'value' ? plan.reference.value : null },
        y: { label: y.indicator.label, unit: y.indicator.unit, decimals: y.indicator.decimals, reference: y.reference },
      },
      box,
    ),
  );
}

/** Every area of the view as a bar, highest first; as tall as its rows need (rankingFigure closes up a long level). */
function ranking(data: AtlasData, plan: Plan, selected: string | null): SheetBlock {
  const ranked = rankAreas(plan.shown.map((a) => a.id), plan.cells);
  const alt = analysisTexts.rankingSummary(plan.measure.label, ranked.length, appTexts.levelName(plan.level));
  const block = figureBlock('ranking', analysisTexts.viewName.ranking, alt, 1, (box) =>
    rankingFigure(
      {
        ranked,
        names: namesOf(data),
        fill: plan.fill,
        label: plan.measure.unit ? `${plan.measure.label} (${plan.measure.unit})` : plan.measure.label,
        decimals: plan.measure.decimals,
        reference: plan.display === 'value' ? plan.reference.value : null,
        selected,
        // Whiskers where the bars are the indicator's own values, as on screen.
        interval: (id) => {
          const i = plan.display === 'value' && !plan.index ? plan.intervals.areas.get(id)?.interval : undefined;
          return i?.kind === 'interval' ? i : null;
        },
        intervalNote: intervalTexts.whiskerNote(plan.intervals.level).replace(/\.$/, ''),
      },
      box,
    ),
  );
  return { ...block, height: () => Math.min(120, ranked.length * 3.4 + 14) };
}

/** The funnel plot as on screen: the areas in view with an interval, the Kreis value and both limits. */
function funnel(plan: Plan): SheetBlock | null {
  const f = funnelPlan(plan);
  if (!f) return null;
  const beyond95 = f.points.filter((p) => p.beyond !== null).length;
  const beyond998 = f.points.filter((p) => p.beyond === 0.998).length;
  const summary = analysisTexts.funnelSummary(plan.indicator.label, f.points.length, appTexts.levelName(plan.level), beyond95, beyond998);
  const key = printTexts.funnelKey(formatMeasure({ kind: 'value', value: f.benchmark }, plan.measure));
  const unit = plan.indicator.unit;
  return figureBlock('funnel', analysisTexts.viewName.funnel, summary, 0.72, (box) =>
    funnelFigure({ funnel: f, fill: plan.fill, valueTitle: unit ? `${plan.indicator.label} (${unit})` : plan.indicator.label, baseTitle: analysisTexts.funnelBase, key, summary }, box),
  );
}

function dataTable(data: AtlasData, plan: Plan): SheetBlock {
  const rows = tableRows({ ...plan, areas: plan.shown }, namesOf(data)).sort((a, b) => defaultLocale.compare(a.name, b.name));
  // Within one Gemeinde in focus its name in every row says nothing: the names get the room.
  const keys = columnKeys(plan).filter((k) => k !== 'parent' || new Set(rows.map((r) => r.parent)).size > 1);
  const field = rowField({
    value: (c) => formatMeasure(c, { ...plan.measure, unit: '' }),
    own: (c) => formatCell(c, { ...plan.indicator, unit: '' }),
    none: '–',
    unsure: intervalTexts.unsure,
  });
  return tableBlock({
    id: 'table',
    // The unit once in the title: headers stay short so that the names keep their room.
    title: plan.measure.unit ? `${tableTexts.caption(plan)} (${plan.measure.unit})` : tableTexts.caption(plan),
    header: keys.map((k) => columnHeader(k, { ...plan, measure: { ...plan.measure, unit: '' }, indicator: { ...plan.indicator, unit: '' } })),
    numeric: keys.map((k) => k !== 'name' && k !== 'parent'),
    swatches: true,
    rows: rows.map((row) => ({ cells: keys.map((k) => field(row, k)), colour: row.colour, hatched: plan.style(row.id).hatched })),
  });
}

function timeChart(data: AtlasData, plan: Plan, selected: string | null): SheetBlock | null {
  const area = data.areas.find((a) => a.id === selected);
  if (!area) return null;
  const lines = timeLines(data, plan.indicator.id, area, data.areas);
  const years = [...new Set(lines.flatMap((l) => l.points.map((p) => p.year)))];
  if (years.length < 2) return null;
  const ind = plan.indicator;
  const latest = lines.map((l) => {
    const p = [...l.points].reverse().find((q) => q.cell.kind === 'value');
    return p && p.cell.kind === 'value' ? compareTexts.chartPoint(l.label, p.year, formatCell(p.cell, ind)) : compareTexts.chartNoValue(l.label);
  });
  const alt = compareTexts.chartSummary(ind.label, latest, Math.min(...years), Math.max(...years));
  return chartBlock(
    compareTexts.chartTableCaption(printTexts.timeLine(area.name), ind.unit),
    alt,
    lines.map((l) => ({ label: l.label, role: l.role, points: l.points.map((p) => ({ year: p.year, value: p.cell.kind === 'value' ? p.cell.value : null })) })),
    (v) => formatNumber(v, ind.decimals),
    plan.year,
  );
}

function comparison(data: AtlasData, plan: Plan, pinned: readonly string[]): SheetBlock {
  const rows = compareAreas(plan, data, pinned);
  const ind = plan.indicator;
  // The interval and the comparison with the Kreis where the indicator has intervals, as on screen.
  const intervals = plan.intervals.method === 'wilson' || plan.intervals.method === 'byar' ? plan.intervals : null;
  const ci = (id: string): string[] => {
    if (!intervals) return [];
    const a = intervals.areas.get(id);
    const i = a?.interval;
    const range = i?.kind === 'interval' ? `${formatNumber(i.lower, ind.decimals)}–${formatNumber(i.upper, ind.decimals)}${a?.unsure ? ` (${intervalTexts.unsure})` : ''}` : '–';
    return [range, intervalTexts.judgement(a?.judgement ?? 'not-assessable')];
  };
  return tableBlock({
    id: 'comparison',
    title: ind.unit ? `${compareTexts.compareCaption(ind.label)} (${ind.unit})` : compareTexts.compareCaption(ind.label),
    header: [printTexts.comparisonArea, compareTexts.compareValue, ...(intervals ? [intervalTexts.ci(intervals.level), compareTexts.compareSignificance] : []), compareTexts.compareRank, printTexts.comparisonDeviation],
    numeric: [false, true, ...(intervals ? [true, false] : []), true, true],
    rows: rows.map((r) => ({
      cells: [
        r.name,
        formatCell(r.value, { ...ind, unit: '' }),
        ...ci(r.id),
        r.rank ? compareTexts.compareRankOf(r.rank.rank, r.rank.of) : '–',
        r.toKreis.kind === 'value' ? formatSigned(r.toKreis.value, { ...ind, unit: '' }) : formatCell(r.toKreis, { ...ind, unit: '' }),
      ],
    })),
  });
}
