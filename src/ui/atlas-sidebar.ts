import { LitElement, html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { extent } from 'd3-array';
import { compareAreas } from '../domain/comparison';
import type { ImportResultView } from './atlas-import';
import { referencesOf, type AtlasData } from '../data/atlas-data';
import { referencesAt } from '../domain/reference-values';
import type { AtlasState } from '../state/atlas-state';
import type { Plan } from '../state/plan';
import { theme } from './theme';
import { aboutButtonStyles } from './about-button';
import { kreisSeriesButton } from './kreis/kreis-series-button';
import { indicatorsAt } from '../state/level-indicators';
import './atlas-controls';
import type { YearsByIndicator } from './atlas-indicator-picker';
import './atlas-time';
import './atlas-problems';

/**
 * The side pane: what to show (indicator, time), the view's summary, the pinned comparison and,
 * for the full workbench, own data and data notes. It only reads data, state and plan; every change
 * leaves as a `state-change` event with a patch, own files as `import-request`.
 */
export class AtlasSidebar extends LitElement {
  @property({ attribute: false }) data: AtlasData | null = null;
  @property({ attribute: false }) state: AtlasState | null = null;
  @property({ attribute: false }) plan: Plan | null = null;
  /** the map's text alternative, shown here for everyone */
  @property({ attribute: false }) summary: string = '';
  @property({ attribute: false }) full: boolean = true;
  @property({ attribute: false }) imported: ImportResultView | null = null;
  /** own data is kept in this browser */
  @property({ attribute: false }) stored: boolean = false;
  /** files dropped onto the atlas, for the own-data part */
  @property({ attribute: false }) dropped: File[] | null = null;

  static override styles = [
    theme,
    aboutButtonStyles,
    css`
      :host { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1em; align-content: start; }
      .summary { margin: 0; font-size: 0.9em; }
    `,
  ];

  // Own data is for the workbench: its part loads after the first map, not with the start bundle.
  override updated(): void {
    if (this.full) void import('./atlas-import');
  }

  override render() {
    const { data, state, plan } = this;
    if (!data || !state || !plan) return nothing;
    const numbers = [...plan.cells.values()].flatMap((c) => (c.kind === 'value' ? [c.value] : []));
    const range = numbers.length ? (extent(numbers) as [number, number]) : null;
    if (state.pinned.length) void import('./atlas-compare');
    return html`
      <atlas-controls
        .indicators=${indicatorsAt(data.catalog, state.level)}
        .years=${this.#years(data)}
        .state=${state}
        .minimal=${!this.full}
        .range=${range}
        .decimals=${plan.measure.decimals}
      ></atlas-controls>
      <atlas-time
        .years=${plan.years}
        .year=${plan.year}
        .display=${plan.significance ? 'significance' : plan.display}
        .baseYear=${plan.baseYear}
        .intervals=${plan.intervals.method === 'wilson' || plan.intervals.method === 'byar'}
        .confidence=${plan.intervals.level}
        .fades=${state.fadeUnsure ?? plan.level === 'raster'}
      ></atlas-time>
      <p class="summary">${this.summary} ${data.catalog.kreisSeries && !plan.sample ? kreisSeriesButton(plan.indicator.id) : nothing}</p>
      ${state.pinned.length
        ? html`<atlas-compare
            .rows=${compareAreas(plan, data, state.pinned)}
            .indicator=${plan.indicator}
            .difference=${plan.difference}
            .intervals=${plan.intervals}
            .references=${referencesAt(referencesOf(data, plan.indicator.id), plan.year)}
            @pin-remove=${(e: CustomEvent<{ id: string }>) => this.#emit({ pinned: state.pinned.filter((id) => id !== e.detail.id) })}
          ></atlas-compare>`
        : nothing}
      ${this.full ? html`<atlas-import .result=${this.imported} ?stored=${this.stored} .dropped=${this.dropped}></atlas-import>` : nothing}
      <atlas-problems .problems=${data.problems}></atlas-problems>
    `;
  }

  #yearsOf: { data: AtlasData; years: YearsByIndicator } | null = null;
  /** years per indicator and level, kept while the data stays the same */
  #years(data: AtlasData): YearsByIndicator {
    if (this.#yearsOf?.data !== data) this.#yearsOf = { data, years: new Map([...data.series].map(([id, s]) => [id, s.years])) };
    return this.#yearsOf.years;
  }

  #emit(patch: Partial<AtlasState>) {
    this.dispatchEvent(new CustomEvent('state-change', { detail: patch, bubbles: true, composed: true }));
  }
}
customElements.define('atlas-sidebar', AtlasSidebar);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-sidebar': AtlasSidebar;
  }
}
