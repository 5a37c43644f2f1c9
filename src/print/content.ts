// What a sheet says about the current view: legend rows, notes, credits, date.
import type { AtlasData } from '../data/atlas-data';
import { defaultLocale, formatNumber, formatSignedNumber } from '../messages/default-locale';
import type { Locale } from '../messages/locale';
import type { Plan } from '../state/plan';
import { appTexts } from '../messages/app';
import type { Box, LegendEntry, SheetContent } from './sheet';
import type { BivariateKey } from '../state/analysis-plan';
import { bivariateLegendFigure } from './figures/bivariate-legend-figure';
import { mapTexts } from '../messages/map';
import { dataTexts } from '../messages/data';
import { SCREEN_PX_MM } from './print-map';
import { printTexts } from '../messages/print';
import { intervalTexts } from '../messages/intervals';
import { significanceNote } from '../state/interval-texts';

/** The 3×3 key in words: what the columns and rows are, and how many areas each cell holds. */
function bivariateAlt(key: BivariateKey): string {
  const axis = (a: BivariateKey['x']) => printTexts.bivariateAxis(a.indicator.label, a.cuts.map((c) => formatNumber(c, a.indicator.decimals)));
  return printTexts.bivariateKey(axis(key.x), axis(key.y), key.counts);
}

export function sheetContent(data: AtlasData, plan: Plan, metresPerMm: number, today: Date, locale: Locale = defaultLocale): SheetContent {
  const ind = plan.indicator;
  const m = plan.measure;
  const last = plan.rows.length - 1;
  const bound = (x: number) => (m.signed ? formatSignedNumber(x, m.decimals) : formatNumber(x, m.decimals));
  const legend: LegendEntry[] = plan.rows.map((row) => ({
    label: `${row.index + 1}: ${row.label ?? appTexts.classRange(bound(row.lower), bound(row.upper), row.index === last)}`,
    count: appTexts.areas(row.count),
    fill: row.colour,
    hatched: false,
  }));
  const symbols = plan.symbols;
  // A circle map's legend: its reference circles at the size the print map draws them.
  for (const value of symbols?.references ?? []) {
    legend.push({ label: bound(value), count: '', fill: symbols?.colour ?? '', hatched: false, circle: (symbols?.radius(value) ?? 0) * SCREEN_PX_MM });
  }
  if (plan.missing) legend.push({ label: appTexts.noData, count: appTexts.areas(plan.missing), fill: plan.noDataFill, hatched: true });
  if (plan.suppressed) legend.push({ label: appTexts.suppressed, count: appTexts.areas(plan.suppressed), fill: plan.suppressedFill, hatched: true });
  const sig = plan.significance;
  if (sig?.notAssessable) legend.push({ label: intervalTexts.judgement('not-assessable'), count: appTexts.areas(sig.notAssessable), fill: sig.notAssessableFill, hatched: true });

  const bivariate = plan.bivariate;
  const legendFigure = bivariate
    ? { alt: bivariateAlt(bivariate), height: (w: number) => Math.min(46, 14 + Math.min(27, w - 14)), draw: (box: Box) => bivariateLegendFigure(bivariate, box) }
    : undefined;
  const excluded = plan.index?.excluded ?? [];

  const sample = plan.sample ? (plan.areas.some((a) => a.sample) ? printTexts.sampleGeometry : printTexts.sampleFigures) : null;
  const g = data.catalog.geometry;
  const sub = plan.level === 'sozialraum' ? data.catalog.sozialraeume : null;
  return {
    legendTitle: m.unit ? `${m.label} (${m.unit})` : m.label,
    legend,
    legendFigure,
    legendNotes: [
      ...(sample ? [sample] : []),
      ...(sig ? [significanceNote(sig, m)] : []),
      ...(plan.fadesUnsure && plan.intervals.unsure ? [intervalTexts.fadedNote(plan.intervals.unsure)] : []),
      ...(excluded.length ? [printTexts.indexExcluded(excluded.map((a) => a.name))] : []),
      ...(symbols ? [mapTexts.circleNoteWords(m.unit)] : ind.kind === 'count' ? [appTexts.countWarning] : []),
    ],
    credits: [
      plan.sample ? `${appTexts.source}: ${plan.source.text}, ${appTexts.vintage} ${standOf(plan)} – ${sample}` : `${appTexts.source}: ${ind.source}, ${appTexts.vintage} ${standOf(plan)}, ${ind.license}`,
      `${appTexts.geometry}: ${g.source}, ${appTexts.vintage} ${g.vintage}, ${g.attribution}, ${g.license}`,
      ...(sub ? [`${printTexts.sozialraumGeometry}: ${sub.source}, ${sub.attribution}, ${sub.license}`] : []),
      ...(plan.level === 'raster' && data.catalog.grid ? [`${printTexts.gridGeometry}: ${data.catalog.grid.attribution}, ${data.catalog.grid.license}`] : []),
      ...(data.boundaries.rivers?.features.length ? [dataTexts.riversCredit] : []),
    ],
    kreisName: data.catalog.kreis.name,
    created: locale.date(today, 'numeric'),
    metresPerMm,
  };
}

/**
 * The year shown (both years of a change map). The catalog's vintage where it names just that
 * year, being more exact ("31.12.2018"); a table without years has only its vintage.
 */
function standOf(plan: Pick<Plan, 'indicator' | 'year' | 'baseYear' | 'display'>): string {
  const { vintage } = plan.indicator;
  if (plan.year === null) return vintage;
  if (plan.display === 'change' && plan.baseYear !== null) return printTexts.years(plan.baseYear, plan.year);
  // "Zensus 2011, Stichtag 09.05.2011" names its year twice.
  const named = new Set(vintage.match(/\d{4}/g) ?? []);
  return named.size === 1 && named.has(String(plan.year)) ? vintage : String(plan.year);
}
