// Ready-to-paste forms of a view: a link to the atlas page, an iframe of embed.html and the
// web component. Pure text from state and addresses, so tests can read what an editor pastes.
import { toHash, type AtlasState } from './atlas-state';
import { optionsOf } from './view-options';
import type { Language } from '../messages/language';

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

/** What a web editor chooses in the share dialog; the defaults give what it wrote before there were choices. */
export interface ShareChoices {
  /** px, or null: as wide as the page's column (100 %) */
  width: number | null;
  /** px, or null: the context's height */
  height: number | null;
  /** the controls the embed shows; null: the page's default (embed.html: minimal, the component: full) */
  controls: 'full' | 'minimal' | 'none' | null;
  /** 'view': this view; 'overview': the indicator over the whole Kreis */
  start: 'view' | 'overview';
  /** the language the embed speaks (German unless said: `lang="en"`, `?lang=en`) */
  language: Language;
}

export const DEFAULT_CHOICES: ShareChoices = { width: null, height: null, controls: null, start: 'view', language: 'de' };

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The embed page's address for the choices: the iframe's src and the dialog's preview. */
export function embedSource(state: AtlasState, context: ShareContext, choices: ShareChoices = DEFAULT_CHOICES): string {
  return new URL(`embed.html?${new URLSearchParams(embedOptions(state, context, choices)).toString()}`, context.base).href;
}

function embedOptions(state: AtlasState, context: ShareContext, choices: ShareChoices): [string, string][] {
  const options: [string, string][] = choices.start === 'overview' ? [['indicator', state.indicator]] : optionsOf(state);
  if (choices.controls) options.push(['controls', choices.controls]);
  if (choices.language !== 'de') options.push(['lang', choices.language]);
  if (context.dataBase) options.push(['data-base', context.dataBase]);
  return options;
}

/** `hash`: the view's link when it is written already (AtlasModel.hash). */
export function shareTexts(state: AtlasState, context: ShareContext, hash = toHash(state), choices: ShareChoices = DEFAULT_CHOICES): ShareTexts {
  const options = embedOptions(state, context, choices);
  const height = choices.height !== null ? `${choices.height}px` : context.height;
  const iframeHeight = /^\d+(px)?$/.test(height) ? height.replace('px', '') : '640';
  const attributes = [...options, ['height', height]].map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ');
  return {
    link: new URL(choices.start === 'overview' ? `#${new URLSearchParams({ indikator: state.indicator })}` : hash, new URL(choices.language === 'de' ? 'index.html' : `index.html?lang=${choices.language}`, context.base)).href,
    iframe:
      `<iframe src="${escapeAttribute(embedSource(state, context, choices))}" ` +
      `title="${escapeAttribute(context.title)}" width="${choices.width ?? '100%'}" height="${iframeHeight}" loading="lazy"></iframe>`,
    component:
      `<script type="module" src="${escapeAttribute(new URL('embed/sozial-atlas.js', context.base).href)}"></script>\n` +
      `<sozial-atlas ${attributes}></sozial-atlas>`,
  };
}
