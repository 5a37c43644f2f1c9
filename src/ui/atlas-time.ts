import { LitElement, html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { AtlasState, Display } from '../state/atlas-state';
import { appTexts } from '../messages/app';
import { theme } from './theme';
import { intervalTexts } from '../messages/intervals';
import { CONFIDENCE_LEVELS, type ConfidenceLevel } from '../domain/intervals';

const DISPLAYS: readonly Display[] = ['value', 'change', 'deviation', 'significance'];

/**
 * Year stepper and slider, and what is mapped: the value, its change since a base year, its
 * deviation from the Kreis value or its comparison with it; for an indicator with intervals, their
 * level (95 % or 99,8 %) and whether unsure values are drawn faded. Emits `state-change`.
 */
export class AtlasTime extends LitElement {
  @property({ attribute: false }) years: number[] = [];
  @property({ attribute: false }) year: number | null = null;
  @property({ attribute: false }) display: Display = 'value';
  @property({ attribute: false }) baseYear: number | null = null;
  /** the indicator has confidence intervals: offer their level and the fading of unsure values */
  @property({ attribute: false }) intervals = false;
  @property({ attribute: false }) confidence: ConfidenceLevel = 0.95;
  /** unsure values are drawn faded (the setting, or its default: on at the grid level) */
  @property({ attribute: false }) fades = false;

  static override styles = [
    theme,
    css`
      :host { display: block; }
      fieldset { border: 1px solid var(--atlas-line); border-radius: 6px; min-width: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5em; padding: 0.5em 0.7em 0.7em; margin: 0; }
      legend { font-size: 0.85em; font-weight: 600; padding: 0 0.3em; }
      .stepper { display: grid; grid-template-columns: auto minmax(0, 1fr) auto auto; gap: 0.4em; align-items: center; }
      .stepper button { font: inherit; min-width: 2em; padding: 0.2em 0.4em; border: 1px solid #7b8794; border-radius: 4px; background: #fff; color: var(--atlas-ink); cursor: pointer; }
      .stepper button:disabled { color: #6b7580; cursor: default; }
      input[type='range'] { width: 100%; min-width: 0; accent-color: var(--atlas-accent); }
      output { font-weight: 700; font-variant-numeric: tabular-nums; min-width: 3em; text-align: center; }
      label { display: grid; gap: 0.15em; font-size: 0.85em; color: var(--atlas-muted); }
      select { width: 100%; font: inherit; font-size: calc(0.95em / 0.85); color: var(--atlas-ink); padding: 0.3em; border: 1px solid #7b8794; border-radius: 4px; background: #fff; min-width: 0; }
      p { margin: 0; font-size: 0.85em; }
      label.check { display: flex; gap: 0.4em; align-items: center; color: var(--atlas-ink); }
    `,
  ];

  override render() {
    const { years, year } = this;
    const index = year === null ? -1 : years.indexOf(year);
    const several = years.length > 1;
    return html`
      <fieldset>
        <legend>${appTexts.time}</legend>
        ${several
          ? html`<div class="stepper">
              <button type="button" name="year-back" aria-label=${appTexts.yearBack} ?disabled=${index <= 0} @click=${() => this.#step(-1)}>‹</button>
              <input
                type="range"
                name="year"
                aria-label=${appTexts.year}
                min="0"
                max=${years.length - 1}
                step="1"
                .value=${String(Math.max(0, index))}
                aria-valuetext=${String(year ?? '')}
                @input=${(e: Event) => this.#emit({ year: years[Number((e.target as HTMLInputElement).value)] ?? null })}
              />
              <output aria-live="polite">${year}</output>
              <button type="button" name="year-forward" aria-label=${appTexts.yearForward} ?disabled=${index >= years.length - 1} @click=${() => this.#step(1)}>›</button>
            </div>`
          : html`<p>${year === null ? appTexts.noYears : appTexts.onlyYear(year)}</p>`}
        <label
          >${appTexts.display}
          <select name="display" @change=${(e: Event) => this.#emit({ display: (e.target as HTMLSelectElement).value as Display })}>
            ${DISPLAYS.map(
              (d) => html`<option value=${d} ?selected=${d === this.display} ?disabled=${d === 'change' && !several}>${appTexts.displays[d]}</option>`,
            )}
          </select>
        </label>
        ${this.display === 'change' && several
          ? html`<label
              >${appTexts.baseYear}
              <select name="base-year" @change=${(e: Event) => this.#emit({ baseYear: Number((e.target as HTMLSelectElement).value) })}>
                ${years
                  .filter((y) => y !== year)
                  .map((y) => html`<option value=${y} ?selected=${y === this.baseYear}>${y}</option>`)}
              </select>
            </label>`
          : nothing}
        ${this.intervals
          ? html`<label
                >${intervalTexts.confidenceLevel}
                <select name="confidence" @change=${(e: Event) => this.#emit({ confidence: Number((e.target as HTMLSelectElement).value) as ConfidenceLevel })}>
                  ${CONFIDENCE_LEVELS.map((l) => html`<option value=${l} ?selected=${l === this.confidence}>${intervalTexts.levelName(l)}</option>`)}
                </select>
              </label>
              <label class="check"
                ><input type="checkbox" name="fade-unsure" .checked=${this.fades} @change=${(e: Event) => this.#emit({ fadeUnsure: (e.target as HTMLInputElement).checked })} />${intervalTexts.fadeUnsure}</label
              >`
          : nothing}
      </fieldset>
    `;
  }

  #step(by: number) {
    const i = this.year === null ? -1 : this.years.indexOf(this.year);
    const next = this.years[i + by];
    if (next !== undefined) this.#emit({ year: next });
  }

  #emit(patch: Partial<AtlasState>) {
    this.dispatchEvent(new CustomEvent('state-change', { detail: patch, bubbles: true, composed: true }));
  }
}
customElements.define('atlas-time', AtlasTime);
