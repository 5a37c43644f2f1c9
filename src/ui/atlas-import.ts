import { LitElement, html, css, nothing } from 'lit';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../domain/cells';
import type { Problem } from '../domain/types';
import { de } from './messages';
import { theme } from './theme';
import './atlas-problems';

export interface ImportRequest {
  files: File[];
  threshold: number;
}

/**
 * "Eigene Daten": a file picker (dropping onto the atlas ends up here too) and the suppression
 * threshold. Emits `import-request`; shows the summary and problems it is given back.
 */
export class AtlasImport extends LitElement {
  static override properties = {
    result: { attribute: false },
    _busy: { state: true },
  };
  declare result: { summary: string | null; problems: Problem[] } | null;
  declare _busy: boolean;
  #threshold = DEFAULT_SUPPRESSION_THRESHOLD;

  constructor() {
    super();
    this.result = null;
    this._busy = false;
  }

  static override styles = [
    theme,
    css`
      :host { display: block; }
      details { border: 1px solid var(--atlas-line); border-radius: 6px; padding: 0.4em 0.7em; }
      summary { cursor: pointer; font-weight: 600; font-size: 0.95em; }
      .body { display: grid; gap: 0.5em; margin-top: 0.5em; }
      p { margin: 0; font-size: 0.85em; }
      label { display: grid; gap: 0.15em; font-size: 0.85em; color: var(--atlas-muted); }
      input[type='number'] { font: inherit; width: 5em; padding: 0.25em; border: 1px solid #7b8794; border-radius: 4px; }
      .choose { font: inherit; justify-self: start; padding: 0.35em 0.9em; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; }
      .summary { font-weight: 600; }
    `,
  ];

  /** Reads files chosen in the picker or dropped onto the atlas. */
  submit(files: File[]): void {
    if (!files.length) return;
    const details = this.renderRoot.querySelector('details');
    if (details) details.open = true;
    this._busy = true;
    const done = () => (this._busy = false);
    this.addEventListener('import-done', done, { once: true });
    this.dispatchEvent(new CustomEvent<ImportRequest>('import-request', { detail: { files, threshold: this.#threshold }, bubbles: true, composed: true }));
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('result')) this.dispatchEvent(new Event('import-done'));
  }

  override render() {
    const result = this.result;
    return html`
      <details ?open=${result !== null}>
        <summary>${de.importTitle}</summary>
        <div class="body">
          <p>${de.importIntro}</p>
          <label
            >${de.importThreshold}
            <input
              type="number"
              name="threshold"
              min="1"
              max="100"
              step="1"
              .value=${String(this.#threshold)}
              @change=${(e: Event) => (this.#threshold = Math.max(1, Math.round(Number((e.target as HTMLInputElement).value)) || DEFAULT_SUPPRESSION_THRESHOLD))}
          /></label>
          <input
            class="visually-hidden"
            type="file"
            id="files"
            name="files"
            multiple
            accept=".csv,.txt,.json,.geojson,.topojson,.zip"
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              this.submit([...(input.files ?? [])]);
              input.value = '';
            }}
          />
          <button type="button" class="choose" ?disabled=${this._busy} @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#files')?.click()}>
            ${this._busy ? de.importing : de.importChoose}
          </button>
          <div role="status">
            ${result?.summary ? html`<p class="summary" data-testid="import-summary">${result.summary}</p>` : nothing}
          </div>
          ${result?.problems.length ? html`<atlas-problems .problems=${result.problems}></atlas-problems>` : nothing}
        </div>
      </details>
    `;
  }
}
customElements.define('atlas-import', AtlasImport);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-import': AtlasImport;
  }
}
