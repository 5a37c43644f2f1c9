import { LitElement, html, css, nothing, unsafeCSS } from 'lit';
import { cssProps } from './css-props';
import { guard } from 'lit/directives/guard.js';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import { loadAtlasData, LoadError, type AtlasData } from '../data/atlas-data';
import type { Area, Problem } from '../domain/types';
import { AtlasStore, fromHash, toHash, MAX_PINNED, type AtlasState } from '../state/atlas-state';
import { optionParams, overlay, VIEW_OPTION_NAMES, type ViewOption } from '../state/view-options';
import { shareTexts } from '../state/share';
import { ATLAS_BASE } from '../asset-base';
import { extremes } from '../domain/summary';
import { areasInView, crumbs, drillPatch, normaliseView, selectPatch } from '../state/hierarchy';
import { makePlan, type Plan } from '../state/plan';
import { AtlasMap } from '../map/atlas-map';
import { de } from './messages';
import { theme } from './theme';
import './atlas-controls';
import './atlas-time';
import './atlas-legend';
import './atlas-panel';
import { formatBound, formatMeasure } from '../domain/format';
import './atlas-problems';
import './atlas-print-dialog';
import './atlas-import';
import { timeLines } from '../domain/series';
import { compareAreas } from '../domain/comparison';
import type { AtlasPrintDialog } from './atlas-print-dialog';
import type { AtlasShareDialog } from './atlas-share-dialog';
import type { ImportRequest, ImportResultView } from './atlas-import';
import type { DroppedFile, ImportOptions } from '../data/import';
import type { ExportRequest } from '../print/export';

// Views a first visit does not show load when first wanted, keeping the start bundle small.
const LATER = {
  table: () => import('./atlas-table'),
  chart: () => import('./atlas-chart'),
  compare: () => import('./atlas-compare'),
  print: () => import('../print/browser-print'),
  share: () => import('./atlas-share-dialog'),
};

/** How much of the atlas a host page shows: everything, reading only, or the map with its legend. */
export type Controls = 'full' | 'minimal' | 'none';
const CONTROLS: readonly Controls[] = ['full', 'minimal', 'none'];

/** lit property name of each view option attribute ("base-year" -> baseYear). */
const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const OPTION_PROPERTIES = new Map(VIEW_OPTION_NAMES.map((name) => [camel(name), name]));

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * <sozial-atlas>: the whole atlas. Creates the map at once, loads its data, keeps one store of
 * the view and hands the resolved plan to map, legend, panel and table.
 *
 * The first view comes from the attributes (indicator, level, area, year, classification, …;
 * see state/view-options.ts); with `url-state` the page's URL hash wins and mirrors the view.
 * `controls` (full | minimal | none) and `height` shape it for a host page; `data-base` says
 * where its data lives. Events for the host page: `view-change` and `area-select`.
 */
export class SozialAtlas extends LitElement {
  static override properties = {
    dataBase: { attribute: 'data-base' },
    urlState: { attribute: 'url-state', type: Boolean },
    controls: {},
    height: {},
    ...Object.fromEntries([...OPTION_PROPERTIES].map(([property, attribute]) => [property, { attribute }])),
    _data: { state: true },
    _state: { state: true },
    _plan: { state: true },
    _fatal: { state: true },
    _hover: { state: true },
    _imported: { state: true },
    _stored: { state: true },
  };
  declare dataBase: string;
  declare urlState: boolean;
  declare controls: string | null;
  declare height: string | null;
  declare _data: AtlasData | null;
  declare _state: AtlasState | null;
  declare _plan: Plan | null;
  declare _fatal: Problem[] | null;
  declare _hover: { id: string; x: number; y: number } | null;
  /** what the last own-data import reported */
  declare _imported: ImportResultView | null;
  /** own data is kept in this browser (IndexedDB) */
  declare _stored: boolean;
  /** the atlas as loaded, before any own data: what "Eigene Daten entfernen" goes back to */
  #loaded: AtlasData | null = null;
  /** every own file kept, by name, with the options they were last read with */
  #own: { files: DroppedFile[]; options: ImportOptions } = { files: [], options: {} };

