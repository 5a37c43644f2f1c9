import { LitElement, html, css, nothing } from 'lit';
import { METHODS, MIN_CLASSES, MAX_CLASSES, type Method } from '../domain/classify';
import { SCHEMES } from '../domain/colour';
import { parseNumber } from '../domain/cells';
import { formatNumber } from '../domain/format';
import type { Indicator } from '../domain/types';
import type { AtlasState } from '../state/atlas-state';
import { de } from './messages';
import { theme } from './theme';

/** Indicator picker (grouped by topic) and classification settings. Emits `state-change`. */
export class AtlasControls extends LitElement {
  static override properties = {
    indicators: { attribute: false },
    state: { attribute: false },
    minimal: { attribute: false },
  };
  declare indicators: Indicator[];
  declare state: AtlasState | null;
  /** only the indicator picker: for embeds that show a view rather than a workbench */
  declare minimal: boolean;

  constructor() {
    super();
    this.indicators = [];
    this.state = null;
    this.minimal = false;
  }

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
      label.check input { margin: 0.15em 0 0; }
      .row { display: grid; grid-template-columns: minmax(0, 1fr) 5em; gap: 0.5em; }
    `,
  ];

  override render() {
    const state = this.state;
    if (!state) return nothing;
    const topics = [...new Set(this.indicators.map((i) => i.topic))];
    return html`
      <form @submit=${(e: Event) => e.preventDefault()}>
        <label
          >${de.indicator}
          <select name="indicator" @change=${(e: Event) => this.#emit({ indicator: value(e) })}>
            ${topics.map(
              (topic) => html`<optgroup label=${topic}>
                ${this.indicators
                  .filter((i) => i.topic === topic)
                  .map(
                    (i) => html`<option value=${i.id} ?selected=${i.id === state.indicator}>
                      ${i.label}${i.sample ? ` (${de.sample})` : ''}
                    </option>`,
                  )}
              </optgroup>`,
            )}
          </select>
        </label>
        ${this.minimal ? nothing : this.#classification(state)}
      </form>
    `;
  }

  #classification(state: AtlasState) {
    return html`
        <fieldset>
          <legend>${de.classification}</legend>
          <div class="row">
            <label
              >${de.method}
              <select name="method" @change=${(e: Event) => this.#emit({ method: value(e) as Method })}>
                ${METHODS.map((m) => html`<option value=${m} ?selected=${m === state.method}>${de.methods[m]}</option>`)}
              </select>
            </label>
            <label
              >${de.classes}
              <select name="classes" ?disabled=${state.method === 'manual'} @change=${(e: Event) => this.#emit({ classes: Number(value(e)) })}>
                ${range(MIN_CLASSES, MAX_CLASSES).map((n) => html`<option value=${n} ?selected=${n === state.classes}>${n}</option>`)}
              </select>
            </label>
          </div>
          ${state.method === 'manual'
            ? html`<label
                >${de.manualBreaks}
                <input
                  name="breaks"
                  inputmode="decimal"
                  .value=${state.manualBreaks.map((b) => formatNumber(b, decimalsOf(b))).join('; ')}
                  @change=${(e: Event) => this.#emit({ manualBreaks: parseBreaks(value(e)) })}
              /></label>`
            : nothing}
          <label class="check"
            ><input
              type="checkbox"
              name="fixed-classes"
              .checked=${state.fixedClasses}
              @change=${(e: Event) => this.#emit({ fixedClasses: (e.target as HTMLInputElement).checked })}
            />${de.fixedClasses}</label
          >
          <label
            >${de.scheme}
            <select name="scheme" @change=${(e: Event) => this.#emit({ scheme: value(e) || null })}>
              <option value="" ?selected=${state.scheme === null}>${de.schemeDefault}</option>
              ${SCHEMES.map((s) => html`<option value=${s.id} ?selected=${s.id === state.scheme}>${s.label}</option>`)}
            </select>
          </label>
        </fieldset>
    `;
  }

  #emit(patch: Partial<AtlasState>) {
    this.dispatchEvent(new CustomEvent('state-change', { detail: patch }));
  }
}
customElements.define('atlas-controls', AtlasControls);

const value = (e: Event) => (e.target as HTMLSelectElement | HTMLInputElement).value;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const decimalsOf = (x: number) => (Number.isInteger(x) ? 0 : Math.min(4, String(x).split('.')[1]?.length ?? 0));

/** "10; 12,5; 20" -> [10, 12.5, 20]; entries that are no number are left out of the breaks. */
export function parseBreaks(text: string): number[] {
  return text
    .split(';')
    .map((t) => parseNumber(t.trim(), ','))
    .filter((n): n is number => n !== null);
}
