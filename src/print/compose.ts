// One view resolved into what the renderers need: the map at print resolution and the sheet's
// pages of primitives around it. The caller draws them and then frees the map canvas.
import type { AtlasData } from '../data/atlas-data';
import type { Plan } from '../state/plan';
import { sheetContent } from './content';
import { printFit } from './frame';
import { mapLabels } from './labels';
import { markBoxes, pointCredits, pointLegendBlock, pointPrimitives } from './print-points';
import { renderPrintMap, type PrintedMap, type PrintView } from './print-map';
import { frameFurniture, layoutSheet, pageSize, textScale, type Box, type Primitive, type SheetBlock, type SheetLayout, type SheetOptions } from './sheet';
import { printTexts } from '../messages/print';

export interface ComposedSheet {
  /** page 1 is the map sheet, further pages continue its blocks */
  pages: Primitive[][];
  page: { width: number; height: number };
  map: PrintedMap;
  /** names left off the map for want of room (the sheet says how many) */
  omitted: string[];
}

export interface ComposeOptions extends SheetOptions {
  /** the map's text alternative: the view's summary sentence */
  summary?: string;
  blocks?: readonly SheetBlock[];
}

/** A bare area id is the selection of a whole-Kreis view (the signature before focus existed). */
export function printView(view: PrintView | string | null): PrintView {
  return view === null || typeof view === 'string' ? { selected: view, focus: null } : view;
}

const same = (a: Box, b: Box) => Math.abs(a.x - b.x) + Math.abs(a.y - b.y) + Math.abs(a.w - b.w) + Math.abs(a.h - b.h) < 1e-6;

/**
 * The sheet's layout with the map labels placed in its frame. A note on omitted labels can
 * shrink a portrait frame, which moves the labels: so laid out until the frame holds still.
 */
export function layoutView(data: AtlasData, plan: Plan, view: PrintView, options: ComposeOptions, today = new Date()): SheetLayout & { omitted: string[]; metresPerMm: number } {
  const content = sheetContent(data, plan, 1, today, options.locale);
  const base = { ...content, credits: [...content.credits, ...pointCredits(view.points ?? [])] };
  // The point layers' key follows the legend (print-points.ts).
  const key = pointLegendBlock(view.points ?? []);
  const blocks = [...(key ? [key] : []), ...(options.blocks ?? [])];
  let frame = layoutSheet(options, { ...base, summary: options.summary }, blocks).frame;
  let result: (SheetLayout & { omitted: string[]; metresPerMm: number }) | null = null;
  for (let i = 0; i < 4; i++) {
    const fit = printFit(data.boundaries, view.focus, { w: frame.w, h: frame.h });
    const metresPerMm = fit.groundPerUnit;
    const furniture = frameFurniture(frame, metresPerMm, textScale(options.paper));
    // The names give way to the point marks, which are never left out.
    const marks = markBoxes(view.points ?? [], fit.project, frame);
    const labels = mapLabels(data.boundaries, plan, view.focus, fit, frame, options.paper, [furniture.north, furniture.scale], marks);
    const content = {
      ...base,
      metresPerMm,
      summary: options.summary,
      legendNotes: [...base.legendNotes, ...(labels.omitted.length ? [printTexts.omitted(labels.omitted.length)] : [])],
    };
    const points = pointPrimitives(view.points ?? [], fit.project, frame);
    const layout = layoutSheet(options, content, blocks, () => [...labels.texts, ...points]);
    result = { ...layout, omitted: labels.omitted, metresPerMm };
    if (same(layout.frame, frame)) break;
    frame = layout.frame;
  }
  if (!result) throw new Error(printTexts.layoutFailed);
  return result;
}

export function composeSheet(data: AtlasData, plan: Plan, view: PrintView | string | null, options: ComposeOptions, today = new Date()): ComposedSheet {
  const v = printView(view);
  const layout = layoutView(data, plan, v, options, today);
  const map = renderPrintMap(data.boundaries, plan, v, layout.frame);
  return { pages: layout.pages, page: pageSize(options.paper, options.orientation), map, omitted: layout.omitted };
}
