import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadKreisSeries, relatedFirst, type KreisScope, type KreisSeries, type KreisSeriesSet } from '../../data/kreis-series';
import { MISSING, valueCell } from '../../domain/types';
import type { TimeLine, LineRole } from '../../domain/series';
import { formatNumber } from '../../messages/default-locale';
import { kreisSeriesTexts as t } from '../../messages/kreis-series';
import { language } from '../../messages/language';
import { theme } from '../theme';
import '../atlas-chart';

/** Kreis, NRW and Deutschland as the time chart's three roles: solid accent, dashed, dotted grey. */
const ROLES: [KreisScope, LineRole][] = [
  ['kreis', 'area'],
  ['nrw', 'parent'],
  ['bund', 'kreis'],
];

/**
 * "Der Kreis im Vergleich": the Kreis series (data/kreis-series) as small time charts of the Kreis
 * beside NRW and Deutschland, each with its latest year in words, all years as a table (the chart's),
 * unit, definition, source, licence and years. Those of the shown indicator's subject come first.
 * Loads its two files when first drawn: it lives in "Über die Daten", which is itself loaded on demand.
 */
export class AtlasKreisSeries extends LitElement {
  /** the data folder and the description file the catalog names (null: the data set has no Kreis series) */
  @property({ attribute: false }) base: string = '';
  @property({ attribute: false }) file: string | null = null;
  @property({ attribute: false }) kreisName: string = '';
  /** the indicator the map shows: its related series come first */
  @property({ attribute: false }) indicator: { id: string; label: string; topic: string } | null = null;
  @state() _set: KreisSeriesSet | null = null;
  @state() _error: string | null = null;
  #requested: string | null = null;

  static override styles = [
    theme,
    css`
      :host { display: block; }
      h4 { font-size: 1em; margin: 0.8em 0 0.2em; }
      article { border: 1px solid var(--atlas-line); border-radius: 6px; padding: 0.5em 0.7em; margin: 0.5em 0; }
      h5 { font-size: 1em; margin: 0 0 0.3em; }
      .latest { font-weight: 600; margin: 0.2em 0; font-variant-numeric: tabular-nums; }
      atlas-chart { max-width: 26em; }
      dl { display: grid; grid-template-columns: 8em minmax(0, 1fr); gap: 0.1em 0.8em; margin: 0.3em 0 0; font-size: 0.85em; }
      dt { color: var(--atlas-muted); } dd { margin: 0; overflow-wrap: anywhere; }
      @media (max-width: 600px) { dl { grid-template-columns: minmax(0, 1fr); } dd { margin-bottom: 0.3em; } }
    `,
  ];

  override willUpdate(): void {
    const key = `${this.base}|${this.file}|${language()}`;
    if (!this.file || this.#requested === key) return;
    this.#requested = key;
    this._set = null;
    this._error = null;
    loadKreisSeries(this.base, this.file, fetch, language()).then(
      (set) => (this._set = set),
      (e: unknown) => (this._error = e instanceof Error ? e.message : String(e)),
    );
  }

  override render() {
    if (!this.file) return nothing;
    const body = this._error
      ? html`<p role="alert">${t.failed(this._error)}</p>`
      : !this._set
        ? html`<p class="muted" role="status">${t.loading}</p>`
        : this.#lists(this._set.series);
    return html`<p>${t.intro(this.kreisName)}</p>
      ${body}`;
  }

  #lists(series: KreisSeries[]) {
    const { related, others } = relatedFirst(series, this.indicator);
    return html`${related.length && this.indicator
        ? html`<section data-testid="kreis-related" aria-labelledby="kreis-related"><h4 id="kreis-related">${t.related(this.indicator.label)}</h4>${related.map((s) => this.#series(s))}</section>`
        : nothing}
      ${others.length
        ? html`<section aria-labelledby="kreis-others"><h4 id="kreis-others">${related.length ? t.others : t.all}</h4>${others.map((s) => this.#series(s))}</section>`
        : nothing}`;
  }

  #series(s: KreisSeries) {
    const decimals = Math.max(0, ...s.points.flatMap((p) => ROLES.map(([scope]) => fractionDigits(p[scope]))));
    const measure = { label: s.label, unit: s.unit, decimals };
    const kreisYears = s.points.filter((p) => p.kreis !== null).map((p) => p.year);
    const last = [...s.points].reverse().find((p) => p.kreis !== null);
    // Lines only for the scopes the source has; a scope without any figure is said in words instead.
    const lines: TimeLine[] = ROLES.filter(([scope]) => s.points.some((p) => p[scope] !== null)).map(([scope, role]) => ({
      id: scope,
      label: t.scopes[scope],
      role,
      sample: false,
      points: s.points.map((p) => ({ year: p.year, cell: cellOf(p[scope]) })),
    }));
    const word = (scope: KreisScope, v: number | null) => `${t.scopes[scope]} ${v === null ? t.noSource : formatNumber(v, decimals)}`;
    return html`<article data-series=${s.id} aria-labelledby="ks-${s.id}">
      <h5 id="ks-${s.id}">${s.label}</h5>
      ${last ? html`<p class="latest" data-testid="kreis-latest">${t.latest(last.year, ROLES.map(([scope]) => word(scope, last[scope])))} <span class="muted">(${s.unit})</span></p>` : nothing}
      ${s.points.length > 1 ? html`<atlas-chart .lines=${lines} .indicator=${measure} .year=${null}></atlas-chart>` : nothing}
      <dl>
        <dt>${t.unit}</dt><dd>${s.unit}</dd>
        <dt>${t.definition}</dt><dd>${s.definition}</dd>
        <dt>${t.source}</dt><dd data-testid="kreis-source">${s.source}</dd>
        <dt>${t.code}</dt><dd><code>${s.code}</code></dd>
        <dt>${t.license}</dt><dd>${s.license}</dd>
        <dt>${t.vintage}</dt><dd>${kreisYears.length ? t.years(kreisYears[0], kreisYears[kreisYears.length - 1], kreisYears.length) : s.vintage}</dd>
        ${s.note ? html`<dt>${t.note}</dt><dd>${s.note}</dd>` : nothing}
      </dl>
    </article>`;
  }
}

const cellOf = (v: number | null) => (v === null ? MISSING : valueCell(v));

/** Digits after the point as the source wrote the number (INKAR: at most two; 29.4 was 29,40). */
const fractionDigits = (v: number | null) => (v === null ? 0 : (String(v).split('.')[1] ?? '').length);

customElements.define('atlas-kreis-series', AtlasKreisSeries);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-kreis-series': AtlasKreisSeries;
  }
}
