import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CONTRIBUTION_CATEGORIES, type Contribution, type ContributionCategory, type ContributionDraft, type Workshop } from '../../domain/contribution';
import type { Area } from '../../domain/types';
import type { ContributionStore } from '../../data/contribution-store';
import type { AtlasState } from '../../state/atlas-state';
import { CONTRIBUTION_SORTS, listContributions, type ContributionSort, type Listed } from '../../state/contribution-list';
import { defaultLocale } from '../../messages/default-locale';
import { contributionTexts as t } from '../../messages/contributions';
import { POINT_CATEGORY_NAME } from '../../messages/points';
import { CONTRIBUTION_STYLE, symbolOf } from '../../symbology/points';
import { markSvg } from '../point-legend';
import { theme } from '../theme';
import { emit } from './emit';
import { paneControls } from './pane-styles';
import type { LoadedFile } from './contribution-files';
import type { PaneRequest } from './contribution-session';
import type { LivePanelState } from './live-panel';
import './contribution-form';
import './workshop-frame';
import './contribution-exchange';

type LngLat = [number, number];

/**
 * The pane "Beiträge": the workshop's frame, "Beitrag hinzufügen" with its form, the list (sorted,
 * filtered; each with its pin's mark and number, its place, "+1", edit and delete with undo) and
 * the file exchange. It changes the store itself (the store is this part's model); what the atlas
 * shows leaves as events: `state-change` (the chosen contribution, closing), `contribution-say`
 * (for the status region), `point-pick`, `contribution-files`.
 */
export class AtlasContributions extends LitElement {
  @property({ attribute: false }) store: ContributionStore | null = null;
  /** changes with every change of the store, so that the pane draws again */
  @property({ attribute: false }) version = 0;
  @property({ attribute: false }) listed: readonly Listed[] = [];
  @property({ attribute: false }) areas: readonly Area[] = [];
  /** the areas the map shows (the filter "Nur Gebiete der gezeigten Ebene") */
  @property({ attribute: false }) shown: readonly string[] = [];
  @property({ attribute: false }) selected: string | null = null;
  /** the area chosen in the atlas: a new contribution's place */
  @property({ attribute: false }) area: string | null = null;
  @property({ attribute: false }) request: PaneRequest | null = null;
  @property({ attribute: false }) picked: { at: LngLat; seq: number } | null = null;
  @property({ attribute: false }) picking = false;
  @property({ attribute: false }) loaded: LoadedFile | null = null;
  @property({ type: Boolean, reflect: true }) presenting = false;
  /** the live session (issue 28): its panel (defined once a workshop server is configured); null: none */
  @property({ attribute: false }) live: LivePanelState | null = null;
  /** whether this device may edit and delete a contribution (a participant: only their own) */
  @property({ attribute: false }) own: (id: string) => boolean = () => true;
  @state() _form: { editing: Contribution | null } | null = null;
  @state() _sort: ContributionSort = 'votes';
  @state() _categories: ReadonlySet<ContributionCategory> = new Set();
  @state() _shownOnly = false;
  @state() _areaOnly: string | null = null;
  @state() _removed: { contribution: Contribution; number: number } | null = null;
  #requestSeq = 0;

