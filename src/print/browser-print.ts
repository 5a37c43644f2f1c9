// Ctrl+P of the app page: the same A4 sheet as the export, not the UI chrome. Drawing is
// synchronous, because `beforeprint` does not wait for promises. PDFKit is not needed here.
import type { AtlasData } from '../data/atlas-data';
import type { Plan } from '../state/plan';
import { composeSheet, type ComposeOptions } from './compose';
import type { PrintView } from './print-map';
import { drawSheet } from './render-png';

/** `view` as in exportSheet: the selected area and the framed Gemeinde (or just the selected id). */
export function printSheet(data: AtlasData, plan: Plan, view: PrintView | string | null, options: ComposeOptions): HTMLCanvasElement {
  const sheet = composeSheet(data, plan, view, options);
  try {
    return drawSheet(sheet.pages[0], sheet.page, sheet.map.canvas);
  } finally {
    sheet.map.dispose();
  }
}
