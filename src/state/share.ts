// Ready-to-paste forms of a view: a link to the atlas page, an iframe of embed.html and the
// web component. Pure text from state and addresses, so tests can read what an editor pastes.
import { toHash, type AtlasState } from './atlas-state';
import { optionsOf } from './view-options';

export interface ShareTexts {
  link: string;
  iframe: string;
  component: string;
}

export interface ShareContext {
  /** folder of the built atlas: index.html, embed.html, embed/, data/ */
  base: URL;
  /** iframe title, e.g. "Sozialatlas Rhein-Sieg-Kreis: SGB-II-Quote" */
  title: string;
  /** absolute data folder when it is not the atlas' own */
  dataBase: string | null;
  /** CSS height of the embedded atlas */
  height: string;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `hash`: the view's link when it is written already (AtlasModel.hash). */
export function shareTexts(state: AtlasState, context: ShareContext, hash = toHash(state)): ShareTexts {
  const options: [string, string][] = optionsOf(state);
  if (context.dataBase) options.push(['data-base', context.dataBase]);
  const query = new URLSearchParams(options).toString();
  const iframeHeight = /^\d+(px)?$/.test(context.height) ? context.height.replace('px', '') : '640';
  const attributes = [...options, ['height', context.height]].map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
  return {
    link: new URL(hash, new URL('index.html', context.base)).href,
    iframe:
      `<iframe src="${escapeAttribute(new URL(`embed.html?${query}`, context.base).href)}" ` +
      `title="${escapeAttribute(context.title)}" width="100%" height="${iframeHeight}" loading="lazy"></iframe>`,
    component:
      `<script type="module" src="${escapeAttribute(new URL('embed/sozial-atlas.js', context.base).href)}"></script>\n` +
      `<sozial-atlas ${attributes}></sozial-atlas>`,
  };
}
