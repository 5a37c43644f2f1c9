import { html, svg, css, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { scaleLinear } from 'd3-scale';
import { rankAreas, type Ranked } from '../../domain/ranking';
import { formatMeasure, formatNumber } from '../../messages/default-locale';
import type { Plan } from '../../state/plan';
import { appTexts } from '../../messages/app';
import { theme } from '../theme';
import { chartStyles, tickDecimals } from './chart-styles';
import { ChartElement } from './chart-element';
import { analysisTexts as t } from '../../messages/analysis';
import { intervalTexts } from '../../messages/intervals';

const ROW = 20;
const M = { top: 22, right: 64, bottom: 8 };

/**
 * "Rangfolge": the areas in view as bars, highest first, each in its map class' colour, the
 * Kreis value as a line, the chosen area marked. Bars start at 0 (a change or an index runs both
 * ways from it). One tab stop, arrows between bars, Enter chooses.
 * Events: `area-hover`, `area-select`.
 */
export class AtlasRanking extends ChartElement {
  @property({ attribute: false }) plan: Plan | null = null;
  @property({ attribute: false }) names: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) selected: string | null = null;
  @property({ attribute: false }) hovered: string | null = null;
  #ranked: Ranked[] = [];

  static override styles = [theme, chartStyles, css`:host { display: block; } p { margin: 0.3em 0; } .value { font-size: max(12px, 0.75em); } .whisker { stroke: var(--atlas-ink); stroke-width: 1.5; fill: none; pointer-events: none; }`];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('plan') && this.plan) this.#ranked = rankAreas(this.plan.shown.map((a) => a.id), this.plan.cells);
  }

  override render() {
    const plan = this.plan;
    if (!plan) return nothing;
    const ranked = this.#ranked;
    const width = this._width;
    // Names take up to 40 % of the width: "Neunkirchen-Seelscheid" fits at 420 px.
    const labelWidth = Math.min(190, Math.round(width * 0.4));
    const height = M.top + ranked.length * ROW + M.bottom;
    const values = ranked.map((r) => r.value);
    // Interval whiskers where the bars are the indicator's own values: the axis holds them too.
    const whiskers = plan.display === 'value' && !plan.index ? plan.intervals : null;
    for (const r of ranked) {
      const i = whiskers?.areas.get(r.id)?.interval;
      if (i?.kind === 'interval') values.push(i.lower, i.upper);
    }
    const kreis = plan.display === 'value' && !plan.index ? plan.reference.value : null;
    const lo = Math.min(0, ...values, kreis ?? 0);
    const hi = Math.max(0, ...values, kreis ?? 0);
    const x = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).nice().range([labelWidth, width - M.right]);
    const ticks = x.ticks(4);
    const decimals = tickDecimals(ticks.length > 1 ? ticks[1] - ticks[0] : 1);
    const missing = plan.shown.filter((a) => plan.cells.get(a.id)?.kind !== 'value').map((a) => a.name);
    return html`
      <section aria-labelledby="ranking-title">
        <h2 id="ranking-title">${t.rankingTitle}</h2>
        <p class="muted" id="ranking-summary">${t.rankingSummary(plan.measure.label, ranked.length, appTexts.levelName(plan.level))}</p>
        <svg viewBox="0 0 ${width} ${height}" width=${width} height=${height} role="group" aria-label=${t.rankingTitle} aria-describedby="ranking-summary" data-testid="ranking" @keydown=${this.#key}>
          <g class="axis" aria-hidden="true">
            ${ticks.map((v) => svg`<line class="grid" x1=${x(v)} x2=${x(v)} y1=${M.top - 4} y2=${height - M.bottom}></line><text x=${x(v)} y=${M.top - 8} text-anchor="middle">${formatNumber(v, decimals)}</text>`)}
          </g>
          <g>${ranked.map((r, i) => this.#bar(r, i, x, labelWidth, plan))}</g>
          ${kreis !== null ? svg`<line class="kreis" data-testid="ranking-kreis" x1=${x(kreis)} x2=${x(kreis)} y1=${M.top - 4} y2=${height - M.bottom}></line>` : nothing}
        </svg>
        ${kreis !== null ? html`<p class="muted">${t.kreisDashed(formatMeasure({ kind: 'value', value: kreis }, plan.measure))}</p>` : nothing}
        ${whiskers && whiskers.method !== null && whiskers.method !== 'none' ? html`<p class="muted">${intervalTexts.whiskerNote(whiskers.level)}</p>` : nothing}
        ${missing.length ? html`<p class="muted">${t.rankingMissing(missing.join(', '))}</p>` : nothing}
      </section>
    `;
  }

  #bar(r: Ranked, i: number, x: (v: number) => number, labelWidth: number, plan: Plan) {
    const y = M.top + i * ROW;
    const x0 = x(Math.min(0, r.value));
    const x1 = x(Math.max(0, r.value));
    const name = this.names.get(r.id) ?? r.id;
    const value = formatMeasure({ kind: 'value', value: r.value }, plan.measure);
    const classes = ['mark', r.id === this.selected ? 'selected' : '', r.id === this.hovered ? 'hovered' : ''].join(' ');
    return svg`<g data-id=${r.id} data-value=${r.value}>
      <text x=${labelWidth - 6} y=${y + ROW / 2 + 4} text-anchor="end" font-weight=${r.id === this.selected ? 700 : 400} aria-hidden="true">${name}</text>
      <rect role="button" class=${classes} data-id=${r.id} x=${x0} y=${y + 2} width=${Math.max(1, x1 - x0)} height=${ROW - 4} fill=${plan.fill(r.id)}
        tabindex=${i === this._focus ? 0 : -1} aria-label=${t.bar(r.rank, name, value)} aria-current=${r.id === this.selected ? 'true' : nothing}></rect>
      ${this.#whisker(r.id, y, x, plan)}
      <text class="value" x=${Math.max(x1, this.#upperX(r.id, x, plan)) + 4} y=${y + ROW / 2 + 4} aria-hidden="true">${formatNumber(r.value, plan.measure.decimals)}</text>
    </g>`;
  }

  #interval(id: string, plan: Plan) {
    const i = plan.display === 'value' && !plan.index ? plan.intervals.areas.get(id)?.interval : undefined;
    return i?.kind === 'interval' ? i : null;
  }

  #upperX(id: string, x: (v: number) => number, plan: Plan): number {
    const i = this.#interval(id, plan);
    return i ? x(i.upper) : 0;
  }

  /** The interval as a line with end ticks across the bar's middle. */
  #whisker(id: string, y: number, x: (v: number) => number, plan: Plan) {
    const i = this.#interval(id, plan);
    if (!i) return nothing;
    const mid = y + ROW / 2;
    const [a, b] = [x(i.lower), x(i.upper)];
    return svg`<path class="whisker" data-testid="ranking-interval" d=${`M${a},${mid}H${b}M${a},${mid - 4}V${mid + 4}M${b},${mid - 4}V${mid + 4}`}></path>`;
  }

  protected override markIndex(id: string): number {
    return this.#ranked.findIndex((r) => r.id === id);
  }

  #key = (e: KeyboardEvent) => void this.roveKey(e, this.#ranked.map((r) => r.id), (id) => `g[data-id="${id}"] rect`);
}
customElements.define('atlas-ranking', AtlasRanking);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-ranking': AtlasRanking;
  }
}
