import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProps } from './css-props';
import { defaultLocale, formatCell, formatMeasure, formatNumber } from '../messages/default-locale';
import {
  columnKeys,
  csvFileName,
  sortRows,
  tableCsv,
  tableRows,
  FIRST_DIRECTION,
  type SortKey,
  type TableColumn,
  type TableRow,
  type TableSort,
} from '../domain/table-rows';
import type { Plan } from '../state/plan';
import { columnHeader } from '../state/table-header';
import { appTexts } from '../messages/app';
import { tableTexts } from '../messages/table';
import { theme, hatch } from './theme';
import { intervalTexts } from '../messages/intervals';

const SORTABLE: ReadonlySet<string> = new Set<SortKey>(['name', 'value', 'class', 'rank']);
const isSortKey = (key: string): key is SortKey => SORTABLE.has(key);

/** The shown columns with their headers: the same list draws the table and writes the CSV. */
export const tableColumns = (plan: Plan, long = false): TableColumn[] => columnKeys(plan).map((key) => ({ key, label: columnHeader(key, plan, long) }));

/**
 * The map as a table, and its text alternative: one row per area with value, class (colour and
 * number) and rank; sortable by keyboard; exports what it shows as CSV.
 * Properties: plan, names (area id -> name, for the parent column), selected (area id or null).
 * Event: `area-select` with `{ id }` when an area's name is activated.
 */
