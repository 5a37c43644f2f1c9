import { LitElement, html, css, nothing } from 'lit';
import { cssProps } from './css-props';
import { formatBound } from '../domain/format';
import type { Plan } from '../state/plan';
import { de } from './messages';
import { theme, hatch } from './theme';

/** Legend: class colour, number, bounds in German format and how many areas each holds. */
export class AtlasLegend extends LitElement {
  static override properties = { plan: { attribute: false } };
  declare plan: Plan | null;

  constructor() {
    super();
    this.plan = null;
  }

  static override styles = [
    theme,
    css`
      ol { list-style: none; margin: 0; padding: 0; }
      /* Class number, swatch, bounds, count: the number carries the class where colour cannot (WCAG 1.4.1). */
      li { display: grid; grid-template-columns: 1.1em 1.6em 1fr auto; gap: 0.5em; align-items: center; padding: 2px 0; }
      .number { text-align: end; font-variant-numeric: tabular-nums; font-weight: 600; }
      .swatch { width: 1.6em; height: 1em; border: 1px solid #8792a0; box-sizing: border-box; }
      .count { color: var(--atlas-muted); font-variant-numeric: tabular-nums; }
      .range { font-variant-numeric: tabular-nums; }
      .unit { font-weight: normal; color: var(--atlas-muted); }
      p { margin: 0.4em 0 0; }
    `,
  ];

  override render() {
    const plan = this.plan;
    if (!plan) return nothing;
    const ind = plan.indicator;
    const m = plan.measure;
    const last = plan.rows.length - 1;
    const bound = (x: number) => formatBound(x, m);
    return html`
      <h2 id="legend-title">
        ${m.label}${m.unit ? html` <span class="unit">(${m.unit})</span>` : nothing}${plan.year !== null ? html` <span class="unit">${plan.year}</span>` : nothing}
        ${plan.sample ? html`<span class="sample">${de.sample}</span>` : nothing}
      </h2>
      <ol aria-labelledby="legend-title">
        ${plan.rows.map(
          (row) => html`<li data-class=${row.index}>
            <span class="number" aria-hidden="true">${row.index + 1}</span>
            <span class="swatch" ${cssProps({ background: row.colour })} title=${de.classLabel(row.index)}></span>
            <span class="range"
              ><span class="visually-hidden">${de.classLabel(row.index)}: </span
              >${de.classRange(bound(row.lower), bound(row.upper), row.index === last)}</span
            >
            <span class="count">${de.areas(row.count)}</span>
          </li>`,
        )}
        ${plan.missing ? specialRow('missing', plan.noDataFill, de.noData, plan.missing) : nothing}
        ${plan.suppressed ? specialRow('suppressed', plan.suppressedFill, de.suppressed, plan.suppressed) : nothing}
      </ol>
      ${ind.kind === 'count' ? html`<p class="muted">${de.countWarning}</p>` : nothing}
      ${plan.sample ? html`<p class="muted">${de.sampleNote}</p>` : nothing}
      <p class="muted">${de.source}: ${ind.source} (${de.vintage} ${ind.vintage}; ${ind.license})</p>
    `;
  }
}
customElements.define('atlas-legend', AtlasLegend);

/** A legend row outside the scale (no data, suppressed): hatched like the map. */
const specialRow = (key: string, fill: string, label: string, count: number) =>
  html`<li data-class=${key}>
    <span class="number"></span><span class="swatch" ${cssProps(hatch(fill))}></span><span>${label}</span><span class="count">${de.areas(count)}</span>
  </li>`;