  static override styles = [
    theme,
    paneControls,
    css`
      :host { display: block; padding: 0.8em 1em; }
      :host([presenting]) .list { font-size: 1.1em; }
      header { display: flex; justify-content: space-between; align-items: center; gap: 0.5em; }
      h2 { margin: 0; font-size: 1.15em; }
      button.close { font-size: 1.2em; line-height: 1; padding: 0.1em 0.4em; border-color: var(--atlas-line); color: var(--atlas-ink); }
      section > * + * { margin-top: 0.8em; }
      .tools { display: grid; gap: 0.4em; font-size: 0.9em; }
      .tools fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2em 0.7em; }
      .tools legend { padding: 0; font-weight: 600; }
      .tools label { display: inline-flex; align-items: center; gap: 0.3em; }
      .tools .sort { display: grid; grid-template-columns: auto 1fr; gap: 0.5em; align-items: center; }
      .count { margin: 0; font-size: 0.9em; color: var(--atlas-muted); }
      ol.list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5em; }
      /* Items out of view are not laid out (a workshop's 500 cost every layout of the atlas 5–10 ms). */
      .item { border: 1px solid var(--atlas-line); border-radius: 6px; padding: 0.4em 0.5em; background: #fff; content-visibility: auto; contain-intrinsic-size: auto 6em; }
      .item.selected { border-color: var(--atlas-ink); box-shadow: 0 0 0 1px var(--atlas-ink); }
      button.pick { display: flex; align-items: start; gap: 0.5em; width: 100%; text-align: start; border: 0; padding: 0.1em; color: var(--atlas-ink); background: none; }
      button.pick svg.mark { flex: none; height: 1.6em; width: auto; }
      .text { white-space: pre-wrap; overflow-wrap: anywhere; }
      .meta { margin: 0.2em 0 0; font-size: 0.85em; color: var(--atlas-muted); }
      .actions { display: flex; flex-wrap: wrap; gap: 0.3em; margin-top: 0.3em; font-size: 0.9em; }
      .undo { display: flex; gap: 0.5em; align-items: center; padding: 0.4em 0.6em; background: #f1f5f9; border-radius: 6px; }
      .undo p { margin: 0; flex: 1; }
      .chip { display: inline-flex; gap: 0.4em; align-items: center; }
      .frame { margin-bottom: 0; font-weight: 600; }
    `,
  ];

