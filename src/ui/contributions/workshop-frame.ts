import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Workshop } from '../../domain/contribution';
import { defaultLocale } from '../../messages/default-locale';
import { contributionTexts as t } from '../../messages/contributions';
import { theme } from '../theme';
import { emit } from './emit';
import { paneControls } from './pane-styles';

/** "2026-12-07" as the reader writes a date; the ISO text itself where it is none. */
function dateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return y && m && d ? defaultLocale.date(new Date(y, m - 1, d), 'long') : iso;
}

/**
 * The workshop the contributions belong to: its title, guiding question and date (edited in
 * place), the other workshops to switch to and a new one. Events: `workshop-choose` (an id),
 * `workshop-save` ({ id: string | null, frame }; null: a new workshop).
 */
export class WorkshopFrame extends LitElement {
  @property({ attribute: false }) workshops: readonly Workshop[] = [];
  @property({ attribute: false }) current: Workshop | null = null;
  /** the frame being edited: the current one, or a new one (id null) */
  @state() _editing: { id: string | null } | null = null;

  static override styles = [
    theme,
    paneControls,
    css`
      :host { display: block; }
      .frame { display: grid; gap: 0.3em; }
      .title { margin: 0; font-size: 1.05em; }
      .question { margin: 0; font-style: italic; }
      .date { margin: 0; font-size: 0.9em; color: var(--atlas-muted); }
      .row { display: flex; flex-wrap: wrap; gap: 0.4em; align-items: end; }
      .row label { flex: 1 1 10em; }
      form { display: grid; gap: 0.5em; padding: 0.6em; border: 1px solid var(--atlas-line); border-radius: 6px; background: #f8fafc; }
      label { display: grid; gap: 0.2em; font-weight: 600; }
    `,
  ];

  override render() {
    const w = this.current;
    if (!w) return nothing;
    if (this._editing) return this.#form(this._editing.id ? w : null);
    return html`<div class="frame" data-testid="workshop">
      <p class="title">${w.title}</p>
      <p class="question">${w.question || t.noQuestion}</p>
      ${w.date ? html`<p class="date">${dateText(w.date)}</p>` : nothing}
      <div class="row">
        ${this.workshops.length > 1
          ? html`<label
              >${t.workshopChoose}
              <select name="workshop" @change=${(e: Event) => emit(this, 'workshop-choose', (e.target as HTMLSelectElement).value)}>
                ${this.workshops.map((o) => html`<option value=${o.id} ?selected=${o.id === w.id}>${o.title}</option>`)}
              </select>
            </label>`
          : nothing}
        <button type="button" name="workshop-edit" @click=${() => this.#edit({ id: w.id })}>${t.workshopEdit}</button>
        <button type="button" name="workshop-new" @click=${() => this.#edit({ id: null })}>${t.workshopNew}</button>
      </div>
    </div>`;
  }

  #form(w: Workshop | null) {
    const title = w?.title ?? t.workshopDefaultTitle(this.workshops.length + 1);
    return html`<form @submit=${this.#save} aria-label=${w ? t.workshopEdit : t.workshopNew}>
      <label>${t.title} <input name="title" required .value=${title} /></label>
      <label>${t.question} <textarea name="question" rows="2" .value=${w?.question ?? ''}></textarea></label>
      <label>${t.date} <input name="date" type="date" .value=${w?.date ?? new Date().toISOString().slice(0, 10)} /></label>
      <div class="row">
        <button type="submit" class="primary">${t.save}</button>
        <button type="button" @click=${this.#cancel}>${t.cancel}</button>
      </div>
    </form>`;
  }

  /** the keyboard follows an edit begun or ended (not the first render: opening the pane keeps it where it is) */
  #refocus = false;
  override updated(): void {
    if (!this.#refocus) return;
    this.#refocus = false;
    this.renderRoot.querySelector<HTMLElement>(this._editing ? 'input[name=title]' : 'button[name=workshop-edit]')?.focus();
  }

  #save = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
    const frame = { title: value('title') || t.workshopDefaultTitle(this.workshops.length + 1), question: value('question'), date: value('date') };
    emit(this, 'workshop-save', { id: this._editing?.id ?? null, frame });
    this.#edit(null);
  };

  #cancel = () => this.#edit(null);

  #edit(editing: { id: string | null } | null): void {
    this._editing = editing;
    this.#refocus = true;
  }

}
customElements.define('workshop-frame', WorkshopFrame);

declare global {
  interface HTMLElementTagNameMap {
    'workshop-frame': WorkshopFrame;
  }
}
