// Ctrl+P of the app page: the same A4 sheet as the export, not the UI chrome. Drawing is
// synchronous, because `beforeprint` does not wait for promises. jsPDF is not needed here.
import type { AtlasData } from '../data/atlas-data';
import type { Plan } from '../state/plan';
import { sheetContent } from './content';
import { renderPrintMap } from './print-map';
import { drawSheet } from './render-png';
import { layoutSheet, mapFrame, pageSize, type SheetOptions } from './sheet';

export function printSheet(data: AtlasData, plan: Plan, selected: string | null, options: SheetOptions): HTMLCanvasElement {
  const printed = renderPrintMap(data.boundaries, plan, selected, mapFrame(options));
  try {
    const primitives = layoutSheet(options, sheetContent(data, plan, printed.metresPerMm, new Date()));
    return drawSheet(primitives, pageSize(options.paper, options.orientation), printed.canvas);
  } finally {
    printed.dispose();
  }
}
