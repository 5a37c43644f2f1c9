import { LitElement, html, css, nothing, unsafeCSS } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { loadAtlasData, LoadError, type AtlasData } from '../data/atlas-data';
import { formatCell } from '../domain/format';
import type { Problem } from '../domain/types';
import { AtlasStore, fromHash, toHash, type AtlasState } from '../state/atlas-state';
import { makePlan, type Plan } from '../state/plan';
import { AtlasMap } from '../map/atlas-map';
import { de } from './messages';
import { theme } from './theme';
import './atlas-controls';
import './atlas-legend';
import './atlas-panel';
import './atlas-problems';
import './atlas-print-dialog';
import type { AtlasPrintDialog } from './atlas-print-dialog';
import type { ExportRequest } from '../print/export';
import { printSheet } from '../print/browser-print';

/**
 * <sozial-atlas data-base="./data/">: the whole atlas. Loads its data, keeps one store whose
 * state mirrors the URL hash, and hands the resolved plan to map, legend and panel.
 */
export class SozialAtlas extends LitElement {
  static override properties = {
    dataBase: { attribute: 'data-base' },
    _data: { state: true },
    _state: { state: true },
    _plan: { state: true },
    _fatal: { state: true },
    _hover: { state: true },
  };
  declare dataBase: string;
  declare _data: AtlasData | null;
  declare _state: AtlasState | null;
  declare _plan: Plan | null;
  declare _fatal: Problem[] | null;
  declare _hover: { id: string; x: number; y: number } | null;

