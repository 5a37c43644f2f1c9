import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../domain/cells';
import type { Problem } from '../domain/types';
import type { ColumnRole } from '../data/import/columns';
import type { ImportSummary, TableOverrides } from '../data/import/table';
import { appTexts } from '../messages/app';
import { importTexts as t } from '../messages/import';
import { theme } from './theme';
import './atlas-problems';

export interface ImportRequest {
  files: File[];
  threshold: number;
  /** the planner's corrections, by file name */
  overrides: Record<string, TableOverrides>;
}

export interface ImportResultView {
  summaries: ImportSummary[];
  problems: Problem[];
  geometry?: { file: string; read: number; taken: number } | null;
}

/** The roles a planner may give a column, in the order the picker lists them. */
const ROLES: readonly ColumnRole[] = ['indicator', 'key', 'name', 'year', 'dimension', 'label', 'code', 'running', 'unit', 'ignore'];

/**
 * "Eigene Daten": a file picker (dropping onto the atlas ends up here too) and the suppression
 * threshold. Emits `import-request`; shows what it is given back: per table which lines were taken as
 * title, header, data and footer, each column's role, the names matched loosely, and the problems.
 * Moving the header row, changing a column's role or picking another sheet asks for the same files
 * again with that correction. `own-data-clear` asks to forget the own data.
 */
export class AtlasImport extends LitElement {
  @property({ attribute: false }) result: ImportResultView | null = null;
  /** files dropped onto the atlas (set by the shell): read as if chosen here */
  @property({ attribute: false }) dropped: File[] | null = null;
  /** own data is kept in this browser: offer to remove it */
  @property({ type: Boolean }) stored: boolean = false;
  @state() _busy: boolean = false;
  #threshold = DEFAULT_SUPPRESSION_THRESHOLD;
  #files: File[] = [];
  #overrides: Record<string, TableOverrides> = {};

  static override styles = [
    theme,
    css`
      :host { display: block; }
      details.import { border: 1px solid var(--atlas-line); border-radius: 6px; padding: 0.4em 0.7em; }
      details.import > summary { cursor: pointer; font-weight: 600; font-size: 0.95em; }
      .body { display: grid; gap: 0.5em; margin-top: 0.5em; min-width: 0; }
      p { margin: 0; font-size: 0.85em; }
      label { display: grid; gap: 0.15em; font-size: 0.85em; color: var(--atlas-muted); }
      input[type='number'] { font: inherit; width: 5em; padding: 0.25em; border: 1px solid #7b8794; border-radius: 4px; }
      select { font: inherit; font-size: 0.85em; max-width: 100%; }
      button { font: inherit; justify-self: start; padding: 0.3em 0.8em; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; }
      .table { border-top: 1px solid var(--atlas-line); padding-top: 0.4em; display: grid; gap: 0.35em; min-width: 0; }
      .summary { font-weight: 600; overflow-wrap: anywhere; }
      .lines { display: flex; flex-wrap: wrap; gap: 0.4em; align-items: end; font-size: 0.85em; }
      .lines label { display: inline-grid; }
      .roles { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0.2em 0.5em; font-size: 0.85em; align-items: center; }
      .roles span { overflow-wrap: anywhere; }
      ul.names { margin: 0; padding-left: 1.1em; font-size: 0.85em; }
      details.more > summary { cursor: pointer; font-size: 0.85em; }
    `,
  ];

  /** Reads files chosen in the picker or dropped onto the atlas; new files start without corrections. */
  submit(files: File[]): void {
    if (!files.length) return;
    this.#files = files;
    this.#overrides = {};
    this.#request();
  }

