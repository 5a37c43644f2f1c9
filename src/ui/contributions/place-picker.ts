import { LitElement, html, css } from 'lit';
import { property, state } from 'lit/decorators.js';
import { contributionTexts as t } from '../../messages/contributions';
import { theme } from '../theme';
import { cssProps } from '../css-props';

/** px the crosshair moves per arrow key (with Shift: ten times as far) */
const STEP = 8;

/**
 * Setting a contribution's point: a layer over the map (both renderers alike) that takes the next
 * click, or, by keyboard, a crosshair that starts in the map's middle, moves with the arrow keys
 * and is set with Enter; Esc cancels. Event: `place-pick` ({ x, y } in map px, or null).
 */
export class AtlasPlacePicker extends LitElement {
  @property({ type: Boolean, reflect: true }) presenting = false;
  /** the crosshair in px from the layer's top left; null: the middle */
  @state() _at: { x: number; y: number } | null = null;

  static override styles = [
    theme,
    css`
      :host { position: absolute; inset: 0; z-index: 6; display: block; }
      .layer { position: absolute; inset: 0; cursor: crosshair; background: rgba(0, 94, 168, 0.06); outline: 3px solid var(--atlas-accent); outline-offset: -3px; }
      .layer:focus-visible { outline: 3px solid var(--atlas-focus); }
      .cross { position: absolute; width: 2.2em; height: 2.2em; margin: -1.1em 0 0 -1.1em; pointer-events: none; }
      .cross::before, .cross::after { content: ''; position: absolute; background: var(--atlas-ink); box-shadow: 0 0 0 1.5px #fff; }
      .cross::before { left: calc(50% - 1px); top: 0; bottom: 0; width: 2px; }
      .cross::after { top: calc(50% - 1px); left: 0; right: 0; height: 2px; }
      .hint { position: absolute; left: 50%; bottom: 0.8em; transform: translateX(-50%); width: max-content; max-width: calc(100% - 2em); margin: 0; padding: 0.4em 0.7em; background: #fff; border: 1px solid var(--atlas-line); border-radius: 6px; box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2); display: flex; gap: 0.6em; align-items: center; }
      button { font: inherit; padding: 0.2em 0.6em; border-radius: 4px; border: 1px solid var(--atlas-accent); background: #fff; color: var(--atlas-accent); cursor: pointer; }
    `,
  ];

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('.layer')?.focus();
  }

  override render() {
    const at = this._at ?? this.#middle();
    return html`<div class="layer" role="application" tabindex="0" aria-label=${t.pickerLabel} aria-describedby="picker-hint" data-testid="place-picker" @click=${this.#click} @keydown=${this.#key}>
        <div class="cross" ${cssProps({ left: `${at.x}px`, top: `${at.y}px` })}></div>
      </div>
      <p class="hint"><span id="picker-hint">${t.pickerHint}</span><button type="button" @click=${() => this.#done(null)}>${t.pickerCancel}</button></p>`;
  }

  #middle(): { x: number; y: number } {
    return { x: Math.round(this.clientWidth / 2), y: Math.round(this.clientHeight / 2) };
  }

  #click = (e: MouseEvent) => {
    const box = this.getBoundingClientRect();
    this.#done({ x: e.clientX - box.left, y: e.clientY - box.top });
  };

  #key = (e: KeyboardEvent) => {
    const moves: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const move = moves[e.key];
    if (move) {
      const at = this._at ?? this.#middle();
      const step = e.shiftKey ? STEP * 10 : STEP;
      this._at = { x: Math.min(this.clientWidth, Math.max(0, at.x + move[0] * step)), y: Math.min(this.clientHeight, Math.max(0, at.y + move[1] * step)) };
    } else if (e.key === 'Enter' || e.key === ' ') this.#done(this._at ?? this.#middle());
    else if (e.key === 'Escape') this.#done(null);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  #done(at: { x: number; y: number } | null): void {
    this.dispatchEvent(new CustomEvent('place-pick', { detail: at }));
  }
}
customElements.define('atlas-place-picker', AtlasPlacePicker);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-place-picker': AtlasPlacePicker;
  }
}
