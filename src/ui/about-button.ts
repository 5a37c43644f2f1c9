// "Über die Daten" as legend and card offer it: a link-like button that asks the shell, with
// `about-open` ({ indicator }), to open the metadata view at the indicator shown.
import { html, css } from 'lit';
import { deCatalogue as t } from './messages-catalogue';

export const aboutButtonStyles = css`
  button.about { font: inherit; font-size: 0.85em; margin-top: 0.3em; padding: 0; border: 0; background: none; color: var(--atlas-accent); text-decoration: underline; cursor: pointer; }
`;

export const aboutButton = (indicator: string) =>
  html`<button
    type="button"
    class="about"
    name="about"
    aria-haspopup="dialog"
    @click=${(e: Event) => e.currentTarget?.dispatchEvent(new CustomEvent('about-open', { detail: { indicator }, bubbles: true, composed: true }))}
  >
    ${t.aboutOpen}
  </button>`;
