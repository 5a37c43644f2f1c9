import { LitElement, html, svg, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatCell, formatNumber, formatValue } from '../messages/default-locale';
import type { TimeLine, TimePoint } from '../domain/series';
import type { Indicator } from '../domain/types';
import { appTexts } from '../messages/app';
import { compareTexts as t } from '../messages/compare';
import { theme } from './theme';

const WIDTH = 300;
const HEIGHT = 160;
const MARGIN = { top: 18, right: 16, bottom: 22, left: 38 };

type ChartMeasure = Pick<Indicator, 'label' | 'unit' | 'decimals'>;

const valueOf = (p: TimePoint) => (p.cell.kind === 'value' ? p.cell.value : NaN);

/**
 * The selected area over the years beside its Gemeinde and the Kreis. Lines differ in colour
 * and in dash (solid, dashed, dotted), so that colour is never the only carrier; withheld and
 * missing years are gaps. The numbers are all in a table below, for screen readers and anyone
 * who wants them exactly.
 */
export class AtlasChart extends LitElement {
  @property({ attribute: false }) lines: TimeLine[] = [];
  /** what the lines show: an indicator of the map, or a Kreis series (data/kreis-series) */
  @property({ attribute: false }) indicator: ChartMeasure | null = null;
  /** the year the map shows; marked in the chart */
  @property({ attribute: false }) year: number | null = null;

  static override styles = [
    theme,
    css`
      :host { display: block; }
      figure { margin: 0; }
      /* Text in viewBox units: 12 of 300 is 12 px at a 300 px card and grows with it (presentation).
         (A max-width in em would be in the svg's own 10-12 px and cap the chart at 240 px.) */
      svg.chart { display: block; width: 100%; height: auto; font-size: 12px; overflow: visible; }
      .axis text { fill: var(--atlas-muted); font-variant-numeric: tabular-nums; }
      .grid { stroke: var(--atlas-line); stroke-width: 0.5; }
      .marker { stroke: var(--atlas-ink); stroke-width: 1; stroke-dasharray: 2 2; }
      .axis text.current { fill: var(--atlas-ink); font-weight: 700; }
      /* The role's group sets colour and dash; its line and points inherit them. */
      .area { stroke: var(--atlas-accent); fill: var(--atlas-accent); }
      .parent { stroke: var(--atlas-chart-parent, #b35806); fill: var(--atlas-chart-parent, #b35806); stroke-dasharray: 6 3; }
      .kreis { stroke: var(--atlas-muted); fill: var(--atlas-muted); stroke-dasharray: 0.5 3.5; stroke-linecap: round; }
      .line { fill: none; stroke-width: 2; stroke-linejoin: round; }
      .kreis .line { stroke-width: 2.5; }
      circle { stroke: #fff; stroke-width: 0.75; stroke-dasharray: none; }
      ul { list-style: none; margin: 0.3em 0; padding: 0; font-size: 0.85em; }
      li { display: flex; align-items: center; gap: 0.4em; }
      li svg { flex: none; }
      details { font-size: 0.8em; }
      .scroll { overflow-x: auto; }
      caption { text-align: left; caption-side: top; }
      table { border-collapse: collapse; margin-top: 0.3em; font-variant-numeric: tabular-nums; }
      th, td { padding: 0.1em 0.4em; border-bottom: 1px solid var(--atlas-line); text-align: right; }
      th[scope='col'] { font-weight: 600; vertical-align: bottom; }
    `,
  ];

  override render() {
    const { lines, indicator } = this;
    if (!indicator || lines.length === 0) return nothing;
    const years = lines[0].points.map((p) => p.year);
    if (years.length < 2) return html`<p class="muted">${t.chartOneYear}</p>`;
    return html`
      <figure>
        ${this.#chart(lines, indicator, years)}
        <figcaption>
          <ul>
            ${lines.map(
              (l) => html`<li>
                <svg width="28" height="8" aria-hidden="true"><g class=${l.role}><line class="line" x1="2" y1="4" x2="26" y2="4"></line></g></svg>
                <span>${l.label}</span>${l.sample ? html`<span class="sample">${appTexts.sample}</span>` : nothing}
              </li>`,
            )}
          </ul>
        </figcaption>
      </figure>
      ${this.#table(lines, indicator, years)}
    `;
  }

