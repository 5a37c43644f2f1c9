// What the scatterplot and the ranking share: the width they are given (a ResizeObserver, as the
// pane changes size), the presentation flag, and one tab stop with arrows between their marks.
import { LitElement, type PropertyDeclarations } from 'lit';
import { directive, Directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';
import { emit, roveTo } from './chart-keys';

export class ChartElement extends LitElement {
  static override properties: PropertyDeclarations = {
    presenting: { type: Boolean, reflect: true },
    _width: { state: true },
    _focus: { state: true },
  };
  declare presenting: boolean;
  declare _width: number;
  /** index of the mark that holds the tab stop */
  declare _focus: number;
  #observer = new ResizeObserver(([entry]) => (this._width = Math.max(260, Math.round(entry.contentRect.width))));

  constructor() {
    super();
    this.presenting = false;
    this._width = 420;
    this._focus = 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
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

/**
 * The marks' pointer and focus events, listened for once on their group (delegation): a plot of the
 * grid's 1,147 cells would otherwise bind six listeners per dot on every update. A mark carries its
 * area in data-id and its place in data-i.
 */
class MarksDirective extends Directive {
  #host: ChartElement | null = null;
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('marks() belongs on an element');
  }
  override update(part: ElementPart, [host]: [ChartElement]) {
    if (this.#host !== host) {
      this.#host = host;
      const el = part.element;
      const mark = (e: Event) => (e.target as Element).closest<SVGElement>('[data-id]');
      const on = (type: string, fn: (m: SVGElement) => void) => el.addEventListener(type, (e) => { const m = mark(e); if (m) fn(m); }, true);
      on('pointerover', (m) => emit(host, 'area-hover', { id: m.dataset.id }));
      on('pointerout', () => emit(host, 'area-hover', { id: null }));
      on('focus', (m) => ((host._focus = Number(m.dataset.i)), emit(host, 'area-hover', { id: m.dataset.id })));
      on('blur', () => emit(host, 'area-hover', { id: null }));
      on('click', (m) => emit(host, 'area-select', { id: m.dataset.id }));
    }
    return this.render(host);
  }
  render(_host: ChartElement) {
    return undefined;
  }
}
export const marks = directive(MarksDirective);
