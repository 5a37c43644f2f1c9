import { LitElement, html, css, nothing } from 'lit';
import type { Problem } from '../domain/types';
import { de } from './messages';
import { theme } from './theme';

/** Every problem found in the input, located; the map still shows what could be read. */
export class AtlasProblems extends LitElement {
  static override properties = { problems: { attribute: false } };
  declare problems: Problem[];

  constructor() {
    super();
    this.problems = [];
  }

  static override styles = [
    theme,
    css`
      details { border: 1px solid #d97706; background: #fffbeb; border-radius: 6px; padding: 0.4em 0.7em; }
      summary { cursor: pointer; font-weight: 600; }
      ul { margin: 0.4em 0 0; padding-left: 1.1em; font-size: 0.85em; }
      .where { color: var(--atlas-muted); }
      .error { color: #9b1c1c; }
    `,
  ];

  override render() {
    if (this.problems.length === 0) return nothing;
    return html`<details role="region" aria-label=${de.problems(this.problems.length)}>
      <summary>${de.problems(this.problems.length)}</summary>
      <ul>
        ${this.problems.map(
          (p) => html`<li class=${p.severity}>
            <span class="where">${p.file}${p.line !== undefined || p.column || p.key ? ` – ${de.problemLine(p.line, p.column, p.key)}` : ''}:</span>
            ${p.message}
          </li>`,
        )}
      </ul>
    </details>`;
  }
}
customElements.define('atlas-problems', AtlasProblems);
