// "Der Kreis im Vergleich" as the card offers it: asks the shell, with `about-open` ({ indicator, section:
// 'kreis' }), to open "Über die Daten" at the Kreis series, the indicator's related ones first. Apart from
// about-button.ts, which the legend brings into the start bundle, so that these texts stay out of it.
import { html } from 'lit';
import { kreisSeriesTexts as t } from '../../messages/kreis-series';

export const kreisSeriesButton = (indicator: string) =>
  html`<button
    type="button"
    class="about"
    name="kreis-series"
    aria-haspopup="dialog"
    title=${t.openHint}
    @click=${(e: Event) => e.currentTarget?.dispatchEvent(new CustomEvent('about-open', { detail: { indicator, section: 'kreis' }, bubbles: true, composed: true }))}
  >
    ${t.open}
  </button>`;
