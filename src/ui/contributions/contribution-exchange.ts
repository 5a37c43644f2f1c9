import { LitElement, html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ContributionStore } from '../../data/contribution-store';
import { defaultLocale } from '../../messages/default-locale';
import { contributionTexts as t } from '../../messages/contributions';
import { theme } from '../theme';
import { emit } from './emit';
import { paneControls } from './pane-styles';
import type { LoadedFile } from './contribution-files';
import '../atlas-problems';

/** "7. Dezember 2026, 10:15" of an ISO time; the text itself where it is none. */
const timeText = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : defaultLocale.date(new Date(iso), 'long'));

/**
 * "Beiträge exportieren" (GeoJSON, CSV) and "Beiträge laden" (also what a drop on the atlas
 * brings), with what the last load did: added, updated, unchanged, the conflicts and the problems
 * found, located. Events: `contribution-files` (the files chosen), `contribution-report-close`.
 */
export class ContributionExchange extends LitElement {
  @property({ attribute: false }) store: ContributionStore | null = null;
  @property({ attribute: false }) version = 0;
  @property({ attribute: false }) loaded: LoadedFile | null = null;
  /** an area's name by key, written beside the key in the files (`gebietsname`) */
  @property({ attribute: false }) areaName: (key: string) => string | undefined = () => undefined;

  static override styles = [
    theme,
    paneControls,
    css`
      :host { display: block; }
      h3 { margin: 0 0 0.4em; font-size: 1em; }
      .buttons { display: flex; flex-wrap: wrap; gap: 0.4em; }
      label.load { display: grid; gap: 0.2em; margin-top: 0.5em; font-weight: 600; }
      input[type='file'] { font-size: 0.9em; }
      .report { margin-top: 0.6em; padding: 0.5em 0.7em; border: 1px solid var(--atlas-line); border-radius: 6px; background: #f8fafc; display: grid; gap: 0.4em; }
      .report p, .report ul { margin: 0; }
      .report ul { padding-left: 1.1em; font-size: 0.9em; }
      .report button { justify-self: start; }
    `,
  ];

  override render() {
    const store = this.store;
    if (!store) return nothing;
    const empty = store.contributions().length === 0;
    return html`<h3>${t.files}</h3>
      <div class="buttons">
        <button type="button" name="export-geojson" ?disabled=${empty} @click=${() => void this.#download(store, 'geojson')}>${t.exportGeoJSON}</button>
        <button type="button" name="export-csv" ?disabled=${empty} @click=${() => void this.#download(store, 'csv')}>${t.exportCSV}</button>
      </div>
      <label class="load">${t.load} <input type="file" name="load" accept=".geojson,.json,.csv,application/geo+json,text/csv" multiple @change=${this.#chosen} /></label>
      ${this.#report()}`;
  }

  #report() {
    const loaded = this.loaded;
    if (!loaded) return nothing;
    const { report, problems } = loaded;
    return html`<div class="report" role="status" data-testid="merge-report">
      <p><strong>${t.merged(loaded.files.join(', '))}</strong> ${t.report(report.added, report.updated, report.unchanged)}</p>
      ${report.conflicts.length
        ? html`<p>${t.conflicts(report.conflicts.length)}</p>
            <ul data-testid="conflicts">
              ${report.conflicts.map((c) => html`<li>${t.conflict(c.kept.text, timeText(c.kept.changed))}</li>`)}
            </ul>`
        : nothing}
      <atlas-problems .problems=${problems}></atlas-problems>
      <button type="button" name="report-close" @click=${() => emit(this, 'contribution-report-close', null)}>${t.reportClose}</button>
    </div>`;
  }

  async #download(store: ContributionStore, kind: 'geojson' | 'csv'): Promise<void> {
    const { downloadContributions } = await import('./contribution-files');
    downloadContributions(store, kind, this.areaName);
  }

  #chosen = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) emit(this, 'contribution-files', files);
  };

}
customElements.define('contribution-exchange', ContributionExchange);

declare global {
  interface HTMLElementTagNameMap {
    'contribution-exchange': ContributionExchange;
  }
}
