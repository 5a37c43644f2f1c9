// "Drucken / Exportieren": the current view as an A4/A3 sheet, PDF or 300-dpi PNG, or several
// indicators as a map series (one sheet each, one PDF). Loaded on demand, so PDFKit and the
// fonts cost nothing until someone exports.
import type { AtlasData } from '../data/atlas-data';
import type { Plan } from '../state/plan';
import { composeSheet, type ComposedSheet } from './compose';
import { loadFontFaces, loadFonts } from './fonts';
import type { PrintView } from './print-map';
import { renderPdf, type PdfPage } from './render-pdf';
import { renderPng } from './render-png';
import { pageSize, type SheetOptions } from './sheet';
import { areaProfile } from '../state/profile-rows';
import { compareTexts } from '../messages/compare';
import { defaultLocale } from '../messages/default-locale';
import type { Locale } from '../messages/locale';
import { profileSheet } from './figures/profile-sheet';
import { resultsSheet } from './figures/results-sheet';
import type { WorkshopResults } from '../domain/workshop-results';
import { viewBlocks, type BlockKey } from './view-blocks';
import { printTexts } from '../messages/print';

export type { PrintView } from './print-map';
export { BLOCK_KEYS, type BlockKey } from './view-blocks';
export type ExportFormat = 'pdf' | 'png';

export interface ExportRequest extends SheetOptions {
  format: ExportFormat;
  /** the selected area's outline on the map (default off) */
  outline?: boolean;
  /** optional blocks on paper besides map and legend */
  blocks?: BlockKey[];
  /** indicator ids of a map series ("Kartenmappe"); empty or absent: the current view only */
  series?: string[];
}

/** One sheet of an export: a plan with its own title, subtitle and text alternative. */
export interface SheetSpec {
  plan: Plan;
  title: string;
  subtitle: string;
  /** the view's summary sentence: the map's alt text in the PDF */
  summary: string;
}

export interface ExportView extends PrintView {
  pinned?: readonly string[];
  /** the scatterplot's second indicator */
  scatterY?: string | null;
  /** the area of the profile pages (profil=), else the selected area */
  profile?: string | null;
  /** the current workshop and its contributions, for the results pages (block 'contributions') */
  contributions?: WorkshopResults | null;
}

/**
 * `view`: the selected area and the Gemeinde in focus, as on screen; a bare area id (or null)
 * still means "this area selected, whole Kreis in the frame".
 */
export async function exportSheet(
  data: AtlasData,
  plan: Plan,
  view: ExportView | string | null,
  request: ExportRequest,
  summary = '',
): Promise<{ blob: Blob; filename: string }> {
  return exportSheets(data, [{ plan, title: request.title, subtitle: request.subtitle, summary }], view, request);
}

/** Every sheet into one PDF (a PNG holds the first sheet's first page: an image has no pages). */
export async function exportSheets(
  data: AtlasData,
  sheets: readonly SheetSpec[],
  view: ExportView | string | null,
  request: ExportRequest,
): Promise<{ blob: Blob; filename: string }> {
  const locale = request.locale ?? defaultLocale;
  const v: ExportView = view === null || typeof view === 'string' ? { selected: view, focus: null } : view;
  const printView: PrintView = { selected: v.selected, focus: v.focus, outline: request.outline ?? false, points: v.points };
  const compose = (sheet: SheetSpec): ComposedSheet =>
    composeSheet(data, sheet.plan, printView, {
      ...request,
      title: sheet.title,
      subtitle: sheet.subtitle,
      summary: sheet.summary,
      blocks: viewBlocks(data, sheet.plan, { selected: v.selected, pinned: v.pinned ?? [], scatterY: v.scatterY }, request.blocks ?? []),
    });
  const first = sheets[0];
  if (!first) throw new Error(printTexts.noSheet);
  const series = sheets.length > 1;
  const name = `sozialatlas-${series ? printTexts.fileSeries : first.plan.indicator.id}-${request.paper.toLowerCase()}-${request.orientation === 'portrait' ? printTexts.filePortrait : printTexts.fileLandscape}.${request.format}`;

  if (request.format === 'png') {
    await loadFontFaces();
    const sheet = compose(first);
    try {
      return { blob: await renderPng(sheet.pages[0], sheet.page, sheet.map.canvas), filename: name };
    } finally {
      sheet.map.dispose();
    }
  }

  const fonts = loadFonts();
  const pages: PdfPage[] = [];
  // One map canvas at a time: each is tens of megabytes at 300 dpi.
  for (const spec of sheets) {
    const sheet = compose(spec);
    try {
      const map = jpeg(sheet.map.canvas);
      sheet.pages.forEach((primitives, i) => pages.push({ primitives, size: sheet.page, map: i === 0 ? map : undefined }));
    } finally {
      sheet.map.dispose();
    }
  }
  if (request.blocks?.includes('profile')) pages.push(...profilePages(data, v.profile ?? v.selected, locale));
  if (request.blocks?.includes('contributions') && v.contributions) pages.push(...resultsPages(data, v.contributions, locale));
  const title = series ? printTexts.seriesTitle(sheets.map((s) => s.title)) : first.title;
  const blob = await renderPdf(pages, await fonts, { title, subject: series ? first.subtitle : first.subtitle, lang: locale.code });
  return { blob, filename: name };
}

/** The area profile as A4 portrait pages after the sheets: every indicator of the area with all sources. */
function profilePages(data: AtlasData, id: string | null, locale: Locale): PdfPage[] {
  const profile = id ? areaProfile(data, id) : null;
  if (!profile) return [];
  const created = locale.date(new Date(), 'long');
  const size = pageSize('A4', 'portrait');
  return profileSheet(profile, { kreisName: data.catalog.kreis.name, created, levelName: compareTexts.compareLevel[profile.area.level] }).map((primitives) => ({ primitives, size }));
}

/** The workshop's results as A4 portrait pages after the sheets (and the profile). */
function resultsPages(data: AtlasData, results: WorkshopResults, locale: Locale): PdfPage[] {
  const size = pageSize('A4', 'portrait');
  const day = new Date(`${results.workshop.date}T12:00:00`);
  const options = {
    kreisName: data.catalog.kreis.name,
    created: locale.date(new Date(), 'long'),
    date: Number.isNaN(day.getTime()) ? results.workshop.date : locale.date(day, 'long'),
    compare: locale.compare,
  };
  return resultsSheet(results, options).map((primitives) => ({ primitives, size }));
}

/**
 * JPEG at high quality: PDFKit embeds it as it is (DCTDecode), without re-encoding. toDataURL,
 * not toBlob: Chromium encodes a toBlob in idle slices, which took a second for an A4 map.
 */
function jpeg(canvas: HTMLCanvasElement): Uint8Array {
  const url = canvas.toDataURL('image/jpeg', 0.92);
  const binary = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
