// styleMap without the style attribute. lit's styleMap writes `style="…"` on its first render,
// which a Content-Security-Policy without 'unsafe-inline' blocks (the legend's swatches stayed
// blank). This directive always goes through the CSSOM (element.style), which CSP allows.
import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

export type CssProps = Readonly<Record<string, string>>;

const cssName = (name: string) => (name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

class CssPropsDirective extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() belongs on an element: <span ${cssProps({...})}>');
  }

  render(_props: CssProps) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [CssProps]) {
    const style = (part.element as HTMLElement).style;
    const next = new Set(Object.keys(props).map(cssName));
    for (const name of this.#previous) if (!next.has(name)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(cssName(name), value);
    this.#previous = next;
    return noChange;
  }
}

/** `<span ${cssProps({ background: colour })}>`: inline styles set through element.style. */
export const cssProps = directive(CssPropsDirective);

/** "600" -> "600px"; CSS lengths pass; anything else is ignored (null). */
export function cssLength(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return `${v}px`;
  return /^\d+(\.\d+)?(px|em|rem|vh|svh|dvh|%)$/.test(v) ? v : null;
}