  #store: AtlasStore | null = null;
  /** Ctrl+P must draw synchronously in 'beforeprint': the module is fetched after the first map. */
  #printer: Awaited<ReturnType<typeof LATER.print>> | null = null;
  #map: AtlasMap | null = null;
  #shownPlan: Plan | null = null;
  #framed = '';
  #onHashChange = () => this.urlState && this.#readHash();
  // Ctrl+P prints the export sheet (A4 landscape) of the current view instead of the UI.
  #onBeforePrint = () => {
    const sheet = this.renderRoot.querySelector('.print-sheet');
    const { _data: data, _plan: plan, _state: state } = this;
    const printer = this.#printer;
    if (!sheet || !data || !plan || !state || !printer) return;
    sheet.replaceChildren(
      printer.printSheet(data, plan, { selected: state.area, focus: state.focus }, {
        paper: 'A4',
        orientation: 'landscape',
        title: plan.measure.label,
        subtitle: this.#subtitle(data, plan, state),
        note: '',
      }),
    );
  };
  #onAfterPrint = () => this.renderRoot.querySelector('.print-sheet')?.replaceChildren();

  constructor() {
    super();
    this.dataBase = new URL('data/', ATLAS_BASE).href;
    this.urlState = false;
    this.controls = null;
    this.height = null;
    this._data = null;
    this._state = null;
    this._plan = null;
    this._fatal = null;
    this._hover = null;
    this._imported = null;
    this._stored = false;
  }

  static override styles = [
    unsafeCSS(maplibreCss),
    theme,
    css`
      :host { display: block; height: var(--atlas-height, 100vh); background: #fff; text-align: start; container-type: inline-size; }
      /* Inherited properties pass the shadow boundary: a host page's "* { font: … }" would reach
         every text of the atlas. The roots set them all again. Sizes inside are in em from
         'medium', the reader's own default size, so a host's html { font-size } cannot shrink us. */
      .layout, .drop-hint, .print-sheet {
        font: normal 400 medium/1.4 system-ui, 'DejaVu Sans', sans-serif; color: var(--atlas-ink); text-align: start; text-transform: none;
        text-indent: 0; letter-spacing: normal; word-spacing: normal; white-space: normal; visibility: visible; direction: ltr; cursor: auto;
      }
      .layout { background: #fff; box-sizing: border-box; }
      .layout.controls-none { grid-template-columns: minmax(0, 1fr); grid-template-rows: minmax(12em, 1fr) auto; }
      .layout.controls-none aside { order: 2; border-right: 0; border-top: 1px solid var(--atlas-line); max-height: 15em; align-items: start; grid-template-columns: repeat(auto-fit, minmax(min(18em, 100%), 1fr)); }
      .summary { margin: 0; font-size: 0.9em; }
      .layout { display: grid; grid-template-columns: minmax(16em, 22em) 1fr; height: 100%; }
      .layout.with-table { grid-template-columns: minmax(16em, 22em) 1fr minmax(18em, 30em); }
      aside { overflow: auto; padding: 0.8em 1em; border-right: 1px solid var(--atlas-line); display: grid; grid-template-columns: minmax(0, 1fr); gap: 1em; align-content: start; }
      aside select { width: 100%; }
      .table-pane { overflow: auto; padding: 0.8em 1em; border-left: 1px solid var(--atlas-line); }
      h1 { font-size: 1.2em; margin: 0; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.4em; }
      button.action { font: inherit; padding: 0.35em 0.9em; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; }
      button.action[aria-pressed='true'] { background: var(--atlas-accent); color: #fff; }
      nav ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2em; margin: 0; padding: 0; font-size: 0.95em; }
      nav .separator { margin: 0 0.35em; color: var(--atlas-muted); }
      nav button { font: inherit; border: 0; background: none; padding: 0; color: var(--atlas-accent); text-decoration: underline; cursor: pointer; }
      nav [aria-current] { font-weight: 700; }
      .print-sheet { display: none; }
      @media print {
        :host { height: auto; }
        .layout { display: none; }
        .print-sheet { display: block; }
        .print-sheet canvas { display: block; width: 100%; height: auto; }
      }
      .map-wrap { position: relative; min-height: 20em; }
      .map { position: absolute; inset: 0; }
      .map-note { position: absolute; top: 0.5em; left: 0.5em; z-index: 2; max-width: 60%; padding: 0.3em 0.6em; border: 2px dashed var(--atlas-sample); border-radius: 4px; background: var(--atlas-sample-bg); color: var(--atlas-sample); font-weight: 600; font-size: 0.85em; }
      .tooltip { position: absolute; pointer-events: none; background: rgba(255,255,255,0.96); border: 1px solid #8792a0; border-radius: 4px; padding: 0.25em 0.5em; font-size: 0.85em; box-shadow: 0 1px 4px rgba(0,0,0,0.2); transform: translate(12px, 12px); white-space: nowrap; z-index: 2; }
      .tooltip strong { display: block; }
      .status { padding: 2em; position: absolute; inset: 0; background: #fff; z-index: 3; }
      .fatal { color: #9b1c1c; overflow: auto; }
      label { display: grid; gap: 0.15em; font-size: 0.85em; color: var(--atlas-muted); }
      select { font: inherit; font-size: calc(0.95em / 0.85); padding: 0.3em; border: 1px solid #7b8794; border-radius: 4px; background: #fff; color: var(--atlas-ink); }
      .panel-actions { display: flex; flex-wrap: wrap; gap: 0.4em; margin-top: 0.5em; }
      .panel-actions button { font: inherit; font-size: 0.9em; padding: 0.25em 0.6em; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; }
      .panel-actions button:disabled { border-color: var(--atlas-line); color: var(--atlas-muted); cursor: default; }
      .drop-hint { position: absolute; inset: 0; z-index: 4; display: grid; place-items: center; background: rgba(0, 94, 168, 0.12); border: 3px dashed var(--atlas-accent); font-size: 1.2em; font-weight: 700; color: var(--atlas-accent); pointer-events: none; }
      /* Narrow by the space the host page gives, not by the window: one column that scrolls
         inside the atlas' own box, so it never spills over the host page's content. */
      @container (max-width: 700px) {
        .layout, .layout.with-table { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto minmax(18em, 1fr) auto; overflow-y: auto; }
        aside, .layout.controls-none aside { border-right: 0; border-bottom: 1px solid var(--atlas-line); max-height: none; }
        .map-wrap { height: min(70vh, 36em); }
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

  // The map (WebGL context, worker, style) starts at once, while the data is still on its way.
  override firstUpdated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!container) return;
    this.#map = new AtlasMap({
      container,
      glyphsBase: new URL('fonts/', ATLAS_BASE).href,
      onHover: (id, point) => (this._hover = id && point ? { id, ...point } : null),
      onSelect: (id) => this.#onMapSelect(id),
    });
    if (this._data) this.#setBoundaries(this._data);
    // Until someone pans or zooms, the frame follows the container: the sidebar of an embed
    // below the map, a host page's layout or a phone turned sideways resize it.
    this.#map.map.on('movestart', (e) => {
      if (e.originalEvent) this.#userMoved = true;
    });
    new ResizeObserver(() => this.#reframe()).observe(container);
  }

  #userMoved = false;
  #reframe(): void {
    const state = this._state;
    if (!this.#map || !state || this.#framed === '' || this.#userMoved) return;
    void this.#map.focus(state.level === 'sozialraum' ? state.focus : null, true);
  }

  async #load(): Promise<void> {
    try {
      const data = await loadAtlasData(this.dataBase);
      const ids = data.catalog.indicators.map((i) => i.id);
      // Kept for own data restored below: the URL may name an own indicator not there yet.
      const firstView = this.#firstView();
      this.#store = new AtlasStore(fromHash(firstView, ids));
      this.#store.subscribe((state) => this.#apply(state));
      this._data = data;
      this.#loaded = data;
      if (this.#map) this.#setBoundaries(data);
      this.#apply(this.#store.state);
      void this.#restoreOwn(firstView);
    } catch (e) {
      this._fatal = e instanceof LoadError ? e.problems : [{ file: this.dataBase, message: String(e), severity: 'error' }];
      // No half-initialised map behind the error message.
      this.#map?.map.remove();
      this.#map = null;
    }
  }

  #setBoundaries(data: AtlasData): void {
    this.#map?.setAttribution(`${data.catalog.geometry.attribution}${data.catalog.sozialraeume ? `; ${data.catalog.sozialraeume.attribution}` : ''}`);
    void this.#map?.setBoundaries(data.boundaries);
    this.#framed = '';
  }

  /** The attributes' view, with the page's hash over it when the atlas owns the URL. */
  #firstView(): string {
    const options = optionParams((name) => this.getAttribute(name));
    return this.urlState ? overlay(options, new URLSearchParams(location.hash.replace(/^#/, ''))) : overlay('', options);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('height')) this.style.height = cssLength(this.height) ?? '';
    // An attribute the host page changes later moves the view; the others stay as the user left them.
    const store = this.#store;
    const data = this._data;
    if (!store || !data) return;
    const moved = [...changed.keys()].flatMap((key) => OPTION_PROPERTIES.get(String(key)) ?? []);
    if (!moved.length) return;
    const patch = optionParams((name: ViewOption) => (moved.includes(name) ? this.getAttribute(name) : null));
    store.update(fromHash(overlay(toHash(store.state), patch), data.catalog.indicators.map((i) => i.id)));
  }

  #readHash(): void {
    if (!this.#store || !this._data) return;
    this.#store.update(fromHash(location.hash, this._data.catalog.indicators.map((i) => i.id)));
  }

  #apply(state: AtlasState): void {
    const data = this._data;
    if (!data) return;
    const view = normaliseView(state, data.areas);
    const known = new Set(data.areas.map((a) => a.id));
    const pinned = state.pinned.filter((id) => known.has(id));
    if (view.level !== state.level || view.focus !== state.focus || view.area !== state.area || pinned.length !== state.pinned.length) {
      this.#store?.update({ ...view, pinned });
      return;
    }
    const previous = this._state;
    this._state = state;
    this._plan = makePlan(data, state);
    const hash = toHash(state);
    if (this.urlState && location.hash !== hash) history.replaceState(null, '', hash);
    this.dispatchEvent(new CustomEvent('view-change', { detail: { ...state, hash }, bubbles: true, composed: true }));
    if (previous && previous.area !== state.area) {
      const area = data.areas.find((a) => a.id === state.area) ?? null;
      const detail = area ? { id: area.id, name: area.name, level: area.level, parent: area.parent } : { id: null, name: null, level: null, parent: null };
      this.dispatchEvent(new CustomEvent('area-select', { detail, bubbles: true, composed: true }));
    }
  }

  override updated(): void {
    const map = this.#map;
    const state = this._state;
    if (!map || !this._plan || !state) return;
    // The table pane narrows the map: frame again when it opens or closes.
    const frame = `${state.level}|${state.focus ?? ''}|${state.table}`;
    if (frame !== this.#framed) {
      // Right after new boundaries the map already shows the whole Kreis: frame a deep link's focus without a flight.
      const first = this.#framed === '';
      this.#framed = frame;
      this.#userMoved = false;
      if (!first || state.focus || state.table) void map.focus(state.level === 'sozialraum' ? state.focus : null, first || reducedMotion());
    }
    if (this._plan !== this.#shownPlan) {
      const plan = this._plan;
      this.#shownPlan = plan;
      void map.show(plan).then(() => {
        if (!this.#printer) void LATER.print().then((m) => (this.#printer = m));
        this.dispatchEvent(
          new CustomEvent('atlas-rendered', { detail: { indicator: plan.indicator.id, level: plan.level, year: plan.year, display: plan.display } }),
        );
      });
    }
    if (state.table) void LATER.table();
    if (state.area) void LATER.chart();
    if (state.pinned.length) void LATER.compare();
    void map.select(state.area);
  }

  /** The MapLibre map, for tests and benchmarks that read the canvas. */
  get mapInstance(): AtlasMap | null {
    return this.#map;
  }

  override render() {
    const data = this._data;
    const state = this._state;
    const plan = this._plan;
    const ready = data && state && plan;
    const controls = this.#controls();
    return html`
      <div
        class="layout controls-${controls} ${state?.table ? 'with-table' : ''}"
        lang="de"
        @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave}
        @drop=${this.#onDrop}
      >
        <aside>${ready ? this.#sidebar(data, state, plan, controls) : nothing}</aside>
        <div class="map-wrap" role="region" aria-label=${plan ? de.mapLabel(plan.measure.label, de.levelName(plan.level)) : de.loading} aria-describedby="map-summary">
          <div class="map"></div>
          ${ready && plan.sample ? html`<p class="map-note" data-testid="map-sample-note">${de.sampleMapNote}</p>` : nothing}
          ${ready ? this.#tooltip(data, plan) : nothing}
          ${this.#status()}
        </div>
        ${ready && state.table ? this.#tablePane(data, state, plan) : nothing}
        <p class="visually-hidden" role="status" data-testid="announcer">${ready ? this.#announcement(data, state, plan) : ''}</p>
      </div>
      ${this.#dragging ? html`<div class="drop-hint" aria-hidden="true">${de.dropHint}</div>` : nothing}
      <div class="print-sheet" aria-hidden="true"></div>
    `;
  }

  #status() {
    if (this._fatal) {
      return html`<div class="status fatal" role="alert">
        <p>${de.loadFailed}</p>
        <atlas-problems .problems=${this._fatal}></atlas-problems>
      </div>`;
    }
    return this._plan ? nothing : html`<p class="status" role="status">${de.loading}</p>`;
  }

  #controls(): Controls {
    return CONTROLS.find((c) => c === this.controls) ?? 'full';
  }

  #sidebar(data: AtlasData, state: AtlasState, plan: Plan, controls: Controls) {
    const area = data.areas.find((a) => a.id === state.area) ?? null;
    const credit = [`${data.catalog.geometry.attribution}, ${data.catalog.geometry.license}`];
    if (plan.level === 'sozialraum' && data.catalog.sozialraeume) credit.push(data.catalog.sozialraeume.attribution);
    const summary = html`<p class="summary" id="map-summary" data-testid="map-summary">${this.#summary(data, state, plan)}</p>`;
    const panel = html`<atlas-panel
      .plan=${plan}
      .area=${area?.level === plan.level ? area : null}
      .kreisName=${data.catalog.kreis.name}
      .geometryCredit=${credit.join('; ')}
      @area-select=${this.#onAreaSelect}
    >
      ${area && controls !== 'none' ? this.#panelActions(data, state, area) : nothing}
    </atlas-panel>`;
    const legend = html`<atlas-legend .plan=${plan}></atlas-legend>`;
    if (controls === 'none') return html`${summary} ${legend} ${this.#areaPicker(data, state)} ${panel}`;
    const full = controls === 'full';
    return html`
      <h1>${data.catalog.title}</h1>
      ${this.#breadcrumb(data, state)}
      <div class="actions">
        <button type="button" class="action" name="table" aria-pressed=${String(state.table)} @click=${() => this.#store?.update({ table: !state.table })}>
          ${de.tableToggle}
        </button>
        ${full
          ? html`<button type="button" class="action" name="print" @click=${() => this.renderRoot.querySelector<AtlasPrintDialog>('atlas-print-dialog')?.open()}>
              ${de.printButton}
            </button>`
          : nothing}
        <button type="button" class="action" name="share" @click=${this.#openShare}>${de.shareButton}</button>
      </div>
      <atlas-controls .indicators=${data.catalog.indicators} .state=${state} .minimal=${!full} @state-change=${this.#onStateChange}></atlas-controls>
      <atlas-time .years=${plan.years} .year=${plan.year} .display=${plan.display} .baseYear=${plan.baseYear} @state-change=${this.#onStateChange}></atlas-time>
      ${this.#areaPicker(data, state)} ${summary} ${panel}
      <atlas-share-dialog .texts=${this.#shareTexts(state, plan)}></atlas-share-dialog>
      ${full ? this.#tools(data, state, plan) : html`${legend}<atlas-problems .problems=${data.problems}></atlas-problems>`}
    `;
  }

  /** Comparison, legend, own data, data problems and print: the planner's workbench. */
  #tools(data: AtlasData, state: AtlasState, plan: Plan) {
    return html`
      ${state.pinned.length
        ? html`<atlas-compare
            .rows=${compareAreas(plan, data, state.pinned)}
            .indicator=${plan.indicator}
            @pin-remove=${(e: CustomEvent<{ id: string }>) => this.#store?.update({ pinned: state.pinned.filter((id) => id !== e.detail.id) })}
          ></atlas-compare>`
        : nothing}
      <atlas-legend .plan=${plan}></atlas-legend>
      <atlas-import .result=${this._imported} ?stored=${this._stored} @import-request=${this.#import} @own-data-clear=${this.#clearOwn}></atlas-import>
      <atlas-problems .problems=${data.problems}></atlas-problems>
      <atlas-print-dialog
        .defaultTitle=${plan.measure.label}
        .defaultSubtitle=${this.#subtitle(data, plan, state)}
        @print-request=${this.#print}
      ></atlas-print-dialog>
    `;
  }

  #breadcrumb(data: AtlasData, state: AtlasState) {
    const steps = crumbs(state, data.areas, data.catalog.kreis.name, de.allSozialraeume);
    return html`<nav aria-label=${de.breadcrumb} data-testid="breadcrumb">
      <ol>
        ${steps.map((s, i) => {
          const separator = i > 0 ? html`<span class="separator" aria-hidden="true">›</span>` : nothing;
          return s.target
            ? html`<li>${separator}<button type="button" @click=${() => this.#store?.update({ ...s.target })}>${s.label}</button></li>`
            : html`<li aria-current="location">${separator}${s.label}</li>`;
        })}
      </ol>
    </nav>`;
  }

  /** One list of every area of the level, grouped by Gemeinde; rendered again only when the areas change. */
  #areaPicker(data: AtlasData, state: AtlasState) {
    const level = state.level;
    return html`<label
      >${level === 'gemeinde' ? de.selectArea : de.selectSozialraum}
      <select name="area" .value=${state.area ?? ''} @change=${(e: Event) => this.#onAreaSelect(new CustomEvent('area-select', { detail: { id: (e.target as HTMLSelectElement).value || null } }))}>
        ${guard([data.areas, level], () => areaOptions(data.areas, level, state.area))}
      </select>
    </label>`;
  }

  #panelActions(data: AtlasData, state: AtlasState, area: Area) {
    const drill = area.level === 'gemeinde' ? drillPatch(area.id, data.areas) : null;
    const pinned = state.pinned.includes(area.id);
    return html`<atlas-chart .lines=${timeLines(data, state.indicator, area, data.areas)} .indicator=${this._plan?.indicator ?? null} .year=${this._plan?.year ?? null}></atlas-chart>
      <div class="panel-actions">
      ${drill ? html`<button type="button" name="drill" @click=${() => this.#store?.update(drill)}>${de.drillDown(area.name)}</button>` : nothing}
      <button
        type="button"
        name="pin"
        aria-pressed=${String(pinned)}
        ?disabled=${!pinned && state.pinned.length >= MAX_PINNED}
        @click=${() => this.#store?.update({ pinned: pinned ? state.pinned.filter((id) => id !== area.id) : [...state.pinned, area.id] })}
      >
        ${pinned ? de.unpin : de.pin}
      </button>
    </div>`;
  }

  #tablePane(data: AtlasData, state: AtlasState, plan: Plan) {
    const shown = areasInView(state, data.areas);
    return html`<section class="table-pane" aria-label=${de.tableToggle}>
      <atlas-table .plan=${{ ...plan, areas: shown }} .names=${this.#names(data)} .selected=${state.area} @area-select=${this.#onAreaSelect}></atlas-table>
    </section>`;
  }

  #namesOf: { areas: Area[]; names: Map<string, string> } | null = null;
  #names(data: AtlasData): Map<string, string> {
    if (this.#namesOf?.areas !== data.areas) this.#namesOf = { areas: data.areas, names: new Map(data.areas.map((a) => [a.id, a.name])) };
    return this.#namesOf.names;
  }

  #tooltip(data: AtlasData, plan: Plan) {
    const hover = this._hover;
    if (!hover) return nothing;
    const area = data.areas.find((a) => a.id === hover.id);
    if (!area) return nothing;
    const cell = plan.cells.get(area.id) ?? { kind: 'missing' as const };
    return html`<div class="tooltip" role="tooltip" ${cssProps({ left: `${hover.x}px`, top: `${hover.y}px` })}>
      <strong>${area.name}</strong>${formatMeasure(cell, plan.measure)}${plan.sample ? html` <span class="sample">${de.sample}</span>` : nothing}
    </div>`;
  }

  #openShare = async () => {
    await LATER.share();
    const dialog = this.renderRoot.querySelector<AtlasShareDialog>('atlas-share-dialog');
    await dialog?.updateComplete;
    dialog?.open();
  };

  #shareTexts(state: AtlasState, plan: Plan) {
    const own = new URL('data/', ATLAS_BASE).href;
    const dataBase = new URL(this.dataBase, document.baseURI).href;
    return shareTexts(state, {
      base: ATLAS_BASE,
      title: de.embedTitle(plan.indicator.label),
      dataBase: dataBase === own ? null : dataBase,
      height: cssLength(this.height) ?? '640px',
    });
  }

  /** The map's text alternative: what is shown, its extremes and Kreis value, for the areas in view. */
  #summary(data: AtlasData, state: AtlasState, plan: Plan): string {
    const inView = areasInView(state, data.areas);
    const cells = new Map(inView.flatMap((a) => { const c = plan.cells.get(a.id); return c ? [[a.id, c] as const] : []; }));
    const focus = state.focus ? data.areas.find((a) => a.id === state.focus)?.name : null;
    const what = [`${plan.measure.label}${plan.year !== null ? ` ${plan.year}` : ''}`, focus ? de.sozialraeumeOf(focus) : de.levelName(plan.level)].join(', ');
    const ext = extremes(cells);
    if (!ext) return de.summaryNone(what);
    const name = (id: string) => data.areas.find((a) => a.id === id)?.name ?? id;
    const value = (v: number) => formatMeasure({ kind: 'value', value: v }, plan.measure);
    const count = (kind: string) => [...cells.values()].filter((c) => c.kind === kind).length;
    return de.summary({
      what,
      highest: de.namedValue(ext.highest.ids.map(name), value(ext.highest.value)),
      lowest: de.namedValue(ext.lowest.ids.map(name), value(ext.lowest.value)),
      kreis: plan.display === 'value' && plan.reference.value !== null ? value(plan.reference.value) : null,
      missing: count('missing'),
      suppressed: count('suppressed'),
    });
  }

  /** What a screen reader hears: the selected area with value and class, else the summary. */
  #announcement(data: AtlasData, state: AtlasState, plan: Plan): string {
    const area = state.area ? data.areas.find((a) => a.id === state.area && a.level === plan.level) : undefined;
    if (!area) return this.#summary(data, state, plan);
    const cls = plan.classes.get(area.id);
    const row = cls !== undefined && cls >= 0 ? plan.rows[cls] : undefined;
    const range = row ? de.classRange(formatBound(row.lower, plan.measure), formatBound(row.upper, plan.measure), row.index === plan.rows.length - 1) : null;
    return de.announceArea(area.name, formatMeasure(plan.cells.get(area.id) ?? { kind: 'missing' }, plan.measure), row && range ? de.classOf(row.index, plan.rows.length, range) : null);
  }

  #subtitle(data: AtlasData, plan: Plan, state: AtlasState): string {
    const focus = data.areas.find((a) => a.id === state.focus)?.name ?? null;
    const area = data.areas.find((a) => a.id === state.area)?.name ?? null;
    return de.subtitle(de.levelName(plan.level), [focus, area].filter(Boolean).join(' › ') || null, plan.year !== null ? String(plan.year) : plan.indicator.vintage);
  }

  #onMapSelect(id: string | null): void {
    const state = this._state;
    if (!state || !this._data) return;
    // Clicking the selected Gemeinde again opens its Sozialräume.
    const drill = id !== null && id === state.area && state.level === 'gemeinde' ? drillPatch(id, this._data.areas) : null;
    this.#store?.update(drill ?? selectPatch(id, this._data.areas));
  }

  #onAreaSelect = (e: CustomEvent<{ id: string | null }>) => {
    if (this._data) this.#store?.update(selectPatch(e.detail.id, this._data.areas));
  };

  #print = async (e: CustomEvent<ExportRequest>) => {
    const dialog = e.target as AtlasPrintDialog;
    const { _data: data, _plan: plan, _state: state } = this;
    if (!data || !plan || !state) return;
    dialog.busy = true;
    try {
      const { exportSheet } = await import('../print/export');
      const { blob, filename } = await exportSheet(data, plan, { selected: state.area, focus: state.focus }, e.detail);
      download(blob, filename);
      dialog.close();
    } catch (error) {
      dialog.error = de.exportFailed(error instanceof Error ? error.message : String(error));
    } finally {
      dialog.busy = false;
    }
  };

  /** Own files, read in the browser only: nothing is uploaded; kept in this browser for the next visit. */
  #import = async (e: CustomEvent<ImportRequest>) => {
    const files = await Promise.all(e.detail.files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() })));
    const options = { suppressionThreshold: e.detail.threshold, overrides: { ...this.#own.options.overrides, ...e.detail.overrides } };
    if (!(await this.#importOwn(files, options))) return;
    // A file dropped again under the same name replaces the kept one, as it replaces its figures.
    const names = new Set(files.map((f) => f.name));
    this.#own = { files: [...this.#own.files.filter((f) => !names.has(f.name)), ...files], options };
    const { saveOwnData } = await import('../data/own-data-store');
    this._stored = await saveOwnData(this.#own);
  };

  /** Reads own files into the atlas shown; false when nothing could be taken over. */
  async #importOwn(files: DroppedFile[], options: ImportOptions, restoring: string | null = null): Promise<boolean> {
    const data = this._data;
    if (!data) return false;
    const { importFiles } = await import('../data/import');
    const result = await importFiles(data, files, options);
    this._imported = { summaries: result.summaries, problems: result.problems, geometry: result.geometry };
    if (result.data === data) return false;
    this._data = result.data;
    if (result.boundariesChanged) this.#setBoundaries(result.data);
    const first = result.added[0];
    // Restored after a reload, the view stays where the URL put it, on an own indicator if it names one.
    const wanted = restoring === null ? null : fromHash(restoring, result.data.catalog.indicators.map((i) => i.id)).indicator;
    const indicator = restoring === null ? first : wanted && result.added.includes(wanted) ? wanted : null;
    this.#store?.update({
      ...(indicator ? { indicator, year: null, display: 'value' as const } : {}),
      ...(result.summary && restoring === null ? { level: result.summary.level, focus: null, area: null } : {}),
    });
    // The same state with new data still needs a new plan.
    if (this.#store) this.#apply(this.#store.state);
    return true;
  }

  /** Own data kept from an earlier visit is read again, the same way. */
  async #restoreOwn(firstView: string): Promise<void> {
    const { loadOwnData } = await import('../data/own-data-store');
    const stored = await loadOwnData();
    if (!stored) return;
    this.#own = stored;
    this._stored = true;
    await this.#importOwn(stored.files, stored.options, firstView);
  }

  /** "Eigene Daten entfernen": forgotten by the browser, and the atlas as it was loaded. */
  #clearOwn = async () => {
    const { clearOwnData } = await import('../data/own-data-store');
    await clearOwnData();
    this.#own = { files: [], options: {} };
    this._stored = false;
    this._imported = null;
    const loaded = this.#loaded;
    if (!loaded || !this.#store) return;
    const changedBoundaries = this._data?.boundaries !== loaded.boundaries;
    this._data = loaded;
    if (changedBoundaries) this.#setBoundaries(loaded);
    const ids = loaded.catalog.indicators.map((i) => i.id);
    this.#store.update(ids.includes(this.#store.state.indicator) ? {} : { indicator: ids[0], year: null, area: null, focus: null });
    this.#apply(this.#store.state);
  };

  #dragging = false;
  #onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    if (!this.#dragging) {
      this.#dragging = true;
      this.requestUpdate();
    }
  };
  #onDragLeave = (e: DragEvent) => {
    if (e.relatedTarget && this.renderRoot.contains(e.relatedTarget as Node)) return;
    this.#dragging = false;
    this.requestUpdate();
  };
  #onDrop = (e: DragEvent) => {
    e.preventDefault();
    this.#dragging = false;
    this.requestUpdate();
    const files = [...(e.dataTransfer?.files ?? [])];
    const picker = this.renderRoot.querySelector('atlas-import');
    if (files.length && picker) picker.submit(files);
  };

  #onStateChange = (e: CustomEvent<Partial<AtlasState>>) => this.#store?.update(e.detail);
}
customElements.define('sozial-atlas', SozialAtlas);

/** "600" -> "600px"; CSS lengths pass; anything else is ignored. */
function cssLength(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return `${v}px`;
  return /^\d+(\.\d+)?(px|em|rem|vh|svh|dvh|%)$/.test(v) ? v : null;
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function areaOptions(areas: readonly Area[], level: Area['level'], selected: string | null) {
  const none = html`<option value="" ?selected=${selected === null}>${de.noneSelected}</option>`;
  if (level === 'gemeinde') {
    return [none, ...areas.filter((a) => a.level === 'gemeinde').map((a) => html`<option value=${a.id} ?selected=${a.id === selected}>${a.name}</option>`)];
  }
  const gemeinden = areas.filter((a) => a.level === 'gemeinde');
  return [
    none,
    ...gemeinden.map(
      (g) => html`<optgroup label=${g.name}>
        ${areas.filter((a) => a.parent === g.id && a.level === level).map((a) => html`<option value=${a.id} ?selected=${a.id === selected}>${a.name}</option>`)}
      </optgroup>`,
    ),
  ];
}
