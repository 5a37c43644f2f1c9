import { LitElement, html, css, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { theme } from './theme';
import type { TooltipContent } from '../state/view-texts';

export type { TooltipContent };

const GAP = 12;

/**
 * The hovered area's name and value beside the pointer. Its state is its own, set by `show`:
 * a mouse move renders this element only. It flips to the other side of the pointer where it
 * would leave the map, and is hidden by `hide` (a click, the pointer leaving).
 */
export class AtlasTooltip extends LitElement {
  @state() _content: TooltipContent | null = null;
  @state() _at: { x: number; y: number } | null = null;

  static override styles = [
    theme,
    css`
      :host { position: absolute; inset: 0; pointer-events: none; overflow: hidden; z-index: 3; contain: strict; }
      .tooltip { position: absolute; left: 0; top: 0; background: rgba(255, 255, 255, 0.97); border: 1px solid #8792a0; border-radius: 4px; padding: 0.25em 0.5em; font-size: 0.9em; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2); max-width: min(20em, 80%); }
      .tooltip strong, .tooltip .interval { display: block; }
      .tooltip .interval { font-size: 0.9em; font-variant-numeric: tabular-nums; }
    `,
  ];

  show(content: TooltipContent, at: { x: number; y: number }): void {
    this._content = content;
    this._at = at;
  }

  hide(): void {
    this._content = null;
  }

  override updated(): void {
    // Placed after layout: where the box would cross the map's edge, it goes to the other side.
    const box = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (!box || !this._at) return;
    const { width, height } = this.getBoundingClientRect();
    const w = box.offsetWidth;
    const h = box.offsetHeight;
    const x = this._at.x + GAP + w > width ? Math.max(0, this._at.x - GAP - w) : this._at.x + GAP;
    const y = this._at.y + GAP + h > height ? Math.max(0, this._at.y - GAP - h) : this._at.y + GAP;
    box.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }

  override render() {
    const c = this._content;
    if (!c) return nothing;
    return html`<div class="tooltip" role="tooltip">
      <strong>${c.name}</strong>${c.value}${c.sample ? html` <span class="sample">${c.sample}</span>` : nothing}${c.interval ? html`<span class="interval">${c.interval}</span>` : nothing}
    </div>`;
  }
}
customElements.define('atlas-tooltip', AtlasTooltip);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-tooltip': AtlasTooltip;
  }
}
