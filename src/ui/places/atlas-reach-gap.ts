import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import type { Gap } from '../../state/reach-gap';
import { formatCell } from '../../messages/default-locale';
import { placeTexts } from '../../messages/places';
import { theme } from '../theme';

/**
 * The table "Bedarf ohne Angebot" under the reach controls: a need indicator picked from those of the
 * level (the one shown before reach by default), and the areas where its classes are high and the
 * reach share's low, with both values and classes. Event: `places-need` ({ id }).
 */
export class AtlasReachGap extends LitElement {
  /** need indicators to pick from: id -> label */
  @property({ attribute: false }) options: readonly (readonly [string, string])[] = [];
  @property({ attribute: false }) need: string | null = null;
  @property({ attribute: false }) gap: Gap | null = null;

  static override styles = [
    theme,
    css`
      :host { display: block; }
      h3 { font-size: 0.95em; margin: 0.7em 0 0.2em; }
      label { display: grid; gap: 0.1em; }
      select { font: inherit; max-width: 100%; }
      table { border-collapse: collapse; margin-top: 0.3em; font-size: 0.85em; width: 100%; }
      th, td { text-align: start; padding: 0.1em 0.3em; border-bottom: 1px solid #d9dee3; vertical-align: top; }
      td.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
      .hint { color: var(--atlas-muted); font-size: 0.85em; margin: 0.2em 0; }
    `,
  ];

  #pick(e: Event) {
    const id = (e.target as HTMLSelectElement).value;
    this.dispatchEvent(new CustomEvent('places-need', { detail: { id }, bubbles: true, composed: true }));
  }

  override render() {
    const gap = this.gap;
    return html`
      <h3>${placeTexts.gap}</h3>
      <label>${placeTexts.gapNeed}
        <select name="gap-need" @change=${this.#pick}>
          <option value="" ?selected=${!this.need}>–</option>
          ${this.options.map(([id, label]) => html`<option value=${id} ?selected=${id === this.need}>${label}</option>`)}
        </select></label>
      ${!gap
        ? html`<p class="hint">${placeTexts.gapChooseNeed}</p>`
        : html`<p class="hint">${placeTexts.gapHint(gap.need.indicator.label, gap.reach.indicator.label)}</p>
            ${gap.rows.length
              ? html`<table data-testid="reach-gap">
                  <thead><tr><th scope="col">${placeTexts.gapArea}</th><th scope="col">${placeTexts.gapNeed}</th><th scope="col">${placeTexts.gapReach}</th></tr></thead>
                  <tbody>
                    ${gap.rows.map(
                      (r) => html`<tr>
                        <th scope="row">${r.area.name}</th>
                        <td class="num">${formatCell(r.need, gap.need.measure)} ${placeTexts.gapClass(r.needClass)}</td>
                        <td class="num">${formatCell(r.reach, gap.reach.measure)} ${placeTexts.gapClass(r.reachClass)}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table>`
              : html`<p class="hint" data-testid="reach-gap-none">${placeTexts.gapNone}</p>`}`}
    `;
  }
}
customElements.define('atlas-reach-gap', AtlasReachGap);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-reach-gap': AtlasReachGap;
  }
}
