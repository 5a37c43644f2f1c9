import { LitElement, html, css, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { LoadStatus } from './controllers/data-controller';
import type { Correction } from '../state/atlas-model';
import { appTexts } from '../messages/app';
import { theme } from './theme';

/** ms before the loading screen shows (a fast load never shows it). */
const EARLY_MS = 500;

/**
 * What the atlas is doing when it is not simply showing a map: loading (which file, how many),
 * failed (the address, the reason in words, a retry), or a link it had to correct.
 * Events: `retry`, `dismiss` (the correction notice).
 */
export class AtlasStatus extends LitElement {
  @property({ attribute: false }) status: LoadStatus = { kind: 'idle' };
  @property({ attribute: false }) corrections: Correction[] = [];
  /** the first view is shown, the other tables still load (AtlasData.pending) */
  @property({ type: Boolean }) pending: boolean = false;

  /** Half a second after the atlas was put on the page: from then on the loading screen shows. */
  #early = true;
  #timer = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#early) this.#timer = window.setTimeout(() => ((this.#early = false), this.requestUpdate()), EARLY_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  static override styles = [
    theme,
    css`
      :host { display: contents; }
      .notice { position: absolute; z-index: 5; top: 0.5em; left: 50%; transform: translateX(-50%); max-width: min(32em, 90%); display: flex; gap: 0.5em; align-items: start; background: #fff8e1; border: 2px solid #8a6d00; border-radius: 6px; padding: 0.4em 0.6em; font-size: 0.9em; }
      p { margin: 0; }
      button { font: inherit; border: 1px solid var(--atlas-accent); color: var(--atlas-accent); background: #fff; border-radius: 4px; cursor: pointer; padding: 0.2em 0.6em; }
      .status { position: absolute; inset: 0; z-index: 6; display: grid; place-content: center; gap: 0.6em; padding: 2em; background: rgba(255, 255, 255, 0.94); text-align: center; }
      .status.failed { color: #9b1c1c; text-align: start; place-content: center start; overflow: auto; }
      .status.failed code { word-break: break-all; color: var(--atlas-ink); }
      progress { width: 16em; justify-self: center; }
      /* A load that is over within half a second shows no loading screen: no flash before the map,
         and no frames of progress for the machine to present before the one with the map. */
      .status.early { visibility: hidden; }
      /* Said only if the rest takes a while (a slow line); the layout's aria-busy tells assistive technology. */
      .pending { position: absolute; z-index: 5; bottom: 5em; left: 50%; transform: translateX(-50%); margin: 0; padding: 0.2em 0.6em; border-radius: 4px; background: rgba(255, 255, 255, 0.92); box-shadow: 0 0 0 1px rgba(0, 0, 0, 0.15); font-size: 0.85em; white-space: nowrap; animation: atlas-show 0.2s 0.6s both; }
      @keyframes atlas-show { from { opacity: 0; } to { opacity: 1; } }
    `,
  ];

  override render() {
    return html`${this.#status()}${this.pending ? html`<p class="pending" aria-hidden="true" data-testid="loading-rest">${appTexts.loadingRest}</p>` : nothing}${this.corrections.length ? this.#notice() : nothing}`;
  }

  #status() {
    const s = this.status;
    if (s.kind === 'loading' || s.kind === 'idle') {
      const [done, total] = s.kind === 'loading' ? [s.done, s.total] : [0, 0];
      return html`<div class=${this.#early ? 'status early' : 'status'} role="status">
        <p>${appTexts.loading}</p>
        <progress max=${Math.max(total, 1)} .value=${done}></progress>
        <p class="muted">${s.kind === 'loading' && s.current ? appTexts.loadingFile(s.current) : ''} ${appTexts.loadingFiles(done, total)}</p>
      </div>`;
    }
    if (s.kind !== 'failed') return nothing;
    return html`<div class="status failed" role="alert" data-testid="load-failed">
      <p><strong>${appTexts.loadFailed}</strong></p>
      <p>${appTexts.loadFailedAt}: <code>${s.address}</code></p>
      <p>${appTexts.loadFailedReason}: ${s.reason}</p>
      <p><button type="button" name="retry" @click=${() => this.dispatchEvent(new Event('retry'))}>${appTexts.retry}</button></p>
      <details>
        <summary>${appTexts.loadDetails}</summary>
        ${s.details.map((d) => html`<p><code>${d}</code></p>`)}
      </details>
    </div>`;
  }

  #notice() {
    return html`<div class="notice" role="status" data-testid="link-notice">
      <p>${appTexts.corrected} ${this.corrections.map((c) => appTexts.correction(c.key, c.requested, c.shown)).join(' ')}</p>
      <button type="button" aria-label=${appTexts.dismiss} @click=${() => this.dispatchEvent(new Event('dismiss'))}>×</button>
    </div>`;
  }
}
customElements.define('atlas-status', AtlasStatus);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-status': AtlasStatus;
  }
}
