import { LitElement, html, css } from 'lit';
import type { Paper, Orientation } from '../print/sheet';
import type { ExportFormat, ExportRequest } from '../print/export';
import { de } from './messages';
import { theme } from './theme';

/** Paper, orientation, texts and format for an export; emits `print-request` with them. */
export class AtlasPrintDialog extends LitElement {
  static override properties = {
    defaultTitle: { attribute: false },
    defaultSubtitle: { attribute: false },
    busy: { attribute: false },
    error: { attribute: false },
  };
  declare defaultTitle: string;
  declare defaultSubtitle: string;
  declare busy: boolean;
  declare error: string;

  constructor() {
    super();
    this.defaultTitle = '';
    this.defaultSubtitle = '';
    this.busy = false;
    this.error = '';
  }

  static override styles = [
    theme,
    css`
      dialog { border: 1px solid var(--atlas-line); border-radius: 8px; padding: 1em 1.2em; max-width: min(30em, 92vw); }
      dialog::backdrop { background: rgba(0, 0, 0, 0.35); }
      form { display: grid; gap: 0.7em; }
      label { display: grid; gap: 0.15em; font-size: 0.85em; color: var(--atlas-muted); }
      input, select, textarea { font: inherit; padding: 0.3em; border: 1px solid #7b8794; border-radius: 4px; color: var(--atlas-ink); }
      .row { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 0.5em; }
      .actions { display: flex; gap: 0.5em; justify-content: flex-end; }
      button { font: inherit; padding: 0.35em 0.9em; border-radius: 4px; border: 1px solid #7b8794; background: #fff; cursor: pointer; }
      button[type='submit'] { background: var(--atlas-accent); border-color: var(--atlas-accent); color: #fff; }
      .error { color: #9b1c1c; }
    `,
  ];

  open(): void {
    this.error = '';
    const dialog = this.renderRoot.querySelector('dialog');
    const form = this.renderRoot.querySelector('form');
    form?.reset();
    dialog?.showModal();
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override render() {
    return html`<dialog aria-labelledby="print-title">
      <form @submit=${this.#submit}>
        <h2 id="print-title">${de.printTitle}</h2>
        <div class="row">
          <label>${de.paper}
            <select name="paper"><option value="A4" selected>A4</option><option value="A3">A3</option></select>
          </label>
          <label>${de.orientation}
            <select name="orientation">
              <option value="landscape" selected>${de.landscape}</option>
              <option value="portrait">${de.portrait}</option>
            </select>
          </label>
          <label>${de.format}
            <select name="format">
              <option value="pdf" selected>PDF</option>
              <option value="png">PNG (300 dpi)</option>
            </select>
          </label>
        </div>
        <label>${de.sheetTitle}<input name="title" .defaultValue=${this.defaultTitle} required /></label>
        <label>${de.sheetSubtitle}<input name="subtitle" .defaultValue=${this.defaultSubtitle} /></label>
        <label>${de.sheetNote}<textarea name="note" rows="2"></textarea></label>
        <p class="error" role="alert">${this.error}</p>
        <div class="actions">
          <button type="button" @click=${() => this.close()}>${de.cancel}</button>
          <button type="submit" ?disabled=${this.busy}>${this.busy ? de.exporting : de.export}</button>
        </div>
      </form>
    </dialog>`;
  }

  #submit(e: SubmitEvent) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const request: ExportRequest = {
      paper: text('paper') as Paper,
      orientation: text('orientation') as Orientation,
      format: text('format') as ExportFormat,
      title: text('title') || this.defaultTitle,
      subtitle: text('subtitle'),
      note: text('note'),
    };
    this.dispatchEvent(new CustomEvent('print-request', { detail: request }));
  }
}
customElements.define('atlas-print-dialog', AtlasPrintDialog);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-print-dialog': AtlasPrintDialog;
  }
}