  #request(): void {
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('details.import');
    if (details) details.open = true;
    this._busy = true;
    const done = () => (this._busy = false);
    this.addEventListener('import-done', done, { once: true });
    this.dispatchEvent(new CustomEvent<ImportRequest>('import-request', { detail: { files: this.#files, threshold: this.#threshold, overrides: this.#overrides }, bubbles: true, composed: true }));
  }

  /** A correction to one file: kept with the others of that file, and the files read again. */
  #correct(file: string, change: TableOverrides): void {
    if (!this.#files.some((f) => f.name === file)) return;
    this.#overrides = { ...this.#overrides, [file]: { ...this.#overrides[file], ...change } };
    this.#request();
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('result')) this.dispatchEvent(new Event('import-done'));
    if (changed.has('dropped') && this.dropped) this.submit(this.dropped);
  }

  override render() {
    const result = this.result;
    return html`
      <details class="import" ?open=${result !== null}>
        <summary>${appTexts.importTitle}</summary>
        <div class="body">
          <p>${t.intro}</p>
          <label
            >${t.threshold}
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
            accept=".csv,.txt,.tsv,.xlsx,.json,.geojson,.topojson,.zip"
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              this.submit([...(input.files ?? [])]);
              input.value = '';
            }}
          />
          <button type="button" class="choose" ?disabled=${this._busy} @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#files')?.click()}>
            ${this._busy ? t.reading : t.choose}
          </button>
          <div role="status">
            ${result?.geometry ? html`<p data-testid="geometry-summary"><strong class="summary">${t.geometry(result.geometry)}</strong></p>` : nothing}
            ${result?.summaries.map((s) => html`<p data-testid="import-summary"><strong class="summary">${t.headline(s)}</strong><br />${t.indicators(s.indicators)}</p>`)}
          </div>
          ${result?.summaries.map((s) => this.#table(s))}
          ${result?.problems.length ? html`<atlas-problems .problems=${result.problems}></atlas-problems>` : nothing}
          ${this.stored
            ? html`<p>${t.kept}</p>
                <button type="button" class="clear" @click=${() => this.dispatchEvent(new Event('own-data-clear', { bubbles: true, composed: true }))}>${t.clear}</button>`
            : nothing}
        </div>
      </details>
    `;
  }

  /** What was taken as what in one table, with the controls to correct it. */
  #table(s: ImportSummary) {
    const editable = this.#files.some((f) => f.name === s.file);
    const header = s.headerLines.at(-1) ?? 1;
    return html`<div class="table" data-file=${s.file}>
      <div class="lines" data-testid="line-roles">
        <span>${t.lines}: ${s.lines.map((l) => t.lineSpan(l.from, l.to, t.lineRoles[l.role])).join(' · ')}</span>
        ${editable
          ? html`<label
                >${t.headerLine}
                <input type="number" name="header-line" min="1" .value=${String(header)}
              /></label>
              <button
                type="button"
                class="reread"
                @click=${(e: Event) => {
                  const input = (e.target as HTMLElement).parentElement?.querySelector<HTMLInputElement>('input[name=header-line]');
                  const line = Math.round(Number(input?.value));
                  if (line >= 1) this.#correct(s.file, { headerLine: line });
                }}
              >
                ${t.reread}
              </button>`
          : nothing}
        ${s.sheets && s.sheets.length > 1 && editable
          ? html`<label
              >${t.sheet}
              <select name="sheet" @change=${(e: Event) => this.#correct(s.file, { sheet: (e.target as HTMLSelectElement).value, headerLine: undefined, roles: undefined })}>
                ${s.sheets.map((name) => html`<option value=${name} ?selected=${name === s.sheet}>${name}</option>`)}
              </select></label
            >`
          : nothing}
      </div>
      ${s.pivotedBy.length ? html`<p>${t.pivoted(s.pivotedBy)}</p>` : nothing}
      <details class="more" data-testid="column-roles">
        <summary>${t.columns} (${s.columns.length})</summary>
        <div class="roles">
          ${s.columns.map(
            (c) => html`<span>${c.name}</span>
              <select
                name="role"
                data-column=${String(c.index)}
                aria-label=${t.role(c.name)}
                ?disabled=${!editable}
                @change=${(e: Event) => this.#correct(s.file, { roles: { ...this.#overrides[s.file]?.roles, [c.index]: (e.target as HTMLSelectElement).value as ColumnRole } })}
              >
                ${ROLES.map((r) => html`<option value=${r} ?selected=${r === c.role}>${t.roles[r]}</option>`)}
              </select>`,
          )}
        </div>
      </details>
      ${s.nameMatches.length
        ? html`<details class="more" data-testid="name-matches">
            <summary>${t.nameMatches(s.nameMatches.length)}</summary>
            <ul class="names">
              ${s.nameMatches.map((m) => html`<li>${t.nameMatch(m.written, m.name, m.id)}</li>`)}
            </ul>
          </details>`
        : nothing}
    </div>`;
  }
}
customElements.define('atlas-import', AtlasImport);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-import': AtlasImport;
  }
}
