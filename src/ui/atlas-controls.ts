import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { METHODS, MIN_CLASSES, MAX_CLASSES, type Method } from '../domain/classify';
import { SCHEMES } from '../domain/colour';
import { breaksOutside, readBreaks } from '../domain/breaks';
import { formatNumber } from '../messages/default-locale';
import type { Indicator } from '../domain/types';
import type { AtlasState } from '../state/atlas-state';
import { appTexts } from '../messages/app';
import { theme } from './theme';
import './atlas-indicator-picker';
import type { YearsByIndicator } from './atlas-indicator-picker';

/**
 * Indicator picker (grouped by topic, searchable: atlas-indicator-picker) and, collapsed under "Einstellungen", the classification:
 * method, classes, scheme and manual breaks, checked at the field. Emits `state-change`.
 */
export class AtlasControls extends LitElement {
  @property({ attribute: false }) indicators: Indicator[] = [];
  /** years with figures per indicator and level, shown in the picker before choosing */
  @property({ attribute: false }) years: YearsByIndicator = new Map();
  @property({ attribute: false }) state: AtlasState | null = null;
  /** only the indicator picker: for embeds that show a view rather than a workbench */
  @property({ attribute: false }) minimal: boolean = false;
  /** smallest and largest mapped value, for the manual breaks' hint; null without values */
  @property({ attribute: false }) range: [number, number] | null = null;
  @property({ attribute: false }) decimals: number = 1;
  /** what was typed into the breaks field while it does not read as breaks */
  @state() _breaksText: string | null = null;
  @state() _breaksError: string | null = null;

  static override styles = [
    theme,
    css`
      :host { display: block; }
      form { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.6em; }
      label { min-width: 0; }
      select { width: 100%; }
      label { display: grid; gap: 0.15em; font-size: 0.85em; color: var(--atlas-muted); }
      select, input { font: inherit; font-size: calc(0.95em / 0.85); color: var(--atlas-ink); padding: 0.3em; border: 1px solid #7b8794; border-radius: 4px; background: #fff; min-width: 0; }
      fieldset { border: 1px solid var(--atlas-line); border-radius: 6px; min-width: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5em; padding: 0.5em 0.7em 0.7em; margin: 0; }
      legend { font-size: 0.85em; font-weight: 600; padding: 0 0.3em; }
      label.check { display: flex; gap: 0.4em; align-items: start; color: var(--atlas-ink); }
      label.check input { margin: 0.15em 0 0; flex: none; width: 1.1em; height: 1.1em; padding: 0; }
      .row { display: grid; grid-template-columns: minmax(0, 1fr) 5em; gap: 0.5em; }
      details { border: 1px solid var(--atlas-line); border-radius: 6px; padding: 0.4em 0.7em; }
      details[open] { padding-bottom: 0.7em; }
      summary { cursor: pointer; font-weight: 600; font-size: 0.95em; }
      details fieldset { border: 0; padding: 0.5em 0 0; }
      .error { color: #9b1c1c; font-size: 0.85em; margin: 0; }
      .hint { color: var(--atlas-muted); font-size: 0.85em; margin: 0; }
      input[aria-invalid='true'] { border-color: #9b1c1c; border-width: 2px; }
    `,
  ];

