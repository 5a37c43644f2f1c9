// "Drucken / Exportieren": the current view as an A4/A3 sheet, PDF or 300-dpi PNG.
// Loaded on demand, so jsPDF costs nothing until someone exports.
import type { AtlasData } from '../data/atlas-data';
import { formatNumber } from '../domain/format';
import type { Plan } from '../state/plan';
import { de } from '../ui/messages';
import { layoutSheet, mapFrame, pageSize, type SheetContent, type SheetOptions } from './sheet';
import { renderPrintMap } from './print-map';
import { renderPdf } from './render-pdf';
import { renderPng } from './render-png';

export type ExportFormat = 'pdf' | 'png';

export interface ExportRequest extends SheetOptions {
  format: ExportFormat;
}

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

export async function exportSheet(
  data: AtlasData,
  plan: Plan,
  selected: string | null,
  request: ExportRequest,
): Promise<{ blob: Blob; filename: string }> {
  const page = pageSize(request.paper, request.orientation);
  const frame = mapFrame(request);
  const printed = await renderPrintMap(data.boundaries, plan, selected, frame);
  try {
    const primitives = layoutSheet(request, sheetContent(data, plan, printed.metresPerMm, new Date()));
    const blob =
      request.format === 'pdf'
        ? renderPdf(primitives, page, printed.canvas, { title: request.title, subject: request.subtitle })
        : await renderPng(primitives, page, printed.canvas);
    const name = `sozialatlas-${plan.indicator.id}-${request.paper.toLowerCase()}-${request.orientation === 'portrait' ? 'hoch' : 'quer'}.${request.format}`;
    return { blob, filename: name };
  } finally {
    printed.dispose();
  }
}
