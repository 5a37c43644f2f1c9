import { LitElement, html, nothing, unsafeCSS } from 'lit';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { AtlasData } from '../data/atlas-data';
import type { Problem } from '../domain/types';
import { formatMeasure } from '../domain/format';
import { MISSING } from '../domain/types';
import { openLink, type AtlasModel, type Correction } from '../state/atlas-model';
import { fromHash, toHash, MAX_PINNED, type AtlasState } from '../state/atlas-state';
import { optionParams, overlay, VIEW_OPTION_NAMES, type ViewOption } from '../state/view-options';
import { drillPatch, selectPatch } from '../state/hierarchy';
import { shareTexts } from '../state/share';
import { timeLines } from '../domain/series';
import { ATLAS_BASE } from '../asset-base';
import { DataController } from './controllers/data-controller';
import { MapController, credit, insetsOf } from './controllers/map-controller';
import { HashController } from './controllers/hash-controller';
import { PrintController, subtitleOf } from './controllers/print-controller';
import { DropController } from './controllers/drop-controller';
import { de } from './messages';
import { theme } from './theme';
import { shellStyles } from './shell-styles';
import { announcementOf, summaryOf } from './view-texts';
import type { AtlasTooltip } from './atlas-tooltip';
import type { AtlasPrintDialog } from './atlas-print-dialog';
import type { ToolbarAction } from './atlas-toolbar';
import type { ImportRequest } from './atlas-import';
import type { ExportRequest } from '../print/export';
import './atlas-toolbar';
import './atlas-sidebar';
import './atlas-legend';
import './atlas-panel';
import './atlas-tooltip';
import './atlas-print-dialog';

/** How much of the atlas a host page shows: everything, reading only, or the map with its legend. */
export type Controls = 'full' | 'minimal' | 'none';
const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const OPTION_PROPERTIES = new Map(VIEW_OPTION_NAMES.map((name) => [camel(name), name]));
const ids = (data: AtlasData) => data.catalog.indicators.map((i) => i.id);

/**
 * <sozial-atlas>: the whole atlas. It wires a model (data and view, state/atlas-model) to
 * controllers (data loading, map, URL hash, print, drop) and components that read it; every
 * change comes back as an event and goes through `model.update`.
 * Attributes: the first view (indicator, level, area, …; state/view-options), `url-state` (the
 * page hash owns the view), `controls` (full | minimal | none), `height`, `data-base`.
 * Events for the host page: `view-change`, `area-select`, `atlas-rendered`.
 */
export class SozialAtlas extends LitElement {
  static override properties = {
    dataBase: { attribute: 'data-base' },
    urlState: { attribute: 'url-state', type: Boolean },
    controls: {},
    height: {},
    presenting: { type: Boolean, reflect: true },
    ...Object.fromEntries([...OPTION_PROPERTIES].map(([property, attribute]) => [property, { attribute }])),
    _sideOpen: { state: true },
    _notice: { state: true },
    _imported: { state: true },
    _spoken: { state: true },
  };
  declare dataBase: string;
  declare urlState: boolean;
  declare controls: string | null;
  declare height: string | null;
  declare presenting: boolean;
  declare _sideOpen: boolean;
  declare _notice: Correction[];
  declare _imported: { summary: string | null; problems: Problem[] } | null;
  /** a map move by keyboard, said once by the status region */
  declare _spoken: string;
  model: AtlasModel | null = null;
  readonly glyphsBase = new URL('fonts/', ATLAS_BASE).href;
  #returnFocus: HTMLElement | null = null;

  #data = new DataController(this, (data) => this.#start(data));
  #map = new MapController(this);
  #hash = new HashController(this, () => this.urlState);
  #print = new PrintController(this);
  #drop = new DropController(this, (files) => this.renderRoot.querySelector('atlas-sidebar')?.renderRoot.querySelector('atlas-import')?.submit(files));

  constructor() {
    super();
    this.dataBase = new URL('data/', ATLAS_BASE).href;
    this.urlState = false;
    this.controls = null;
    this.height = null;
    this.presenting = false;
    this._sideOpen = false;
    this._notice = [];
    this._imported = null;
    this._spoken = '';
  }

  static override styles = [unsafeCSS(maplibreCss), theme, shellStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#data.status.kind === 'idle') void this.#data.load(this.dataBase);
    document.addEventListener('fullscreenchange', this.#onFullscreen);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.#onFullscreen);
  }

  override firstUpdated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (container) this.#map.attach(container);
  }

