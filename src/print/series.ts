// The sheets of an export: the view as shown, and for a map series ("Kartenmappe") each further
// indicator in the same view (level, focus, the year where it has it), titled by its own measure.
// The module the print controller loads on export (with the export chunk), not at start.
import { AtlasModel } from '../state/atlas-model';
import { summaryOf } from '../state/view-texts';
import { exportSheets, type ExportRequest, type SheetSpec } from './export';
import { loadFonts } from './fonts';
import type { PointLayer } from '../symbology/points';
import type { WorkshopResults } from '../domain/workshop-results';

/** Called when the print dialog opens: code and fonts are at hand by the time Exportieren is pressed. */
export function prefetch(): void {
  loadFonts().catch(() => {
    // fetched again, and the error shown, on export
  });
}

/** The dialog's request for a model's view: its sheets (one, or a map series) as one download. */
export function exportView(
  model: AtlasModel,
  request: ExportRequest,
  subtitleOf: (model: AtlasModel) => string,
  points: readonly PointLayer[] = [],
  contributions: WorkshopResults | null = null,
): Promise<{ blob: Blob; filename: string }> {
  const { state } = model;
  const view = { selected: state.area, focus: state.focus, pinned: state.pinned, scatterY: state.scatterY, profile: state.profile, points, contributions };
  return exportSheets(model.data, sheetsOf(model, request, subtitleOf), view, request);
}

export function sheetsOf(
  model: AtlasModel,
  request: Pick<ExportRequest, 'title' | 'subtitle' | 'series' | 'format'>,
  subtitleOf: (model: AtlasModel) => string,
): SheetSpec[] {
  const current = model.state.indicator;
  // A PNG is one image: a series is for the PDF only.
  const ids = request.format === 'pdf' && request.series?.length ? [...new Set(request.series)] : [current];
  return ids.map((id) => {
    const own = id === current;
    const m = own ? model : new AtlasModel(model.data, { ...model.state, indicator: id });
    return { plan: m.plan, title: own ? request.title : m.plan.measure.label, subtitle: own ? request.subtitle : subtitleOf(m), summary: summaryOf(m) };
  });
}