  #chart(lines: TimeLine[], ind: ChartMeasure, years: number[]) {
    const numbers = lines.flatMap((l) => l.points.map(valueOf)).filter((v) => !Number.isNaN(v));
    let lo = numbers.length ? Math.min(...numbers) : 0;
    let hi = numbers.length ? Math.max(...numbers) : 1;
    // A flat series still needs a band to sit in.
    if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
    const x = scaleLinear().domain([years[0], years[years.length - 1]]).range([MARGIN.left, WIDTH - MARGIN.right]);
    const y = scaleLinear().domain([lo, hi]).nice(4).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
    const yTicks = y.ticks(4);
    const decimals = tickDecimals(yTicks, ind.decimals);
    const xTicks = years.length <= 7 ? years : x.ticks(6).filter(Number.isInteger);
    const path = line<TimePoint>()
      .defined((p) => p.cell.kind === 'value')
      .x((p) => x(p.year))
      .y((p) => y(valueOf(p)));
    const marked = this.year !== null && years.includes(this.year) ? this.year : null;

    return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${summary(lines, ind, years, marked)}>
      <g class="axis">
        <text x="0" y="10">${ind.unit}</text>
        ${yTicks.map(
          (v) => svg`<line class="grid" x1=${MARGIN.left} x2=${WIDTH - MARGIN.right} y1=${y(v)} y2=${y(v)}></line>
            <text x=${MARGIN.left - 4} y=${y(v)} dy="0.32em" text-anchor="end">${formatNumber(v, decimals)}</text>`,
        )}
        ${xTicks.map(
          // Years are written without a thousands point: 2022, not 2.022.
          (year) => svg`<text class=${year === marked ? 'current' : ''} x=${x(year)} y=${HEIGHT - 6} text-anchor="middle">${String(year)}</text>`,
        )}
      </g>
      ${marked === null ? nothing : svg`<line class="marker" x1=${x(marked)} x2=${x(marked)} y1=${MARGIN.top - 4} y2=${HEIGHT - MARGIN.bottom}></line>`}
      ${lines.map(
        (l) => svg`<g class=${l.role} data-line=${l.id}>
          <path class="line" d=${path(l.points) ?? ''}></path>
          ${l.points
            .filter((p) => p.cell.kind === 'value')
            .map(
              (p) => svg`<circle cx=${x(p.year)} cy=${y(valueOf(p))} r=${p.year === marked ? 3.5 : 2.5}>
                <title>${t.chartPoint(l.label, p.year, formatValue(valueOf(p), ind))}</title>
              </circle>`,
            )}
        </g>`,
      )}
    </svg>`;
  }

  #table(lines: TimeLine[], ind: ChartMeasure, years: number[]) {
    // The unit stands once in the caption, not in every cell.
    const bare = { unit: '', decimals: ind.decimals };
    return html`<details>
      <summary>${t.chartTable}</summary>
      <div class="scroll" role="region" tabindex="0" aria-label=${t.chartTable}><table>
        <caption class="muted">${t.chartTableCaption(ind.label, ind.unit)}</caption>
        <thead>
          <tr>
            <th scope="col">${t.chartYear}</th>
            ${lines.map((l) => html`<th scope="col">${l.label}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${years.map(
            (year, i) => html`<tr>
              <th scope="row">${String(year)}</th>
              ${lines.map((l) => html`<td>${formatCell(l.points[i].cell, bare)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table></div>
    </details>`;
  }
}

/** What the chart shows, in a sentence: each line's latest figure. */
function summary(lines: TimeLine[], ind: ChartMeasure, years: number[], marked: number | null): string {
  const latest = lines.map((l) => {
    const p = [...l.points].reverse().find((q) => q.cell.kind === 'value');
    return p ? t.chartPoint(l.label, p.year, formatValue(valueOf(p), ind)) : t.chartNoValue(l.label);
  });
  const text = t.chartSummary(ind.label, latest, years[0], years[years.length - 1]);
  return marked === null ? text : `${text}. ${t.chartMarker(marked)}`;
}

/** The fewest decimals that write every tick exactly (0,5 steps need one, 2,5 steps one, 0,25 two). */
function tickDecimals(ticks: number[], most: number): number {
  for (let d = 0; d < most + 2; d++) {
    if (ticks.every((v) => Math.abs(Math.round(v * 10 ** d) - v * 10 ** d) < 1e-6)) return d;
  }
  return most + 2;
}

customElements.define('atlas-chart', AtlasChart);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-chart': AtlasChart;
  }
}
