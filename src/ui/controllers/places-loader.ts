// Places ("Standorte") for <sozial-atlas>: their runtime (pane, layers on the maps, reach, search)
// loads with the first look at them or a link that asks for them, never with the start chunk. Once
// loaded, places follow every view, also one that takes the last layer or the reach away.
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AtlasModel } from '../../state/atlas-model';
import type { PointFeature, PointLayerStyle } from '../../symbology/points';
import type { PlacesRuntime } from '../places/places-runtime';

export interface PlacesLoaderHost extends ReactiveControllerHost {
  readonly model: AtlasModel | null;
  readonly dataBase: string;
  readonly urlState: boolean;
  setPoints(layer: string, features: readonly PointFeature[] | null, style?: PointLayerStyle): void;
  /** a link's indicator that exists once computed (reach) is shown after all */
  keptIndicator(id: string): void;
}

export class PlacesLoader implements ReactiveController {
  /** the "Standorte" pane is open */
  open = false;
  /** the runtime once made: its pane and its search */
  ready: PlacesRuntime | null = null;
  #loading: Promise<PlacesRuntime> | null = null;
  /** the page's link as it came, before the view rewrote it: what it asked of places and reach (a reach indicator exists only once computed) */
  #firstHash = '';

  constructor(private readonly host: PlacesLoaderHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#firstHash ||= location.hash;
  }

  /** After each view: loaded when the link asks for places or reach, then kept in step. */
  sync(model: AtlasModel): void {
    if (this.#loading || model.state.places.length || model.state.reach || this.open) void this.#load().then((places) => places.sync(model));
  }

  /** The toolbar's "Standorte". */
  async toggle(): Promise<void> {
    this.open = !this.open;
    this.host.requestUpdate();
    if (this.open) (await this.#load()).open();
  }

  close = (): void => {
    this.open = false;
    this.host.requestUpdate();
  };

  pane(model: AtlasModel | null) {
    return this.open && this.ready && model ? this.ready.pane(model) : nothing;
  }

  #load(): Promise<PlacesRuntime> {
    return (this.#loading ??= import('../places/places-runtime').then(({ attachPlaces }) =>
      attachPlaces(this.host, this.#firstHash, (runtime) => {
        this.ready = runtime;
        this.host.requestUpdate();
      }),
    ));
  }
}
