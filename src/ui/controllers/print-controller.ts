// Print and export as one controller: Ctrl+P draws the export sheet (A4 landscape) of the
// current view instead of the UI, and the dialog's request becomes a PDF or PNG download.
// Both read the same model the screen shows.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AtlasModel } from '../../state/atlas-model';
import type { ExportRequest } from '../../print/export';
import { appTexts } from '../../messages/app';
import type { PointLayer } from '../../symbology/points';
import type { WorkshopResults } from '../../domain/workshop-results';

export interface PrintHost extends ReactiveControllerHost {
  readonly model: AtlasModel | null;
  /** where Ctrl+P's sheet goes while the page prints */
  readonly printSheet: Element | null;
  /** the point layers on the map, printed over it */
  readonly pointLayers?: readonly PointLayer[];
  /** the current workshop's contributions as plain data, for the results pages (print block 'contributions') */
  readonly workshopResults?: WorkshopResults | null;
}

type Printer = typeof import('../../print/browser-print');

export class PrintController implements ReactiveController {
  #host: PrintHost;
  /** Ctrl+P must draw synchronously in 'beforeprint': the module is fetched after the first map. */
  #printer: Printer | null = null;
  #onBeforePrint = () => {
    const { model, printSheet } = this.#host;
    if (!model || !printSheet || !this.#printer) return;
    const { data, plan, state } = model;
    printSheet.replaceChildren(
      this.#printer.printSheet(data, plan, { selected: state.area, focus: state.focus, points: this.#host.pointLayers }, {
        paper: 'A4',
        orientation: 'landscape',
        title: plan.measure.label,
        subtitle: subtitleOf(model),
        note: '',
      }),
    );
  };
  #onAfterPrint = () => this.#host.printSheet?.replaceChildren();

  constructor(host: PrintHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  /** After the first map: Ctrl+P needs the drawing code at hand. */
  prepare(): void {
    if (!this.#printer) void import('../../print/browser-print').then((m) => (this.#printer = m));
  }

  /** An export under way, and the last one's error: the shell sets them on the dialog, which closes when one ends without an error. */
  busy = false;
  error = '';

  /** The dialog's request (its `print-request` event). */
  onRequest = async (e: CustomEvent<ExportRequest>): Promise<void> => {
    this.#set(true, '');
    this.#set(false, (await this.export(e.detail)) ?? '');
  };

  #set(busy: boolean, error: string): void {
    this.busy = busy;
    this.error = error;
    this.#host.requestUpdate();
  }

  /** The export asked for in the dialog; resolves to an error text, or null when it was saved. */
  async export(request: ExportRequest): Promise<string | null> {
    const model = this.#host.model;
    if (!model) return null;
    try {
      const { exportView } = await import('../../print/series');
      const { blob, filename } = await exportView(model, request, subtitleOf, this.#host.pointLayers, this.#host.workshopResults ?? null);
      download(blob, filename);
      return null;
    } catch (error) {
      return appTexts.exportFailed(error instanceof Error ? error.message : String(error));
    }
  }
}

/** "Städte und Gemeinden · Siegburg · Stand 2022": level, place and vintage of the view. */
export function subtitleOf(model: AtlasModel): string {
  const { data, plan, state } = model;
  const focus = data.areas.find((a) => a.id === state.focus)?.name ?? null;
  const area = data.areas.find((a) => a.id === state.area)?.name ?? null;
  return appTexts.subtitle(appTexts.levelName(plan.level), [focus, area].filter(Boolean).join(' › ') || null, plan.year !== null ? String(plan.year) : plan.indicator.vintage);
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
