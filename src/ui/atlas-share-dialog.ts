import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { DEFAULT_CHOICES, embedSource, shareTexts, type ShareChoices, type ShareContext, type ShareTexts } from '../state/share';
import type { AtlasState } from '../state/atlas-state';
import { appTexts } from '../messages/app';
import { shareDialogTexts } from '../messages/share';
import { LANGUAGES, language, type Language } from '../messages/language';
import { theme } from './theme';
import { cssProps } from './css-props';

type Part = keyof ShareTexts;

/** What the preview shows for a responsive width: a common content column. */
const COLUMN_PX = 600;
/** the preview's largest height in the dialog, CSS px */
const PREVIEW_MAX_H = 480;
const WIDTH = { min: 240, max: 1920 };
const HEIGHT = { min: 240, max: 1600 };
const clamp = (n: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, Math.round(n)));

/**
 * "Link / Einbetten": the view as a link, an iframe and web-component code, built from what the web
 * editor chooses (width, height, controls, the view to start with), with a live preview of the
 * embed at that size, drawn by the atlas' own embed page (nothing from elsewhere).
 */
export class AtlasShareDialog extends LitElement {
  @property({ attribute: false }) state: AtlasState | null = null;
  /** the view's link as written (AtlasModel.hash) */
  @property({ attribute: false }) hash: string = '';
  @property({ attribute: false }) context: ShareContext | null = null;
  @state() _choices: ShareChoices = { ...DEFAULT_CHOICES, language: language() };
  @state() _status: string = '';
  /** drawn only while open: a closed dialog's preview would load an embed on every change of view */
  @state() _open: boolean = false;
  /** the preview area's width in CSS px */
  @state() _box: number = COLUMN_PX;
  #observer: ResizeObserver | null = null;

  static override styles = [
    theme,
    css`
      dialog { border: 1px solid var(--atlas-line); border-radius: 8px; padding: 1em 1.2em; width: min(44em, 94vw); box-sizing: border-box; color: var(--atlas-ink); }
      dialog::backdrop { background: rgba(0, 0, 0, 0.35); }
      /* min-width 0: a fieldset is as wide as its widest content otherwise, past a phone's dialog. */
      fieldset { border: 1px solid var(--atlas-line); border-radius: 6px; margin: 0 0 0.8em; padding: 0.4em 0.8em 0.6em; display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.35em; min-width: 0; }
      .row > * { min-width: 0; max-width: 100%; }
      legend { font-weight: 600; padding: 0 0.3em; }
      .row { display: flex; flex-wrap: wrap; gap: 0.3em 1em; align-items: center; }
      input[type='number'] { width: 6em; font: inherit; padding: 0.15em 0.3em; }
      select { font: inherit; max-width: 100%; }
      .part { display: grid; gap: 0.3em; margin: 0 0 0.9em; }
      label.title { font-size: 0.9em; font-weight: 600; }
      textarea { font: 0.85em/1.35 ui-monospace, 'DejaVu Sans Mono', monospace; padding: 0.4em; border: 1px solid #7b8794; border-radius: 4px; color: var(--atlas-ink); resize: vertical; width: 100%; box-sizing: border-box; }
      button { font: inherit; padding: 0.3em 0.8em; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; justify-self: start; }
      .actions { display: flex; justify-content: flex-end; }
      p { margin: 0 0 0.8em; }
      .hint { font-size: 0.85em; color: var(--atlas-muted); margin: 0; }
      /* The preview: the embed at its chosen size, scaled down to the dialog's width. */
      .preview { width: 100%; overflow: hidden; border: 1px dashed var(--atlas-line); border-radius: 4px; height: var(--preview-h); }
      .preview iframe { border: 0; width: var(--frame-w); height: var(--frame-h); transform: scale(var(--k)); transform-origin: 0 0; display: block; }
    `,
  ];

