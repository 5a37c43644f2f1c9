import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { searchAreas, type SearchHit } from '../domain/area-search';
import type { PlaceEntry } from '../domain/place-search';
import type { Area } from '../domain/types';
import { appTexts } from '../messages/app';
import { defaultLocale } from '../messages/default-locale';
import { theme } from './theme';

/**
 * Finds any area of any level by name or key and selects it: a combobox with a list popup as
 * the ARIA Authoring Practices describe it (arrows move, Enter selects, Esc closes, then clears).
 * Events: `area-select` ({ id }) on choosing, `area-hover` ({ id }) while an option is active,
 * `place-find` ({ layer, id }) on choosing a place.
 */
export class AtlasSearch extends LitElement {
  @property({ attribute: false }) areas: readonly Area[] = [];
  /** finds places of every layer by name, shown or not (listed after the areas; choosing one turns its layer on and rings it: `place-find`) */
  @property({ attribute: false }) findPlaces: ((query: string) => readonly PlaceEntry[]) | null = null;
  @state() _query: string = '';
  @state() _open: boolean = false;
  @state() _active: number = -1;

  static override styles = [
    theme,
    css`
      :host { display: block; position: relative; min-width: 0; }
      label { display: block; font-size: 0.85em; color: var(--atlas-muted); }
      @container atlas (max-width: 699px) { label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); } }
      input { font: inherit; width: 100%; box-sizing: border-box; padding: 0.35em 0.5em; border: 1px solid #7b8794; border-radius: 4px; background: #fff; color: var(--atlas-ink); }
      ul { position: absolute; z-index: 10; left: 0; right: 0; top: 100%; margin: 2px 0 0; padding: 0.2em 0; list-style: none; background: #fff; border: 1px solid #7b8794; border-radius: 4px; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2); max-height: min(20em, 60vh); overflow-y: auto; overscroll-behavior: contain; }
      li { padding: 0.3em 0.6em; cursor: pointer; display: flex; justify-content: space-between; gap: 0.8em; }
      li[aria-selected='true'] { background: var(--atlas-accent); color: #fff; }
      li[aria-selected='true'] .level { color: #fff; }
      .level { color: var(--atlas-muted); font-size: 0.85em; white-space: nowrap; }
      li.none { cursor: default; color: var(--atlas-muted); }
    `,
  ];

  #hits: (SearchHit | PlaceEntry)[] = [];
  // Options follow the pointer only when it moves (mousemove, not mouseenter): a list that appears or grows
  // under a resting pointer (places arrive while typing) must not move the option the arrows start from.

  override willUpdate(): void {
    this.#hits = [...searchAreas(this.areas, this._query, undefined, defaultLocale.compare), ...(this.findPlaces?.(this._query) ?? [])];
  }

  override render() {
    const hits = this.#hits;
    const expanded = this._open && this._query.trim() !== '';
    const active = expanded && this._active >= 0 ? `option-${this._active}` : '';
    return html`
      <label for="search">${appTexts.search}</label>
      <input
        id="search"
        name="search"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="results"
        aria-expanded=${String(expanded)}
        aria-activedescendant=${active || nothing}
        placeholder=${appTexts.searchPlaceholder}
        .value=${this._query}
        @input=${(e: Event) => this.#type((e.target as HTMLInputElement).value)}
        @keydown=${this.#onKey}
        @blur=${() => this.#close()}
      />
      <ul id="results" role="listbox" aria-label=${appTexts.search} ?hidden=${!expanded}>
        ${hits.length
          ? hits.map(
              (h, i) => html`<li
                id="option-${i}"
                role="option"
                aria-selected=${String(i === this._active)}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.#choose(i)}
                @mousemove=${() => this._active !== i && this.#activate(i)}
              >
                ${'area' in h
                  ? html`<span>${h.area.name}</span><span class="level">${appTexts.searchLevel[h.area.level]} ${h.area.id}</span>`
                  : html`<span>${h.name}</span><span class="level">${appTexts.searchPlace}: ${h.detail}</span>`}
              </li>`,
            )
          : html`<li class="none" role="option" aria-disabled="true" aria-selected="false">${appTexts.searchNone}</li>`}
      </ul>
      <p class="visually-hidden" role="status">${expanded ? (hits.length ? appTexts.searchCount(hits.length) : appTexts.searchNone) : ''}</p>
    `;
  }

  #type(query: string) {
    this._query = query;
    this._open = true;
    this._active = -1;
  }

  #onKey = (e: KeyboardEvent) => {
    const n = this.#hits.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        this._open = true;
        if (n) this.#activate((this._active + 1) % n);
        break;
      case 'ArrowUp':
        e.preventDefault();
        this._open = true;
        if (n) this.#activate(this._active <= 0 ? n - 1 : this._active - 1);
        break;
      case 'Enter':
        if (!n || !this._open) return;
        e.preventDefault();
        this.#choose(this._active >= 0 ? this._active : 0);
        break;
      case 'Escape':
        // Esc belongs to the search first: close the list, then clear; the atlas' Esc comes after.
        if (!this._open && !this._query) return;
        e.stopPropagation();
        if (this._open && this._query) this.#close();
        else this._query = '';
        break;
    }
  };

  #activate(i: number) {
    this._active = i;
    const hit = this.#hits[i];
    this.dispatchEvent(new CustomEvent('area-hover', { detail: { id: hit && 'area' in hit ? hit.area.id : null }, bubbles: true, composed: true }));
    void this.updateComplete.then(() => this.renderRoot.querySelector(`#option-${i}`)?.scrollIntoView({ block: 'nearest' }));
  }

  #choose(i: number) {
    const hit = this.#hits[i];
    if (!hit) return;
    this._query = 'area' in hit ? hit.area.name : hit.name;
    this.#close();
    if (!('area' in hit)) return void this.dispatchEvent(new CustomEvent('place-find', { detail: { layer: hit.layer, id: hit.id }, bubbles: true, composed: true }));
    this.dispatchEvent(new CustomEvent('area-select', { detail: { id: hit.area.id }, bubbles: true, composed: true }));
  }

  #close() {
    if (this._open) this.dispatchEvent(new CustomEvent('area-hover', { detail: { id: null }, bubbles: true, composed: true }));
    this._open = false;
    this._active = -1;
  }
}
customElements.define('atlas-search', AtlasSearch);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-search': AtlasSearch;
  }
}
