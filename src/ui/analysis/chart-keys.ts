// One tab stop per chart, arrows between its marks (the WAI-ARIA roving tabindex): a chart of
// 1,147 grid cells must not cost a keyboard user 1,147 tabs.

/** The mark to move to for a key, or null when the key is not a move. */
export function roveTo(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  const next =
    key === 'ArrowRight' || key === 'ArrowDown' ? index + 1
    : key === 'ArrowLeft' || key === 'ArrowUp' ? index - 1
    : key === 'Home' ? 0
    : key === 'End' ? count - 1
    : key === 'PageDown' ? index + 10
    : key === 'PageUp' ? index - 10
    : null;
  return next === null ? null : Math.max(0, Math.min(count - 1, next));
}

/** Events every analysis chart sends up: the shell routes them as it routes the table's. */
export const emit = (el: HTMLElement, type: 'area-select' | 'area-hover' | 'state-change' | 'analysis-highlight', detail: unknown) =>
  el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
