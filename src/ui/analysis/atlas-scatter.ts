import { html, svg, css, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { extent } from 'd3-array';
import { fit, pairsOf, strengthOf, type Fit, type Pair } from '../../domain/regression';
import { formatMeasure, formatNumber, formatValue } from '../../messages/default-locale';
import type { Cell, Indicator } from '../../domain/types';
import type { Plan } from '../../state/plan';
import { appTexts } from '../../messages/app';
import { theme } from '../theme';
import { chartStyles, tickDecimals } from './chart-styles';
import { emit } from './chart-keys';
import { ChartElement } from './chart-element';
import { analysisTexts as t } from '../../messages/analysis';

/** The second indicator of the scatterplot, at the plan's level. */
export interface ScatterY {
  indicator: Indicator;
  year: number | null;
  cells: ReadonlyMap<string, Cell>;
  /** its Kreis value in that year */
  reference: number | null;
}

const M = { top: 10, right: 14, bottom: 26, left: 52 };

/**
 * "Streudiagramm": x the map's quantity, y a second indicator; each area a dot in its map class'
 * colour, the Kreis values as quadrant lines, the least-squares line with r and r². Linked with
 * the map: hovering or choosing a dot is hovering or choosing the area; a dragged rectangle
 * highlights its areas on the map. One tab stop, arrows between dots (ordered by x), Enter chooses.
 * Events: `area-hover`, `area-select`, `analysis-highlight` ({ ids } or { ids: null }), `state-change`.
 */
export class AtlasScatter extends ChartElement {
  @property({ attribute: false }) plan: Plan | null = null;
  @property({ attribute: false }) y: ScatterY | null = null;
  /** indicators that may be y, grouped by topic */
  @property({ attribute: false }) choices: Indicator[] = [];
  @property({ attribute: false }) names: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) selected: string | null = null;
  @property({ attribute: false }) pinned: string[] = [];
  @property({ attribute: false }) hovered: string | null = null;
  @property({ attribute: false }) bivariate: boolean = false;
  /** the rectangle in data units, or null */
  @state() _brush: { x0: number; y0: number; x1: number; y1: number } | null = null;
  /** The data table's rows are written only while it is open: at the grid, 1,147 rows at every change of y. */
  @state() _tableOpen: boolean = false;
  #pairs: Pair[] = [];
  #fit: Fit | null = null;
  #drag: { x: number; y: number } | null = null;

  static override styles = [
    theme,
    chartStyles,
    css`
      :host { display: block; }
      .controls { display: flex; flex-wrap: wrap; gap: 0.4em 1em; align-items: end; margin-bottom: 0.5em; }
      label { display: flex; flex-direction: column; gap: 0.15em; font-size: 0.9em; }
      label.check { flex-direction: row; align-items: center; gap: 0.4em; }
      label:first-child { flex: 1 1 14em; min-width: 0; }
      select { width: 100%; }
      .axis-title { font-size: max(12px, 0.8em); font-weight: 600; margin: 0.2em 0; }
      .axis-title.x { text-align: end; }
      .brush { fill: rgba(0, 94, 168, 0.12); stroke: var(--atlas-accent); stroke-dasharray: 3 2; }
      .fit { stroke: #b45309; stroke-width: 2; }
      .label { paint-order: stroke; stroke: #fff; stroke-width: 3px; font-weight: 600; }
      p { margin: 0.4em 0 0; }
      button.clear { border: 1px solid var(--atlas-accent); color: var(--atlas-accent); background: #fff; border-radius: 4px; cursor: pointer; }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('plan') || changed.has('y')) && this.plan && this.y) {
      const ids = this.plan.shown.map((a) => a.id);
      // ordered by x, so that the arrow keys walk the plot from left to right
      this.#pairs = pairsOf(ids, this.plan.cells, this.y.cells).sort((a, b) => a.x - b.x || a.y - b.y);
      this.#fit = fit(this.#pairs);
      this._focus = Math.min(this._focus, Math.max(0, this.#pairs.length - 1));
      // A new plan (another level, indicator or year) lets go of the rectangle, on the map too.
      if (changed.has('plan') && changed.get('plan') && this._brush) this.#setBrush(null);
    }
  }

  protected override markIndex(id: string): number {
    return this.#pairs.findIndex((p) => p.id === id);
  }

  /** Pearson's r as drawn (null: too few areas), for tests and the print figure. */
  get fitted(): Fit | null {
    return this.#fit;
  }

  override render() {
    const { plan, y } = this;
    if (!plan || !y) return nothing;
    const width = this._width;
    const height = Math.round(Math.min(420, Math.max(240, width * 0.75)));
    const pairs = this.#pairs;
    const xs = scaleOf(pairs.map((p) => p.x), plan.display === 'value' ? plan.reference.value : null, [M.left, width - M.right]);
    const ys = scaleOf(pairs.map((p) => p.y), y.reference, [height - M.bottom, M.top]);
    const xRef = plan.display === 'value' && !plan.index ? plan.reference.value : null;
    const summary = this.#fit ? t.summary(this.#fit.r, this.#fit.r2, strengthOf(this.#fit.r), plan.measure.label, y.indicator.label, this.#fit.n, appTexts.levelName(plan.level)) : t.noFit(pairs.length);
    const brushed = this.#inBrush();
    // A link may name a y the list does not offer (a count): listed too, so that the select says what is drawn.
    const choices = this.choices.some((i) => i.id === y.indicator.id) ? this.choices : [...this.choices, y.indicator];
    return html`
      <section aria-labelledby="scatter-title">
        <h2 id="scatter-title">${t.viewName.scatter}</h2>
        <div class="controls">
          <label>${t.yAxis}
            <select name="y" @change=${(e: Event) => emit(this, 'state-change', { scatterY: (e.target as HTMLSelectElement).value })}>
              ${topics(choices).map(([topic, list]) => html`<optgroup label=${topic}>${list.map((i) => html`<option value=${i.id} ?selected=${i.id === y.indicator.id}>${i.label}</option>`)}</optgroup>`)}
            </select>
          </label>
          <label class="check"><input type="checkbox" name="bivariate" .checked=${this.bivariate} ?disabled=${plan.display !== 'value' || Boolean(plan.index)}
            @change=${(e: Event) => emit(this, 'state-change', { bivariate: (e.target as HTMLInputElement).checked })} />${t.bivariate}</label>
        </div>
        <p class="axis-title" aria-hidden="true">↑ ${axisTitle(y.indicator.label, y.indicator.unit)}</p>
        <svg viewBox="0 0 ${width} ${height}" width=${width} height=${height} role="group" aria-label=${t.viewName.scatter} aria-describedby="scatter-summary scatter-hint"
          data-testid="scatter" @pointerdown=${this.#down} @pointermove=${this.#move} @pointerup=${this.#up} @keydown=${this.#key}>
          <defs><clipPath id="plot"><rect x=${M.left} y=${M.top} width=${width - M.left - M.right} height=${height - M.top - M.bottom}></rect></clipPath></defs>
          ${axes(xs, ys, width, height)}
          ${xRef !== null ? svg`<line class="kreis" data-testid="kreis-x" x1=${xs(xRef)} x2=${xs(xRef)} y1=${M.top} y2=${height - M.bottom}></line>` : nothing}
          ${y.reference !== null ? svg`<line class="kreis" data-testid="kreis-y" x1=${M.left} x2=${width - M.right} y1=${ys(y.reference)} y2=${ys(y.reference)}></line>` : nothing}
          ${xRef !== null || y.reference !== null ? svg`<text x=${width - M.right} y=${(y.reference !== null ? ys(y.reference) : M.top + 12) - 4} text-anchor="end">${t.kreis}</text>` : nothing}
          ${this.#fit ? fitLine(this.#fit, xs, ys) : nothing}
          <g>${pairs.map((p, i) => this.#dot(p, i, xs, ys, plan, y, brushed))}</g>
          ${pairs.filter((p) => p.id === this.selected || this.pinned.includes(p.id)).map((p) => svg`<text class="label" x=${xs(p.x) + 7} y=${ys(p.y) - 7} aria-hidden="true">${this.names.get(p.id) ?? p.id}</text>`)}
          ${this._brush ? this.#brushRect(xs, ys) : nothing}
        </svg>
        <p class="axis-title x" aria-hidden="true">→ ${axisTitle(plan.measure.label, plan.measure.unit)}</p>
        <p id="scatter-summary" data-testid="scatter-summary">${summary}${this.#fit ? html` <span class="muted">${t.regression}: y = ${formatNumber(this.#fit.slope, 3)} · x ${this.#fit.intercept < 0 ? '−' : '+'} ${formatNumber(Math.abs(this.#fit.intercept), 2)}</span>` : nothing}</p>
        <p id="scatter-hint" class="muted">${t.brushHint}</p>
        ${brushed ? html`<p role="status">${t.brushed(brushed.size)} <button type="button" class="clear" @click=${() => this.#setBrush(null)}>${t.brushClear}</button></p>` : html`<p role="status"></p>`}
        <details @toggle=${(e: Event) => (this._tableOpen = (e.currentTarget as HTMLDetailsElement).open)}>
          <summary>${t.dataTable}</summary>
          <table>
            <thead><tr><th scope="col">${t.area}</th><th scope="col">${axisTitle(plan.measure.label, plan.measure.unit)}</th><th scope="col">${axisTitle(y.indicator.label, y.indicator.unit)}</th></tr></thead>
            <tbody>${!this._tableOpen ? nothing : pairs.map((p) => html`<tr><th scope="row">${this.names.get(p.id) ?? p.id}</th><td>${formatNumber(p.x, plan.measure.decimals)}</td><td>${formatNumber(p.y, y.indicator.decimals)}</td></tr>`)}</tbody>
          </table>
        </details>
      </section>
    `;
  }

  #dot(p: Pair, i: number, xs: Scale, ys: Scale, plan: Plan, y: ScatterY, brushed: Set<string> | null) {
    const classes = ['mark', p.id === this.selected ? 'selected' : '', p.id === this.hovered ? 'hovered' : '', brushed && !brushed.has(p.id) ? 'faded' : ''].join(' ');
    const label = t.dot(this.names.get(p.id) ?? p.id, formatMeasure({ kind: 'value', value: p.x }, plan.measure), formatValue(p.y, y.indicator));
    return svg`<circle role="button" class=${classes} data-id=${p.id} cx=${xs(p.x)} cy=${ys(p.y)} r=${p.id === this.selected ? 7 : this.#pairs.length > 150 ? 3 : 5.5}
      fill=${plan.fill(p.id)} tabindex=${i === this._focus ? 0 : -1} aria-label=${label} aria-current=${p.id === this.selected ? 'true' : nothing}></circle>`;
  }

  #brushRect(xs: Scale, ys: Scale) {
    const b = this._brush!;
    const [x0, x1] = [xs(b.x0), xs(b.x1)].sort((a, c) => a - c);
    const [y0, y1] = [ys(b.y0), ys(b.y1)].sort((a, c) => a - c);
    return svg`<rect class="brush" data-testid="brush" x=${x0} y=${y0} width=${x1 - x0} height=${y1 - y0} pointer-events="none"></rect>`;
  }

  #inBrush(): Set<string> | null {
    const b = this._brush;
    if (!b || this.#drag) return null;
    const [x0, x1] = [b.x0, b.x1].sort((a, c) => a - c);
    const [y0, y1] = [b.y0, b.y1].sort((a, c) => a - c);
    return new Set(this.#pairs.filter((p) => p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1).map((p) => p.id));
  }

  #setBrush(brush: AtlasScatter['_brush']) {
    this._brush = brush;
    this.#drag = null;
    const ids = this.#inBrush();
    emit(this, 'analysis-highlight', { ids: ids ? [...ids] : null });
  }

  /** Data units of a pointer position, from the scales of the last render. */
  #toData(e: PointerEvent): { x: number; y: number } | null {
    const svgEl = e.currentTarget as SVGSVGElement;
    const box = svgEl.getBoundingClientRect();
    if (!this.plan || !this.y || !box.width) return null;
    const width = this._width;
    const height = box.height * (width / box.width);
    const px = ((e.clientX - box.left) * width) / box.width;
    const py = ((e.clientY - box.top) * width) / box.width;
    const xs = scaleOf(this.#pairs.map((p) => p.x), this.plan.display === 'value' ? this.plan.reference.value : null, [M.left, width - M.right]);
    const ys = scaleOf(this.#pairs.map((p) => p.y), this.y.reference, [height - M.bottom, M.top]);
    return { x: xs.invert(px), y: ys.invert(py) };
  }

  #down = (e: PointerEvent) => {
    const at = this.startsDrag(e) ? this.#toData(e) : null;
    if (!at) return;
    this.#drag = at;
    this._brush = { x0: at.x, y0: at.y, x1: at.x, y1: at.y };
  };

  #move = (e: PointerEvent) => {
    if (!this.#drag || !this._brush) return;
    const at = this.#toData(e);
    if (at) this._brush = { ...this._brush, x1: at.x, y1: at.y };
  };

  #up = (e: PointerEvent) => {
    if (!this.#drag || !this._brush) return;
    const at = this.#toData(e) ?? { x: this._brush.x1, y: this._brush.y1 };
    const b = { ...this._brush, x1: at.x, y1: at.y };
    const start = this.#drag;
    this.#drag = null;
    // A click without a drag lets go of the rectangle.
    const tiny = Math.abs(this.#px(b.x1) - this.#px(start.x)) < 4;
    this.#setBrush(tiny ? null : b);
  };

  #px(x: number): number {
    if (!this.plan) return 0;
    return scaleOf(this.#pairs.map((p) => p.x), this.plan.display === 'value' ? this.plan.reference.value : null, [M.left, this._width - M.right])(x);
  }

  #key = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this._brush) {
      e.stopPropagation();
      this.#setBrush(null);
      return;
    }
    this.roveKey(e, this.#pairs.map((p) => p.id), (id) => `circle[data-id="${id}"]`);
  };
}
customElements.define('atlas-scatter', AtlasScatter);

type Scale = ScaleLinear<number, number>;

/** A nice linear scale over the values and the Kreis value, so that the quadrant line is always inside. */
export function scaleOf(values: readonly number[], reference: number | null, range: [number, number]): Scale {
  const all = reference === null ? values : [...values, reference];
  const [lo = 0, hi = 1] = extent(all);
  const pad = lo === hi ? Math.abs(lo) * 0.1 || 1 : 0;
  return scaleLinear().domain([lo - pad, hi + pad]).nice(6).range(range);
}

function axes(xs: Scale, ys: Scale, width: number, height: number) {
  const xt = xs.ticks(Math.max(3, Math.floor(width / 90)));
  const yt = ys.ticks(6);
  const xd = tickDecimals(xt.length > 1 ? xt[1] - xt[0] : 1);
  const yd = tickDecimals(yt.length > 1 ? yt[1] - yt[0] : 1);
  return svg`<g class="axis" aria-hidden="true">
    ${yt.map((v) => svg`<line class="grid" x1=${M.left} x2=${width - M.right} y1=${ys(v)} y2=${ys(v)}></line><text x=${M.left - 6} y=${ys(v) + 4} text-anchor="end">${formatNumber(v, yd)}</text>`)}
    ${xt.map((v) => svg`<line class="grid" y1=${M.top} y2=${height - M.bottom} x1=${xs(v)} x2=${xs(v)}></line><text x=${xs(v)} y=${height - M.bottom + 16} text-anchor="middle">${formatNumber(v, xd)}</text>`)}
    <line x1=${M.left} x2=${width - M.right} y1=${height - M.bottom} y2=${height - M.bottom}></line>
    <line x1=${M.left} x2=${M.left} y1=${M.top} y2=${height - M.bottom}></line>
  </g>`;
}

function fitLine(f: Fit, xs: Scale, ys: Scale) {
  const [a, b] = xs.domain();
  return svg`<line class="fit" data-testid="fit" clip-path="url(#plot)" x1=${xs(a)} y1=${ys(f.slope * a + f.intercept)} x2=${xs(b)} y2=${ys(f.slope * b + f.intercept)}></line>`;
}

const axisTitle = (label: string, unit: string) => (unit ? `${label} (${unit})` : label);

/** Indicators by topic, in catalogue order. */
export function topics(list: readonly Indicator[]): Array<[string, Indicator[]]> {
  const out = new Map<string, Indicator[]>();
  for (const i of list) out.set(i.topic, [...(out.get(i.topic) ?? []), i]);
  return [...out];
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-scatter': AtlasScatter;
  }
}
