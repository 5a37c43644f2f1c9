import { html, svg, css, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import { extent } from 'd3-array';
import { formatMeasure, formatNumber } from '../../messages/default-locale';
import type { Plan } from '../../state/plan';
import { funnelPlan, type FunnelPlan, type FunnelPoint } from '../../state/funnel-plan';
import type { FunnelLimit } from '../../domain/funnel';
import { appTexts } from '../../messages/app';
import { theme } from '../theme';
import { chartStyles, tickDecimals } from './chart-styles';
import { emit } from './chart-keys';
import { ChartElement } from './chart-element';
import { analysisTexts as t } from '../../messages/analysis';
import { intervalTexts } from '../../messages/intervals';

const M = { top: 10, right: 14, bottom: 28, left: 52 };
type Scale = ScaleContinuousNumeric<number, number>;
/** a rectangle in data units (base, value), so that it keeps its areas when the pane is resized */
type Box = { b0: number; v0: number; b1: number; v1: number };

/**
 * "Trichterdiagramm": each area with an interval as a dot, its base across (log scale), its value up,
 * the Kreis value dashed and the 95 % and 99,8 % limits as the funnel (state/funnel-plan). A dot
 * outside the funnel is one the significance map calls significantly different. Linked with the
 * map as the scatterplot is: hover and choose, a dragged rectangle highlights its areas, one tab
 * stop with arrows between dots (by base), Enter chooses, Escape lets go of the rectangle.
 * Events: `area-hover`, `area-select`, `analysis-highlight`.
 */
export class AtlasFunnel extends ChartElement {
  @property({ attribute: false }) plan: Plan | null = null;
  @property({ attribute: false }) names: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) selected: string | null = null;
  @property({ attribute: false }) hovered: string | null = null;
  @state() _box: Box | null = null;
  #funnel: FunnelPlan | null = null;
  #dragging = false;
  #scales: { x: Scale; y: Scale; height: number } | null = null;

  static override styles = [
    theme,
    chartStyles,
    css`
      :host { display: block; }
      p { margin: 0.4em 0 0; }
      .axis-title { font-size: max(12px, 0.8em); font-weight: 600; margin: 0.2em 0; }
      .axis-title.x { text-align: end; }
      .limit { fill: none; stroke: #6b7280; stroke-width: 1.5; }
      .limit.outer { stroke-dasharray: 1.5 3; stroke-linecap: round; }
      .brush { fill: rgba(0, 94, 168, 0.12); stroke: var(--atlas-accent); stroke-dasharray: 3 2; }
      .key { display: flex; flex-wrap: wrap; gap: 0.2em 1em; font-size: 0.85em; color: var(--atlas-muted); }
      .key svg { display: inline; width: 2em; height: 0.6em; vertical-align: middle; }
      button.clear { border: 1px solid var(--atlas-accent); color: var(--atlas-accent); background: #fff; border-radius: 4px; cursor: pointer; }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('plan') || !this.plan) return;
    this.#funnel = funnelPlan(this.plan);
    this._focus = Math.min(this._focus, Math.max(0, (this.#funnel?.points.length ?? 1) - 1));
    if (changed.get('plan') && this._box) this.#setBox(null);
  }

  protected override markIndex(id: string): number {
    return this.#funnel?.points.findIndex((p) => p.id === id) ?? -1;
  }

  /** The funnel as drawn, for tests and print. */
  get funnel(): FunnelPlan | null {
    return this.#funnel;
  }

  override render() {
    const plan = this.plan;
    const f = this.#funnel;
    if (!plan) return nothing;
    if (!f) return html`<section><h2>${t.viewName.funnel}</h2><p data-testid="funnel-none">${t.funnelNone}</p></section>`;
    const width = this._width;
    const height = Math.round(Math.min(420, Math.max(240, width * 0.7)));
    const x = scaleLog().domain(f.bases).range([M.left, width - M.right]);
    const [lo = 0, hi = 1] = extent([...f.points.map((p) => p.value), f.benchmark]);
    const pad = (hi - lo) * 0.08 || Math.abs(hi) * 0.1 || 1;
    const y = scaleLinear().domain([lo - pad, hi + pad]).nice(6).range([height - M.bottom, M.top]);
    this.#scales = { x, y, height };
    const inBox = this.#inBox();
    const beyond95 = f.points.filter((p) => p.beyond !== null).length;
    const beyond998 = f.points.filter((p) => p.beyond === 0.998).length;
    return html`
      <section aria-labelledby="funnel-title">
        <h2 id="funnel-title">${t.viewName.funnel}</h2>
        <p class="axis-title" aria-hidden="true">↑ ${plan.indicator.unit ? `${plan.indicator.label} (${plan.indicator.unit})` : plan.indicator.label}</p>
        <svg viewBox="0 0 ${width} ${height}" width=${width} height=${height} role="group" aria-label=${t.viewName.funnel} aria-describedby="funnel-summary funnel-hint"
          data-testid="funnel" @pointerdown=${this.#down} @pointermove=${this.#move} @pointerup=${this.#up} @keydown=${this.#key}>
          <defs><clipPath id="funnel-plot"><rect x=${M.left} y=${M.top} width=${width - M.left - M.right} height=${height - M.top - M.bottom}></rect></clipPath></defs>
          ${funnelAxes(x, y, width, height)}
          <g clip-path="url(#funnel-plot)">
            ${limitPaths(f.limits[0.998], x, y, 'limit outer', '998')}
            ${limitPaths(f.limits[0.95], x, y, 'limit', '95')}
            <line class="kreis" data-testid="funnel-kreis" x1=${M.left} x2=${width - M.right} y1=${y(f.benchmark)} y2=${y(f.benchmark)}></line>
          </g>
          <g>${f.points.map((p, i) => this.#dot(p, i, x, y, plan, inBox))}</g>
          ${this._box ? this.#boxRect(x, y) : nothing}
        </svg>
        <p class="axis-title x" aria-hidden="true">→ ${t.funnelBase}</p>
        <p class="key" aria-hidden="true">
          <span><svg viewBox="0 0 20 6"><line class="kreis" x1="0" x2="20" y1="3" y2="3"></line></svg> ${t.kreis} ${formatMeasure({ kind: 'value', value: f.benchmark }, plan.measure)}</span>
          <span><svg viewBox="0 0 20 6"><line class="limit" x1="0" x2="20" y1="3" y2="3"></line></svg> ${intervalTexts.limit(0.95)}</span>
          <span><svg viewBox="0 0 20 6"><line class="limit outer" x1="0" x2="20" y1="3" y2="3"></line></svg> ${intervalTexts.limit(0.998)}</span>
        </p>
        <p id="funnel-summary" data-testid="funnel-summary">${t.funnelSummary(plan.indicator.label, f.points.length, appTexts.levelName(plan.level), beyond95, beyond998)}</p>
        <p id="funnel-hint" class="muted">${t.brushHint}</p>
        ${inBox ? html`<p role="status">${t.brushed(inBox.size)} <button type="button" class="clear" @click=${() => this.#setBox(null)}>${t.brushClear}</button></p>` : html`<p role="status"></p>`}
      </section>
    `;
  }

  #dot(p: FunnelPoint, i: number, x: Scale, y: Scale, plan: Plan, inBox: Set<string> | null) {
    const classes = ['mark', p.id === this.selected ? 'selected' : '', p.id === this.hovered ? 'hovered' : '', inBox && !inBox.has(p.id) ? 'faded' : ''].join(' ');
    const label = t.funnelDot(this.names.get(p.id) ?? p.id, formatMeasure({ kind: 'value', value: p.shown }, plan.measure), formatNumber(p.base, 0));
    const many = (this.#funnel?.points.length ?? 0) > 150;
    return svg`<circle role="button" class=${classes} data-id=${p.id} cx=${x(p.base)} cy=${y(p.value)} r=${p.id === this.selected ? 7 : many ? 3 : 5.5}
      fill=${plan.fill(p.id)} tabindex=${i === this._focus ? 0 : -1} aria-label=${label} aria-current=${p.id === this.selected ? 'true' : nothing}></circle>`;
  }

  #boxRect(x: Scale, y: Scale) {
    const b = this._box!;
    const xs = [x(b.b0), x(b.b1)].sort((a, c) => a - c);
    const ys = [y(b.v0), y(b.v1)].sort((a, c) => a - c);
    return svg`<rect class="brush" data-testid="funnel-brush" x=${xs[0]} y=${ys[0]} width=${xs[1] - xs[0]} height=${ys[1] - ys[0]} pointer-events="none"></rect>`;
  }

  /** The areas inside the finished rectangle; null while dragging or without one. */
  #inBox(): Set<string> | null {
    const b = this._box;
    if (!b || this.#dragging || !this.#funnel) return null;
    const within = (v: number, a: number, c: number) => v >= Math.min(a, c) && v <= Math.max(a, c);
    return new Set(this.#funnel.points.filter((p) => within(p.base, b.b0, b.b1) && within(p.value, b.v0, b.v1)).map((p) => p.id));
  }

  /** The rectangle (null: none); its areas go to the map once it is finished. */
  #setBox(box: Box | null) {
    this.#dragging = false;
    this._box = box;
    const ids = this.#inBox();
    emit(this, 'analysis-highlight', { ids: ids && [...ids] });
  }

  #move = (e: PointerEvent) => {
    const at = this.#dragging && this._box ? this.#at(e) : null;
    if (at && this._box) this._box = { ...this._box, b1: at.base, v1: at.value };
  };

  #down = (e: PointerEvent) => {
    const at = this.startsDrag(e) ? this.#at(e) : null;
    this.#dragging = at !== null;
    if (at) this._box = { b0: at.base, v0: at.value, b1: at.base, v1: at.value };
  };

  #up = (e: PointerEvent) => {
    if (!this.#dragging || !this._box || !this.#scales) return;
    const at = this.#at(e);
    const box = at ? { ...this._box, b1: at.base, v1: at.value } : this._box;
    // A click without a drag lets go of the rectangle.
    const small = Math.abs(this.#scales.x(box.b1) - this.#scales.x(box.b0)) < 4 && Math.abs(this.#scales.y(box.v1) - this.#scales.y(box.v0)) < 4;
    this.#setBox(small ? null : box);
  };

  /** A pointer's place in data units, by the scales of the last render. */
  #at(e: PointerEvent): { base: number; value: number } | null {
    const el = e.currentTarget as SVGSVGElement;
    const r = el.getBoundingClientRect();
    if (!this.#scales || !r.width) return null;
    const k = this._width / r.width;
    return { base: this.#scales.x.invert((e.clientX - r.left) * k), value: this.#scales.y.invert((e.clientY - r.top) * k) };
  }

  #key = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this._box) {
      e.stopPropagation();
      this.#setBox(null);
      return;
    }
    this.roveKey(e, this.#funnel?.points.map((p) => p.id) ?? [], (id) => `circle[data-id="${id}"]`);
  };
}
customElements.define('atlas-funnel', AtlasFunnel);

/** The two curves of a limit, as paths over the bases. */
function limitPaths(limits: readonly FunnelLimit[], x: Scale, y: Scale, cls: string, key: string) {
  const path = (side: 'lower' | 'upper') => limits.map((l, i) => `${i ? 'L' : 'M'}${x(l.base).toFixed(1)},${y(l[side]).toFixed(1)}`).join('');
  return svg`<path class=${cls} data-testid=${`funnel-${key}-upper`} d=${path('upper')}></path><path class=${cls} data-testid=${`funnel-${key}-lower`} d=${path('lower')}></path>`;
}

/** Log ticks at 1, 2 and 5 of each power of ten, thinned to what the width holds. */
function funnelAxes(x: Scale, y: Scale, width: number, height: number) {
  const [b0, b1] = x.domain();
  const xt: number[] = [];
  for (let p = Math.floor(Math.log10(b0)); p <= Math.ceil(Math.log10(b1)); p++) for (const m of [1, 2, 5]) if (m * 10 ** p >= b0 && m * 10 ** p <= b1) xt.push(m * 10 ** p);
  const room = Math.max(2, Math.floor(width / 70));
  const shown = xt.length > room ? xt.filter((v) => Math.log10(v) % 1 === 0) : xt;
  const yt = y.ticks(6);
  const yd = tickDecimals(yt.length > 1 ? yt[1] - yt[0] : 1);
  return svg`<g class="axis" aria-hidden="true">
    ${yt.map((v) => svg`<line class="grid" x1=${M.left} x2=${width - M.right} y1=${y(v)} y2=${y(v)}></line><text x=${M.left - 6} y=${y(v) + 4} text-anchor="end">${formatNumber(v, yd)}</text>`)}
    ${shown.map((v) => svg`<line class="grid" y1=${M.top} y2=${height - M.bottom} x1=${x(v)} x2=${x(v)}></line><text x=${x(v)} y=${height - M.bottom + 16} text-anchor="middle">${formatNumber(v, 0)}</text>`)}
    <line x1=${M.left} x2=${width - M.right} y1=${height - M.bottom} y2=${height - M.bottom}></line>
    <line x1=${M.left} x2=${M.left} y1=${M.top} y2=${height - M.bottom}></line>
  </g>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-funnel': AtlasFunnel;
  }
}
