// The page's URL hash as the view, for an atlas that owns the page (`url-state`): a link opens
// its view, back/forward and edited hashes move it, and every view the atlas shows is written
// back, so the address always names what is on screen.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fromHash } from '../../state/atlas-state';
import type { AtlasModel } from '../../state/atlas-model';
import { allIndicatorIds } from '../../state/level-indicators';

export class HashController implements ReactiveController {
  #model: AtlasModel | null = null;
  #enabled: () => boolean;
  #onHashChange = () => {
    const model = this.#model;
    // The atlas' own writes fire no hashchange; a hash that names the shown view already needs no reading.
    if (!model || !this.#enabled() || location.hash === model.hash) return;
    model.update(fromHash(location.hash, allIndicatorIds(model.data.catalog)));
    this.write();
  };

  constructor(host: ReactiveControllerHost, enabled: () => boolean) {
    this.#enabled = enabled;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.#onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  bind(model: AtlasModel): void {
    this.#model = model;
  }

  /** The shown view into the address bar, without a new history entry. */
  write(): void {
    const model = this.#model;
    if (!model || !this.#enabled()) return;
    if (location.hash !== model.hash) history.replaceState(null, '', model.hash);
  }
}
