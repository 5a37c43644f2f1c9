import { LitElement, html, css, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Problem } from '../domain/types';
import { groupProblems, type ProblemGroup } from '../data/problem-messages';
import { groupTitles } from '../messages/problems';
import { importTexts as t } from '../messages/import';
import { theme } from './theme';

/** examples shown of each kind before it is expanded */
const FIRST = 3;
/** lines added per frame while a kind expands: 2,000 at once would hold the page for most of a second */
const BATCH = 200;

/**
 * Every problem found in the input, located, one line per kind with its count and first examples;
 * a kind expands to all its problems. The list of a kind is rendered only while it is open, so that
 * 2,000 unknown keys cost nothing until someone wants to read them. The map still shows what could be read.
 */
export class AtlasProblems extends LitElement {
  @property({ attribute: false }) problems: Problem[] = [];
  /** open kinds, with how many of their lines are rendered so far */
  @state() _open: ReadonlyMap<string, number> = new Map();
  #groups: { of: readonly Problem[]; groups: ProblemGroup[] } = { of: [], groups: [] };

  static override styles = [
    theme,
    css`
      details { border: 1px solid #d97706; background: #fffbeb; border-radius: 6px; padding: 0.4em 0.7em; }
      summary { cursor: pointer; font-weight: 600; }
      section { margin-top: 0.5em; }
      h4 { margin: 0; font-size: 0.85em; display: flex; gap: 0.5em; align-items: baseline; }
      .count { font-weight: 400; color: var(--atlas-muted); }
      ul { margin: 0.2em 0 0; padding-left: 1.1em; font-size: 0.85em; }
      .where { color: var(--atlas-muted); }
      .error h4, li.error { color: #9b1c1c; }
      button { font: inherit; font-size: 0.8em; margin: 0.2em 0 0 1.1em; padding: 0.1em 0.5em; border: 1px solid #7b8794; border-radius: 4px; background: #fff; cursor: pointer; }
    `,
  ];

  /** grouped once per list of problems, not on every render */
  #grouped(): ProblemGroup[] {
    if (this.#groups.of !== this.problems) this.#groups = { of: this.problems, groups: groupProblems(this.problems) };
    return this.#groups.groups;
  }

  override render() {
    if (this.problems.length === 0) return nothing;
    const label = t.problems(this.problems.length);
    return html`<details role="region" aria-label=${label}>
      <summary>${label}</summary>
      ${this.#grouped().map((g, i) => this.#group(g, `${i}:${g.code}`))}
    </details>`;
  }

  #group(group: ProblemGroup, id: string) {
    const open = this._open.has(id);
    const shown = group.problems.slice(0, this._open.get(id) ?? FIRST);
    const title = groupTitles[group.code] ?? t.severity[group.severity];
    return html`<section class=${group.severity} data-code=${group.code}>
      <h4>${title} <span class="count">${t.groupCount(group.count)}</span></h4>
      <ul>
        ${shown.map(
          (p) => html`<li class=${p.severity}>
            <span class="where">${p.file}${p.line !== undefined || p.feature !== undefined || p.column || p.key ? ` – ${t.located(p.line, p.column, p.key, p.feature)}` : ''}:</span>
            ${p.message}
          </li>`,
        )}
      </ul>
      ${group.count > FIRST
        ? html`<button type="button" aria-expanded=${open ? 'true' : 'false'} @click=${() => this.#toggle(id)}>${open ? t.showFewer : t.showAll(group.count)}</button>`
        : nothing}
    </section>`;
  }

  /** Opens a kind batch by batch, one batch a frame, so that the page answers while it grows. */
  #toggle(id: string): void {
    const next = new Map(this._open);
    if (next.has(id)) {
      next.delete(id);
      this._open = next;
      return;
    }
    this._open = next.set(id, FIRST + BATCH);
    const grow = () => {
      const shown = this._open.get(id);
      const group = this.#grouped().find((g, i) => `${i}:${g.code}` === id);
      if (shown === undefined || !group || shown >= group.count) return;
      this._open = new Map(this._open).set(id, shown + BATCH);
      requestAnimationFrame(grow);
    };
    requestAnimationFrame(grow);
  }
}
customElements.define('atlas-problems', AtlasProblems);
