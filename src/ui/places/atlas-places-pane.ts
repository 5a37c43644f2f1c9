import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Problem } from '../../domain/types';
import { theme } from '../theme';
import { placeTexts, PLACE_LAYER_NAME } from '../../messages/places';

export interface PlaceLayerRow {
  id: string;
  checked: boolean;
  /** places drawn; null: not loaded yet */
  count: number | null;
}

export interface ReachChoice {
  layer: string;
  /** slug; '' = all */
  category: string;
  metres: number;
}

const DISTANCES = [500, 1000, 2000];

/**
 * The "Standorte" pane: a checkbox per place layer (with the count drawn), own places from a file
 * (CSV, Excel, GeoJSON) with the problems found, and reach by straight line for a layer and category.
 * The table "Bedarf ohne Angebot" comes as its child (slot), made by the runtime that knows the data.
 * Events: `state-change` ({ places } or { reach }), `places-own-file` ({ file }), `places-own-clear`,
 * `places-close`.
 */
export class AtlasPlacesPane extends LitElement {
  @property({ attribute: false }) layers: readonly PlaceLayerRow[] = [];
  /** per layer, the categories to choose from: slug -> name */
  @property({ attribute: false }) categories: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map();
  @property({ attribute: false }) reach: ReachChoice | null = null;
  @property({ attribute: false }) own: { file: string; read: number; drawn: number; problems: readonly Problem[] } | null = null;
  @property() busy: string = '';
  @state() _layer: string = 'schulen';
  @state() _category: string = 'grundschule';
  @state() _metres: number = 1000;
  @state() _typed: boolean = false;

