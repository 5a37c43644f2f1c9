// "Über die Daten" as legend and card offer it: a link-like button that asks the shell, with
// `about-open` ({ indicator }), to open the metadata view at the indicator shown.
import { html, css } from 'lit';
import { catalogueTexts as t } from '../messages/catalogue';

export const aboutButtonStyles = css`
  button.about { font: inherit; font-size: 0.85em; margin-top: 0.3em; padding: 0; border: 0; background: none; color: var(--atlas-accent); text-decoration: underline; cursor: pointer; }
  button.about.icon { font-size: 1em; margin: 0; padding: 0 0.45em; line-height: 1.4; border: 1px solid var(--atlas-line); border-radius: 4px; background: #fff; text-decoration: none; font-weight: 700; font-family: Georgia, 'DejaVu Serif', serif; }
`;

/**
 * `icon`: a small "i" beside the legend's toggle, so that the legend keeps its height (on a
 * phone every line of it is taken from the map); the name is still "Über die Daten".
 */
export const aboutButton = (indicator: string, icon = false) =>
  html`<button
    type="button"
    class="about ${icon ? 'icon' : ''}"
    name="about"
    aria-haspopup="dialog"
    title=${icon ? t.aboutOpen : ''}
    @click=${(e: Event) => e.currentTarget?.dispatchEvent(new CustomEvent('about-open', { detail: { indicator }, bubbles: true, composed: true }))}
  >
    ${icon ? html`<span aria-hidden="true">i</span><span class="visually-hidden">${t.aboutOpen}</span>` : t.aboutOpen}
  </button>`;
