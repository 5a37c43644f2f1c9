import { LitElement, html, css } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Paper, Orientation } from '../print/sheet';
import type { BlockKey, ExportFormat, ExportRequest } from '../print/export';
import { BLOCK_KEYS } from '../print/block-keys';
import type { AtlasModel } from '../state/atlas-model';
import { indicatorsAt } from '../state/level-indicators';
import { appTexts } from '../messages/app';
import { theme } from './theme';
import { printDialogTexts } from '../messages/print-dialog';

/** Paper, orientation, texts, blocks, map series and format for an export; emits `print-request` with them. */
export class AtlasPrintDialog extends LitElement {
  /** the view to print: which blocks have content, which indicators a series can hold */
  @property({ attribute: false }) model: AtlasModel | null = null;
  @state() count: number = 1;
  @property({ attribute: false }) defaultTitle: string = '';
  @property({ attribute: false }) defaultSubtitle: string = '';
  @property({ attribute: false }) busy: boolean = false;
  @property({ attribute: false }) error: string = '';
  /** how many contributions the current workshop has: the block "Beiträge" is offered only when there are some */
  @property({ attribute: false }) contributions: number = 0;

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
      fieldset { border: 1px solid var(--atlas-line); border-radius: 4px; padding: 0.4em 0.6em; margin: 0; display: grid; gap: 0.3em; }
      legend { font-size: 0.85em; color: var(--atlas-muted); padding: 0 0.2em; }
      label.check { display: flex; gap: 0.45em; align-items: baseline; font-size: 0.9em; color: var(--atlas-ink); }
      label.check input { flex: none; }
      .why { color: var(--atlas-muted); }
      details > summary { cursor: pointer; font-size: 0.9em; }
      .series { max-height: 12em; overflow: auto; margin-top: 0.4em; }
    `,
  ];

  open(): void {
    this.error = '';
    const dialog = this.renderRoot.querySelector('dialog');
    const form = this.renderRoot.querySelector('form');
    form?.reset();
    this.count = 1;
    dialog?.showModal();
    // Someone who opens the dialog is about to export: the export code and the fonts load now.
    import('../print/series').then((m) => m.prefetch()).catch(() => {});
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  /** The export the shell was busy with has ended (`busy` and `error` are the shell's): without an error it is saved. */
  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.get('busy') === true && !this.busy && !this.error) this.close();
  }

  override render() {
    return html`<dialog aria-labelledby="print-title">
      <form @submit=${this.#submit}>
        <h2 id="print-title">${appTexts.printTitle}</h2>
        <div class="row">
          <label>${appTexts.paper}
            <select name="paper"><option value="A4" selected>A4</option><option value="A3">A3</option></select>
          </label>
          <label>${appTexts.orientation}
            <select name="orientation">
              <option value="landscape" selected>${appTexts.landscape}</option>
              <option value="portrait">${appTexts.portrait}</option>
            </select>
          </label>
          <label>${appTexts.format}
            <select name="format">
              <option value="pdf" selected>PDF</option>
              <option value="png">PNG (300 dpi)</option>
            </select>
          </label>
        </div>
        <label>${appTexts.sheetTitle}<input name="title" .defaultValue=${this.defaultTitle} required /></label>
        <label>${appTexts.sheetSubtitle}<input name="subtitle" .defaultValue=${this.defaultSubtitle} /></label>
        <label>${appTexts.sheetNote}<textarea name="note" rows="2"></textarea></label>
        ${this.#extras()}
        <p class="error" role="alert">${this.error}</p>
        <div class="actions">
          <button type="button" @click=${() => this.close()}>${appTexts.cancel}</button>
          <button type="submit" ?disabled=${this.busy}>${this.busy ? appTexts.exporting : appTexts.export}</button>
        </div>
      </form>
    </dialog>`;
  }

  #extras() {
    const model = this.model;
    if (!model) return '';
    const { state, plan, data } = model;
    const selected = state.area !== null;
    const reason: Record<BlockKey, string | null> = {
      table: null,
      chart: !selected ? printDialogTexts.noSelection : plan.years.length < 2 ? printDialogTexts.noYears : null,
      comparison: state.pinned.length ? null : printDialogTexts.noPins,
      scatter: state.scatterY ? null : printDialogTexts.noSecond,
      ranking: null,
      funnel: plan.intervals.method === 'wilson' || plan.intervals.method === 'byar' ? null : printDialogTexts.noInterval,
      profile: state.profile || selected ? null : printDialogTexts.noSelection,
      contributions: null,
    };
    const check = (name: string, value: string, label: string, why: string | null) =>
      html`<label class="check"><input type="checkbox" name=${name} value=${value} ?disabled=${why !== null} />
        <span>${label}${why ? html` <span class="why">(${why})</span>` : ''}</span></label>`;
    return html`<fieldset>
        <legend>${printDialogTexts.onSheet}</legend>
        ${BLOCK_KEYS.filter((k) => k !== 'contributions' || this.contributions > 0).map((k) => check('block', k, printDialogTexts.blocks[k], reason[k]))}
        ${check('outline', 'on', printDialogTexts.outline, selected ? null : printDialogTexts.noSelection)}
      </fieldset>
      <details>
        <summary>${printDialogTexts.series} · ${printDialogTexts.seriesCount(this.count)}</summary>
        <fieldset class="series" @change=${this.#countSeries}>
          <legend>${printDialogTexts.seriesLegend}</legend>
          ${indicatorsAt(data.catalog, plan.level).map(
            (i) => html`<label class="check"><input type="checkbox" name="series" value=${i.id} .defaultChecked=${i.id === state.indicator} /><span>${i.label}</span></label>`,
          )}
        </fieldset>
      </details>`;
  }

  #countSeries(e: Event) {
    const form = (e.currentTarget as HTMLElement).closest('form');
    this.count = form ? new FormData(form).getAll('series').length : 1;
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
      blocks: form.getAll('block').map(String) as BlockKey[],
      outline: form.get('outline') === 'on',
      series: form.getAll('series').map(String),
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
