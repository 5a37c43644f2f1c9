import { LitElement, html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { IndexComponent, IndexRecipe, NeedDirection, RankShift, Standardisation } from '../../domain/social-index';
import type { Indicator } from '../../domain/types';
import type { IndexKey } from '../../state/analysis-plan';
import { MAX_COMPONENTS, MAX_WEIGHT } from '../../state/analysis-state';
import { theme } from '../theme';
import { emit } from './chart-keys';
import { topics } from './atlas-scatter';
import { analysisTexts as t } from '../../messages/analysis';

/**
 * The Sozialindex' recipe: indicators, each with the direction of need and a weight, and the
 * standardisation. Every change is a new recipe in the view (and the link); the map shows it once
 * it has a component. Below: the areas left out, and how ranks move against equal weights.
 * Event: `state-change` ({ index }).
 */
export class AtlasIndexEditor extends LitElement {
  @property({ attribute: false }) recipe: IndexRecipe = { standardisation: 'z', components: [] };
  @property({ attribute: false }) choices: Indicator[] = [];
  /** the mapped index (null before the first component) */
  @property({ attribute: false }) key: IndexKey | null = null;
  @property({ attribute: false }) shifts: RankShift[] = [];
  @property({ attribute: false }) names: ReadonlyMap<string, string> = new Map();

  static override styles = [
    theme,
    css`
      :host { display: block; }
      fieldset { border: 1px solid var(--atlas-line); border-radius: 4px; margin: 0 0 0.6em; padding: 0.4em 0.6em; }
      legend { font-weight: 600; padding: 0 0.3em; }
      label { font-size: 0.9em; }
      select, input, button { font: inherit; }
      ol { list-style: none; margin: 0; padding: 0; }
      li.component { display: grid; grid-template-columns: minmax(0, 1fr) auto auto auto; gap: 0.3em 0.5em; align-items: end; padding: 0.3em 0; border-bottom: 1px solid var(--atlas-line); }
      li.component .name { grid-column: 1 / -1; font-weight: 600; }
      .field { display: flex; flex-direction: column; gap: 0.1em; }
      input[type='number'] { width: 4.5em; }
      button.remove { border: 1px solid var(--atlas-line); background: #fff; border-radius: 4px; cursor: pointer; }
      table { border-collapse: collapse; font-size: 0.85em; font-variant-numeric: tabular-nums; width: 100%; }
      th, td { padding: 0.15em 0.35em; border-bottom: 1px solid var(--atlas-line); text-align: right; }
      th[scope='row'], thead th:first-child { text-align: left; font-weight: normal; }
      .recipe { font-size: 0.85em; }
      p { margin: 0.3em 0; }
      h3 { font-size: 0.95em; margin: 0.6em 0 0.2em; }
    `,
  ];

  override render() {
    const r = this.recipe;
    const label = (id: string) => this.choices.find((i) => i.id === id)?.label ?? id;
    const free = this.choices.filter((i) => !r.components.some((c) => c.indicator === i.id) && i.display !== 'circles');
    return html`
      <section aria-labelledby="index-title">
        <h2 id="index-title">${t.indexTitle}</h2>
        <p class="muted">${t.indexIntro}</p>
        <fieldset>
          <legend>${t.standardisation}</legend>
          ${(['z', 'rank'] as Standardisation[]).map(
            (s) => html`<label><input type="radio" name="standardisation" value=${s} .checked=${r.standardisation === s} @change=${() => this.#set({ ...r, standardisation: s })} /> ${t.standardWords[s]}</label><br />`,
          )}
        </fieldset>
        <ol aria-label=${t.component}>
          ${r.components.map((c, i) => this.#component(c, i, label(c.indicator)))}
        </ol>
        ${r.components.length < MAX_COMPONENTS
          ? html`<p><label>${t.add}
              <select name="add" @change=${this.#add}>
                <option value="">${t.addNone}</option>
                ${topics(free).map(([topic, list]) => html`<optgroup label=${topic}>${list.map((i) => html`<option value=${i.id}>${i.label}</option>`)}</optgroup>`)}
              </select></label></p>`
          : nothing}
        ${this.key ? this.#result(this.key) : html`<p class="muted">${t.indexEmpty}</p>`}
      </section>
    `;
  }

  #component(c: IndexComponent, i: number, label: string) {
    const r = this.recipe;
    const change = (patch: Partial<IndexComponent>) => this.#set({ ...r, components: r.components.map((k, j) => (j === i ? { ...k, ...patch } : k)) });
    return html`<li class="component" data-indicator=${c.indicator}>
      <span class="name" id="c-${i}">${label}</span>
      <label class="field">${t.direction}
        <select name="direction" aria-describedby="c-${i}" @change=${(e: Event) => change({ direction: (e.target as HTMLSelectElement).value as NeedDirection })}>
          ${(['higher', 'lower'] as NeedDirection[]).map((d) => html`<option value=${d} ?selected=${c.direction === d}>${t.directionWords[d]}</option>`)}
        </select>
      </label>
      <label class="field">${t.weight}
        <input type="number" name="weight" min="0.5" max=${MAX_WEIGHT} step="0.5" .value=${String(c.weight)} aria-describedby="c-${i}"
          @change=${(e: Event) => {
            const w = Number((e.target as HTMLInputElement).value);
            if (Number.isFinite(w) && w > 0 && w <= MAX_WEIGHT) change({ weight: w });
          }} />
      </label>
      <button type="button" class="remove" aria-label=${t.remove(label)} @click=${() => this.#set({ ...r, components: r.components.filter((_, j) => j !== i) })}>×</button>
    </li>`;
  }

  #result(key: IndexKey) {
    const moved = this.shifts.filter((s) => s.shift !== 0).slice(0, 10);
    return html`
      <p class="recipe" data-testid="index-recipe"><strong>${t.recipe}:</strong> ${key.text}</p>
      ${key.excluded.length
        ? html`<p data-testid="index-excluded">${t.excluded(key.excluded.length)} ${key.excluded.map((e) => t.excludedRow(e.name, e.missing.join(', '))).join('; ')}</p>`
        : nothing}
      ${this.recipe.components.length > 1
        ? html`<h3>${t.sensitivity}</h3>
            ${moved.length
              ? html`<table data-testid="index-sensitivity">
                  <thead><tr><th scope="col">${t.sensitivityHead.area}</th><th scope="col">${t.sensitivityHead.rank}</th><th scope="col">${t.sensitivityHead.equal}</th><th scope="col">${t.sensitivityHead.shift}</th></tr></thead>
                  <tbody>${moved.map((s) => html`<tr><th scope="row">${this.names.get(s.id) ?? s.id}</th><td>${s.rank}</td><td>${s.equalRank}</td><td>${s.shift > 0 ? '+' : '−'}${Math.abs(s.shift)}</td></tr>`)}</tbody>
                </table>`
              : html`<p class="muted">${t.sensitivityNone}</p>`}`
        : nothing}
    `;
  }

  #add = (e: Event) => {
    const select = e.target as HTMLSelectElement;
    const id = select.value;
    if (!id) return;
    const ind = this.choices.find((i) => i.id === id);
    // The catalogue's direction is the first guess; "neutral" indicators start as "higher".
    const direction: NeedDirection = ind?.direction === 'higher-is-better' ? 'lower' : 'higher';
    this.#set({ ...this.recipe, components: [...this.recipe.components, { indicator: id, direction, weight: 1 }] });
    select.value = '';
  };

  #set(recipe: IndexRecipe) {
    emit(this, 'state-change', { index: recipe, analysis: 'index' });
  }
}
customElements.define('atlas-index-editor', AtlasIndexEditor);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-index-editor': AtlasIndexEditor;
  }
}
