// The link "Leichte Sprache" (issue 29; in English "Easy read" to easy-read.html): on the map in every
// layout and in "Über die Daten". A plain link to the static page beside the atlas' own pages, found from the module (asset-base), so
// that an embed on another page reaches it too.
import { html, nothing } from 'lit';
import { ATLAS_BASE } from '../asset-base';
import { easyReadTexts as t } from '../messages/easy-read';
import { language } from '../messages/language';

/**
 * `newWindow`: the atlas is embedded (an iframe or a host page's element); the explanation then
 * opens beside it instead of replacing the host page or filling the small frame, and says so.
 */
export const easyReadLink = (newWindow: boolean, className = 'easy-read', text = t.link) =>
  html`<a class=${className} href=${new URL(t.page, ATLAS_BASE).href} hreflang=${language()} target=${newWindow ? '_blank' : nothing} rel=${newWindow ? 'noopener' : nothing}
    >${text}${newWindow ? html`<span class="visually-hidden"> ${t.newWindow}</span>` : nothing}</a
  >`;

/** Embedded: in a frame, or on a page whose hash the atlas does not own (a host page's element). */
export const isEmbedded = (urlState: boolean) => window.top !== window.self || !urlState;
