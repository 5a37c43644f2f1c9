// "Drucken / Exportieren": the current view as an A4/A3 sheet, PDF or 300-dpi PNG.
// Loaded on demand, so jsPDF costs nothing until someone exports.
import type { AtlasData } from '../data/atlas-data';
import type { Plan } from '../state/plan';
import { sheetContent } from './content';
import { layoutSheet, mapFrame, pageSize, type SheetOptions } from './sheet';
import { renderPrintMap } from './print-map';
import { renderPdf } from './render-pdf';
import { renderPng } from './render-png';

export type ExportFormat = 'pdf' | 'png';

export interface ExportRequest extends SheetOptions {
  format: ExportFormat;
}

export async function exportSheet(
  data: AtlasData,
  plan: Plan,
  selected: string | null,
  request: ExportRequest,
): Promise<{ blob: Blob; filename: string }> {
  const page = pageSize(request.paper, request.orientation);
  const frame = mapFrame(request);
  const printed = renderPrintMap(data.boundaries, plan, selected, frame);
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
