import { LitElement, html, css, nothing, unsafeCSS } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatCell, formatMeasure, formatNumber, formatSignedNumber, formatValue } from '../messages/default-locale';
import { MISSING, valueCell } from '../domain/types';
import { compare } from '../domain/summary';
import type { TimeLine } from '../domain/series';
import type { Area, Cell } from '../domain/types';
import type { AtlasState } from '../state/atlas-state';
import type { AreaActions } from '../state/atlas-model';
import type { Plan } from '../state/plan';
import { differenceTo, type ReferencePoint } from '../domain/reference-values';
import { contributionTexts } from '../messages/contributions';
import { appTexts } from '../messages/app';
import { catalogueTexts as t } from '../messages/catalogue';
import { theme } from './theme';
import { aboutButton, aboutButtonStyles } from './about-button';
import { mapTexts } from '../messages/map';
import { kreisSeriesButton } from './kreis/kreis-series-button';
import { intervalWords } from '../state/interval-texts';

/** The card as a bottom sheet: the peek (name, value, class) until it is expanded. */
const SHEET = `button.expand { display: inline-block; } section:not(.expanded) .detail { display: none; } .value { margin: 0; }
  .grip { display: block; }
  .drag { user-select: none; -webkit-user-select: none; }`;

/** How far (px) a finger moves the sheet's top before it opens or closes: a tap moves less. */
const DRAG = 24;

/**
 * The selected area's card: its value against the Kreis, its rank among the areas in view, its
 * years, and what can be done with it (drill down, pin for comparison). Esc or × closes it.
 * Events: `area-select` ({ id: null }) to close, `state-change` (a patch) for its actions.
 * On a phone and in a low embed it is a bottom sheet: its peek shows name, value and class, a tap
 * (or its "Details" button) shows the rest.
 */
