import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ShareTexts } from '../state/share';
import { de } from '../messages/de/app';
import { theme } from './theme';

type Part = keyof ShareTexts;

/** "Link kopieren" and "Einbetten": the current view as link, iframe and web-component code. */
export class AtlasShareDialog extends LitElement {
  @property({ attribute: false }) texts: ShareTexts | null = null;
  @state() _status: string = '';

  static override styles = [
    theme,
    css`
      dialog { border: 1px solid var(--atlas-line); border-radius: 8px; padding: 1em 1.2em; width: min(40em, 92vw); box-sizing: border-box; color: var(--atlas-ink); }
      dialog::backdrop { background: rgba(0, 0, 0, 0.35); }
      .part { display: grid; gap: 0.3em; margin: 0 0 0.9em; }
      label { font-size: 0.9em; font-weight: 600; }
      textarea { font: 0.85em/1.35 ui-monospace, 'DejaVu Sans Mono', monospace; padding: 0.4em; border: 1px solid #7b8794; border-radius: 4px; color: var(--atlas-ink); resize: vertical; width: 100%; box-sizing: border-box; }
      button { font: inherit; padding: 0.3em 0.8em; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; justify-self: start; }
      .actions { display: flex; justify-content: flex-end; }
      p { margin: 0 0 0.8em; }
    `,
  ];

  open(): void {
    this._status = '';
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override render() {
    const texts = this.texts;
    return html`<dialog aria-labelledby="share-title">
      <h2 id="share-title">${de.shareTitle}</h2>
      <p>${de.shareIntro}</p>
      ${texts
        ? html`${this.#part('link', de.shareLink, de.copyLink, texts.link, 2)} ${this.#part('iframe', de.shareIframe, de.copyCode, texts.iframe, 4)}
          ${this.#part('component', de.shareComponent, de.copyCode, texts.component, 4)}`
        : nothing}
      <p role="status" data-testid="share-status">${this._status}</p>
      <div class="actions"><button type="button" @click=${() => this.close()}>${de.close}</button></div>
    </dialog>`;
  }

  #part(part: Part, label: string, copy: string, text: string, rows: number) {
    return html`<div class="part">
      <label for="share-${part}">${label}</label>
      <textarea id="share-${part}" name=${part} rows=${rows} readonly .value=${text}></textarea>
      <button type="button" name="copy-${part}" @click=${() => this.#copy(part)}>${copy}</button>
    </div>`;
  }

  async #copy(part: Part): Promise<void> {
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`#share-${part}`);
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      this._status = de.copied;
    } catch {
      // No clipboard permission (e.g. in an iframe): leave the text selected for Ctrl+C.
      field.focus();
      field.select();
      this._status = de.copyManually;
    }
  }
}
customElements.define('atlas-share-dialog', AtlasShareDialog);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-share-dialog': AtlasShareDialog;
  }
}