  override render() {
    const state = this.state;
    if (!state) return nothing;
    return html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <atlas-indicator-picker
          .indicators=${this.indicators}
          .value=${state.indicator}
          .years=${this.years}
          @indicator-select=${(e: CustomEvent<{ id: string }>) => (e.stopPropagation(), this.#emit({ indicator: e.detail.id }))}
        ></atlas-indicator-picker>
        ${this.minimal ? nothing : this.#classification(state)}
      </form>
    `;
  }

  #classification(state: AtlasState) {
    return html`
      <details>
        <summary>${appTexts.settings}</summary>
        <fieldset>
          <legend>${appTexts.classification}</legend>
          <div class="row">
            <label
              >${appTexts.method}
              <select name="method" @change=${(e: Event) => this.#emit({ method: value(e) as Method })}>
                ${METHODS.map((m) => html`<option value=${m} ?selected=${m === state.method}>${appTexts.methods[m]}</option>`)}
              </select>
            </label>
            <label
              >${appTexts.classes}
              <select name="classes" ?disabled=${state.method === 'manual'} @change=${(e: Event) => this.#emit({ classes: Number(value(e)) })}>
                ${range(MIN_CLASSES, MAX_CLASSES).map((n) => html`<option value=${n} ?selected=${n === state.classes}>${n}</option>`)}
              </select>
            </label>
          </div>
          ${state.method === 'manual' ? this.#breaks(state) : nothing}
          <label class="check"
            ><input
              type="checkbox"
              name="fixed-classes"
              .checked=${state.fixedClasses}
              @change=${(e: Event) => this.#emit({ fixedClasses: (e.target as HTMLInputElement).checked })}
            />${appTexts.fixedClasses}</label
          >
          <label
            >${appTexts.scheme}
            <select name="scheme" @change=${(e: Event) => this.#emit({ scheme: value(e) || null })}>
              <option value="" ?selected=${state.scheme === null}>${appTexts.schemeDefault}</option>
              ${SCHEMES.map((s) => html`<option value=${s.id} ?selected=${s.id === state.scheme}>${appTexts.schemeNames[s.id]}</option>`)}
            </select>
          </label>
        </fieldset>
      </details>
    `;
  }

  #breaks(state: AtlasState) {
    const shown = this._breaksText ?? state.manualBreaks.map((b) => formatNumber(b, decimalsOf(b))).join('; ');
    const range = this.range;
    const outside = range && this._breaksError === null ? breaksOutside(state.manualBreaks, range[0], range[1]) : [];
    const number = (x: number) => formatNumber(x, this.decimals);
    return html`<label
        >${appTexts.manualBreaks}
        <input
          name="breaks"
          inputmode="decimal"
          aria-invalid=${String(this._breaksError !== null)}
          aria-describedby="breaks-hint breaks-error"
          .value=${shown}
          @change=${(e: Event) => this.#onBreaks(value(e))}
      /></label>
      <p class="error" id="breaks-error" role="alert" data-testid="breaks-error">${this._breaksError ?? ''}</p>
      <p class="hint" id="breaks-hint" data-testid="breaks-hint">
        ${range ? appTexts.breaksRange(number(range[0]), number(range[1])) : nothing}
        ${outside.length ? html`<br /><strong>${appTexts.breaksOutside(outside.map((b) => formatNumber(b, decimalsOf(b))).join('; '))}</strong>` : nothing}
      </p>
      <label class="check"
        ><input type="checkbox" name="keep-breaks" .checked=${state.keepBreaks} @change=${(e: Event) => this.#emit({ keepBreaks: (e.target as HTMLInputElement).checked })} />${appTexts.keepBreaks}</label
      >`;
  }

  #onBreaks(text: string) {
    const read = readBreaks(text);
    if (!read.ok) {
      this._breaksText = text;
      this._breaksError = read.error === 'unsorted' ? appTexts.breaksUnsorted : appTexts.breaksInvalid(read.entry);
      return;
    }
    this._breaksText = null;
    this._breaksError = null;
    this.#emit({ manualBreaks: read.breaks });
  }

  #emit(patch: Partial<AtlasState>) {
    this.dispatchEvent(new CustomEvent('state-change', { detail: patch, bubbles: true, composed: true }));
  }
}
customElements.define('atlas-controls', AtlasControls);

const value = (e: Event) => (e.target as HTMLSelectElement | HTMLInputElement).value;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const decimalsOf = (x: number) => (Number.isInteger(x) ? 0 : Math.min(4, String(x).split('.')[1]?.length ?? 0));