export class AtlasPanel extends LitElement {
  @property({ attribute: false }) plan: Plan | null = null;
  @property({ attribute: false }) area: Area | null = null;
  @property({ attribute: false }) kreisName: string = '';
  @property({ attribute: false }) geometryCredit: string = '';
  @property({ attribute: false }) lines: TimeLine[] = [];
  /** "(95-%-KI 10,1–15,0)" beneath the value, "unsicher (kleine Basis)" and the comparison with the Kreis value. */
  #interval(plan: Plan, id: string) {
    const words = intervalWords(plan.intervals, id, plan.indicator.decimals);
    if (!words) return nothing;
    // On a phone's peek only an interval and "unsicher" count; why there is none waits for the details.
    return html`<p class="interval ${words.bounded || words.unsure ? '' : 'detail'}" data-testid="panel-interval">
        ${words.range}${words.unsure ? html` <span class="unsure" data-testid="panel-unsure">${words.unsure}</span>` : nothing}
      </p>
      ${words.versus ? html`<p class="detail versus" data-testid="panel-versus">${words.versus}</p>` : nothing}`;
  }

  /** null: a card for reading only (controls="none") */
  @property({ attribute: false }) actions: AreaActions | null = null;
  /** how many workshop contributions the area has (null: none can be made here, controls="none") */
  @property({ attribute: false }) contributions: number | null = null;
  /** NRW and Deutschland where the source publishes them (domain/reference-values) */
  @property({ attribute: false }) references: ReferencePoint[] = [];
  /** the data set has Kreis series: the card offers "Der Kreis im Vergleich" */
  @property({ attribute: false }) kreisSeries: boolean = false;
  /** the sheet shows all details (phone, low embed; elsewhere they always show) */
  @state() _expanded: boolean = false;

  static override styles = [
    theme,
    aboutButtonStyles,
    css`
      :host { display: block; }
      section { background: #fff; border: 1px solid var(--atlas-line); border-radius: 6px; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2); padding: 0.6em 0.8em; }
      header { display: flex; justify-content: space-between; align-items: start; gap: 0.5em; }
      h2 { font-size: 1.15em; margin: 0; }
      button.close { font: inherit; font-size: 1.2em; line-height: 1; border: 1px solid var(--atlas-line); background: #fff; border-radius: 4px; padding: 0.1em 0.4em; cursor: pointer; color: var(--atlas-ink); }
      .interval { margin: 0 0 0.2em; font-variant-numeric: tabular-nums; }
      .unsure { font-weight: 600; color: var(--atlas-ink); border: 1px dashed currentColor; border-radius: 3px; padding: 0 0.25em; white-space: nowrap; }
      .versus { margin: 0 0 0.3em; }
      .value { font-size: 1.5em; font-weight: 700; margin: 0.2em 0; font-variant-numeric: tabular-nums; }
      dl { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0.15em 0.8em; margin: 0.4em 0; font-size: 0.9em; }
      dt { color: var(--atlas-muted); }
      dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
      .actions { display: flex; flex-wrap: wrap; gap: 0.4em; margin: 0.5em 0; }
      .actions button { font: inherit; font-size: 0.9em; padding: 0.25em 0.6em; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; }
      .actions button[aria-pressed='true'] { background: var(--atlas-accent); color: #fff; }
      .actions button:disabled { border-color: var(--atlas-line); color: var(--atlas-muted); cursor: default; }
      p { margin: 0.3em 0 0; }
      table.refs { width: 100%; border-collapse: collapse; font-size: 0.9em; font-variant-numeric: tabular-nums; margin: 0 0 0.4em; }
      .refs th, .refs td { padding: 0.1em 0 0.1em 0.5em; text-align: right; vertical-align: bottom; }
      .refs thead th { font-weight: normal; font-size: 0.85em; color: var(--atlas-muted); }
      .refs tbody th { text-align: left; font-weight: normal; color: var(--atlas-muted); padding-left: 0; }
      .refs .unit { display: block; }
      button.expand { display: none; font: inherit; font-size: 0.9em; min-height: 24px; margin-left: auto; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); border-radius: 4px; padding: 0.1em 0.5em; cursor: pointer; }
      button.expand[aria-expanded='true'] { background: var(--atlas-accent); color: #fff; }
      /* The sheet's handle: drawn on a phone, where a drag up opens the details and a drag down closes them
         (there the header's text is not selectable: a drag over selected text would start a drag-and-drop). */
      .grip { display: none; width: 2.5em; height: 4px; margin: -0.2em auto 0.4em; border-radius: 2px; background: var(--atlas-line); }
      .drag { touch-action: none; }
      @container atlas (max-width: 699px) { ${unsafeCSS(SHEET)} }
      @media (max-height: 620px) { ${unsafeCSS(SHEET)} }
    `,
  ];

  override render() {
    const { plan, area } = this;
    if (!plan || !area) return nothing;
    const ind = plan.indicator;
    if (this.lines.length) void import('./atlas-chart');
    // The indicator's own value and its comparison, whatever the map shows; a change or a
    // deviation is added as its own line. Ranks count among the areas in view.
    const cell = plan.values.get(area.id) ?? MISSING;
    const ref = plan.reference;
    const shown = new Map(plan.shown.map((a) => [a.id, plan.values.get(a.id) ?? MISSING]));
    const cmp = compare(area.id, shown, ref.value);
    const cls = plan.classes.get(area.id);
    const mapped = plan.cells.get(area.id) ?? MISSING;
    const rankScope = appTexts.rankScope(plan.level, plan.focusName);
    return html`
      <section aria-labelledby="panel-title" class=${this._expanded ? 'expanded' : ''} @keydown=${this.#onKey} @click=${this.#onTap}>
        <div class="drag" @pointerdown=${this.#dragStart} @pointerup=${this.#dragEnd} @pointercancel=${this.#dragCancel}>
        <span class="grip" aria-hidden="true"></span>
        <header>
          <h2 id="panel-title" tabindex="-1">${area.name}</h2>
          <button type="button" class="expand" aria-expanded=${String(this._expanded)} aria-controls="panel-details" @click=${this.#toggle}>${appTexts.panelMore}</button>
          <button type="button" class="close" @click=${this.#close} aria-label=${appTexts.panelClose}>×</button>
        </header>
        </div>
        <div class="muted detail">
          ${ind.label}${plan.year !== null ? ` ${plan.year}` : nothing} ${plan.sample ? html`<span class="sample">${appTexts.sample}</span>` : nothing}
        </div>
        <p class="value" data-testid="panel-value">${formatCell(cell, ind)}</p>
        ${this.#interval(plan, area.id)}
        ${plan.display !== 'value'
          ? html`<p class="detail" data-testid="panel-mapped">${plan.measure.label}: <strong>${formatMeasure(mapped, plan.measure)}</strong></p>`
          : nothing}
        ${cls !== undefined && cls >= 0 ? html`<div class="muted" data-testid="panel-class">${plan.rows.find((r) => r.index === cls)?.label ?? appTexts.classLabel(cls)}</div>` : nothing}
        <div class="detail" id="panel-details">
        <dl>
          <dt title=${this.kreisName}>${appTexts.kreisValue(ref.official, plan.sample)}</dt>
          <dd>${ref.value === null ? appTexts.noData : formatValue(ref.value, ind)}</dd>
          ${cmp
            ? html`
                <dt>${plan.difference.label}</dt>
                <dd data-testid="panel-difference">${cmp.difference === null ? appTexts.noData : formatMeasure(valueCell(cmp.difference), plan.difference)}</dd>
                <dt>${appTexts.mean(plan.level)}${plan.focusName ? ` in ${plan.focusName}` : ''}</dt>
                <dd>${formatValue(cmp.mean, ind)}</dd>
                <dt>${appTexts.rankLabel}</dt>
                <dd data-testid="panel-rank">${appTexts.rankIn(cmp.rank, cmp.of, rankScope)}</dd>
              `
            : nothing}
        </dl>
        ${this.#references(cell)}
        ${this.lines.length
          ? html`<atlas-chart .lines=${this.lines} .indicator=${ind} .year=${plan.year}></atlas-chart>`
          : nothing}
        ${this.#actions(area)}
        <p class="muted">${appTexts.source}: ${plan.source.text}; ${appTexts.vintage} ${plan.source.vintage}${plan.sample ? '' : `; ${appTexts.license}: ${plan.source.license}`}</p>
        ${ind.note && !plan.sample ? html`<p class="muted">${ind.note}</p>` : nothing}
        ${plan.sample ? html`<p class="muted">${appTexts.sampleNote}</p>` : nothing}
        <p class="muted">${appTexts.geometry}: ${this.geometryCredit}</p>
        ${aboutButton(ind.id)} ${this.kreisSeries && !plan.sample ? kreisSeriesButton(ind.id) : nothing}
        </div>
      </section>
    `;
  }

  /**
   * NRW and Deutschland with their year, as a small table (units once in its heads, so that the
   * card keeps its height); the difference only where it is for the year shown.
   */
  #references(cell: Cell) {
    const plan = this.plan;
    if (!plan || plan.sample || this.references.length === 0) return nothing;
    const ind = plan.indicator;
    return html`<table class="refs" data-testid="panel-references">
      <caption class="visually-hidden">${t.references}</caption>
      <thead>
        <tr>
          <td></td>
          <th scope="col">${t.referenceValueHead}<span class="unit">${ind.unit}</span></th>
          <th scope="col">${t.differenceHead}<span class="unit">${plan.difference.unit}</span></th>
        </tr>
      </thead>
      <tbody>
        ${this.references.map((p) => {
          const diff = differenceTo(cell, p);
          return html`<tr>
            <th scope="row">${t.referenceValue(p.scope, p.year)}</th>
            <td data-testid="panel-ref-${p.scope}">${formatNumber(p.value, ind.decimals)}</td>
            <td data-testid="panel-diff-${p.scope}">${diff.kind === 'value' ? formatSignedNumber(diff.value, plan.difference.decimals) : absent(p.sameYear ? appTexts.noData : t.referenceOtherYear(p.year))}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  #actions(area: Area) {
    const a = this.actions;
    if (!a) return nothing;
    return html`<div class="actions">
      ${a.drill ? html`<button type="button" name="drill" @click=${() => this.#emit(a.drill ?? {})}>${appTexts.drillDown(area.name)}</button>` : nothing}
      ${a.drillEmpty ? html`<p class="muted">${appTexts.noDrill}</p>` : nothing}
      ${a.gridDrill ? html`<button type="button" name="grid-drill" @click=${() => this.#emit(a.gridDrill ?? {})}>${mapTexts.gridDrill(area.name)}</button>` : nothing}
      <button
        type="button"
        name="pin"
        aria-pressed=${String(a.pinned)}
        ?disabled=${!a.pinned && !a.canPin}
        @click=${() => this.#emit({ pinned: a.pinned ? a.pinnedIds.filter((id) => id !== area.id) : [...a.pinnedIds, area.id] })}
      >
        ${a.pinned ? appTexts.unpin : appTexts.pin}
      </button>
      ${this.#contributionActions(area)}
    </div>`;
  }

  /** The area's workshop contributions: how many (opens them in the pane), and a new one for it. */
  #contributionActions(area: Area) {
    const n = this.contributions;
    if (n === null) return nothing;
    const ask = (add: boolean) => this.dispatchEvent(new CustomEvent('contribution-request', { detail: { area: area.id, add }, bubbles: true, composed: true }));
    return html`${n > 0 ? html`<button type="button" name="contributions" @click=${() => ask(false)}>${contributionTexts.inArea(n)}</button>` : nothing}
      <button type="button" name="contribution-add" @click=${() => ask(true)}>${contributionTexts.addToArea}</button>`;
  }

  /** Puts the keyboard on the card's heading, so that a screen reader reads the card next. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('#panel-title')?.focus();
  }

  #toggle = (e: Event) => {
    e.stopPropagation();
    this._expanded = !this._expanded;
  };

  #dragFrom: number | null = null;
  /** set when a drag decided, so that the click the drag ends with does not toggle again */
  #dragged = false;

  #dragStart = (e: PointerEvent) => {
    this.#dragged = false;
    if ((e.target as Element).closest('button, a')) return;
    this.#dragFrom = e.clientY;
    // The finger leaves the handle as it drags: its pointerup must still come here.
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
  };

  /** Up past DRAG opens the details, down past it closes them; shorter moves are taps. */
  #dragEnd = (e: PointerEvent) => {
    if (this.#dragFrom === null) return;
    const dy = e.clientY - this.#dragFrom;
    this.#dragFrom = null;
    if (Math.abs(dy) < DRAG) return;
    this._expanded = dy < 0;
    this.#dragged = true;
  };

  #dragCancel = () => {
    this.#dragFrom = null;
  };

  /** A tap on the sheet's peek shows the details (its buttons, links and chart keep their own meaning). */
  #onTap = (e: Event) => {
    if (this.#dragged) {
      this.#dragged = false;
      return;
    }
    if (this._expanded || (e.target as Element).closest('button, a, input, select, atlas-chart')) return;
    this._expanded = true;
  };

  #onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.#close();
  };

  #close() {
    this.dispatchEvent(new CustomEvent('area-select', { detail: { id: null, closed: true }, bubbles: true, composed: true }));
  }

  #emit(patch: Partial<AtlasState>) {
    this.dispatchEvent(new CustomEvent('state-change', { detail: patch, bubbles: true, composed: true }));
  }
}
customElements.define('atlas-panel', AtlasPanel);

/** A dash where there is no number; the reason in its tooltip and read out in full. */
const absent = (reason: string) => html`<span aria-hidden="true" title=${reason}>–</span><span class="visually-hidden">${reason}</span>`;

declare global {
  interface HTMLElementTagNameMap {
    'atlas-panel': AtlasPanel;
  }
}
