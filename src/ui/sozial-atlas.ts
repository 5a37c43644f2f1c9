import { LitElement, html, nothing, unsafeCSS } from 'lit';
import { property, state } from 'lit/decorators.js';
// Trimmed at build time to the controls the atlas creates (scripts/lib/maplibre-css.mjs).
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { AtlasModel, Correction } from '../state/atlas-model';
import type { AtlasState } from '../state/atlas-state';
import { ATLAS_BASE } from '../asset-base';
import {
  ContributionLoader, PlacesLoader, DataController, LanguageController, DropController, GridController, HashController, HostController, ImportController,
  MapController, ModelController, PresentationController, PrintController, SelectionController, insetsOf, optionProperties,
} from './controllers';
import { cssLength } from './css-props';
import { appTexts } from '../messages/app';
import { theme } from './theme';
import { shellStyles } from './shell-styles';
import { announcementOf, summaryOf } from '../state/view-texts';
import { card, dialogs, loadDropTarget, openAbout, openDialog, panes, preloadParts, showHover, sidePane, type Controls } from './shell-parts';
import type { ToolbarAction } from './atlas-toolbar';
import { easyReadLink, isEmbedded } from './easy-read-link';
import type { ImportRequest } from './atlas-import';
import type { PointFeature, PointLayerStyle } from '../symbology/points';

/**
 * <sozial-atlas>: the whole atlas. It wires a model (data and view, state/atlas-model; made from
 * the first link by the model controller) to controllers (loading, map, URL hash, print, drop,
 * import, presentation) and to components that read it; every change comes back as an event and goes through `model.update`. Attributes: the
 * first view (indicator, level, area, …; state/view-options), `url-state` (the page hash owns
 * the view), `controls` (full | minimal | none), `height`, `data-base`, `renderer` (auto | webgl |
 * canvas: which map draws; map/webgl.ts), `workshop-server` (the live session's server), `lang`
 * (de | en: the language; controllers/language-controller). Events for the host page: `view-change`, `area-select`, `atlas-rendered`.
 */
export class SozialAtlas extends LitElement {
  /** the view options' attributes: a list (host-controller), so given to lit as its static declarations */
  static override properties = optionProperties();
  @property({ attribute: 'data-base' }) dataBase: string = new URL('data/', ATLAS_BASE).href;
  @property({ attribute: 'url-state', type: Boolean }) urlState: boolean = false;
  @property() controls: string | null = null;
  @property() height: string | null = null;
  @property() renderer: string | null = null;
  /** the live session's server (issue 28), e.g. `wss://atlas.example.de/workshop`; null: none, and no request is made */
  @property({ attribute: 'workshop-server' }) workshopServer: string | null = null;
  @property({ type: Boolean, reflect: true }) presenting: boolean = false;
  @state() _sideOpen: boolean = false;
  @state() _notice: Correction[] = [];
  model: AtlasModel | null = null;
  readonly glyphsBase = new URL('fonts/', ATLAS_BASE).href;
  #language = new LanguageController(this);
  #map = new MapController(this);
  #hash = new HashController(this, () => this.urlState);
  #print = new PrintController(this);
  #import = new ImportController(this);
  #presentation = new PresentationController(this);
  #hostPage = new HostController(this);
  #selection = new SelectionController(this);
  #grid = new GridController(this);
  #model = new ModelController(this, { map: this.#map, hash: this.#hash, hostPage: this.#hostPage, grid: this.#grid, import: this.#import });
  #data = new DataController(this, (data) => this.#model.ready(data), (catalog) => this.#model.firstView(catalog), () => this.#model.firstShown);
  #contrib = new ContributionLoader(this);
  #places = new PlacesLoader(this);
  #drop = new DropController(this, () => void loadDropTarget(), (files) => this.#contrib.claim(files));

  static override styles = [unsafeCSS(maplibreCss), theme, shellStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#data.status.kind === 'idle') void this.#language.ready().then((own) => (own ? this.#data.load(this.dataBase) : undefined));
  }

