// One view resolved into what both renderers need: the map at print resolution and the sheet's
// primitives around it. The caller draws them and then frees the map canvas.
import type { AtlasData } from '../data/atlas-data';
import type { Plan } from '../state/plan';
import { sheetContent } from './content';
import { renderPrintMap, type PrintedMap, type PrintView } from './print-map';
import { layoutSheet, mapFrame, pageSize, type Primitive, type SheetOptions } from './sheet';

export interface ComposedSheet {
  primitives: Primitive[];
  page: { width: number; height: number };
  map: PrintedMap;
}

/** A bare area id is the selection of a whole-Kreis view (the signature before focus existed). */
export function printView(view: PrintView | string | null): PrintView {
  return view === null || typeof view === 'string' ? { selected: view, focus: null } : view;
}

export function composeSheet(data: AtlasData, plan: Plan, view: PrintView | string | null, options: SheetOptions, today = new Date()): ComposedSheet {
  const map = renderPrintMap(data.boundaries, plan, printView(view), mapFrame(options));
  try {
    const primitives = layoutSheet(options, sheetContent(data, plan, map.metresPerMm, today));
    return { primitives, page: pageSize(options.paper, options.orientation), map };
  } catch (error) {
    map.dispose();
    throw error;
  }
}