  /** An indicator switch brings a new list of shown areas: the 500 items of a workshop draw again only where the list filters by them. */
  override shouldUpdate(changed: Map<PropertyKey, unknown>): boolean {
    return !(changed.size === 1 && changed.has('shown') && !this._shownOnly);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const r = this.request;
    if (changed.has('request') && r && r.seq !== this.#requestSeq) {
      this.#requestSeq = r.seq;
      if (r.add) this._form = { editing: null };
      else this._areaOnly = r.area;
    }
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    // The contribution chosen on the map (or by a link) is shown in the list and gets the keyboard.
    if (changed.has('selected') && this.selected && !this.matches(':focus-within')) {
      const button = this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(this.selected)}"] button.pick`);
      button?.scrollIntoView({ block: 'nearest' });
      button?.focus({ preventScroll: true });
    }
    if (changed.has('picked') && this.picked && changed.get('picked') !== undefined) this.renderRoot.querySelector('contribution-form')?.focusPick();
  }

  #names: { of: readonly Area[]; names: Map<string, string> } | null = null;
  /** an area's name (undefined: no area of this atlas), the map made once per area list */
  #knownName = (id: string): string | undefined => {
    if (this.#names?.of !== this.areas) this.#names = { of: this.areas, names: new Map(this.areas.map((a) => [a.id, a.name])) };
    return this.#names.names.get(id);
  };
  #name = (id: string): string => this.#knownName(id) ?? t.unknownArea(id);

  override render() {
    const store = this.store;
    if (!store) return nothing;
    const workshop = store.current();
    const shown = this._shownOnly ? new Set(this.shown) : null;
    const only = this._areaOnly ? new Set([this._areaOnly]) : shown;
    const list = listContributions(this.listed, this._sort, { categories: this._categories, areas: only }, this.#name, defaultLocale.compare);
    const number = (id: string) => this.listed.find((l) => l.contribution.id === id)?.number ?? null;
    // A participant of a live session adds, votes and edits their own; the frame and the files are the moderation's.
    const participant = Boolean(this.live?.session && !this.live.session.moderator);
    return html`<section aria-labelledby="contributions-title" @contribution-submit=${this.#submit} @contribution-cancel=${() => this.#closeForm()}
      @workshop-choose=${(e: CustomEvent<string>) => this.#workshop(store, e.detail)} @workshop-save=${(e: CustomEvent<{ id: string | null; frame: Omit<Workshop, 'id'> }>) => this.#saveWorkshop(store, e.detail)}>
      <header>
        <h2 id="contributions-title">${t.pane}</h2>
        <button type="button" class="close" aria-label=${t.close} @click=${() => emit(this, 'state-change', { contributions: false } satisfies Partial<AtlasState>)}>×</button>
      </header>
      ${this.live?.configured || this.live?.unserved ? html`<live-panel .live=${this.live}></live-panel>` : nothing}
      ${participant
        ? html`<p class="frame" data-testid="live-workshop">${workshop.title}${workshop.question ? html`<br /><span class="meta">${workshop.question}</span>` : nothing}</p>`
        : html`<workshop-frame .workshops=${store.workshops()} .current=${workshop}></workshop-frame>`}
      ${this._form
        ? html`<contribution-form
            .editing=${this._form.editing}
            .number=${this._form.editing ? number(this._form.editing.id) : null}
            .area=${this.area ? { id: this.area, name: this.#name(this.area) } : null}
            .names=${this.#name}
            .picked=${this.picked}
          ></contribution-form>`
        : html`<button type="button" class="primary" name="add" @click=${() => (this._form = { editing: null })}>${t.add}</button>`}
      ${this._removed
        ? html`<div class="undo" role="group" aria-label=${t.said.removed(this._removed.number)}>
            <p>${t.said.removed(this._removed.number)}</p>
            <button type="button" name="undo" @click=${() => this.#restore(store)}>${t.undo}</button>
          </div>`
        : nothing}
      ${this.#tools()}
      <p class="count" data-testid="contribution-count">${list.length || !this.listed.length ? t.listed(list.length, this.listed.length) : t.noneFiltered}</p>
      ${this.listed.length ? html`<ol class="list" aria-label=${t.pane}>${list.map((l) => this.#item(store, l))}</ol>` : html`<p>${t.none}</p>`}
      ${participant ? nothing : html`<contribution-exchange .store=${store} .version=${this.version} .loaded=${this.loaded} .areaName=${this.#knownName}></contribution-exchange>`}
    </section>`;
  }

  #tools() {
    return html`<div class="tools">
      <label class="sort"
        >${t.sort}
        <select name="sort" @change=${(e: Event) => (this._sort = (e.target as HTMLSelectElement).value as ContributionSort)}>
          ${CONTRIBUTION_SORTS.map((s) => html`<option value=${s} ?selected=${s === this._sort}>${t.sortName[s]}</option>`)}
        </select>
      </label>
      <fieldset>
        <legend>${t.filterCategories}</legend>
        ${CONTRIBUTION_CATEGORIES.map(
          (c) => html`<label><input type="checkbox" name="category" value=${c} .checked=${this._categories.has(c)} @change=${() => this.#toggleCategory(c)} />${POINT_CATEGORY_NAME[c]}</label>`,
        )}
      </fieldset>
      <label><input type="checkbox" name="shown-only" .checked=${this._shownOnly} @change=${() => (this._shownOnly = !this._shownOnly)} />${t.filterShown}</label>
      ${this._areaOnly
        ? html`<p class="chip" data-testid="area-filter">
            ${t.filterArea(this.#name(this._areaOnly))}
            <button type="button" name="area-filter-clear" @click=${() => (this._areaOnly = null)}>${t.filterAreaClear}</button>
          </p>`
        : nothing}
    </div>`;
  }

  #item(store: ContributionStore, l: Listed) {
    const c = l.contribution;
    const symbol = symbolOf(CONTRIBUTION_STYLE, c.category);
    const voted = store.hasVoted(c.id);
    const place = l.areas.length ? this.#name(l.areas[l.areas.length - 1]) : c.place.kind === 'area' ? t.unknownArea(c.place.key) : t.placePoint;
    const selected = this.selected === c.id;
    return html`<li class="item ${selected ? 'selected' : ''}" data-id=${c.id}>
      <button type="button" class="pick" aria-pressed=${String(selected)} @click=${() => emit(this, 'state-change', { contribution: selected ? null : c.id })}>
        ${markSvg(symbol, CONTRIBUTION_STYLE, String(l.number))}
        <span><span class="visually-hidden">${t.number(l.number)}, ${symbol.name}: </span><span class="text">${c.text}</span></span>
      </button>
      <p class="meta">${symbol.name} · ${place}${c.organisation ? html` · ${c.organisation}` : nothing} · <span data-testid="votes">${t.votes(c.votes)}</span></p>
      <div class="actions">
        <button type="button" name="vote" aria-pressed=${String(voted)} aria-label=${voted ? t.unvote : t.voteLabel(l.number)} @click=${() => this.#vote(store, l, voted)}>${voted ? t.unvote : t.vote}</button>
        ${this.own(c.id)
          ? html`<button type="button" name="edit" @click=${() => (this._form = { editing: c })}>${t.edit}</button>
              <button type="button" name="remove" @click=${() => this.#remove(store, l)}>${t.remove}</button>`
          : nothing}
      </div>
    </li>`;
  }

  #toggleCategory(c: ContributionCategory): void {
    const next = new Set(this._categories);
    if (!next.delete(c)) next.add(c);
    this._categories = next;
  }

  #submit = (e: CustomEvent<ContributionDraft>) => {
    const store = this.store;
    if (!store || !this._form) return;
    const editing = this._form.editing;
    try {
      if (editing) {
        store.update(editing.id, e.detail);
        this.#say(t.said.saved(this.listed.find((l) => l.contribution.id === editing.id)?.number ?? 0));
      } else {
        const added = store.add(e.detail);
        // Said, not chosen: choosing it would have the map say its text over this.
        this.#say(t.said.added(store.contributions().findIndex((c) => c.id === added.id) + 1));
      }
    } catch (error) {
      // The store's own checks (data/contribution-check) have the last word, in its words.
      this.renderRoot.querySelector('contribution-form')?.showError(error instanceof Error ? error.message : String(error));
      return;
    }
    this.#closeForm();
  };

  #closeForm(): void {
    this._form = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button[name=add]')?.focus());
  }

  #vote(store: ContributionStore, l: Listed, voted: boolean): void {
    if (voted) store.unvote(l.contribution.id);
    else store.vote(l.contribution.id);
    const votes = store.get(l.contribution.id)?.votes ?? 0;
    this.#say(voted ? t.said.unvoted(l.number, votes) : t.said.voted(l.number, votes));
  }

  #remove(store: ContributionStore, l: Listed): void {
    const contribution = store.get(l.contribution.id);
    if (!contribution) return;
    store.remove(contribution.id);
    this._removed = { contribution, number: l.number };
    if (this.selected === contribution.id) emit(this, 'state-change', { contribution: null });
    this.#say(t.said.removed(l.number));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button[name=undo]')?.focus());
  }

  #restore(store: ContributionStore): void {
    const removed = this._removed;
    if (!removed) return;
    store.merge([removed.contribution], []);
    this._removed = null;
    this.#say(t.said.restored(removed.number));
  }

  #workshop(store: ContributionStore, id: string): void {
    store.setCurrent(id);
    this._removed = null;
    this.#say(t.said.workshop(store.current().title));
  }

  #saveWorkshop(store: ContributionStore, { id, frame }: { id: string | null; frame: Omit<Workshop, 'id'> }): void {
    if (id) store.updateWorkshop(id, frame);
    else this.#workshop(store, store.addWorkshop(frame).id);
  }

  #say(text: string): void {
    emit(this, 'contribution-say', text);
  }

}
customElements.define('atlas-contributions', AtlasContributions);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-contributions': AtlasContributions;
  }
}
