// The host page's side of the atlas: attributes in (the first view, and later changes that move
// it), events out (`view-change` with the view and its hash, `area-select` with the area).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AtlasModel } from '../../state/atlas-model';
import type { Catalog } from '../../data/catalog';
import { readLink, stateOf, type AtlasState, type Link } from '../../state/atlas-state';
import { firstView, optionParams, overlaid, VIEW_OPTION_NAMES, type ViewOption } from '../../state/view-options';
import { allIndicatorIds } from '../../state/level-indicators';

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
/** lit property name of each view option attribute ("base-year" -> baseYear) */
export const OPTION_PROPERTIES = new Map(VIEW_OPTION_NAMES.map((name) => [camel(name), name]));
export const optionProperties = () => Object.fromEntries([...OPTION_PROPERTIES].map(([property, attribute]) => [property, { attribute }]));

export class HostController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  #first: { key: string; catalog: Catalog; link: Link } | null = null;

  /**
   * The first view: the attributes, with the page's hash over them when the atlas owns the URL.
   * Read once, though asked twice (by the loader when the catalog is in, by the shell when the
   * data is): only a hash or an attribute changed in between is read again.
   */
  firstLink(urlState: boolean, catalog: Catalog): Link {
    const get = (name: ViewOption) => this.#host.getAttribute(name);
    const hash = urlState ? location.hash : null;
    const key = JSON.stringify([hash, VIEW_OPTION_NAMES.map(get)]);
    if (this.#first?.key !== key || this.#first.catalog !== catalog) this.#first = { key, catalog, link: readLink(firstView(get, hash), allIndicatorIds(catalog)) };
    return this.#first.link;
  }

  /** An attribute the host page changes later moves the view; the others stay as the user left them. */
  attributesChanged(changed: Map<PropertyKey, unknown>, model: AtlasModel | null): void {
    const moved = [...changed.keys()].flatMap((key) => OPTION_PROPERTIES.get(String(key)) ?? []);
    if (!model || !moved.length) return;
    const patch = optionParams((name: ViewOption) => (moved.includes(name) ? this.#host.getAttribute(name) : null));
    model.update(stateOf(overlaid(model.hash, patch), allIndicatorIds(model.data.catalog)));
  }

  /** Tells the host page what is shown now, and which area is chosen when that changed. */
  tell({ state, data, hash }: AtlasModel, previous: AtlasState | null): void {
    const host = this.#host;
    host.dispatchEvent(new CustomEvent('view-change', { detail: { ...state, hash }, bubbles: true, composed: true }));
    if (!previous || previous.area === state.area) return;
    const area = data.areas.find((a) => a.id === state.area);
    const detail = area ? { id: area.id, name: area.name, level: area.level, parent: area.parent } : { id: null, name: null, level: null, parent: null };
    host.dispatchEvent(new CustomEvent('area-select', { detail, bubbles: true, composed: true }));
  }
}
