import { LitElement, html, css, nothing } from 'lit';
import { formatCell, formatMeasure, formatSigned, formatValue } from '../domain/format';
import { MISSING } from '../domain/types';
import { compare } from '../domain/summary';
import type { Area } from '../domain/types';
import type { Plan } from '../state/plan';
import { de } from './messages';
import { theme } from './theme';

/** The selected area: its value against the Kreis, its rank, and where the number comes from. */
export class AtlasPanel extends LitElement {
  static override properties = {
    plan: { attribute: false },
    area: { attribute: false },
    kreisName: { attribute: false },
    geometryCredit: { attribute: false },
  };
  declare plan: Plan | null;
  declare area: Area | null;
  declare kreisName: string;
  declare geometryCredit: string;

  constructor() {
    super();
    this.plan = null;
    this.area = null;
    this.kreisName = '';
    this.geometryCredit = '';
  }

  static override styles = [
    theme,
    css`
      :host { display: block; }
      header { display: flex; justify-content: space-between; align-items: start; gap: 0.5em; }
      h2 { font-size: 1.15em; margin: 0; }
      button { font: inherit; border: 1px solid var(--atlas-line); background: #fff; border-radius: 4px; padding: 0.1em 0.5em; cursor: pointer; }
      .value { font-size: 1.6em; font-weight: 700; margin: 0.3em 0; font-variant-numeric: tabular-nums; }
      dl { display: grid; grid-template-columns: auto auto; gap: 0.2em 0.8em; margin: 0.5em 0; }
      dt { color: var(--atlas-muted); }
      dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
    `,
  ];

  override render() {
    const { plan, area } = this;
    if (!plan || !area) return nothing;
    const ind = plan.indicator;
    // The indicator's own value and its comparison, whatever the map shows; a change or a
    // deviation is added as its own line.
    const cell = plan.values.get(area.id) ?? MISSING;
    const ref = plan.reference;
    const cmp = compare(area.id, plan.values, ref.value);
    const cls = plan.classes.get(area.id);
    const mapped = plan.cells.get(area.id) ?? MISSING;
    return html`
      <section aria-labelledby="panel-title">
        <header>
          <h2 id="panel-title">${area.name}</h2>
          <button type="button" @click=${this.#close} aria-label=${de.panelClose}>×</button>
        </header>
        <div class="muted">
          ${ind.label}${plan.year !== null ? ` ${plan.year}` : nothing} ${plan.sample ? html`<span class="sample">${de.sample}</span>` : nothing}
        </div>
        <p class="value" data-testid="panel-value">${formatCell(cell, ind)}</p>
        ${plan.display !== 'value'
          ? html`<p data-testid="panel-mapped">${plan.measure.label}: <strong>${formatMeasure(mapped, plan.measure)}</strong></p>`
          : nothing}
        ${cls !== undefined && cls >= 0 ? html`<div class="muted">${de.classLabel(cls)}</div>` : nothing}
        <dl>
          <dt>${de.kreisValue(ref.official)} ${this.kreisName}</dt>
          <dd>${ref.value === null ? de.noData : formatValue(ref.value, ind)}</dd>
          ${cmp
            ? html`
                <dt>${de.difference}</dt>
                <dd>${cmp.difference === null ? de.noData : formatSigned(cmp.difference, ind)}</dd>
                <dt>${de.mean(plan.level)}</dt>
                <dd>${formatValue(cmp.mean, ind)}</dd>
                <dt>${de.rankLabel}</dt>
                <dd>${de.rank(cmp.rank, cmp.of)}</dd>
              `
            : nothing}
        </dl>
        <slot></slot>
        <p class="muted">${de.source}: ${ind.source}; ${de.vintage} ${ind.vintage}; ${de.license}: ${ind.license}</p>
        ${ind.note ? html`<p class="muted">${ind.note}</p>` : nothing}
        ${plan.sample ? html`<p class="muted">${de.sampleNote}</p>` : nothing}
        <p class="muted">${de.geometry}: ${this.geometryCredit}</p>
      </section>
    `;
  }

  #close() {
    this.dispatchEvent(new CustomEvent('area-select', { detail: { id: null } }));
  }
}
customElements.define('atlas-panel', AtlasPanel);
