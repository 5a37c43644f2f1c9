import type { PlaceEntry } from '../domain/place-search';
import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AtlasData } from '../data/atlas-data';
import type { AtlasState } from '../state/atlas-state';
import { crumbs } from '../state/hierarchy';
import { appTexts } from '../messages/app';
import { mapTexts } from '../messages/map';
import { theme } from './theme';
import type { Area } from '../domain/types';
import './atlas-search';

/** Grid cells have no names a person searches for ("Rasterzelle N3054E4103"): the search lists the others, kept per area list. */
const named = new WeakMap<readonly Area[], Area[]>();
function searchable(areas: readonly Area[]): Area[] {
  let out = named.get(areas);
  if (!out) named.set(areas, (out = areas.filter((a) => a.level !== 'raster')));
  return out;
}

/** What the toolbar asks the atlas to do besides moving the view. */
export type ToolbarAction = 'menu' | 'print' | 'share' | 'present' | 'places' | 'language';

/**
 * The bar above the map: where the view is (breadcrumb, each step leading back up), the search
 * that finds any area, and the table, print, share and presentation buttons. Events:
 * `state-change` (a patch), `area-select` from the search, `toolbar-action` ({ action }).
 */
export class AtlasToolbar extends LitElement {
  @property({ attribute: false }) data: AtlasData | null = null;
  @property({ attribute: false }) state: AtlasState | null = null;
  @property({ attribute: false }) full: boolean = true;
  /** null: there is no menu (the side pane stands beside the map) */
  @property({ attribute: false }) menuOpen: boolean | null = null;
  /** reflected: on the beamer a pane makes the side pane a drawer at any width (the shell's styles), so the menu shows */
  @property({ type: Boolean, reflect: true }) presenting: boolean = false;
  /** finds places of the shown layers by name, for the search (null: no places loaded) */
  @property({ attribute: false }) findPlaces: ((query: string) => readonly PlaceEntry[]) | null = null;
  @property({ attribute: false }) placesOpen: boolean = false;
  /** the "Mehr" list is open (narrow bars only) */
  @state() _more: boolean = false;

  static override styles = [
    theme,
    css`
      :host { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5em 0.8em; padding: 0.4em 0.8em; border-bottom: 1px solid var(--atlas-line); background: #fff; }
      h1 { font-size: 1.1em; margin: 0; align-self: center; flex: 0 1 auto; }
      nav { flex: 1 1 10em; min-width: 0; align-self: center; }
      nav ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2em; margin: 0; padding: 0; }
      nav .separator { margin: 0 0.35em; color: var(--atlas-muted); }
      nav button { font: inherit; border: 0; background: none; padding: 0; color: var(--atlas-accent); text-decoration: underline; cursor: pointer; }
      nav [aria-current] { font-weight: 700; }
      atlas-search { flex: 0 1 16em; min-width: 10em; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.4em; }
      button.action { font: inherit; padding: 0.35em 0.6em; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; white-space: nowrap; }
      button.action[aria-pressed='true'], button.action[aria-expanded='true'] { background: var(--atlas-accent); color: #fff; }
      /* The side pane stands beside a wide map: no menu needed (below 1600 px it is, while a pane is open: see the shell's styles). */
      @container atlas (min-width: 1000px) { :host(:not([pane])) button[name='menu'] { display: none; } }
      @container atlas (min-width: 1600px) { :host(:not([pane][presenting])) button[name='menu'] { display: none; } }
      /* Narrower than the side pane and map side by side (a small embed): one row; table, analysis,
         print, share and presentation behind "Mehr" (a disclosure: the list below it, over the map).
         A phone held upright keeps them in a row of their own, one tap away. */
      button[name='more'] { display: none; }
      @container atlas (min-width: 480px) and (max-width: 999px) {
        :host { position: relative; z-index: 10; flex-wrap: nowrap; align-items: center; }
        button[name='menu'] .label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        button[name='more'] { display: inline-block; order: 4; }
        nav ol { flex-wrap: nowrap; white-space: nowrap; overflow: hidden; }
        atlas-search { order: 3; }
        .actions { display: none; position: absolute; top: 100%; right: 0.5em; z-index: 10; flex-direction: column; align-items: stretch; padding: 0.4em; background: #fff; border: 1px solid var(--atlas-line); border-radius: 6px; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2); }
        .actions.open { display: flex; }
      }
      /* Phone: slim, menu and search first, so that the map keeps the screen. */
      @container atlas (max-width: 699px) {
        :host { gap: 0.3em 0.4em; padding: 0.3em 0.5em; font-size: 0.9em; }
        button[name='menu'] { order: 0; }
        h1 { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        nav { order: 2; font-size: 0.9em; }
        atlas-search { flex: 1 1 10em; max-width: none; }
        button.action { padding: 0.2em 0.5em; min-height: 24px; }
        button[name='present'] { display: none; }
      }
      /* A phone held upright: menu and search, then the breadcrumb, then the actions, each a row. */
      @container atlas (max-width: 479px) {
        button[name='menu'] .label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        atlas-search { order: 1; }
        nav { order: 2; flex: 1 1 100%; }
        /* One row of actions: print and share (rare on a phone) behind "Mehr", so that two rows of
           buttons do not take the map's room on a 360 px screen. */
        .actions { order: 3; gap: 0.3em; }
        button.action { padding: 0.2em 0.3em; font-size: 0.95em; }
        button[name='more'] { display: inline-block; order: 4; }
        .actions:not(.open) button:is([name='print'], [name='share'], [name='language']) { display: none; }
      }
    `,
  ];