  /** Nothing is drawn before the language's texts are in (German at once; English loads first). */
  override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    return this.#language.gate(changed);
  }

  override firstUpdated(): void {
    const container = this.renderRoot.querySelector<HTMLElement>('.map');
    if (container) this.#map.attach(container);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('height')) this.style.height = cssLength(this.height) ?? '';
    this.#hostPage.attributesChanged(changed, this.model);
  }

  override updated(): void {
    const model = this.model;
    if (!model) return;
    this.#map.setTextScale(this.#presentation.scale(this.renderRoot.querySelector('.layout')));
    void this.#syncMap(model);
    if (model.state.table) void import('./atlas-table');
    // Every analysis key of a link opens the pane (atlas-state's viewFromHash): its module brings the maps too.
    if (model.state.analysis) this.#model.analysis(model, null);
    if (model.state.contributions || model.state.contribution || model.state.room) void this.#contrib.load();
    this.#contrib.part?.sync(model);
    this.#places.sync(model);
  }

  /** A link's indicator that exists once computed (reach) is shown after all: the note that it was replaced goes. */
  keptIndicator = (id: string) => (this._notice = this._notice.filter((c) => !(c.key === 'indikator' && c.requested === id)));

  /** After legend and card have drawn: the map frames what they leave free. */
  async #syncMap(model: AtlasModel): Promise<void> {
    const parts = [...this.renderRoot.querySelectorAll<LitElement>('.legend, .card')];
    await Promise.all(parts.map(async (el) => (await customElements.whenDefined(el.localName), el.updateComplete)));
    this.#map.sync(model, (plan) => {
      // The side pane's, card's and tooltip's modules come after the first map, also while the other tables load.
      void preloadParts();
      this.#contrib.probe();
      // The first view while the other tables load is not yet the atlas ready to use.
      if (model.data.pending) return;
      this.#print.prepare();
      this.dispatchEvent(new CustomEvent('atlas-rendered', { detail: { indicator: plan.indicator.id, level: plan.level, year: plan.year, display: plan.display } }));
    });
  }

  /** The MapLibre map, for tests and benchmarks that read the canvas. */
  get mapInstance() { return this.#map.map; } // prettier-ignore

  /** A point layer on the maps, in the legend, its list and print (null: removed); `style`: contributions' by default. */
  setPoints = (layer: string, features: readonly PointFeature[] | null, style?: PointLayerStyle) => this.#map.points.set(layer, features, style);
  get pointLayers() {
    return this.#map.points.printed;
  }

  /** Fades the areas outside `ids` on the map (the scatterplot's brushed rectangle); null: none. */
  highlight = (ids: readonly string[] | null) => this.#map.highlight(ids);

  /** The current workshop's contributions for print's results pages (PrintHost). */
  get workshopResults() {
    return this.#contrib.part?.results() ?? null;
  }

  get printSheet(): Element | null {
    return this.renderRoot.querySelector('.print-sheet');
  }

  override render() {
    const framed = this.#language.frame();
    if (framed) return framed;
    const model = this.model;
    const plan = model?.plan;
    const controls: Controls = this.controls === 'minimal' || this.controls === 'none' ? this.controls : 'full';
    const bar = model && controls !== 'none';
    const summary = model ? summaryOf(model) : '';
    const pane = Boolean(model?.state.table || model?.state.analysis || model?.state.contributions);
    const contrib = this.#contrib.part;
    const embedded = isEmbedded(this.urlState);
    return html`
      <div class="layout controls-${controls} ${pane ? 'with-pane' : ''}" lang=${this.#language.language} aria-busy=${model?.data.pending ? 'true' : 'false'} @state-change=${this.#onStateChange} @area-select=${this.#selection.onAreaSelect} @area-hover=${this.#onAreaHover}
        @toolbar-action=${this.#onAction} @places-close=${this.#places.close} @import-request=${this.#onImport} @own-data-clear=${() => void this.#import.clear()} @keydown=${this.#selection.onKey} @about-open=${this.#onAbout}
        @contribution-request=${this.#contrib.onRequest}>
        ${bar ? sidePane(model, summary, controls, this._sideOpen, { result: this.#import.result, stored: this.#import.stored, dropped: this.#drop.files }, () => (this._sideOpen = false)) : nothing}
        <div class="main ${pane ? 'with-table' : ''}">
          ${bar ? html`<atlas-toolbar ?inert=${Boolean(model.data.pending)} ?pane=${pane} .findPlaces=${this.#places.finder} .placesOpen=${this.#places.open} .data=${model.data} .state=${model.state} .full=${controls === 'full'} .menuOpen=${this._sideOpen} .presenting=${this.presenting}></atlas-toolbar>` : nothing}
          <div class="map-wrap" role="region" aria-label=${plan ? appTexts.mapLabel(plan.measure.label, appTexts.levelName(plan.level)) : appTexts.loading} aria-describedby="map-summary">
            <div class="map"></div>
            ${contrib?.overlay() ?? nothing}
            <atlas-tooltip></atlas-tooltip>
            <atlas-status .status=${this.#data.status} .corrections=${this._notice} ?pending=${Boolean(model?.data.pending)} @retry=${() => void this.#data.retry()} @dismiss=${() => (this._notice = [])}></atlas-status>
            ${plan ? html`<atlas-legend class="legend" .plan=${plan} .points=${this.#map.points.legend}></atlas-legend>` : nothing}
            ${this.#places.pane(model)} ${easyReadLink(embedded)}
            <p id="map-summary" data-testid="map-summary" hidden>${summary}</p>
          </div>
          ${model ? card(model, controls, contrib) : nothing} ${model ? panes(model, this.presenting, contrib) : nothing}
        </div>
        <p class="visually-hidden" role="status" data-testid="announcer">${this.#map.spoken || (model ? announcementOf(model) : '')}</p>
      </div>
      ${this.#drop.dragging ? html`<div class="drop-hint" aria-hidden="true">${appTexts.dropHint}</div>` : nothing}
      <div class="print-sheet" aria-hidden="true"></div>
      ${model ? dialogs(model, controls, this.dataBase, cssLength(this.height) ?? '640px', this.#print, contrib?.count() ?? 0, embedded) : nothing}
    `;
  }

  // Told by the map controller. Hover goes to tooltip and table directly: a mouse move renders nothing else.
  hovered = (id: string | null, point: { x: number; y: number } | null) => showHover(this.renderRoot, this.model, id, point);

  mapSelect = (id: string | null) => (this.renderRoot.querySelector('atlas-tooltip')?.hide(), this.#selection.mapClick(id));

  /** Said once by the status region (a screen reader hears it). */
  say = (text: string) => this.#map.say(text);
  fallbackFocus = () => this.#map.map?.map.getCanvas() ?? null;
  insets = (card: boolean) => insetsOf(this.renderRoot.querySelector('.map-wrap'), this.renderRoot.querySelectorAll(card ? '.legend, .card' : '.legend'));
  boundariesChanged = () => this.#map.reset();

  // The parts' events end here: a host page hears only the atlas' own.
  #onStateChange = (e: CustomEvent<Partial<AtlasState>>) => (e.stopPropagation(), this.model?.update(e.detail));
  #onAreaHover = (e: CustomEvent<{ id: string | null }>) => (e.stopPropagation(), this.#map.hover(e.detail.id));
  #onImport = (e: CustomEvent<ImportRequest>) => (e.stopPropagation(), this.#drop.taken(), void this.#import.import(e.detail));
  #onAbout = (e: HTMLElementEventMap['about-open']) => (e.stopPropagation(), void openAbout(this.renderRoot, e.detail.indicator, e.detail.section ?? null));
  #onAction = async (e: CustomEvent<{ action: ToolbarAction }>) => {
    e.stopPropagation();
    const { action } = e.detail;
    if (action === 'menu') this._sideOpen = !this._sideOpen;
    if (action === 'print' || action === 'share') await openDialog(this.renderRoot, action);
    if (action === 'present') await this.#presentation.toggle();
    if (action === 'places') await this.#places.toggle();
    if (action === 'language') this.#language.switchTo(this.#language.language === 'en' ? 'de' : 'en', this.urlState, this.model?.state ?? null);
  };
}
customElements.define('sozial-atlas', SozialAtlas);
