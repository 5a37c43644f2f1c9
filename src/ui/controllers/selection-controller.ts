// Choosing an area and letting go of it: whatever chose it (map, search, table) gets the
// keyboard back when the card is closed with Esc or ×; a second click on the chosen Gemeinde
// opens its Sozialräume.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { areaActions, type AtlasModel } from '../../state/atlas-model';
import type { AtlasState } from '../../state/atlas-state';
import { selectPatch } from '../../state/hierarchy';

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  readonly model: AtlasModel | null;
  /** where the keyboard goes when nothing else had it (the map) */
  fallbackFocus(): HTMLElement | null;
  /** the phone's side pane is open: Esc and a choice close it first */
  _sideOpen: boolean;
}

export class SelectionController implements ReactiveController {
  #host: SelectionHost;
  #returnFocus: HTMLElement | null = null;

  constructor(host: SelectionHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  select(id: string | null): void {
    const model = this.#host.model;
    if (model) this.#apply(model, selectPatch(id, model.data.areas));
  }

  /** A click on the map: on the chosen Gemeinde again it drills down. */
  mapClick(id: string | null): void {
    const model = this.#host.model;
    if (!model) return;
    const drill = id !== null && id === model.state.area ? areaActions(model, id).drill : null;
    this.#apply(model, drill ?? selectPatch(id, model.data.areas));
  }

  /** A part's 'area-select' (card ×, table, search): ends at the atlas, the side pane closes. */
  onAreaSelect = (e: CustomEvent<{ id: string | null; closed?: boolean }>): void => {
    e.stopPropagation();
    this.#host._sideOpen = false;
    if (e.detail.closed) this.close();
    else this.select(e.detail.id);
  };

  /** Esc: the side pane first, then the chosen area. */
  onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (this.#host._sideOpen) this.#host._sideOpen = false;
    else if (this.#host.model?.state.area) this.close();
  };

  close(): void {
    this.#host.model?.update({ area: null });
    (this.#returnFocus?.isConnected ? this.#returnFocus : this.#host.fallbackFocus())?.focus();
  }

  #apply(model: AtlasModel, patch: Partial<AtlasState>): void {
    let active = this.#host.shadowRoot?.activeElement as HTMLElement | null;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
    this.#returnFocus = active;
    model.update(patch);
  }
}
