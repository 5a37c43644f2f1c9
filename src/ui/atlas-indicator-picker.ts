import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { availability, searchCatalogue } from '../domain/catalogue';
import type { Indicator, Level } from '../domain/types';
import { catalogueTexts as t } from '../messages/catalogue';
import { theme } from './theme';

export type YearsByIndicator = ReadonlyMap<string, ReadonlyMap<Level, readonly number[]>>;

/**
 * The indicator picker for a catalogue of dozens: a button that always names the shown indicator
 * and opens a filter field (combobox) over a listbox grouped by topic, as the ARIA Authoring
 * Practices describe a combobox with a listbox popup. Arrows move, Enter takes, Esc closes; the
 * active entry's definition, vintage and years stand below the list before anything is chosen.
 * Event: `indicator-select` ({ id }).
 */
export class AtlasIndicatorPicker extends LitElement {
  @property({ attribute: false }) indicators: readonly Indicator[] = [];
  /** id of the indicator shown */
  @property({ attribute: false }) value: string = '';
  @property({ attribute: false }) years: YearsByIndicator = new Map();
  @state() _open: boolean = false;
  @state() _query: string = '';
  /** id of the active option, or null */
  @state() _active: string | null = null;

  static override styles = [
    theme,
    css`
      :host { display: block; min-width: 0; }
      .label { display: block; font-size: 0.85em; color: var(--atlas-muted); margin-bottom: 0.15em; }
      button.current { font: inherit; width: 100%; text-align: left; display: flex; gap: 0.5em; align-items: start; padding: 0.35em 0.5em; border: 1px solid #7b8794; border-radius: 4px; background: #fff; color: var(--atlas-ink); cursor: pointer; }
      button.current .name { flex: 1; min-width: 0; }
      button.current .topic { display: block; font-size: 0.8em; color: var(--atlas-muted); }
      .chevron { flex: none; }
      .popup { margin-top: 0.3em; border: 1px solid #7b8794; border-radius: 4px; background: #fff; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2); padding: 0.4em; display: grid; gap: 0.3em; }
      .popup[hidden] { display: none; }
      .popup label { font-size: 0.85em; color: var(--atlas-muted); }
      input { font: inherit; width: 100%; box-sizing: border-box; padding: 0.35em 0.5em; border: 1px solid #7b8794; border-radius: 4px; background: #fff; color: var(--atlas-ink); }
      [role='listbox'] { max-height: min(24em, 50vh); overflow-y: auto; overscroll-behavior: contain; border-top: 1px solid var(--atlas-line); border-bottom: 1px solid var(--atlas-line); }
      [role='group'] { margin: 0; padding: 0; }
      .topic-head { font-size: 0.8em; font-weight: 700; color: var(--atlas-muted); padding: 0.5em 0.4em 0.15em; position: sticky; top: 0; background: #fff; }
      [role='option'] { padding: 0.3em 0.5em 0.3em 1.5em; cursor: pointer; position: relative; }
      [role='option'] .meta { display: block; font-size: 0.8em; color: var(--atlas-muted); }
      [role='option'][aria-selected='true'] { background: var(--atlas-accent); color: #fff; }
      [role='option'][aria-selected='true'] .meta { color: #fff; }
      [role='option'].shown::before { content: '✓'; position: absolute; left: 0.4em; font-weight: 700; }
      .none { padding: 0.4em; color: var(--atlas-muted); }
      .detail { font-size: 0.85em; background: #f4f6f8; border-radius: 4px; padding: 0.4em 0.5em; }
      .detail p { margin: 0.15em 0; }
      .detail strong { font-weight: 600; }
      .hint { font-size: 0.8em; color: var(--atlas-muted); margin: 0; }
    `,
  ];

  override render() {
    const current = this.indicators.find((i) => i.id === this.value) ?? null;
    return html`
      <span class="label" id="picker-label">${t.pickerLabel}</span>
      <button
        type="button"
        class="current"
        name="indicator"
        data-testid="picker-current"
        data-id=${current?.id ?? ''}
        aria-expanded=${String(this._open)}
        aria-controls="picker-popup"
        aria-labelledby="picker-label picker-name"
        @click=${() => (this._open ? this.#close(true) : this.#openPopup())}
        @keydown=${this.#onButtonKey}
      >
        <span class="name" id="picker-name">${current?.label ?? ''}<span class="topic">${current ? `${current.topic} · ${t.vintage} ${current.vintage}` : ''}</span></span>
        <span class="chevron" aria-hidden="true">${this._open ? '▴' : '▾'}</span>
      </button>
      <div class="popup" id="picker-popup" ?hidden=${!this._open} @focusout=${this.#onFocusOut}>${this._open ? this.#popup() : nothing}</div>
    `;
  }

