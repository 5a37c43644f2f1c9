// The atlas's language (issue 29): the `lang` attribute (a page's `?lang=en` sets it) picks the
// pack installed before the first render; the toolbar's switch puts a fresh element of the other
// language in this one's place, so every text, the map's controls and the catalog are made anew
// in it, with the view carried over (by the hash where the atlas owns the URL, else as attributes).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { claim, language, languageOf, leave, useLanguage, type Language } from '../../messages/language';
import { languageFrame } from '../language-frame';
import { optionsOf } from '../../state/view-options';
import type { AtlasState } from '../../state/atlas-state';

export class LanguageController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #ready: Promise<void> | null = null;
  /** the pack is installed: the host may render */
  installed = false;
  /** the changes of the updates held back while the pack loaded (lit forgets them once shouldUpdate says no) */
  #held = new Map<PropertyKey, unknown>();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** the language of an atlas that runs in a frame of its own (language-frame.ts): another atlas on the page speaks another */
  framed: Language | null = null;

  hostConnected(): void {}

  hostDisconnected(): void {
    leave(this.#host);
  }

  /**
   * The language asked for by the element (its `lang`), loaded and installed once; resolves to
   * false where the atlas runs in a frame instead (it then loads nothing itself).
   */
  ready(): Promise<boolean> {
    const host = this.#host;
    const lang = languageOf(host.lang);
    // Screen readers read the atlas in its language, also inside a page of another one.
    if (host.lang !== lang) host.lang = lang;
    if (!this.#ready && !claim(host, lang)) this.framed = lang;
    return (this.#ready ??= (this.framed ? Promise.resolve() : useLanguage(lang)).then(() => {
      this.installed = true;
      host.requestUpdate();
    })).then(() => !this.framed);
  }

  /** The frame that shows this atlas where it runs in one (else null: the atlas renders itself). */
  frame() {
    return this.framed ? languageFrame(this.#host, this.framed) : null;
  }

  /**
   * The host's shouldUpdate: no render before the language is in; the changes held back meanwhile
   * (the first attributes: height, view options) join the first update that may render.
   */
  gate(changed: Map<PropertyKey, unknown>): boolean {
    if (!this.installed) {
      for (const [key, value] of changed) if (!this.#held.has(key)) this.#held.set(key, value);
      return false;
    }
    for (const [key, value] of this.#held) if (!changed.has(key)) changed.set(key, value);
    this.#held.clear();
    return true;
  }

  get language(): Language {
    return language();
  }

  /** The other language's atlas in this one's place; a page's address keeps it (`?lang=en`). */
  switchTo(next: Language, urlState: boolean, state: AtlasState | null): void {
    const host = this.#host;
    const fresh = document.createElement(host.localName);
    for (const { name, value } of host.attributes) fresh.setAttribute(name, value);
    fresh.setAttribute('lang', next);
    if (urlState) {
      const url = new URL(location.href);
      if (next === 'de') url.searchParams.delete('lang');
      else url.searchParams.set('lang', next);
      history.replaceState(history.state, '', url);
      if (document.documentElement.lang) document.documentElement.lang = next;
    } else if (state) {
      for (const [option, value] of optionsOf(state)) fresh.setAttribute(option, value);
    }
    host.replaceWith(fresh);
  }
}
