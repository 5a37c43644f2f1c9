// "Drucken / Exportieren": the current view as an A4/A3 sheet, PDF or 300-dpi PNG.
// Loaded on demand, so jsPDF costs nothing until someone exports.
import type { AtlasData } from '../data/atlas-data';
import type { Plan } from '../state/plan';
import { composeSheet } from './compose';
import type { PrintView } from './print-map';
import { renderPdf } from './render-pdf';
import { renderPng } from './render-png';
import type { SheetOptions } from './sheet';

export type { PrintView } from './print-map';
export type ExportFormat = 'pdf' | 'png';

export interface ExportRequest extends SheetOptions {
  format: ExportFormat;
}

/**
 * `view`: the selected area and the Gemeinde in focus, as on screen; a bare area id (or null)
 * still means "this area selected, whole Kreis in the frame".
 */
export async function exportSheet(
  data: AtlasData,
  plan: Plan,
  view: PrintView | string | null,
  request: ExportRequest,
): Promise<{ blob: Blob; filename: string }> {
  const sheet = composeSheet(data, plan, view, request);
  try {
    const blob =
      request.format === 'pdf'
        ? renderPdf(sheet.primitives, sheet.page, sheet.map.canvas, { title: request.title, subject: request.subtitle })
        : await renderPng(sheet.primitives, sheet.page, sheet.map.canvas);
    const name = `sozialatlas-${plan.indicator.id}-${request.paper.toLowerCase()}-${request.orientation === 'portrait' ? 'hoch' : 'quer'}.${request.format}`;
    return { blob, filename: name };
  } finally {
    sheet.map.dispose();
  }
}