export class AtlasTable extends LitElement {
  @property({ attribute: false }) plan: Plan | null = null;
  @property({ attribute: false }) names: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) selected: string | null = null;
  /** the area hovered on the map (or here): its row is marked */
  @property({ attribute: false }) hovered: string | null = null;
  @property({ attribute: false }) kreisName: string = '';
  @state() _sort: TableSort = { key: 'value', direction: 'descending' };
  /** said by the live region after the reader sorts; empty at first so that loading says nothing */
  @state() _announcement: string = '';
  #rows: TableRow[] = [];

  static override styles = [
    theme,
    css`
      :host { display: block; }
      /* relative: the visually hidden texts, absolutely placed, stay inside the scrolled box */
      .scroll { overflow-x: auto; max-width: 100%; position: relative; container-type: inline-size; }
      /* the caption spans the whole table; its text stays in view and wraps at the visible width */
      caption > span { display: block; position: sticky; left: 0; max-width: 100cqw; box-sizing: border-box; padding-right: 0.5em; }
      /* a dark ring around the yellow one: visible on white, on the selected row and on the swatches */
      button:focus-visible, .scroll:focus-visible { outline: 3px solid var(--atlas-focus); outline-offset: 0; box-shadow: 0 0 0 5px var(--atlas-ink); }
      table { border-collapse: collapse; width: 100%; font-size: 0.9em; font-variant-numeric: tabular-nums; }
      caption { text-align: left; font-weight: 600; padding-bottom: 0.4em; }
      th, td { padding: 0.3em 0.5em; border-bottom: 1px solid var(--atlas-line); text-align: left; vertical-align: middle; }
      thead th { border-bottom: 2px solid var(--atlas-ink); vertical-align: bottom; min-width: 4.5em; }
      tbody th { font-weight: normal; min-width: 7em; }
      .num { text-align: right; }
      td.num { white-space: nowrap; }
      button { font: inherit; color: inherit; cursor: pointer; }
      th > button.sort { font-weight: 600; background: none; border: 0; padding: 0.1em 0; text-align: inherit; }
      .arrow { display: inline-block; width: 1em; margin-left: 0.2em; color: var(--atlas-muted); }
      [aria-sort] .arrow { color: var(--atlas-ink); }
      button.area { background: none; border: 0; padding: 0.1em 0; text-align: left; color: var(--atlas-accent); text-decoration: underline; }
      tbody tr:hover, tbody tr.hovered { background: #eef2f6; box-shadow: inset 4px 0 0 var(--atlas-ink); }
      tfoot th, tfoot td { border-top: 2px solid var(--atlas-ink); border-bottom: 0; font-weight: 600; }
      tr.selected { background: #e8f1fa; box-shadow: inset 4px 0 0 var(--atlas-accent); }
      tr.selected button.area { font-weight: 700; }
      .unsure { white-space: nowrap; font-size: 0.9em; }
      .swatch { display: inline-block; width: 1.2em; height: 0.9em; margin-right: 0.35em; border: 1px solid #8792a0; box-sizing: border-box; vertical-align: -0.1em; }
      .actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3em 0.8em; margin-top: 0.6em; }
      button.download { border: 1px solid var(--atlas-accent); color: var(--atlas-accent); background: #fff; border-radius: 4px; padding: 0.3em 0.7em; }
      p { margin: 0.4em 0 0; }
      @media (forced-colors: active) {
        tr.selected { outline: 2px solid Highlight; }
        .swatch { forced-color-adjust: none; }
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('plan') || changed.has('names')) && this.plan) this.#rows = tableRows(this.plan, this.names);
  }

  override render() {
    const plan = this.plan;
    if (!plan) return nothing;
    const columns = tableColumns(plan);
    const rows = sortRows(this.#rows, this._sort, defaultLocale.compare);
    const caption = tableTexts.caption(plan);
    return html`
      <div class="scroll" role="region" aria-label=${tableTexts.scrollLabel(caption)} tabindex="0">
        <table>
          <caption>
            <span
              >${caption} ${plan.sample ? html`<span class="sample">${appTexts.sample}</span>` : nothing}
              <span class="visually-hidden">${tableTexts.sortHint}</span></span
            >
          </caption>
          <thead>
            <tr>
              ${columns.map((c) => this.#header(c))}
            </tr>
          </thead>
          <tbody @mouseleave=${() => this.#hover(null)} @focusout=${() => this.#hover(null)}>
            ${rows.map((row) => this.#row(row, columns, plan))}
          </tbody>
          ${this.#kreisRow(columns, plan)}
        </table>
      </div>
      <span id="select-hint" hidden>${tableTexts.selectHint}</span>
      <p class="visually-hidden" role="status">${this._announcement}</p>
      <p class="muted">${tableTexts.rankNote}</p>
      <div class="actions">
        <button type="button" class="download" @click=${() => this.#download(rows, plan)}>${tableTexts.download}</button>
        <span class="muted">${tableTexts.csvNote}</span>
      </div>
    `;
  }

  #header(column: TableColumn) {
    const numeric = column.key !== 'name' && column.key !== 'parent';
    const key = column.key;
    if (!isSortKey(key)) return html`<th scope="col" class=${numeric ? 'num' : ''}>${column.label}</th>`;
    const active = this._sort.key === key;
    const arrow = !active ? '↕' : this._sort.direction === 'ascending' ? '▲' : '▼';
    return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${active ? this._sort.direction : nothing}>
      <button type="button" class="sort" @click=${() => this.#sortBy(key, column.label)}>
        ${column.label}<span class="arrow" aria-hidden="true">${arrow}</span>
      </button>
    </th>`;
  }

  #row(row: TableRow, columns: readonly TableColumn[], plan: Plan) {
    const selected = row.id === this.selected;
    const classes = [selected ? 'selected' : '', row.id === this.hovered ? 'hovered' : ''].join(' ').trim();
    return html`<tr
      class=${classes}
      aria-current=${selected ? 'true' : nothing}
      data-id=${row.id}
      @mouseenter=${() => this.#hover(row.id)}
      @focusin=${() => this.#hover(row.id)}
    >
      ${columns.map((c) => {
        switch (c.key) {
          case 'name':
            return html`<th scope="row">
              <button type="button" class="area" aria-describedby="select-hint" @click=${() => this.#select(row.id)}>${row.name}</button>
            </th>`;
          case 'parent':
            return html`<td>${row.parent ?? ''}</td>`;
          case 'value':
            return html`<td class="num">${formatMeasure(row.cell, { ...plan.measure, unit: '' })}</td>`;
          case 'own':
            return html`<td class="num">${row.own ? formatCell(row.own, bare(plan.indicator)) : ''}</td>`;
          case 'class':
            return html`<td class="num">
              <span class="swatch" ${cssProps(plan.style(row.id).hatched ? hatch(row.colour) : { background: row.colour })}></span
              >${row.classIndex === null ? absent(tableTexts.noClass) : row.classIndex + 1}
            </td>`;
          case 'rank':
            return html`<td class="num">${row.rank ?? absent(tableTexts.noRank)}</td>`;
          case 'lower':
          case 'upper':
            return html`<td class="num">${row.interval ? formatNumber(row.interval[c.key], plan.indicator.decimals) : absent(intervalTexts.none('method'))}</td>`;
          case 'unsure':
            return html`<td>${row.unsure ? html`<span class="unsure">${intervalTexts.unsure}</span>` : ''}</td>`;
        }
      })}
    </tr>`;
  }

  /** The Kreis beside its areas: its value where the table shows the indicator's own values. */
  #kreisRow(columns: readonly TableColumn[], plan: Plan) {
    const ref = plan.reference.value;
    if (ref === null || !this.kreisName) return nothing;
    const cell = { kind: 'value', value: ref } as const;
    return html`<tfoot>
      <tr data-id="kreis">
        ${columns.map((c) => {
          if (c.key === 'name') return html`<th scope="row">${this.kreisName} <span class="muted">(${tableTexts.kreisRow})</span></th>`;
          if (c.key === 'value' && plan.display === 'value') return html`<td class="num">${formatCell(cell, bare(plan.indicator))}</td>`;
          if (c.key === 'own') return html`<td class="num">${formatCell(cell, bare(plan.indicator))}</td>`;
          return html`<td></td>`;
        })}
      </tr>
    </tfoot>`;
  }

  #hover(id: string | null) {
    if (id === this.hovered) return;
    this.hovered = id;
    this.dispatchEvent(new CustomEvent('area-hover', { detail: { id }, bubbles: true, composed: true }));
  }

  #sortBy(key: SortKey, label: string) {
    const { key: current, direction } = this._sort;
    const next = current !== key ? FIRST_DIRECTION[key] : direction === 'ascending' ? 'descending' : 'ascending';
    this._sort = { key, direction: next };
    this._announcement = tableTexts.sorted(label, next);
  }

  #select(id: string) {
    this.dispatchEvent(new CustomEvent('area-select', { detail: { id }, bubbles: true, composed: true }));
  }

  /** The CSV of what is shown, saved by the browser: a Blob and an object URL, no network. */
  #download(rows: readonly TableRow[], plan: Plan) {
    const blob = new Blob([tableCsv(rows, tableColumns(plan, true), plan, tableTexts.csvSample, intervalTexts.unsure)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = Object.assign(document.createElement('a'), { href: url, download: csvFileName(plan), hidden: true });
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
customElements.define('atlas-table', AtlasTable);

/** Numbers without their unit: the column header says it once. */
const bare = (indicator: { decimals: number }) => ({ unit: '', decimals: indicator.decimals });

/** A dash to the eye, words to a screen reader. */
const absent = (words: string) => html`<span aria-hidden="true">–</span><span class="visually-hidden">${words}</span>`;

declare global {
  interface HTMLElementTagNameMap {
    'atlas-table': AtlasTable;
  }
}
