// An atlas asked for another language than the one an atlas on the page already speaks: the texts
// are the document's (the holders in src/messages are module state, one language per document),
// so this one runs in a document of its own, embed.html with the element's attributes as the
// page's query, in an iframe that fills the element. The view it starts with, its size and its
// controls are the element's; its events stay inside the frame.
import { html } from 'lit';
import { ATLAS_BASE } from '../asset-base';
import { PAGE_OPTION_NAMES } from '../state/view-options';
import { appTexts } from '../messages/app';
import type { Language } from '../messages/language';

/** embed.html with the element's attributes as its query, in `lang`. */
export function frameSource(host: Element, lang: Language): string {
  const params = new URLSearchParams();
  for (const name of [...PAGE_OPTION_NAMES, 'data-base']) {
    const value = host.getAttribute(name);
    if (value !== null) params.set(name, value);
  }
  params.set('lang', lang);
  // The component's default is the full workbench; embed.html's is the minimal one.
  if (!params.has('controls')) params.set('controls', 'full');
  return new URL(`embed.html?${params.toString()}`, ATLAS_BASE).href;
}

export const languageFrame = (host: Element, lang: Language) =>
  html`<iframe class="language-frame" src=${frameSource(host, lang)} title=${appTexts.languageFrame(lang)} allow="clipboard-write"></iframe>`;