  #store: AtlasStore | null = null;
  #map: AtlasMap | null = null;
  #shownPlan: Plan | null = null;
  #onHashChange = () => this.#readHash();
  // Ctrl+P prints the export sheet (A4 landscape) of the current view instead of the UI.
  #onBeforePrint = () => {
    const sheet = this.renderRoot.querySelector('.print-sheet');
    if (!sheet || !this._data || !this._plan) return;
    const area = this._data.areas.find((a) => a.id === this._state?.area)?.name ?? null;
    sheet.replaceChildren(
      printSheet(this._data, this._plan, this._state?.area ?? null, {
        paper: 'A4',
        orientation: 'landscape',
        title: this._plan.indicator.label,
        subtitle: de.subtitle(de.levelGemeinden, area, this._plan.indicator.vintage),
        note: '',
      }),
    );
  };
  #onAfterPrint = () => this.renderRoot.querySelector('.print-sheet')?.replaceChildren();

  constructor() {
    super();
    this.dataBase = './data/';
    this._data = null;
    this._state = null;
    this._plan = null;
    this._fatal = null;
    this._hover = null;
  }

  static override styles = [
    unsafeCSS(maplibreCss),
    theme,
    css`
      :host { display: block; height: var(--atlas-height, 100vh); background: #fff; }
      .layout { display: grid; grid-template-columns: minmax(16rem, 22rem) 1fr; height: 100%; }
      aside { overflow: auto; padding: 0.8rem 1rem; border-right: 1px solid var(--atlas-line); display: grid; gap: 1rem; align-content: start; }
      h1 { font-size: 1.2rem; margin: 0; }
      button.print { font: inherit; justify-self: start; padding: 0.35rem 0.9rem; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; }
      .print-sheet { display: none; }
      @media print {
        :host { height: auto; }
        .layout { display: none; }
        .print-sheet { display: block; }
        .print-sheet canvas { display: block; width: 100%; height: auto; }
      }
      .map-wrap { position: relative; min-height: 20rem; }
      .map { position: absolute; inset: 0; }
      .tooltip { position: absolute; pointer-events: none; background: rgba(255,255,255,0.96); border: 1px solid #8792a0; border-radius: 4px; padding: 0.25rem 0.5rem; font-size: 0.85rem; box-shadow: 0 1px 4px rgba(0,0,0,0.2); transform: translate(12px, 12px); white-space: nowrap; z-index: 2; }
      .tooltip strong { display: block; }
      .status { padding: 2rem; }
      .fatal { color: #9b1c1c; }
      label { display: grid; gap: 0.15rem; font-size: 0.85rem; color: var(--atlas-muted); }
      select { font: inherit; font-size: 0.95rem; padding: 0.3rem; border: 1px solid #7b8794; border-radius: 4px; background: #fff; color: var(--atlas-ink); }
      @media (max-width: 700px) {
        .layout { grid-template-columns: 1fr; grid-template-rows: auto minmax(24rem, 1fr); }
        aside { border-right: 0; border-bottom: 1px solid var(--atlas-line); }
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    window.addEventListener('beforeprint', this.#onBeforePrint);
    window.addEventListener('afterprint', this.#onAfterPrint);
    void this.#load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    window.removeEventListener('beforeprint', this.#onBeforePrint);
    window.removeEventListener('afterprint', this.#onAfterPrint);
    this.#map?.map.remove();
    this.#map = null;
  }

  async #load(): Promise<void> {
    try {
      const data = await loadAtlasData(this.dataBase);
      const ids = data.catalog.indicators.map((i) => i.id);
      this.#store = new AtlasStore(fromHash(location.hash, ids));
      this.#store.subscribe((state) => this.#apply(state));
      this._data = data;
      this.#apply(this.#store.state);
    } catch (e) {
      this._fatal = e instanceof LoadError ? e.problems : [{ file: this.dataBase, message: String(e), severity: 'error' }];
    }
  }

  #readHash(): void {
    if (!this.#store || !this._data) return;
    this.#store.update(fromHash(location.hash, this._data.catalog.indicators.map((i) => i.id)));
  }

  #apply(state: AtlasState): void {
    if (!this._data) return;
    const areaKnown = state.area === null || this._data.areas.some((a) => a.id === state.area);
    if (!areaKnown) {
      this.#store?.update({ area: null });
      return;
    }
    this._state = state;
    this._plan = makePlan(this._data, state);
    const hash = toHash(state);
    if (location.hash !== hash) history.replaceState(null, '', hash);
    this.dispatchEvent(new CustomEvent('view-change', { detail: { ...state }, bubbles: true, composed: true }));
  }

  override updated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (this._data && container && !this.#map) {
      const { geometry } = this._data.catalog;
      this.#map = new AtlasMap({
        container,
        glyphsBase: this.#glyphsBase(),
        attribution: geometry.attribution,
        onHover: (id, point) => (this._hover = id && point ? { id, ...point } : null),
        onSelect: (id) => this.#store?.update({ area: id }),
      });
      void this.#map.setBoundaries(this._data.boundaries);
    }
    if (this.#map && this._plan && this._plan !== this.#shownPlan) {
      const plan = this._plan;
      this.#shownPlan = plan;
      void this.#map.show(plan).then(() => this.dispatchEvent(new CustomEvent('atlas-rendered', { detail: { indicator: plan.indicator.id } })));
      void this.#map.select(this._state?.area ?? null);
    }
  }

  /** The MapLibre map, for tests and benchmarks that read the canvas. */
  get mapInstance(): AtlasMap | null {
    return this.#map;
  }

  override render() {
    if (this._fatal) {
      return html`<div class="status fatal" role="alert">
        <p>${de.loadFailed}</p>
        <atlas-problems .problems=${this._fatal}></atlas-problems>
      </div>`;
    }
    const data = this._data;
    const state = this._state;
    const plan = this._plan;
    if (!data || !state || !plan) return html`<p class="status" role="status">${de.loading}</p>`;
    const area = data.areas.find((a) => a.id === state.area) ?? null;
    const geometryCredit = `${data.catalog.geometry.attribution}, ${data.catalog.geometry.license}`;
    return html`
      <div class="layout">
        <aside>
          <h1>${data.catalog.title}</h1>
          <button type="button" class="print" @click=${() => this.renderRoot.querySelector<AtlasPrintDialog>('atlas-print-dialog')?.open()}>
            ${de.printButton}
          </button>
          <atlas-controls .indicators=${data.catalog.indicators} .state=${state} @state-change=${this.#onStateChange}></atlas-controls>
          <label
            >${de.selectArea}
            <select name="area" @change=${(e: Event) => this.#store?.update({ area: (e.target as HTMLSelectElement).value || null })}>
              <option value="" ?selected=${!area}>${de.noneSelected}</option>
              ${data.areas.map((a) => html`<option value=${a.id} ?selected=${a.id === area?.id}>${a.name}</option>`)}
            </select>
          </label>
          <atlas-panel
            .plan=${plan}
            .area=${area}
            .kreisName=${data.catalog.kreis.name}
            .geometryCredit=${geometryCredit}
            @area-select=${(e: CustomEvent<{ id: string | null }>) => this.#store?.update({ area: e.detail.id })}
          ></atlas-panel>
          <atlas-legend .plan=${plan}></atlas-legend>
          <atlas-problems .problems=${data.problems}></atlas-problems>
          <atlas-print-dialog
            .defaultTitle=${plan.indicator.label}
            .defaultSubtitle=${de.subtitle(de.levelGemeinden, area?.name ?? null, plan.indicator.vintage)}
            @print-request=${this.#print}
          ></atlas-print-dialog>
        </aside>
        <div class="map-wrap">
          <div class="map" role="region" aria-label=${de.mapLabel(plan.indicator.label)}></div>
          ${this.#tooltip(data, plan)}
        </div>
      </div>
      <div class="print-sheet" aria-hidden="true"></div>
    `;
  }

  #tooltip(data: AtlasData, plan: Plan) {
    const hover = this._hover;
    if (!hover) return nothing;
    const area = data.areas.find((a) => a.id === hover.id);
    if (!area) return nothing;
    const cell = plan.cells.get(area.id) ?? { kind: 'missing' as const };
    return html`<div class="tooltip" role="tooltip" style=${styleMap({ left: `${hover.x}px`, top: `${hover.y}px` })}>
      <strong>${area.name}</strong>${formatCell(cell, plan.indicator)}${plan.indicator.sample ? html` <span class="sample">${de.sample}</span>` : nothing}
    </div>`;
  }

  #print = async (e: CustomEvent<ExportRequest>) => {
    const dialog = e.target as AtlasPrintDialog;
    if (!this._data || !this._plan) return;
    dialog.busy = true;
    try {
      const { exportSheet } = await import('../print/export');
      const { blob, filename } = await exportSheet(this._data, this._plan, this._state?.area ?? null, e.detail);
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), { href: url, download: filename });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      dialog.close();
    } catch (error) {
      dialog.error = de.exportFailed(error instanceof Error ? error.message : String(error));
    } finally {
      dialog.busy = false;
    }
  };

  #glyphsBase(): string {
    return new URL('fonts/', document.baseURI).href;
  }

  #onStateChange = (e: CustomEvent<Partial<AtlasState>>) => this.#store?.update(e.detail);
}
customElements.define('sozial-atlas', SozialAtlas);