  static override styles = [
    theme,
    css`
      :host { display: block; position: absolute; top: 0; right: 0; z-index: 3; margin: 0.5em; width: min(22em, calc(50% - 1em)); max-height: calc(100% - 4.5em); overflow-y: auto; overscroll-behavior: contain; box-sizing: border-box; background: #fff; border: 1px solid #7b8794; border-radius: 6px; padding: 0.5em 0.7em; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2); font-size: 0.9em; }
      header { display: flex; justify-content: space-between; align-items: center; gap: 0.5em; }
      @container atlas (max-width: 699px) { :host { width: calc(100% - 0.7em); margin: 0.35em; max-height: 70cqh; } }
      h2 { font-size: 1.05em; margin: 0; }
      h3 { font-size: 0.95em; margin: 0.7em 0 0.2em; }
      fieldset { border: 0; margin: 0; padding: 0; }
      label { display: flex; gap: 0.4em; align-items: center; margin: 0.15em 0; }
      label.stack { display: grid; gap: 0.1em; }
      select, input[type='number'], button { font: inherit; }
      select { max-width: 100%; }
      .hint, .muted { color: var(--atlas-muted); font-size: 0.85em; }
      ul.problems { margin: 0.2em 0; padding-left: 1.1em; max-height: 10em; overflow: auto; font-size: 0.85em; }
      li.error { color: #a4161a; }
      .row { display: flex; gap: 0.4em; flex-wrap: wrap; margin-top: 0.3em; }
    `,
  ];

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('reach') && this.reach) {
      this._layer = this.reach.layer;
      this._category = this.reach.category;
      this._metres = this.reach.metres;
      this._typed = !DISTANCES.includes(this.reach.metres);
    }
  }

  #emit(name: string, detail: unknown = null) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  #toggle(id: string, on: boolean) {
    const places = this.layers.filter((l) => (l.id === id ? on : l.checked)).map((l) => l.id);
    this.#emit('state-change', { places });
  }

  #file(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) this.#emit('places-own-file', { file });
    input.value = '';
  }

  #apply() {
    const metres = Math.round(this._metres);
    if (!(metres > 0 && metres < 100000)) return;
    this.#emit('state-change', { reach: `${this._layer}:${this._category}:${metres}` });
  }

  override render() {
    const cats = this.categories.get(this._layer) ?? new Map<string, string>();
    return html`
      <header>
        <h2>${placeTexts.pane}</h2>
        <button type="button" name="close" @click=${() => this.#emit('places-close')}>${placeTexts.paneClose}</button>
      </header>
      <fieldset>
        <legend class="visually-hidden">${placeTexts.layers}</legend>
        ${this.layers.map(
          (l) => html`<label><input type="checkbox" name="layer-${l.id}" .checked=${l.checked} @change=${(e: Event) => this.#toggle(l.id, (e.target as HTMLInputElement).checked)} />
            ${PLACE_LAYER_NAME[l.id] ?? l.id} ${l.count !== null ? html`<span class="muted">${placeTexts.count(l.count)}</span>` : l.checked ? html`<span class="muted">${placeTexts.loading}</span>` : nothing}</label>`,
        )}
      </fieldset>
      <h3>${PLACE_LAYER_NAME['eigene-standorte']}</h3>
      <label class="stack">${placeTexts.ownFile}<input type="file" name="own-places" accept=".csv,.txt,.xlsx,.geojson,.json" @change=${this.#file} /></label>
      <p class="hint">${placeTexts.ownHint}</p>
      ${this.own
        ? html`<p data-testid="own-summary">${this.own.file}: ${placeTexts.ownRead(this.own.read, this.own.drawn)}</p>
            ${this.own.problems.length
              ? html`<p class="muted">${placeTexts.problems}</p>
                  <ul class="problems" data-testid="own-problems">
                    ${this.own.problems.map((p) => html`<li class=${p.severity}>${p.line !== undefined ? `${p.line}: ` : ''}${p.message}</li>`)}
                  </ul>`
              : nothing}
            <button type="button" name="own-clear" @click=${() => this.#emit('places-own-clear')}>${placeTexts.ownClear}</button>`
        : nothing}
      <h3>${placeTexts.reach}</h3>
      <div class="row">
        <label class="stack">${placeTexts.reachLayer}
          <select name="reach-layer" @change=${(e: Event) => ((this._layer = (e.target as HTMLSelectElement).value), (this._category = ''))}>
            ${this.layers.map((l) => html`<option value=${l.id} ?selected=${l.id === this._layer}>${PLACE_LAYER_NAME[l.id] ?? l.id}</option>`)}
          </select></label>
        <label class="stack">${placeTexts.reachCategory}
          <select name="reach-category" @change=${(e: Event) => (this._category = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this._category === ''}>${placeTexts.allCategories}</option>
            ${[...cats].map(([slug, name]) => html`<option value=${slug} ?selected=${slug === this._category}>${name}</option>`)}
          </select></label>
        <label class="stack">${placeTexts.reachDistance}
          <select name="reach-distance" @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this._typed = v === 'typed';
            if (!this._typed) this._metres = Number(v);
          }}>
            ${DISTANCES.map((m) => html`<option value=${m} ?selected=${!this._typed && m === this._metres}>${placeTexts.metres(m)}</option>`)}
            <option value="typed" ?selected=${this._typed}>${placeTexts.typed}</option>
          </select></label>
        ${this._typed ? html`<label class="stack">${placeTexts.typed}<input type="number" name="reach-metres" min="50" max="50000" step="50" .value=${String(this._metres)} @input=${(e: Event) => (this._metres = Number((e.target as HTMLInputElement).value))} /></label>` : nothing}
      </div>
      <div class="row">
        <button type="button" name="reach-apply" @click=${this.#apply}>${placeTexts.reachApply}</button>
        ${this.reach ? html`<button type="button" name="reach-off" @click=${() => this.#emit('state-change', { reach: null })}>${placeTexts.reachOff}</button>` : nothing}
      </div>
      ${this.busy ? html`<p class="muted" role="status">${this.busy}</p>` : nothing}
      <slot></slot>
    `;
  }
}
customElements.define('atlas-places-pane', AtlasPlacesPane);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-places-pane': AtlasPlacesPane;
  }
}