  /** The data is here: the view comes from the attributes, with the page's hash over them when the atlas owns the URL. */
  #start(data: AtlasData): void {
    const options = optionParams((name) => this.getAttribute(name));
    const hash = this.urlState ? overlay(options, new URLSearchParams(location.hash.replace(/^#/, ''))) : overlay('', options);
    const { model, corrections } = openLink(data, hash);
    this.model = model;
    this._notice = corrections;
    this.#hash.bind(model);
    this.#map.reset();
    model.subscribe((m, previous) => this.#changed(m, previous));
    this.#changed(model, null);
  }

  #changed(model: AtlasModel, previous: AtlasState | null): void {
    this.#hash.write();
    const { state, data } = model;
    const hash = toHash(state);
    this.dispatchEvent(new CustomEvent('view-change', { detail: { ...state, hash }, bubbles: true, composed: true }));
    if (previous && previous.area !== state.area) {
      const area = data.areas.find((a) => a.id === state.area);
      const detail = area ? { id: area.id, name: area.name, level: area.level, parent: area.parent } : { id: null, name: null, level: null, parent: null };
      this.dispatchEvent(new CustomEvent('area-select', { detail, bubbles: true, composed: true }));
    }
    this.requestUpdate();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('height')) this.style.height = cssLength(this.height) ?? '';
    // An attribute the host page changes later moves the view; the others stay as the user left them.
    const model = this.model;
    const moved = [...changed.keys()].flatMap((key) => OPTION_PROPERTIES.get(String(key)) ?? []);
    if (!model || !moved.length) return;
    const patch = optionParams((name: ViewOption) => (moved.includes(name) ? this.getAttribute(name) : null));
    model.update(fromHash(overlay(toHash(model.state), patch), ids(model.data)));
  }

  override updated(): void {
    const model = this.model;
    if (!model) return;
    const layout = this.renderRoot.querySelector('.layout');
    this.#map.setTextScale(this.presenting && layout ? Math.round((parseFloat(getComputedStyle(layout).fontSize) / 16) * 20) / 20 : 1);
    void this.#syncMap(model);
    if (model.state.table) void import('./atlas-table');
  }

  /** After legend and card have drawn: the map frames what they leave free. */
  async #syncMap(model: AtlasModel): Promise<void> {
    await Promise.all([...this.renderRoot.querySelectorAll<LitElement>('.legend, .card')].map((el) => el.updateComplete));
    this.#map.sync(model, (plan) => {
      this.#print.prepare();
      this.dispatchEvent(new CustomEvent('atlas-rendered', { detail: { indicator: plan.indicator.id, level: plan.level, year: plan.year, display: plan.display } }));
    });
  }

  /** The MapLibre map, for tests and benchmarks that read the canvas. */
  get mapInstance() {
    return this.#map.map;
  }

  get printSheet(): Element | null {
    return this.renderRoot.querySelector('.print-sheet');
  }

  override render() {
    const model = this.model;
    const controls: Controls = this.controls === 'minimal' || this.controls === 'none' ? this.controls : 'full';
    const plan = model?.plan;
    const area = model && plan ? model.data.areas.find((a) => a.id === model.state.area && a.level === plan.level) : undefined;
    return html`
      <div class="layout controls-${controls}" lang="de" @state-change=${this.#onStateChange} @area-select=${this.#onAreaSelect} @area-hover=${this.#onAreaHover}
        @toolbar-action=${this.#onAction} @import-request=${this.#onImport} @keydown=${this.#onKey}>
        ${model && controls !== 'none'
          ? html`<aside class="side ${this._sideOpen ? 'open' : ''}" id="side" aria-label=${de.menu}>
              <button type="button" class="close" @click=${() => (this._sideOpen = false)} aria-label=${de.menuClose}>×</button>
              <atlas-sidebar .data=${model.data} .state=${model.state} .plan=${plan} .summary=${summaryOf(model)} .full=${controls === 'full'} .imported=${this._imported}></atlas-sidebar>
            </aside>`
          : nothing}
        <div class="main ${model?.state.table ? 'with-table' : ''}">
          ${model && controls !== 'none'
            ? html`<atlas-toolbar .data=${model.data} .state=${model.state} .full=${controls === 'full'} .menuOpen=${this._sideOpen} .presenting=${this.presenting}></atlas-toolbar>`
            : nothing}
          <div class="map-wrap" role="region" aria-label=${plan ? de.mapLabel(plan.measure.label, de.levelName(plan.level)) : de.loading} aria-describedby="map-summary">
            <div class="map"></div>
            <atlas-tooltip></atlas-tooltip>
            ${this._notice.length ? this.#noticeBox() : nothing} ${this.#status()}
            ${plan ? html`<atlas-legend class="legend" .plan=${plan}></atlas-legend>` : nothing}
            <p id="map-summary" data-testid="map-summary" hidden>${model ? summaryOf(model) : ''}</p>
          </div>
          ${model && plan && area
            ? html`<atlas-panel class="card" .plan=${plan} .area=${area} .kreisName=${model.data.catalog.kreis.name} .geometryCredit=${credit(model.data, plan.level === 'sozialraum')}
                .lines=${timeLines(model.data, plan.indicator.id, area, model.data.areas)} .actions=${controls === 'none' ? null : this.#cardActions(model, area.id)}></atlas-panel>`
            : nothing}
          ${model && plan && model.state.table
            ? html`<section class="table-pane" aria-label=${de.tableToggle}>
                <atlas-table .plan=${{ ...plan, areas: plan.shown }} .names=${new Map(model.data.areas.map((a) => [a.id, a.name]))} .selected=${model.state.area} .kreisName=${model.data.catalog.kreis.name}></atlas-table>
              </section>`
            : nothing}
        </div>
        <p class="visually-hidden" role="status" data-testid="announcer">${this._spoken || (model ? announcementOf(model) : '')}</p>
      </div>
      ${this.#drop.dragging ? html`<div class="drop-hint" aria-hidden="true">${de.dropHint}</div>` : nothing}
      <div class="print-sheet" aria-hidden="true"></div>
      ${model && plan && controls === 'full'
        ? html`<atlas-print-dialog .defaultTitle=${plan.measure.label} .defaultSubtitle=${subtitleOf(model)} @print-request=${this.#onPrint}></atlas-print-dialog>`
        : nothing}
      ${model && plan ? html`<atlas-share-dialog .texts=${this.#shareTexts(model)}></atlas-share-dialog>` : nothing}
    `;
  }

  #shareTexts({ state, plan }: AtlasModel) {
    const own = new URL('data/', ATLAS_BASE).href;
    const dataBase = new URL(this.dataBase, document.baseURI).href;
    return shareTexts(state, { base: ATLAS_BASE, title: de.embedTitle(plan.indicator.label), dataBase: dataBase === own ? null : dataBase, height: cssLength(this.height) ?? '640px' });
  }

  #status() {
    const s = this.#data.status;
    if (s.kind === 'loading' || s.kind === 'idle') {
      const done = s.kind === 'loading' ? s.done : 0;
      const total = s.kind === 'loading' ? s.total : 0;
      return html`<div class="status" role="status"><p>${de.loading}</p>
        <progress max=${Math.max(total, 1)} .value=${done}></progress>
        <p class="muted">${s.kind === 'loading' && s.current ? de.loadingFile(s.current) : ''} ${de.loadingFiles(done, total)}</p></div>`;
    }
    if (s.kind !== 'failed') return nothing;
    return html`<div class="status failed" role="alert" data-testid="load-failed">
      <p><strong>${de.loadFailed}</strong></p>
      <p>${de.loadFailedAt}: <code>${s.address}</code></p>
      <p>${de.loadFailedReason}: ${s.reason}</p>
      <p><button type="button" name="retry" @click=${() => void this.#data.retry()}>${de.retry}</button></p>
      <details><summary>${de.loadDetails}</summary>${s.details.map((d) => html`<p><code>${d}</code></p>`)}</details>
    </div>`;
  }

  #noticeBox() {
    return html`<div class="notice" role="status" data-testid="link-notice">
      <p>${de.corrected} ${this._notice.map((c) => de.correction(c.key, c.requested, c.shown)).join(' ')}</p>
      <button type="button" aria-label=${de.dismiss} @click=${() => (this._notice = [])}>×</button>
    </div>`;
  }

  /** Drill-down only where the indicator has values at the level below. */
  #cardActions(model: AtlasModel, id: string) {
    const { data, state } = model;
    const drill = state.level === 'gemeinde' ? drillPatch(id, data.areas) : null;
    const below = drill ? data.areas.filter((a) => a.parent === id) : [];
    const series = data.series.get(state.indicator);
    const hasValues = below.some((a) => [...(series?.cells.values() ?? [])].some((cells) => cells.get(a.id)?.kind === 'value'));
    const pinned = state.pinned.includes(id);
    return { drill: hasValues ? drill : null, drillEmpty: !!drill && !hasValues, pinned, canPin: state.pinned.length < MAX_PINNED, pinnedIds: state.pinned };
  }

  // The map and the parts tell the shell; the shell stops their events so that a host page hears only its own.
  hovered(id: string | null, point: { x: number; y: number } | null): void {
    const tooltip = this.renderRoot.querySelector<AtlasTooltip>('atlas-tooltip');
    const table = this.renderRoot.querySelector('atlas-table');
    if (table) table.hovered = id;
    const model = this.model;
    const area = id && model ? model.data.areas.find((a) => a.id === id) : undefined;
    if (!tooltip || !model || !area || !point) return tooltip?.hide();
    const plan = model.plan;
    tooltip.show({ name: area.name, value: formatMeasure(plan.cells.get(area.id) ?? MISSING, plan.measure), sample: plan.sample ? de.sample : null }, point);
  }

  mapSelect(id: string | null): void {
    this.renderRoot.querySelector<AtlasTooltip>('atlas-tooltip')?.hide();
    const model = this.model;
    if (!model) return;
    // Clicking the selected Gemeinde again opens its Sozialräume.
    const drill = id !== null && id === model.state.area && model.state.level === 'gemeinde' ? this.#cardActions(model, id).drill : null;
    this.#select(drill ?? selectPatch(id, model.data.areas));
  }

  insets() {
    return insetsOf(this.renderRoot.querySelector('.map-wrap'), this.renderRoot.querySelectorAll('.legend, .card'));
  }

  announce(text: string): void {
    this._spoken = text;
    setTimeout(() => (this._spoken = ''), 1500);
  }

  #select(patch: Partial<AtlasState>): void {
    this.#returnFocus = deepActive(this.renderRoot as ShadowRoot);
    this.model?.update(patch);
  }

  #onStateChange = (e: CustomEvent<Partial<AtlasState>>) => {
    e.stopPropagation();
    this.model?.update(e.detail);
  };
  #onAreaSelect = (e: CustomEvent<{ id: string | null; closed?: boolean }>) => {
    e.stopPropagation();
    if (!this.model) return;
    this._sideOpen = false;
    if (e.detail.closed) return this.#closeCard();
    this.#select(selectPatch(e.detail.id, this.model.data.areas));
  };
  #onAreaHover = (e: CustomEvent<{ id: string | null }>) => {
    e.stopPropagation();
    this.#map.hover(e.detail.id);
  };
  #closeCard(): void {
    this.model?.update({ area: null });
    (this.#returnFocus?.isConnected ? this.#returnFocus : this.#map.map?.map.getCanvas())?.focus();
  }
  #onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (this._sideOpen) this._sideOpen = false;
    else if (this.model?.state.area) this.#closeCard();
  };
  #onAction = async (e: CustomEvent<{ action: ToolbarAction }>) => {
    e.stopPropagation();
    const action = e.detail.action;
    if (action === 'menu') this._sideOpen = !this._sideOpen;
    if (action === 'print') this.renderRoot.querySelector<AtlasPrintDialog>('atlas-print-dialog')?.open();
    if (action === 'present') await this.#present(!this.presenting);
    if (action === 'share') {
      await import('./atlas-share-dialog');
      const dialog = this.renderRoot.querySelector('atlas-share-dialog');
      await dialog?.updateComplete;
      dialog?.open();
    }
  };
  /** Presentation: fullscreen where the browser allows it, larger type in any case. */
  async #present(on: boolean): Promise<void> {
    this.presenting = on;
    try {
      if (on && !document.fullscreenElement) await this.requestFullscreen();
      if (!on && document.fullscreenElement === this) await document.exitFullscreen();
    } catch {
      // An iframe without allow="fullscreen": the type still scales.
    }
  }
  #onFullscreen = () => {
    if (!document.fullscreenElement && this.presenting) this.presenting = false;
  };
  #onPrint = async (e: CustomEvent<ExportRequest>) => {
    const dialog = e.target as AtlasPrintDialog;
    dialog.busy = true;
    const error = await this.#print.export(e.detail);
    dialog.busy = false;
    if (error) dialog.error = error;
    else dialog.close();
  };
  #onImport = async (e: CustomEvent<ImportRequest>) => {
    e.stopPropagation();
    const model = this.model;
    if (!model) return;
    const { importFiles } = await import('../data/import');
    const files = await Promise.all(e.detail.files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
    const result = await importFiles(model.data, files, { suppressionThreshold: e.detail.threshold });
    this._imported = { summary: result.summary ? de.importSummary(result.summary) : null, problems: result.problems };
    if (result.data === model.data) return;
    if (result.boundariesChanged) this.#map.reset();
    const first = result.added[0];
    model.setData(result.data, {
      ...(first ? { indicator: first, year: null, display: 'value' as const } : {}),
      ...(result.summary ? { level: result.summary.level, focus: null, area: null } : {}),
    });
  };
}
customElements.define('sozial-atlas', SozialAtlas);

/** The element that has the keyboard, through nested shadow roots. */
function deepActive(root: ShadowRoot | Document): HTMLElement | null {
  const active = root.activeElement as HTMLElement | null;
  return active?.shadowRoot?.activeElement ? deepActive(active.shadowRoot) : active;
}

/** "600" -> "600px"; CSS lengths pass; anything else is ignored. */
function cssLength(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return `${v}px`;
  return /^\d+(\.\d+)?(px|em|rem|vh|svh|dvh|%)$/.test(v) ? v : null;
}
