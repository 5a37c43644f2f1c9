// Places ("Standorte") for <sozial-atlas>: their runtime (pane, layers on the maps, reach, search)
// loads with the first look at them or a link that asks for them, never with the start chunk. Once
// loaded, places follow every view, also one that takes the last layer or the reach away.
import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AtlasModel } from '../../state/atlas-model';
import type { PointFeature, PointLayerStyle } from '../../symbology/points';
import type { PlacesRuntime } from '../places/places-runtime';
import type { PlaceEntry } from '../../domain/place-search';

export interface PlacesLoaderHost extends ReactiveControllerHost {
  readonly model: AtlasModel | null;
  readonly dataBase: string;
  readonly urlState: boolean;
  setPoints(layer: string, features: readonly PointFeature[] | null, style?: PointLayerStyle): void;
  /** a link's indicator that exists once computed (reach) is shown after all */
  keptIndicator(id: string): void;
  /** the runtime asks, with 'point-choose', for a place found by the search to be chosen and shown */
  dispatchEvent(event: Event): boolean;
  addEventListener(type: 'place-find', listener: (e: HTMLElementEventMap['place-find']) => void): void;
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
    // The search found a place (of any layer, shown or not).
    host.addEventListener('place-find', (e) => {
      e.stopPropagation();
      void this.#load().then((places) => places.reveal(e.detail.layer, e.detail.id));
    });
  }

  #finder: ((query: string) => readonly PlaceEntry[]) | null = null;
  #finderOf: object | null = null;
  /**
   * The search's place finder: the places of every layer, shown or not. Typing loads the places (not
   * before: they stay out of the start chunk); a new function whenever what it finds changes, so that
   * the search, whose property it is, asks again.
   */
  get finder(): (query: string) => readonly PlaceEntry[] {
    const of = this.ready?.findable ?? null;
    if (this.#finder && this.#finderOf === of) return this.#finder;
    this.#finderOf = of;
    return (this.#finder = (query) => {
      if (this.ready) return this.ready.find(query);
      if (query.trim().length >= 2) void this.#load().then((places) => places.open());
      return [];
    });
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

declare global {
  interface HTMLElementEventMap {
    /** the search chose a place: its layer is turned on, then the place chosen and shown */
    'place-find': CustomEvent<{ layer: string; id: string }>;
  }
}