  open(): void {
    this._status = '';
    this._open = true;
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  override updated(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.preview');
    if (!box || this.#observer) return;
    this.#observer = new ResizeObserver(() => (this._box = box.clientWidth || COLUMN_PX));
    this.#observer.observe(box);
  }

  override render() {
    const { context } = this;
    const choices = this._choices;
    const shown = this._open && this.state && context ? { state: this.state, context } : null;
    const texts = shown ? shareTexts(shown.state, shown.context, this.hash, choices) : null;
    const width = choices.width ?? COLUMN_PX;
    const height = choices.height ?? (Number.parseInt(context?.height ?? '', 10) || 640);
    // Scaled to the dialog's width and to a height that leaves the snippets in reach.
    const k = Math.min(1, this._box / width, PREVIEW_MAX_H / height);
    return html`<dialog aria-labelledby="share-title" @close=${() => (this._open = false)}>
      <h2 id="share-title">${appTexts.shareTitle}</h2>
      <p>${appTexts.shareIntro}</p>
      ${this.#form(choices, height)}
      ${shown
        ? html`<h3 id="preview-title">${shareDialogTexts.preview}</h3>
            <p class="hint" data-testid="preview-note">${shareDialogTexts.previewNote(width, height, Math.round(k * 100))}</p>
            <div class="preview" ${cssProps({ '--preview-h': `${Math.ceil(height * k)}px`, '--frame-w': `${width}px`, '--frame-h': `${height}px`, '--k': String(k) })}>
              ${keyed(
                // A new size is a new embed: it lays itself out once, as a page would load it at that size.
                `${width}×${height}`,
                html`<iframe name="preview" title=${shareDialogTexts.previewTitle} src=${embedSource(shown.state, shown.context, choices)} tabindex="-1"></iframe>`,
              )}
            </div>`
        : nothing}
      ${texts
        ? html`${this.#part('link', appTexts.shareLink, appTexts.copyLink, texts.link, 2)} ${this.#part('iframe', appTexts.shareIframe, appTexts.copyCode, texts.iframe, 4)}
          ${this.#part('component', appTexts.shareComponent, appTexts.copyCode, texts.component, 4)}
          <p class="hint">${shareDialogTexts.componentWidth}</p>`
        : nothing}
      <p role="status" data-testid="share-status">${this._status}</p>
      <div class="actions"><button type="button" @click=${() => this.close()}>${appTexts.close}</button></div>
    </dialog>`;
  }

  #form(choices: ShareChoices, height: number) {
    const set = (patch: Partial<ShareChoices>) => (this._choices = { ...this._choices, ...patch });
    const number = (e: Event, range: { min: number; max: number }) => {
      const value = (e.target as HTMLInputElement).valueAsNumber;
      return Number.isFinite(value) ? clamp(value, range) : null;
    };
    return html`<fieldset>
      <legend>${shareDialogTexts.choices}</legend>
      <div class="row" role="radiogroup" aria-label=${shareDialogTexts.width}>
        <span>${shareDialogTexts.width}:</span>
        <label><input type="radio" name="width-kind" value="responsive" .checked=${choices.width === null} @change=${() => set({ width: null })} /> ${shareDialogTexts.widthResponsive}</label>
        <label><input type="radio" name="width-kind" value="fixed" .checked=${choices.width !== null} @change=${() => set({ width: choices.width ?? COLUMN_PX })} /> ${shareDialogTexts.widthFixed}</label>
        ${choices.width !== null
          ? html`<label>${shareDialogTexts.widthPx} <input type="number" name="width" min=${WIDTH.min} max=${WIDTH.max} step="10" .value=${String(choices.width)}
                @change=${(e: Event) => set({ width: number(e, WIDTH) ?? choices.width })} aria-describedby="width-range" /></label>
              <span class="hint" id="width-range">${shareDialogTexts.sizeRange(WIDTH.min, WIDTH.max)}</span>`
          : nothing}
      </div>
      <div class="row">
        <label>${shareDialogTexts.height} <input type="number" name="height" min=${HEIGHT.min} max=${HEIGHT.max} step="10" .value=${String(height)}
          @change=${(e: Event) => set({ height: number(e, HEIGHT) ?? choices.height })} aria-describedby="height-range" /></label>
        <span class="hint" id="height-range">${shareDialogTexts.sizeRange(HEIGHT.min, HEIGHT.max)}</span>
      </div>
      <div class="row">
        <label>${shareDialogTexts.controls}
          <select name="controls" @change=${(e: Event) => set({ controls: ((e.target as HTMLSelectElement).value || null) as ShareChoices['controls'] })}>
            <option value="" ?selected=${choices.controls === null}>${shareDialogTexts.controlsDefault}</option>
            ${(['full', 'minimal', 'none'] as const).map((c) => html`<option value=${c} ?selected=${choices.controls === c}>${shareDialogTexts.controlsOption[c]}</option>`)}
          </select>
        </label>
        <label>${shareDialogTexts.start}
          <select name="start" @change=${(e: Event) => set({ start: (e.target as HTMLSelectElement).value as ShareChoices['start'] })}>
            ${(['view', 'overview'] as const).map((s) => html`<option value=${s} ?selected=${choices.start === s}>${shareDialogTexts.startOption[s]}</option>`)}
          </select>
        </label>
        <label>${shareDialogTexts.language}
          <select name="lang" @change=${(e: Event) => set({ language: (e.target as HTMLSelectElement).value as Language })}>
            ${LANGUAGES.map((l) => html`<option value=${l} lang=${l} ?selected=${choices.language === l}>${shareDialogTexts.languageOption[l]}</option>`)}
          </select>
        </label>
      </div>
    </fieldset>`;
  }

  #part(part: Part, label: string, copy: string, text: string, rows: number) {
    return html`<div class="part">
      <label class="title" for="share-${part}">${label}</label>
      <textarea id="share-${part}" name=${part} rows=${rows} readonly .value=${text}></textarea>
      <button type="button" name="copy-${part}" @click=${() => this.#copy(part)}>${copy}</button>
    </div>`;
  }

  async #copy(part: Part): Promise<void> {
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`#share-${part}`);
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      this._status = appTexts.copied;
    } catch {
      // No clipboard permission (e.g. in an iframe): leave the text selected for Ctrl+C.
      field.focus();
      field.select();
      this._status = appTexts.copyManually;
    }
  }
}
customElements.define('atlas-share-dialog', AtlasShareDialog);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-share-dialog': AtlasShareDialog;
  }
}
