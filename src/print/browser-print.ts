// Ctrl+P of the app page: the same A4 sheet as the export, not the UI chrome. Drawing is
// synchronous, because `beforeprint` does not wait for promises. jsPDF is not needed here.
import type { AtlasData } from '../data/atlas-data';
import type { Plan } from '../state/plan';
import { composeSheet } from './compose';
import type { PrintView } from './print-map';
import { drawSheet } from './render-png';
import type { SheetOptions } from './sheet';

/** `view` as in exportSheet: the selected area and the framed Gemeinde (or just the selected id). */
export function printSheet(data: AtlasData, plan: Plan, view: PrintView | string | null, options: SheetOptions): HTMLCanvasElement {
  const sheet = composeSheet(data, plan, view, options);
  try {
    return drawSheet(sheet.primitives, sheet.page, sheet.map.canvas);
  } finally {
    sheet.map.dispose();
  }
}
