import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { LiveStatus } from '../../data/live-session';
import { moderatorLink } from '../../data/moderator-secret';
import { liveTexts as t } from '../../messages/live';
import { theme } from '../theme';
import { emit } from './emit';
import { paneControls } from './pane-styles';
import { qrSvg } from './live-qr';

/** What the pane shows of the live session (ui/contributions/live-control.ts makes it). */
export interface LivePanelState {
  /** a workshop server is configured: only then is anything offered (and any request made) */
  configured: boolean;
  /** a link asked for a room on a page without a workshop server */
  unserved: boolean;
  busy: boolean;
  /** the last failure or ending, said in the panel's status line */
  problem: string | null;
  session: { room: string; moderator: boolean; secret: string | null; status: LiveStatus } | null;
}

/** The participant link: this page without its view, straight into the room's pane. */
export const participantLink = (room: string): string => `${location.href.split('#')[0]}#beteiligung=${encodeURIComponent(room)}`;

const statusText = (s: LiveStatus): string =>
  s.kind === 'refused' ? t.refused[s.reason] : s.kind === 'offline' ? (s.reached ? t.status.offline : t.status.unreachable) : t.status[s.kind];

/**
 * The live session in the pane "Beiträge": "Live-Sitzung starten" for the moderator, then the
 * participant link with its QR code for the beamer, the moderator link and "Sitzung beenden";
 * for a participant only where they are and "Sitzung verlassen". The connection's state and
 * every refusal stand in a status line. Events: `live-start`, `live-end`, `live-leave`.
 */
export class LivePanel extends LitElement {
  @property({ attribute: false }) live: LivePanelState | null = null;
  @state() _copied: string | null = null;
  /** the QR code filling the screen, for the beamer */
  @state() _big = false;

  static override styles = [
    theme,
    paneControls,
    css`
      :host { display: block; }
      .panel { display: grid; gap: 0.5em; padding: 0.6em 0.7em; border: 1px solid var(--atlas-line); border-radius: 6px; background: #f8fafc; }
      h3 { margin: 0; font-size: 1em; }
      p { margin: 0; }
      .status { font-weight: 600; }
      .status.refused, .status.offline { color: #9a3412; }
      .link { font-size: 1.05em; overflow-wrap: anywhere; font-family: ui-monospace, monospace; }
      .qr { display: block; width: 100%; max-width: 28em; height: auto; margin: 0 auto; }
      .hint { text-align: center; font-size: 0.9em; color: var(--atlas-muted); }
      .buttons { display: flex; flex-wrap: wrap; gap: 0.4em; }
      dialog.big { box-sizing: border-box; width: 100vw; height: 100vh; max-width: none; max-height: none; margin: 0; padding: 2vh 2vw; border: 0; background: #fff; }
      dialog.big[open] { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 1.5vh; }
      dialog.big::backdrop { background: #fff; }
      dialog.big .qr { width: auto; height: min(76vh, 94vw); max-width: none; margin: 0; }
      dialog.big .link { font-size: clamp(1rem, 2.6vw, 2.2rem); text-align: center; }
      dialog.big button { position: absolute; top: 1vh; right: 1vw; }
    `,
  ];

  override render() {
    const live = this.live;
    if (!live?.configured) return live?.unserved ? html`<p class="panel status refused" role="status" data-testid="live-status">${t.noServer}</p>` : nothing;
    const s = live.session;
    return html`<div class="panel" role="group" aria-labelledby="live-title">
      <h3 id="live-title">${t.heading}</h3>
      <p role="status" class="status ${s?.status.kind ?? ''}" data-testid="live-status">${s ? statusText(s.status) : (live.problem ?? (live.busy ? t.starting : ''))}</p>
      ${s ? (s.moderator ? this.#moderator(s.room, s.secret) : this.#participant()) : html`<div class="buttons"><button type="button" class="primary" name="live-start" ?disabled=${live.busy} @click=${() => emit(this, 'live-start', null)}>${t.start}</button></div>`}
      ${s && live.problem ? html`<p role="alert">${live.problem}</p>` : nothing}
      ${this._copied ? html`<p data-testid="live-copied">${this._copied}</p>` : nothing}
    </div>`;
  }

  #moderator(room: string, secret: string | null) {
    const link = participantLink(room);
    return html`<p>${t.moderating}</p>
      <p>${t.participantLink}:</p>
      <p class="link" data-testid="live-link">${link}</p>
      ${qrSvg(link, t.qr(link))}
      <p class="hint">${t.qrHint}</p>
      <div class="buttons">
        <button type="button" name="live-qr-big" @click=${() => void this.#showBig()}>${t.qrBig}</button>
        <button type="button" name="live-copy" @click=${() => void this.#copy(link)}>${t.copy}</button>
        ${secret ? html`<button type="button" name="live-copy-moderator" @click=${() => void this.#copy(moderatorLink(link, secret))}>${t.copyModerator}</button>` : nothing}
        <button type="button" name="live-end" @click=${() => confirm(t.endConfirm) && emit(this, 'live-end', null)}>${t.end}</button>
      </div>
      <dialog class="big" aria-label=${t.qrBigLabel} @close=${() => (this._big = false)}>
        ${this._big
          ? html`<button type="button" name="live-qr-close" @click=${() => this.renderRoot.querySelector('dialog')?.close()}>${t.qrClose}</button>
              ${qrSvg(link, t.qr(link))}
              <p class="link">${link}</p>`
          : nothing}
      </dialog>`;
  }

  /** The QR code over the whole screen (a modal dialog: Esc closes it, the focus returns to the button). */
  async #showBig(): Promise<void> {
    this._big = true;
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  #participant() {
    return html`<p>${t.participating}</p>
      <div class="buttons"><button type="button" name="live-leave" @click=${() => emit(this, 'live-leave', null)}>${t.leave}</button></div>`;
  }

  async #copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this._copied = t.copied;
    } catch {
      this._copied = t.copyFailed;
    }
  }
}
customElements.define('live-panel', LivePanel);

declare global {
  interface HTMLElementTagNameMap {
    'live-panel': LivePanel;
  }
}