  #popup() {
    const groups = searchCatalogue(this.indicators, this._query);
    const flat = groups.flatMap((g) => g.items);
    const active = flat.find((i) => i.id === this._active) ?? null;
    return html`
      <label for="picker-filter">${t.pickerFilter}</label>
      <input
        id="picker-filter"
        name="indicator-filter"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-controls="picker-list"
        aria-expanded="true"
        aria-describedby="picker-hint"
        aria-activedescendant=${active ? `opt-${active.id}` : nothing}
        placeholder=${t.pickerPlaceholder}
        .value=${this._query}
        @input=${(e: Event) => this.#type((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => this.#onKey(e, flat)}
      />
      <p class="hint" id="picker-hint">${t.pickerHint}</p>
      <div role="listbox" id="picker-list" aria-label=${t.pickerList} @mousedown=${(e: Event) => e.preventDefault()}>
        ${groups.map(
          (g, gi) => html`<div role="group" aria-labelledby="topic-${gi}">
            <div role="presentation" class="topic-head" id="topic-${gi}">${g.topic}</div>
            ${g.items.map(
              (i) => html`<div
                role="option"
                id="opt-${i.id}"
                data-id=${i.id}
                class=${i.id === this.value ? 'shown' : ''}
                aria-selected=${String(i.id === this._active)}
                aria-describedby=${i.id === this._active ? 'picker-detail' : nothing}
                @click=${() => this.#choose(i.id)}
                @mousemove=${() => this._active !== i.id && this.#activate(i.id)}
              >
                ${i.label}${i.id === this.value ? html`<span class="visually-hidden"> (${t.pickerShown})</span>` : nothing}
                <span class="meta">${t.vintage} ${i.vintage} · ${t.availability(availability(this.years.get(i.id)).slice(0, 1))}</span>
              </div>`,
            )}
          </div>`,
        )}
      </div>
      ${flat.length === 0 ? html`<p class="none">${t.pickerNone}</p>` : nothing}
      ${active ? this.#detail(active) : nothing}
      <p class="visually-hidden" role="status" data-testid="picker-count">${this._query.trim() ? (flat.length ? t.pickerCount(flat.length) : t.pickerNone) : ''}</p>
    `;
  }

  #detail(i: Indicator) {
    return html`<div class="detail" id="picker-detail" data-testid="picker-detail">
      <p><strong>${i.label}</strong>${i.sample ? html` <span class="sample">${t.sample}</span>` : nothing}</p>
      ${i.definition ? html`<p>${t.definition}: ${i.definition}</p>` : nothing}
      <p>${t.unit}: ${i.unit || t.noUnit} · ${t.vintage}: ${i.vintage}</p>
      <p>${t.yearsAvailable}: ${t.availability(availability(this.years.get(i.id)))}</p>
    </div>`;
  }

  #openPopup() {
    this._open = true;
    this._query = '';
    this._active = this.value || null;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLInputElement>('#picker-filter')?.focus();
      this.#scrollToActive();
    });
  }

  #close(focusButton: boolean) {
    this._open = false;
    this._active = null;
    if (focusButton) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button.current')?.focus());
  }

  #type(query: string) {
    this._query = query;
    const first = searchCatalogue(this.indicators, query)[0]?.items[0];
    this._active = first?.id ?? null;
  }

  #activate(id: string) {
    this._active = id;
    void this.updateComplete.then(() => this.#scrollToActive());
  }

  #scrollToActive() {
    if (this._active) this.renderRoot.querySelector(`#opt-${CSS.escape(this._active)}`)?.scrollIntoView({ block: 'nearest' });
  }

  #choose(id: string) {
    this.#close(true);
    if (id !== this.value) this.dispatchEvent(new CustomEvent('indicator-select', { detail: { id }, bubbles: true, composed: true }));
  }

  #onButtonKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowDown' || this._open) return;
    e.preventDefault();
    this.#openPopup();
  };

  #onKey(e: KeyboardEvent, flat: readonly Indicator[]) {
    const at = flat.findIndex((i) => i.id === this._active);
    const n = flat.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (n) this.#activate(flat[(at + 1) % n].id);
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (n) this.#activate(flat[at <= 0 ? n - 1 : at - 1].id);
        break;
      case 'PageDown':
      case 'PageUp':
        e.preventDefault();
        if (n) this.#activate(flat[Math.max(0, Math.min(n - 1, (at < 0 ? 0 : at) + (e.key === 'PageDown' ? 8 : -8)))].id);
        break;
      case 'Enter':
        e.preventDefault();
        if (n) this.#choose((flat[at] ?? flat[0]).id);
        break;
      case 'Escape':
        // Esc belongs to the picker: it closes the list, and the atlas' own Esc (closing the card) waits.
        e.preventDefault();
        e.stopPropagation();
        this.#close(true);
        break;
      case 'Tab':
        this.#close(false);
        break;
    }
  }

  /** Leaving the picker (by mouse or Tab) closes it without choosing. */
  #onFocusOut = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (to && this.renderRoot.contains(to)) return;
    if (this._open) this.#close(false);
  };
}
customElements.define('atlas-indicator-picker', AtlasIndicatorPicker);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-indicator-picker': AtlasIndicatorPicker;
  }
  interface HTMLElementEventMap {
    'indicator-select': CustomEvent<{ id: string }>;
  }
}
