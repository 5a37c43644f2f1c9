// Own files, read in the browser only (nothing is uploaded): the import request of the side
// pane or a drop becomes new data in the model, and what the import found is kept for the
// summary in the side pane.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Problem } from '../../domain/types';
import type { AtlasModel } from '../../state/atlas-model';
import type { ImportRequest } from '../atlas-import';
import { de } from '../messages';

export interface ImportHost extends ReactiveControllerHost {
  readonly model: AtlasModel | null;
  /** new boundaries: the map must take them afresh */
  boundariesChanged(): void;
}

export class ImportController implements ReactiveController {
  /** what the last import reported */
  result: { summary: string | null; problems: Problem[] } | null = null;
  #host: ImportHost;

  constructor(host: ImportHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  async import(request: ImportRequest): Promise<void> {
    const model = this.#host.model;
    if (!model) return;
    const { importFiles } = await import('../../data/import');
    const files = await Promise.all(request.files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
    const result = await importFiles(model.data, files, { suppressionThreshold: request.threshold });
    this.result = { summary: result.summary ? de.importSummary(result.summary) : null, problems: result.problems };
    this.#host.requestUpdate();
    if (result.data === model.data) return;
    if (result.boundariesChanged) this.#host.boundariesChanged();
    const first = result.added[0];
    model.setData(result.data, {
      ...(first ? { indicator: first, year: null, display: 'value' as const } : {}),
      ...(result.summary ? { level: result.summary.level, focus: null, area: null } : {}),
    });
  }
}
