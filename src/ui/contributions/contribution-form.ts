import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CONTRIBUTION_CATEGORIES, CONTRIBUTION_TEXT_MAX, ORGANISATION_MAX, type Contribution, type ContributionCategory, type ContributionDraft } from '../../domain/contribution';
import { textLength } from '../../domain/contribution-text';
import { POINT_CATEGORY_NAME } from '../../messages/points';
import { contributionTexts as t } from '../../messages/contributions';
import { theme } from '../theme';
import { emit } from './emit';
import { paneControls } from './pane-styles';

type LngLat = [number, number];

/**
 * Adding or editing one contribution: category, text (with its count), organisation, and the
 * place: the area chosen on the map or through the search (followed while the form is open), or a
 * point set on the map (the crosshair: `point-pick`). Events: `contribution-submit` (a draft),
 * `contribution-cancel`, `point-pick`.
 */
export class ContributionForm extends LitElement {
  /** the contribution edited; null: a new one */
  @property({ attribute: false }) editing: Contribution | null = null;
  @property({ attribute: false }) number: number | null = null;
  /** the area chosen in the atlas (state.area) and its name */
  @property({ attribute: false }) area: { id: string; name: string } | null = null;
  /** an area's name by its key */
  @property({ attribute: false }) names: (id: string) => string = (id) => id;
  /** the point last set on the map (seq tells a new one) */
  @property({ attribute: false }) picked: { at: LngLat; seq: number } | null = null;
  @state() _category: ContributionCategory = 'bedarf';
  @state() _text = '';
  @state() _organisation = '';
  @state() _kind: 'area' | 'point' = 'area';
  @state() _areaKey: { id: string; name: string } | null = null;
  @state() _point: LngLat | null = null;
  @state() _error = '';
  #pickedSeq = 0;

  static override styles = [
    theme,
    paneControls,
    css`
      form { display: grid; gap: 0.6em; padding: 0.6em; border: 1px solid var(--atlas-line); border-radius: 6px; background: #f8fafc; }
      h3 { margin: 0; font-size: 1em; }
      fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.2em 0.8em; }
      legend { font-weight: 600; padding: 0; margin-bottom: 0.2em; }
      label.field { display: grid; gap: 0.2em; font-weight: 600; }
      textarea { min-height: 5em; resize: vertical; }
      .count { font-size: 0.85em; color: var(--atlas-muted); font-weight: 400; }
      .where { margin: 0.2em 0 0; font-size: 0.9em; }
      .error { color: #9b1c1c; font-weight: 600; margin: 0; }
      .buttons { display: flex; flex-wrap: wrap; gap: 0.4em; }
    `,
  ];

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('editing')) this.#reset();
    if (changed.has('picked') && this.picked && this.picked.seq !== this.#pickedSeq) {
      this.#pickedSeq = this.picked.seq;
      this._kind = 'point';
      this._point = this.picked.at;
    }
    // The area chosen on the map or through the search is the new contribution's (or the edited one's, once moved).
    if (changed.has('area') && this.area && changed.get('area') !== undefined) this._areaKey = this.area;
  }

  #reset(): void {
    const c = this.editing;
    this.#pickedSeq = this.picked?.seq ?? 0;
    this._category = c?.category ?? 'bedarf';
    this._text = c?.text ?? '';
    this._organisation = c?.organisation ?? '';
    this._kind = c?.place.kind ?? 'area';
    this._areaKey = c?.place.kind === 'area' ? { id: c.place.key, name: this.names(c.place.key) } : this.area;
    this._point = c?.place.kind === 'point' ? c.place.lngLat : null;
    this._error = '';
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('input[name=category]:checked')?.focus();
  }

  override render() {
    const length = textLength(this._text);
    return html`<form @submit=${this.#submit} aria-labelledby="form-title" novalidate>
      <h3 id="form-title">${this.editing && this.number !== null ? t.editHeading(this.number) : t.add}</h3>
      <fieldset>
        <legend>${t.category}</legend>
        ${CONTRIBUTION_CATEGORIES.map(
          (c) => html`<label><input type="radio" name="category" value=${c} .checked=${this._category === c} @change=${() => (this._category = c)} /> ${POINT_CATEGORY_NAME[c]}</label>`,
        )}
      </fieldset>
      <label class="field"
        >${t.text}
        <textarea name="text" maxlength=${CONTRIBUTION_TEXT_MAX} aria-describedby="text-count" .value=${this._text} @input=${(e: Event) => (this._text = (e.target as HTMLTextAreaElement).value)}></textarea>
        <span class="count" id="text-count">${t.textCount(length, CONTRIBUTION_TEXT_MAX)}</span>
      </label>
      <label class="field"
        >${t.organisation}
        <input name="organisation" maxlength=${ORGANISATION_MAX} .value=${this._organisation} @input=${(e: Event) => (this._organisation = (e.target as HTMLInputElement).value)} />
      </label>
      <fieldset>
        <legend>${t.place}</legend>
        <label><input type="radio" name="place" value="area" .checked=${this._kind === 'area'} @change=${() => (this._kind = 'area')} /> ${t.placeArea}</label>
        <label><input type="radio" name="place" value="point" .checked=${this._kind === 'point'} @change=${() => (this._kind = 'point')} /> ${t.placePoint}</label>
      </fieldset>
      ${this._kind === 'area'
        ? html`<p class="where" data-testid="form-area">${this._areaKey ? t.areaChosen(this._areaKey.name) : t.areaNone}</p>`
        : html`<p class="where" data-testid="form-point">${this._point ? t.pointSet : t.pointNone}</p>
            <div><button type="button" name="pick" @click=${this.#pick}>${this._point ? t.pointPickAgain : t.pointPick}</button></div>`}
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      <div class="buttons">
        <button type="submit" class="primary">${this.editing ? t.submitEdit : t.submitNew}</button>
        <button type="button" name="cancel" @click=${() => emit(this, 'contribution-cancel', null)}>${t.cancel}</button>
      </div>
    </form>`;
  }

  /** What the store refused (data/contribution-check), shown where the form's own checks show. */
  showError(message: string): void {
    this._error = message;
  }

  /** Gives the keyboard back to the form after the crosshair. */
  focusPick(): void {
    this.renderRoot.querySelector<HTMLElement>('button[name=pick], button[type=submit]')?.focus();
  }

  #pick = () => emit(this, 'point-pick', null);

  #submit = (e: Event) => {
    e.preventDefault();
    const text = this._text.trim();
    const place = this._kind === 'area' ? (this._areaKey ? { kind: 'area' as const, key: this._areaKey.id } : null) : this._point ? { kind: 'point' as const, lngLat: this._point } : null;
    this._error = !text ? t.textMissing : !place ? (this._kind === 'area' ? t.areaMissing : t.pointMissing) : '';
    if (this._error || !place) return;
    const draft: ContributionDraft = { category: this._category, text, organisation: this._organisation.trim() || null, place };
    emit(this, 'contribution-submit', draft);
  };

}
customElements.define('contribution-form', ContributionForm);

declare global {
  interface HTMLElementTagNameMap {
    'contribution-form': ContributionForm;
  }
}
