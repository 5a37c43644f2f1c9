import { LitElement, html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ComparedArea } from '../domain/comparison';
import { formatCell, formatNumber, formatSignedNumber } from '../messages/default-locale';
import type { IntervalPlan } from '../state/interval-plan';
import { intervalTexts } from '../messages/intervals';
import { differenceUnit, type Measure } from '../domain/measure';
import { differenceTo, type ReferencePoint } from '../domain/reference-values';
import type { Cell, Indicator } from '../domain/types';
import { appTexts } from '../messages/app';
import { compareTexts as t } from '../messages/compare';
import { catalogueTexts as tc } from '../messages/catalogue';
import { language } from '../messages/language';
import { planTexts } from '../messages/plan';
import { theme } from './theme';

/**
 * Pinned areas side by side, one column each: value, rank within its level, and the difference
 * to the Kreis, to the Gemeinde and to NRW and Deutschland where the source has them. Removing a column is asked for with `pin-remove`.
 */
export class AtlasCompare extends LitElement {
  @property({ attribute: false }) rows: ComparedArea[] = [];
  @property({ attribute: false }) indicator: Indicator | null = null;
  /** the plan's one difference measure (unit and decimals of every difference row) */
  @property({ attribute: false }) difference: Measure | null = null;
  @property({ attribute: false }) references: ReferencePoint[] = [];
  /** the plan's intervals (state/interval-plan): rows for the interval and the comparison with the Kreis; null: none */
  @property({ attribute: false }) intervals: IntervalPlan | null = null;

  static override styles = [
    theme,
    css`
      :host { display: block; }
      .scroll { overflow-x: auto; }
      /* Equal columns that wrap: three pinned areas fit a side panel of about 22em. */
      table { width: 100%; table-layout: fixed; border-collapse: collapse; font-size: 0.85em; font-variant-numeric: tabular-nums; }
      col.heads { width: 8.5em; }
      /* Words are not broken inside ("Abweichun g"): the German hyphenation of lang=de or none. */
      th, td { overflow-wrap: normal; word-break: normal; hyphens: auto; }
      caption { text-align: left; font-weight: 600; margin-bottom: 0.2em; }
      th, td { padding: 0.2em 0.25em; border-bottom: 1px solid var(--atlas-line); vertical-align: top; }
      thead th { text-align: left; font-weight: 600; }
      tbody th { text-align: left; font-weight: normal; color: var(--atlas-muted); }
      td { text-align: right; }
      .tools { display: flex; flex-wrap: wrap; align-items: center; gap: 0.2em; margin-top: 0.2em; }
      .tools .sample { font-size: 0.7em; padding: 0 0.2em; }
      .tools button { margin-left: auto; }
      button { font: inherit; line-height: 1; border: 1px solid var(--atlas-line); background: #fff; border-radius: 4px; padding: 0.1em 0.35em; cursor: pointer; }
      .muted { display: block; font-size: 0.7em; font-weight: normal; }
      p.muted { margin: 0.3em 0 0; }
    `,
  ];

