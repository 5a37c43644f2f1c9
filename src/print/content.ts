// What a sheet says about the current view: legend rows, notes, credits, date.
import type { AtlasData } from '../data/atlas-data';
import { defaultLocale, formatNumber, formatSignedNumber } from '../messages/default-locale';
import type { Locale } from '../messages/locale';
import type { Plan } from '../state/plan';
import { de } from '../messages/de/app';
import type { Box, LegendEntry, SheetContent } from './sheet';
import type { BivariateKey } from '../state/analysis-plan';
import { bivariateLegendFigure } from './figures/bivariate-legend-figure';
import { deMap } from '../messages/de/map';
import { RIVERS_CREDIT } from '../data/context';
import { SCREEN_PX_MM } from './print-map';
import { dePrint } from '../messages/de/print';
import { deIntervals } from '../messages/de/intervals';
import { significanceNote } from '../state/interval-texts';

// Print-only wording; to move into ui/messages.ts with the rest when that file is free again.
export const PRINT_TEXT = dePrint;

/** The 3×3 key in words: what the columns and rows are, and how many areas each cell holds. */
function bivariateAlt(key: BivariateKey): string {
  const axis = (a: BivariateKey['x']) => dePrint.bivariateAxis(a.indicator.label, a.cuts.map((c) => formatNumber(c, a.indicator.decimals)));
  return dePrint.bivariateKey(axis(key.x), axis(key.y), key.counts);
}

export function sheetContent(data: AtlasData, plan: Plan, metresPerMm: number, today: Date, locale: Locale = defaultLocale): SheetContent {
  const ind = plan.indicator;
  const m = plan.measure;
  const last = plan.rows.length - 1;
  const bound = (x: number) => (m.signed ? formatSignedNumber(x, m.decimals) : formatNumber(x, m.decimals));
  const legend: LegendEntry[] = plan.rows.map((row) => ({
    label: `${row.index + 1}: ${row.label ?? de.classRange(bound(row.lower), bound(row.upper), row.index === last)}`,
    count: de.areas(row.count),
    fill: row.colour,
    hatched: false,
  }));
  const symbols = plan.symbols;
  // A circle map's legend: its reference circles at the size the print map draws them.
  for (const value of symbols?.references ?? []) {
    legend.push({ label: bound(value), count: '', fill: symbols?.colour ?? '', hatched: false, circle: (symbols?.radius(value) ?? 0) * SCREEN_PX_MM });
  }
  if (plan.missing) legend.push({ label: de.noData, count: de.areas(plan.missing), fill: plan.noDataFill, hatched: true });
  if (plan.suppressed) legend.push({ label: de.suppressed, count: de.areas(plan.suppressed), fill: plan.suppressedFill, hatched: true });
  const sig = plan.significance;
  if (sig?.notAssessable) legend.push({ label: deIntervals.judgement('not-assessable'), count: de.areas(sig.notAssessable), fill: sig.notAssessableFill, hatched: true });

  const bivariate = plan.bivariate;
  const legendFigure = bivariate
    ? { alt: bivariateAlt(bivariate), height: (w: number) => Math.min(46, 14 + Math.min(27, w - 14)), draw: (box: Box) => bivariateLegendFigure(bivariate, box) }
    : undefined;
  const excluded = plan.index?.excluded ?? [];

  const sample = plan.sample ? (plan.areas.some((a) => a.sample) ? PRINT_TEXT.sampleGeometry : PRINT_TEXT.sampleFigures) : null;
  const g = data.catalog.geometry;
  const sub = plan.level === 'sozialraum' ? data.catalog.sozialraeume : null;
  return {
    legendTitle: m.unit ? `${m.label} (${m.unit})` : m.label,
    legend,
    legendFigure,
    legendNotes: [
      ...(sample ? [sample] : []),
      ...(sig ? [significanceNote(sig, m)] : []),
      ...(plan.fadesUnsure && plan.intervals.unsure ? [deIntervals.fadedNote(plan.intervals.unsure)] : []),
      ...(excluded.length ? [PRINT_TEXT.indexExcluded(excluded.map((a) => a.name))] : []),
      ...(symbols ? [deMap.circleNoteWords(m.unit)] : ind.kind === 'count' ? [de.countWarning] : []),
    ],
    credits: [
      plan.sample ? `${de.source}: ${plan.source.text}, ${de.vintage} ${standOf(plan)} – ${sample}` : `${de.source}: ${ind.source}, ${de.vintage} ${standOf(plan)}, ${ind.license}`,
      `${de.geometry}: ${g.source}, ${de.vintage} ${g.vintage}, ${g.attribution}, ${g.license}`,
      ...(sub ? [`${PRINT_TEXT.sozialraumGeometry}: ${sub.source}, ${sub.attribution}, ${sub.license}`] : []),
      ...(plan.level === 'raster' && data.catalog.grid ? [`${PRINT_TEXT.gridGeometry}: ${data.catalog.grid.attribution}, ${data.catalog.grid.license}`] : []),
      ...(data.boundaries.rivers?.features.length ? [RIVERS_CREDIT] : []),
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
  if (plan.display === 'change' && plan.baseYear !== null) return PRINT_TEXT.years(plan.baseYear, plan.year);
  // "Zensus 2011, Stichtag 09.05.2011" names its year twice.
  const named = new Set(vintage.match(/\d{4}/g) ?? []);
  return named.size === 1 && named.has(String(plan.year)) ? vintage : String(plan.year);
}