  override render() {
    const { data, state } = this;
    if (!data || !state) return nothing;
    const steps = crumbs(state, data.areas, data.catalog.kreis.name, appTexts.allSozialraeume, mapTexts.rasterCrumb);
    return html`
      ${this.menuOpen !== null
        ? // No aria-controls: the side pane lives in the shell's shadow root, which an id from here cannot name (axe flags it once expanded).
          html`<button type="button" class="action" name="menu" aria-expanded=${String(this.menuOpen)} @click=${() => this.#act('menu')}>
            ☰ <span class="label">${appTexts.menu}</span>
          </button>`
        : nothing}
      <h1>${data.catalog.title}</h1>
      <nav aria-label=${appTexts.breadcrumb} data-testid="breadcrumb">
        <ol>
          ${steps.map((s, i) => {
            const separator = i > 0 ? html`<span class="separator" aria-hidden="true">›</span>` : nothing;
            return s.target
              ? html`<li>${separator}<button type="button" @click=${() => this.#emit({ ...s.target })}>${s.label}</button></li>`
              : html`<li aria-current="location">${separator}${s.label}</li>`;
          })}
        </ol>
      </nav>
      <atlas-search .areas=${searchable(data.areas)} .findPlaces=${this.findPlaces}></atlas-search>
      <button type="button" class="action" name="more" aria-expanded=${String(this._more)} aria-controls="more-actions" @click=${() => (this._more = !this._more)} @keydown=${this.#onMoreKey}>${appTexts.more}</button>
      <div class="actions ${this._more ? 'open' : ''}" id="more-actions" @click=${this.#picked} @keydown=${this.#onMoreKey}>
        <button type="button" class="action" name="table" aria-pressed=${String(state.table)} @click=${() => this.#emit({ table: !state.table })}>${appTexts.tableToggle}</button>
        <button type="button" class="action" name="places" aria-pressed=${String(this.placesOpen)} @click=${() => this.#act('places')}>${appTexts.placesButton}</button>
        <button type="button" class="action" name="analysis" aria-pressed=${String(state.analysis !== null)} @click=${() => this.#emit({ analysis: state.analysis ? null : 'scatter', index: null })}>${appTexts.analysis}</button>
        <button type="button" class="action" name="contributions" aria-pressed=${String(state.contributions)} @click=${() => this.#emit({ contributions: !state.contributions })}>${appTexts.contributions}</button>
        ${this.full ? html`<button type="button" class="action" name="print" @click=${() => this.#act('print')}>${appTexts.printButton}</button>` : nothing}
        <button type="button" class="action" name="share" @click=${() => this.#act('share')}>${appTexts.shareButton}</button>
        <button type="button" class="action" name="present" aria-pressed=${String(this.presenting)} @click=${() => this.#act('present')}>
          ${this.presenting ? appTexts.presentationEnd : appTexts.presentation}
        </button>
        <button type="button" class="action" name="language" lang=${appTexts.otherLanguage.code} @click=${() => this.#act('language')}>${appTexts.otherLanguage.name}</button>
      </div>
    `;
  }

  /** A choice from the "Mehr" list closes it. */
  #picked = (e: Event) => {
    if ((e.target as Element).closest('button')) this._more = false;
  };

  /** Esc closes the "Mehr" list and gives the keyboard back to its button (not the card or the drawer). */
  #onMoreKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !this._more) return;
    e.stopPropagation();
    this._more = false;
    this.renderRoot.querySelector<HTMLElement>("button[name='more']")?.focus();
  };

  #emit(patch: Partial<AtlasState>) {
    this.dispatchEvent(new CustomEvent('state-change', { detail: patch, bubbles: true, composed: true }));
  }

  #act(action: ToolbarAction) {
    this.dispatchEvent(new CustomEvent('toolbar-action', { detail: { action }, bubbles: true, composed: true }));
  }
}
customElements.define('atlas-toolbar', AtlasToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-toolbar': AtlasToolbar;
  }
}
