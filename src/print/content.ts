// What a sheet says about the current view: legend rows, notes, credits, date.
import type { AtlasData } from '../data/atlas-data';
import { formatNumber } from '../domain/format';
import type { Plan } from '../state/plan';
import { de } from '../ui/messages';
import type { SheetContent } from './sheet';

export function sheetContent(data: AtlasData, plan: Plan, metresPerMm: number, today: Date): SheetContent {
  const ind = plan.indicator;
  const last = plan.rows.length - 1;
  const legend = plan.rows.map((row) => ({
    label: `${row.index + 1}: ${de.classRange(formatNumber(row.lower, ind.decimals), formatNumber(row.upper, ind.decimals), row.index === last)}`,
    count: de.areas(row.count),
    fill: row.colour,
    hatched: false,
  }));
  if (plan.missing) legend.push({ label: de.noData, count: de.areas(plan.missing), fill: plan.noDataFill, hatched: true });
  if (plan.suppressed) legend.push({ label: de.suppressed, count: de.areas(plan.suppressed), fill: plan.suppressedFill, hatched: true });
  const geometry = data.catalog.geometry;
  return {
    legendTitle: ind.unit ? `${ind.label} (${ind.unit})` : ind.label,
    legend,
    legendNotes: [...(ind.sample ? [de.sampleNote] : []), ...(ind.kind === 'count' ? [de.countWarning] : [])],
    credits: [
      `${de.source}: ${ind.source}, ${de.vintage} ${ind.vintage}, ${ind.license}${ind.sample ? ` – ${de.sample}` : ''}`,
      `${de.geometry}: ${geometry.source}, ${de.vintage} ${geometry.vintage}, ${geometry.attribution}, ${geometry.license}`,
    ],
    kreisName: data.catalog.kreis.name,
    created: today.toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' }),
    metresPerMm,
  };
}
