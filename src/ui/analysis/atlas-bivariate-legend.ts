import { LitElement, html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { formatNumber } from '../../messages/default-locale';
import type { BivariateKey } from '../../state/analysis-plan';
import { cssProps } from '../css-props';
import { theme } from '../theme';
import { analysisTexts } from '../../messages/analysis';

const ROWS = [2, 1, 0];
const COLUMNS = [0, 1, 2];

/**
 * The 3×3 key of a bivariate map, drawn inside the legend (loaded with the first bivariate map, not
 * with the start bundle): x to the right, y upwards, each cell numbered (1–9, as the table's class)
 * and counted, the terciles' bounds on both axes.
 */
export class AtlasBivariateLegend extends LitElement {
  @property({ attribute: false }) key: BivariateKey | null = null;

  static override styles = [
    theme,
    css`
      :host { display: block; margin-top: 0.4em; }
      .key { display: grid; grid-template-columns: auto repeat(3, 3.2em); grid-template-rows: repeat(3, 2.2em) auto; gap: 2px; align-items: center; font-size: 0.85em; }
      .row { display: contents; }
      .cell { display: grid; place-items: center; height: 100%; border: 1px solid #8792a0; box-sizing: border-box; font-variant-numeric: tabular-nums; color: var(--atlas-ink); }
      .cell .n { font-size: 0.8em; }
      .y { text-align: end; padding-right: 0.3em; font-size: 0.85em; color: var(--atlas-muted); }
      .x { text-align: center; font-size: 0.85em; color: var(--atlas-muted); }
      p { margin: 0.2em 0 0; font-size: 0.85em; }
      @media (forced-colors: active) { .cell { forced-color-adjust: none; } }
    `,
  ];

  override render() {
    const k = this.key;
    if (!k) return nothing;
    const bounds = (cuts: number[], decimals: number) => cuts.map((c) => formatNumber(c, decimals)).join(' / ');
    return html`
      <div class="key" role="table" aria-label=${analysisTexts.bivariateKey(k.x.indicator.label, k.y.indicator.label)} data-testid="bivariate-legend">
        ${ROWS.map(
          (row) => html`<div role="row" class="row">
            <span class="y" role="rowheader">${analysisTexts.tercileWords[row]}</span>
            ${COLUMNS.map((col) => {
              const i = row * 3 + col;
              return html`<span class="cell" role="cell" data-cell=${i} data-colour=${k.colours[i]} ${cssProps({ background: k.colours[i] })}
                aria-label=${analysisTexts.bivariateCell(i, k.x.indicator.label, analysisTexts.tercileWords[col], k.y.indicator.label, analysisTexts.tercileWords[row], k.counts[i])}>${i + 1}<span class="n" aria-hidden="true">(${k.counts[i]})</span></span>`;
            })}
          </div>`,
        )}
        <span></span>${COLUMNS.map((c) => html`<span class="x" aria-hidden="true">${analysisTexts.tercileWords[c]}</span>`)}
      </div>
      <p><strong>→ ${k.x.indicator.label}</strong>${k.x.year !== null ? ` ${k.x.year}` : ''}: ${analysisTexts.terciles(bounds(k.x.cuts, k.x.indicator.decimals))} ${k.x.indicator.unit}</p>
      <p><strong>↑ ${k.y.indicator.label}</strong>${k.y.year !== null ? ` ${k.y.year}` : ''}: ${analysisTexts.terciles(bounds(k.y.cuts, k.y.indicator.decimals))} ${k.y.indicator.unit}</p>
    `;
  }
}
customElements.define('atlas-bivariate-legend', AtlasBivariateLegend);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-bivariate-legend': AtlasBivariateLegend;
  }
}
