// What the scatterplot and the ranking share: the width they are given (a ResizeObserver, as the
// pane changes size), the presentation flag, and one tab stop with arrows between their marks.
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit, roveTo } from './chart-keys';

export class ChartElement extends LitElement {
  @property({ type: Boolean, reflect: true }) presenting: boolean = false;
  @state() _width: number = 420;
  /** index of the mark that holds the tab stop */
  @state() _focus: number = 0;
  #observer = new ResizeObserver(([entry]) => (this._width = Math.max(260, Math.round(entry.contentRect.width))));

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this);
  }

  /**
   * The marks' pointer and focus events, listened for once on the shadow root (delegation): a plot
   * of the grid's 1,147 cells would otherwise bind six listeners per dot on every update. A mark
   * carries its area in data-id; its place comes from markIndex.
   */
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    const on = (type: string, fn: (mark: SVGElement) => void) =>
      root.addEventListener(type, (e) => {
        const mark = (e.target as Element).closest<SVGElement>('.mark[data-id]');
        if (mark) fn(mark);
      }, true);
    on('pointerover', (m) => emit(this, 'area-hover', { id: m.dataset.id }));
    on('pointerout', () => emit(this, 'area-hover', { id: null }));
    on('focus', (m) => ((this._focus = Math.max(0, this.markIndex(m.dataset.id ?? ''))), emit(this, 'area-hover', { id: m.dataset.id })));
    on('blur', () => emit(this, 'area-hover', { id: null }));
    on('click', (m) => emit(this, 'area-select', { id: m.dataset.id }));
    return root;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  /** The place of an area's mark in the order the arrow keys walk; -1 if it has none. */
  protected markIndex(_id: string): number {
    return -1;
  }

  /** A rectangle is dragged from the plot's background with the main button; the plot holds the pointer till it ends. */
  protected startsDrag(e: PointerEvent): boolean {
    if ((e.target as Element).localName === 'circle' || e.button !== 0) return false;
    (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
    return true;
  }

  /** Enter or Space chooses the focused mark's area, arrows move the tab stop; true when the key was used. */
  protected roveKey(e: KeyboardEvent, ids: readonly string[], markOf: (id: string) => string): boolean {
    const id = ids[this._focus];
    if ((e.key === 'Enter' || e.key === ' ') && id) {
      e.preventDefault();
      emit(this, 'area-select', { id });
      return true;
    }
    const next = roveTo(e.key, this._focus, ids.length);
    if (next === null) return false;
    e.preventDefault();
    this._focus = next;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGElement>(markOf(CSS.escape(ids[next])))?.focus());
    return true;
  }
}