  override render() {
    const { rows, indicator: ind } = this;
    if (!ind || rows.length === 0) return nothing;
    // Units stand once in the row heads, so that three columns fit a side panel.
    const bare = { unit: '', decimals: ind.decimals };
    // The plan's one difference measure (domain/measure): percentage points for shares and rates per 100.
    const diffUnit = this.difference?.unit ?? differenceUnit(ind.unit, planTexts.percentagePoints);
    const decimals = this.difference?.decimals ?? ind.decimals;
    const diff = (cell: Cell) => (cell.kind === 'value' ? formatSignedNumber(cell.value, decimals) : absent(formatCell(cell, bare)));
    const lines: { head: string; unit: string; cell: (r: ComparedArea) => unknown }[] = [
      { head: t.compareValue, unit: ind.unit, cell: (r) => formatCell(r.value, bare) },
      {
        head: t.compareRank,
        unit: t.compareRankNote,
        cell: (r) =>
          r.rank ? t.compareRankOf(r.rank.rank, r.rank.of) : absent(formatCell(r.value, bare)),
      },
      ...this.#intervalLines(ind.decimals),
      { head: t.compareToKreis, unit: diffUnit, cell: (r) => diff(r.toKreis) },
      {
        head: t.compareToParent,
        unit: diffUnit,
        cell: (r) =>
          r.toParent ? html`${diff(r.toParent.difference)}<span class="muted">${t.compareParent(r.toParent.name)}</span>` : absent(t.compareNotApplicable),
      },
      // NRW and Deutschland: the published value in the row head, each area's distance in its column.
      ...this.references.map((p) => ({
        head: tc.differenceTo(p.scope),
        unit: `${diffUnit}; ${tc.referenceValue(p.scope, p.year)}: ${formatCell({ kind: 'value', value: p.value }, ind)}`,
        cell: (r: ComparedArea) =>
          r.sample ? absent(appTexts.sample) : p.sameYear ? diff(differenceTo(r.value, p)) : absent(tc.referenceOtherYear(p.year)),
      })),
    ];
    return html`<div class="scroll" role="region" tabindex="0" aria-labelledby="compare-caption">
      <table lang=${language()}>
        <caption id="compare-caption">${t.compareCaption(ind.label)}</caption>
        <colgroup><col class="heads" /></colgroup>
        <thead>
          <tr>
            <td></td>
            ${rows.map(
              (r) => html`<th scope="col" data-id=${r.id}>
                ${r.name}<span class="muted">${t.compareLevel[r.level]}</span>
                <div class="tools">
                  ${r.sample ? html`<span class="sample" title=${appTexts.sampleNote}>${t.compareSample}</span>` : nothing}
                  <button type="button" aria-label=${t.compareRemove(r.name)} title=${t.compareRemove(r.name)} @click=${() => this.#remove(r.id)}>×</button>
                </div>
              </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${lines.map(
            (line) => html`<tr>
              <th scope="row">${line.head}${line.unit ? html`<span class="muted">${line.unit}</span>` : nothing}</th>
              ${rows.map((r) => html`<td>${line.cell(r)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${rows.some((r) => r.sample) ? html`<p class="muted">${appTexts.sampleNote}</p>` : nothing}`;
  }

  #remove(id: string) {
    this.dispatchEvent(new CustomEvent('pin-remove', { detail: { id } }));
  }

  /**
   * The interval of each pinned area and how it compares with the Kreis value; an area of another
   * level than the map's has none here (the plan holds the intervals of its level only).
   */
  #intervalLines(decimals: number): { head: string; unit: string; cell: (r: ComparedArea) => unknown }[] {
    const intervals = this.intervals;
    if (!intervals || intervals.method === null || intervals.method === 'none') return [];
    const level = intervals.level;
    return [
      {
        head: intervalTexts.ci(level),
        unit: intervalTexts.method(intervals.method),
        cell: (r) => {
          const a = intervals.areas.get(r.id);
          const i = a?.interval;
          if (!a || !i) return absent(intervalTexts.none('missing'));
          if (i.kind !== 'interval') return absent(intervalTexts.none(i.reason));
          const range = `${formatNumber(i.lower, decimals)}–${formatNumber(i.upper, decimals)}`;
          return a.unsure ? html`${range}<span class="muted">${intervalTexts.unsure}</span>` : range;
        },
      },
      {
        head: t.compareSignificance,
        unit: intervalTexts.significantAt(level),
        cell: (r) => {
          const j = intervals.areas.get(r.id)?.judgement ?? 'not-assessable';
          return j === 'not-assessable' ? absent(intervalTexts.judgement(j)) : intervalTexts.judgementShort(j);
        },
      },
    ];
  }
}

/** A dash where there is no number; the reason is in its tooltip and read out in full. */
const absent = (reason: string) => html`<span aria-hidden="true" title=${reason}>–</span><span class="visually-hidden">${reason}</span>`;

customElements.define('atlas-compare', AtlasCompare);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-compare': AtlasCompare;
  }
  interface HTMLElementEventMap {
    'pin-remove': CustomEvent<{ id: string }>;
  }
}
