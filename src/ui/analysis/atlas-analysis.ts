import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { AtlasData } from '../../data/atlas-data';
import { rankShifts, type RankShift } from '../../domain/social-index';
import type { Area } from '../../domain/types';
import type { AtlasState } from '../../state/atlas-state';
import type { AnalysisView } from '../../state/analysis-state';
import { componentValues, scatterYOf } from '../../state/analysis-plan';
import { indicatorsAt } from '../../state/level-indicators';
import { areaProfile } from '../../state/profile-rows';
import type { Plan } from '../../state/plan';
import { theme } from '../theme';
import { emit } from './chart-keys';
import { analysisTexts as t } from '../../messages/analysis';
import './atlas-scatter';
import './atlas-ranking';
import './atlas-funnel';
import './atlas-profile';
import './atlas-index-editor';

/**
 * The analysis pane beside the map (loaded when first opened): Streudiagramm, Rangfolge,
 * Trichterdiagramm, Gebietsprofil and Sozialindex, one at a time, switched by buttons; each view reads the plan the
 * map draws. Properties: data, state, plan, presenting; `hovered` is set by the shell as the
 * table's is. Events: `state-change` (view and its settings), and the views' own.
 */
export class AtlasAnalysis extends LitElement {
  @property({ attribute: false }) data: AtlasData | null = null;
  @property({ attribute: false }) state: AtlasState | null = null;
  @property({ attribute: false }) plan: Plan | null = null;
  @property({ attribute: false }) hovered: string | null = null;
  @property({ attribute: false }) presenting: boolean = false;
  #names = new Map<string, string>();
  #shifts: RankShift[] = [];
  /** the atlas around the pane: its map shows the scatterplot's rectangle (AtlasMap.highlight) */
  #atlas: HighlightHost | null = null;

  static override styles = [
    theme,
    css`
      /* padding here, not in the shell: the start bundle does not carry the pane's rules */
      :host { display: block; padding: 0.8em 1em; border-top: 1px solid var(--atlas-line); margin-top: -1px; }
      header { display: flex; align-items: center; justify-content: space-between; gap: 0.5em; margin-bottom: 0.5em; }
      .views { display: flex; flex-wrap: wrap; gap: 0.3em; }
      .views button, button.close { font: inherit; font-size: 0.9em; padding: 0.25em 0.55em; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; }
      .views button[aria-pressed='true'] { background: var(--atlas-accent); color: #fff; }
      button.close { border-color: var(--atlas-line); color: var(--atlas-ink); }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    // A landmark of its own beside the map and the table (set here: the start bundle has no wrapper for it).
    this.setAttribute('role', 'region');
    this.setAttribute('aria-label', t.pane);
    this.#atlas = (this.getRootNode() as ShadowRoot).host as unknown as HighlightHost;
    this.addEventListener('analysis-highlight', this.#highlight);
  }

  /** Closed, the pane takes its highlight with it. */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('analysis-highlight', this.#highlight);
    this.#atlas?.highlight(null);
  }

  #highlight = (e: Event) => {
    e.stopPropagation();
    this.#atlas?.highlight((e as CustomEvent<{ ids: string[] | null }>).detail.ids);
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data) this.#names = new Map(this.data.areas.map((a) => [a.id, a.name]));
    if ((changed.has('plan') || changed.has('data')) && this.data && this.plan?.index && this.state?.index) {
      this.#shifts = rankShifts(this.state.index, componentValues(this.data, this.state.index, this.plan).values, this.plan.areas.map((a) => a.id));
    }
  }

  override render() {
    const { data, state, plan } = this;
    if (!data || !state || !plan || !state.analysis) return nothing;
    return html`
      <header>
        <div class="views" role="group" aria-label=${t.views}>
          ${VIEWS.map((v) => html`<button type="button" name=${v} aria-pressed=${String(state.analysis === v)} @click=${() => this.#show(v)}>${t.viewName[v]}</button>`)}
        </div>
        <button type="button" class="close" aria-label=${t.close} @click=${() => emit(this, 'state-change', { analysis: null, index: null, bivariate: false })}>×</button>
      </header>
      ${this.#view(data, state, plan)}
    `;
  }

  #view(data: AtlasData, state: AtlasState, plan: Plan) {
    const offered = indicatorsAt(data.catalog, plan.level);
    switch (state.analysis) {
      case 'scatter':
        return html`<atlas-scatter .plan=${plan} .y=${scatterYOf(data, state, plan)} .choices=${offered.filter((i) => i.display !== 'circles')} .names=${this.#names}
          .selected=${state.area} .pinned=${state.pinned} .hovered=${this.hovered} .bivariate=${state.bivariate} ?presenting=${this.presenting}></atlas-scatter>`;
      case 'ranking':
        return html`<atlas-ranking .plan=${plan} .names=${this.#names} .selected=${state.area} .hovered=${this.hovered} ?presenting=${this.presenting}></atlas-ranking>`;
      case 'funnel':
        return html`<atlas-funnel .plan=${plan} .names=${this.#names} .selected=${state.area} .hovered=${this.hovered} ?presenting=${this.presenting}></atlas-funnel>`;
      case 'profile': {
        const profile = state.profile ? areaProfile(data, state.profile) : null;
        return html`<atlas-profile .profile=${profile} .areas=${peersOf(data.areas, profile?.area ?? null)} ?presenting=${this.presenting}></atlas-profile>`;
      }
      case 'index':
        return html`<atlas-index-editor .recipe=${state.index ?? { standardisation: 'z', components: [] }} .choices=${offered} .key=${plan.index ?? null} .shifts=${this.#shifts} .names=${this.#names}></atlas-index-editor>`;
      default:
        return nothing;
    }
  }

  #show(view: AnalysisView) {
    const state = this.state;
    if (!state) return;
    // The profile opens at the chosen area; the index editor starts with an empty recipe.
    const patch: Partial<AtlasState> = { analysis: view };
    // Another view lets go of the rectangle the scatterplot or the funnel drew on the map.
    if (view !== state.analysis) this.#atlas?.highlight(null);
    if (view === 'profile' && state.area) patch.profile = state.area;
    if (view === 'index' && !state.index) patch.index = { standardisation: 'z', components: [] };
    emit(this, 'state-change', patch);
  }
}
customElements.define('atlas-analysis', AtlasAnalysis);

const VIEWS = Object.keys(t.viewName) as AnalysisView[];

/** What the pane needs of <sozial-atlas>: the highlight on whichever map draws (MapLibre, the 2D map). */
interface HighlightHost {
  highlight(ids: readonly string[] | null): void;
}

const peers = new WeakMap<readonly Area[], Map<string, Area[]>>();
/** The areas of the same level as `area`, once per area list and level. */
function peersOf(areas: readonly Area[], area: Area | null): Area[] {
  if (!area) return [];
  let byLevel = peers.get(areas);
  if (!byLevel) peers.set(areas, (byLevel = new Map()));
  let list = byLevel.get(area.level);
  if (!list) byLevel.set(area.level, (list = areas.filter((a) => a.level === area.level)));
  return list;
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-analysis': AtlasAnalysis;
  }
}
