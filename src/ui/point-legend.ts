import { LitElement, html, css, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { theme } from './theme';
import { markParts, markText } from '../symbology/point-marks';
import { pointKeyRows } from '../symbology/point-key';
import { symbolOf, type PointLayer, type PointLayerStyle, type PointSymbol } from '../symbology/points';
import { pointTexts } from '../messages/points';
import type { PointLegendInput } from './controllers/point-controller';

/** Lists of more points than this are made only when opened; shorter ones are ready (the map's choice shows pressed in them). */
const LAZY_LIST = 500;

/** A mark as a small SVG, drawn from the same parts as on the maps: the key tells shape and colour together. */
export function markSvg(symbol: PointSymbol, style: PointLayerStyle, text: string | null = null) {
  const parts = markParts(symbol, style, 0, 0);
  const label = markText({ symbol, text }, style, 0, 0);
  // The box of the outer ring: a triangle reaches further from its middle than a square.
  const xs = parts[0].polygon.map(([x]) => x);
  const ys = parts[0].polygon.map(([, y]) => y);
  const [x0, y0] = [Math.floor(Math.min(...xs)), Math.floor(Math.min(...ys))];
  const [w, h] = [Math.ceil(Math.max(...xs)) - x0, Math.ceil(Math.max(...ys)) - y0];
  return html`<svg class="mark" aria-hidden="true" width=${w} height=${h} viewBox="${x0} ${y0} ${w} ${h}">
    ${parts.map((p) => svg`<polygon points=${p.polygon.map((xy) => xy.join(',')).join(' ')} fill=${p.fill}></polygon>`)}
    ${label ? svg`<text x=${label.x} y=${label.y} dy="0.35em" text-anchor="middle" font-size=${label.size} font-weight="bold" fill=${label.colour}>${label.text}</text>` : nothing}
  </svg>`;
}

/** A layer's own key (places): groups of rows, each with its count. */
function keyRows(layer: PointLayer) {
  const rows = pointKeyRows(layer);
  return html`<ul class="keys" data-testid="point-keys">
    ${rows.map((r) => html`${r.heading ? html`<li class="key-title">${r.heading}</li>` : nothing}
      <li>${markSvg(r.symbol, layer.style, r.label)}<span>${r.name} <span class="count">${pointTexts.count(r.count)}</span></span></li>`)}
  </ul>`;
}

/**
 * The point layers in the legend: one key row per category shown (shape and colour, named, with
 * how many points it has), and
 * the points as a list of buttons, so that a keyboard reaches each point: a button chooses it
 * (the map rings it, the atlas says its text). Events: `point-choose` { layer, id }.
 */
export class AtlasPointLegend extends LitElement {
  @property({ attribute: false }) input: PointLegendInput | null = null;
  /** layers whose list of points is open */
  @state() _open: ReadonlySet<string> = new Set();

  static override styles = [
    theme,
    css`
      :host { display: block; margin-top: 0.4em; }
      h3.layer-title { font-size: 0.95em; margin: 0.4em 0 0.1em; }
      .keys li.key-title { grid-column: 1 / -1; font-size: 0.85em; margin-top: 0.25em; color: var(--atlas-muted); }
      .count { color: var(--atlas-muted); }
      p.source { font-size: 0.75em; color: var(--atlas-muted); margin: 0.2em 0; }
      ul, ol { list-style: none; margin: 0; padding: 0; }
      /* Two keys a line where there is room: the legend stays short on a phone. */
      .keys { display: grid; grid-template-columns: repeat(auto-fill, minmax(8.5em, 1fr)); gap: 2px 0.6em; }
      .keys li { display: flex; align-items: center; gap: 0.4em; font-size: 0.9em; }
      svg.mark { display: block; flex: none; }
      svg.mark { height: 1.35em; width: auto; }
      details { margin-top: 0.2em; font-size: 0.9em; }
      summary { cursor: pointer; color: var(--atlas-muted); }
      .list { max-height: 12em; overflow: auto; }
      .list button { display: flex; align-items: center; gap: 0.4em; width: 100%; font: inherit; text-align: start; background: none; border: 1px solid transparent; border-radius: 4px; padding: 1px 0.3em; color: var(--atlas-ink); cursor: pointer; }
      .list button[aria-pressed='true'] { border-color: var(--atlas-ink); font-weight: 600; }
      .list button:focus-visible { outline: 2px solid var(--atlas-ink); outline-offset: 1px; }
    `,
  ];

  /** A long list is made when it is opened: 5,000 own places are 5,000 buttons. */
  #toggled(layer: string, open: boolean): void {
    if (open === this._open.has(layer)) return;
    const next = new Set(this._open);
    if (open) next.add(layer);
    else next.delete(layer);
    this._open = next;
  }

  #choose(layer: string, id: string): void {
    this.dispatchEvent(new CustomEvent('point-choose', { detail: { layer, id }, bubbles: true, composed: true }));
  }

  override render() {
    const input = this.input;
    if (!input) return nothing;
    const { selected } = input;
    return input.layers.map((layer) => {
      const counts = new Map<string, number>();
      for (const f of layer.features) counts.set(f.category, (counts.get(f.category) ?? 0) + 1);
      return html`<section data-layer=${layer.id}>
        ${layer.style.title ? html`<h3 class="layer-title">${layer.style.title} <span class="count">(${layer.features.length})</span></h3>` : nothing}
        ${layer.style.key
          ? keyRows(layer)
          : html`<ul class="keys" data-testid="point-keys">
              ${[...counts].map(([c, n]) => {
                const s = symbolOf(layer.style, c);
                return html`<li>${markSvg(s, layer.style)}<span>${pointTexts.keyed(s.name, n)}</span></li>`;
              })}
            </ul>`}
        ${layer.style.source ? html`<p class="source" data-testid="point-source">${layer.style.source}</p>` : nothing}
        <details @toggle=${(e: Event) => this.#toggled(layer.id, (e.target as HTMLDetailsElement).open)}>
          <summary>${layer.style.listTitle ?? pointTexts.list} (${layer.features.length})</summary>
          <ol class="list" data-testid="point-list">
            ${layer.features.length > LAZY_LIST && !this._open.has(layer.id) ? nothing : layer.features.map((f) => {
              const symbol = symbolOf(layer.style, f.category);
              const pressed = selected?.layer === layer.id && selected.id === f.id;
              return html`<li>
                <button type="button" data-id=${f.id} aria-pressed=${String(pressed)} @click=${() => this.#choose(layer.id, f.id)}>
                  ${markSvg(symbol, layer.style, f.label ?? null)}<span><span class="visually-hidden">${symbol.name}: </span>${f.text}</span>
                </button>
              </li>`;
            })}
          </ol>
        </details>
      </section>`;
    });
  }
}
customElements.define('atlas-point-legend', AtlasPointLegend);

declare global {
  interface HTMLElementTagNameMap {
    'atlas-point-legend': AtlasPointLegend;
  }
}
