// Places on the atlas, loaded with the first look at them (the toolbar's "Standorte", or a link
// with standorte= or erreichbarkeit=): the built-in layers from the data folder, own places from a
// file (kept in this browser like own tables), each drawn through the point-layer interface; and
// reach, computed here from the grid and a layer's places and given to the model as indicators.
import { html, nothing } from 'lit';
import type { AtlasModel } from '../../state/atlas-model';
import { REACH_TEXT, wordsOf } from '../../state/atlas-state';
import type { PointFeature, PointLayerStyle } from '../../symbology/points';
import { drawPlaces, categoriesOf } from '../../symbology/place-styles';
import { placeContext, type PlaceContext } from '../../data/places/place-context';
import { loadPlaceLayer, readPlaceFile, BUILT_IN_LAYERS } from '../../data/places/place-files';
import type { PlaceRead } from '../../data/places/read-places';
import { withReach, withoutReach, REACH_IDS, REACH_PREFIX } from '../../data/places/reach-data';
import { loadOwnData, saveOwnData, clearOwnData, OWN_PLACES_KEY } from '../../data/own-data-store';
import { slugOf } from '../../domain/place';
import { searchPlaces, type PlaceEntry } from '../../domain/place-search';
import { defaultLocale } from '../../messages/default-locale';
import { PLACE_LAYER_NAME, placeTexts, reachTexts } from '../../messages/places';
import type { PlaceLayerRow, ReachChoice } from './atlas-places-pane';
import { needWithoutOffer } from '../../state/reach-gap';
import { indicatorsAt } from '../../state/level-indicators';
import './atlas-places-pane';
import './atlas-reach-gap';

export const OWN_LAYER = 'eigene-standorte';
/** the user-timing name of one reach computation */
export const REACH_TIMING = 'sozialatlas:erreichbarkeit';

export interface PlacesHost {
  readonly model: AtlasModel | null;
  readonly dataBase: string;
  setPoints(layer: string, features: readonly PointFeature[] | null, style?: PointLayerStyle): void;
  requestUpdate(): void;
  /** the indicator the first link asked for (a reach indicator exists only once computed) */
  readonly firstIndicator: string | null;
  /** a place found by the search, its layer now drawn: chosen and shown on the map (PointController) */
  showPoint(layer: string, id: string): void;
  /** the link's reach indicator is shown after all: the note that it was replaced goes */
  keptIndicator(id: string): void;
}

/** The runtime for an atlas element: made, told to the element (`ready`), own places restored. */
export async function attachPlaces(atlas: Omit<PlacesHost, 'firstIndicator' | 'showPoint'> & { urlState: boolean; dispatchEvent(event: Event): boolean }, firstHash: string, ready: (runtime: PlacesRuntime) => void): Promise<PlacesRuntime> {
  const firstIndicator = atlas.urlState ? wordsOf(firstHash).get('indikator') : null;
  const runtime = new PlacesRuntime({
    get model() {
      return atlas.model;
    },
    dataBase: atlas.dataBase,
    setPoints: atlas.setPoints,
    requestUpdate: () => atlas.requestUpdate(),
    firstIndicator,
    keptIndicator: (id) => atlas.keptIndicator(id),
    // The PointController, listening on the atlas, goes to the place and chooses it.
    showPoint: (layer, id) => atlas.dispatchEvent(new CustomEvent('point-choose', { detail: { layer, id, show: true } })),
  });
  ready(runtime);
  await runtime.start();
  atlas.requestUpdate();
  return runtime;
}

/** `schulen:grundschule:1000` read; null when malformed. */
export function reachOf(text: string | null): ReachChoice | null {
  const m = text ? REACH_TEXT.exec(text) : null;
  return m ? { layer: m[1], category: m[2], metres: Number(m[3]) } : null;
}

export class PlacesRuntime {
  #reads = new Map<string, PlaceRead>();
  #loading = new Map<string, Promise<PlaceRead | null>>();
  #shown = new Set<string>();
  #own: { name: string; bytes: ArrayBuffer } | null = null;
  #context: PlaceContext | null = null;
  #reach: string | null = null;
  #computing = false;
  /** the reach asked for could not be made (no such layer, no grid): not tried again until it changes */
  #failed = false;
  /** the need indicator of "Bedarf ohne Angebot": the one shown before reach took the map, or picked */
  #need: string | null = null;
  #firstIndicator: string | null;
  /** a place chosen in the search, waiting for its layer to be drawn */
  #reveal: { layer: string; id: string } | null = null;
  busy = '';
  /** a new object whenever the places the search can find change (a layer read, own places read or cleared) */
  findable: object = {};

  constructor(private readonly host: PlacesHost) {
    this.#firstIndicator = host.firstIndicator;
  }

  /** Own places kept from an earlier visit are read again. */
  async start(): Promise<void> {
    const stored = await loadOwnData(OWN_PLACES_KEY);
    const file = stored?.files[0];
    if (file) await this.#readOwn(file);
  }

  #contextOf(model: AtlasModel): PlaceContext {
    return (this.#context ??= placeContext(model.data.boundaries.gemeinden));
  }

  #layer(model: AtlasModel, id: string): Promise<PlaceRead | null> {
    const done = this.#reads.get(id);
    if (done) return Promise.resolve(done);
    if (id === OWN_LAYER || !(BUILT_IN_LAYERS as readonly string[]).includes(id)) return Promise.resolve(null);
    let loading = this.#loading.get(id);
    if (!loading) {
      loading = loadPlaceLayer(this.host.dataBase, id, this.#contextOf(model)).then((read) => {
        this.#reads.set(id, read);
        this.findable = {};
        this.sync(model);
        this.host.requestUpdate();
        return read;
      });
      this.#loading.set(id, loading);
    }
    return loading;
  }

  /** Draws the layers the view names and removes the others; starts reach when the view asks for another. */
  sync(model: AtlasModel): void {
    const wanted = new Set(model.state.places);
    for (const id of wanted) if (!this.#reads.has(id)) void this.#layer(model, id);
    // Drawn once all that are asked for are read, in the link's order: the legend lists them so.
    const reading = [...wanted].some((id) => !this.#reads.has(id) && this.#loading.has(id));
    for (const id of reading ? [] : wanted) {
      const read = this.#reads.get(id);
      if (!read || this.#shown.has(id)) continue;
      const { features, style } = drawPlaces(id, read.places);
      // Own places name their file where the shipped layers name their source.
      this.host.setPoints(id, features, id === OWN_LAYER && this.#own ? { ...style, source: placeTexts.ownSource(this.#own.name) } : style);
      this.#shown.add(id);
    }
    for (const id of [...this.#shown]) {
      if (wanted.has(id)) continue;
      this.host.setPoints(id, null);
      this.#shown.delete(id);
    }
    const reveal = this.#reveal;
    if (reveal && this.#shown.has(reveal.layer)) {
      this.#reveal = null;
      this.host.showPoint(reveal.layer, reveal.id);
    }
    // Reach waits for all the data; the rest's arrival (or own tables) replaces the data without it, so it is made again.
    if (model.data.pending || this.#computing) return;
    const lost = model.state.reach !== null && model.state.reach === this.#reach && !model.data.series.has(REACH_IDS.share) && !this.#failed;
    if (model.state.reach !== this.#reach || lost) {
      this.#reach = model.state.reach;
      this.#computing = true;
      void this.#computeReach(model, reachOf(model.state.reach)).finally(() => (this.#computing = false));
    }
  }

  async #computeReach(model: AtlasModel, choice: ReachChoice | null): Promise<void> {
    if (!choice) {
      if ([...model.data.series.keys()].some((id) => id.startsWith(REACH_PREFIX))) {
        const next = withoutReach(model.data);
        // Leaving a reach map: back to the need shown before it, or the first indicator of the level.
        const back = model.state.level === 'raster' ? next.catalog.grid?.indicators[0]?.id : (this.#need ?? next.catalog.indicators[0]?.id);
        model.setData(next, model.state.indicator.startsWith(REACH_PREFIX) ? { indicator: back ?? '' } : {});
      }
      return;
    }
    this.#say(placeTexts.loading);
    const read = await this.#layer(model, choice.layer);
    const grid = model.data.grid ?? (await this.#grid(model));
    this.#failed = !read || !grid;
    if (!read || !grid) return this.#say(grid ? '' : placeTexts.reachNeedsGrid);
    const places = read.places.filter((p) => !choice.category || slugOf(p.category) === choice.category);
    const categoryName = choice.category ? categoriesOf(choice.layer, places).get(places[0]?.category ?? '') ?? choice.category : null;
    const layerName = PLACE_LAYER_NAME[choice.layer] ?? choice.layer;
    const started = performance.now();
    const next = withReach(model.data, grid, {
      places: places.map((p) => p.lngLat),
      metres: choice.metres,
      what: reachTexts.what(layerName, categoryName),
      placeSource: placeTexts.source[choice.layer] ?? layerName,
    });
    // The computation alone, as a user-timing entry: the bench reads it (issue 27: at most 50 ms for 184 places).
    performance.measure(REACH_TIMING, { start: started });
    // The share is shown unless the view (or the first link) already names a reach indicator.
    const first = this.#firstIndicator;
    const before = first ?? model.state.indicator;
    if (!this.#need && !before.startsWith(REACH_PREFIX)) this.#need = before;
    this.#firstIndicator = null;
    const keep = model.state.indicator.startsWith(REACH_PREFIX) ? model.state.indicator : first?.startsWith(REACH_PREFIX) ? first : REACH_IDS.share;
    const level = keep === REACH_IDS.distance ? 'raster' : model.state.level === 'raster' ? 'gemeinde' : model.state.level;
    model.setData(next, { indicator: keep, year: null, level, display: 'value' });
    if (keep === first) this.host.keptIndicator(first);
    this.#say('');
  }

  async #grid(model: AtlasModel) {
    try {
      const { loadGrid, withGrid } = await import('../../data/grid');
      const gemeinden = new Set(model.data.areas.filter((a) => a.level === 'gemeinde').map((a) => a.id));
      const grid = await loadGrid(this.host.dataBase, model.data.catalog, gemeinden);
      model.setData(withGrid(model.data, grid));
      return grid;
    } catch {
      return null;
    }
  }

  #say(text: string): void {
    this.busy = text;
    this.host.requestUpdate();
  }

  /** A file of own places: read, drawn, kept in this browser. */
  async ownFile(file: File): Promise<void> {
    const bytes = await file.arrayBuffer();
    await this.#readOwn({ name: file.name, bytes });
    await saveOwnData({ files: [{ name: file.name, bytes }], options: {} }, OWN_PLACES_KEY);
    const model = this.host.model;
    if (model && !model.state.places.includes(OWN_LAYER)) model.update({ places: [...model.state.places, OWN_LAYER] });
  }

  async #readOwn(file: { name: string; bytes: ArrayBuffer }): Promise<void> {
    const model = this.host.model;
    if (!model) return;
    this.#own = file;
    this.#reads.set(OWN_LAYER, await readPlaceFile(file, this.#contextOf(model)));
    this.findable = {};
    this.#shown.delete(OWN_LAYER);
    this.#failed = false;
    this.sync(model);
    this.host.requestUpdate();
  }

  async clearOwn(): Promise<void> {
    await clearOwnData(OWN_PLACES_KEY);
    this.#own = null;
    this.#reads.delete(OWN_LAYER);
    this.findable = {};
    const model = this.host.model;
    if (model) model.update({ places: model.state.places.filter((l) => l !== OWN_LAYER) });
    this.host.requestUpdate();
  }

  /** The pane opens: every built-in layer is read, so that its count and categories can be offered. */
  open(): void {
    const model = this.host.model;
    if (model) for (const id of BUILT_IN_LAYERS) void this.#layer(model, id);
  }

  /**
   * The places of every layer whose name matches, shown or not, for the search (an arrow: handed to it as
   * is). The first search reads the layers not read yet; they are found once read (`findable` changes).
   */
  find = (query: string): PlaceEntry[] => {
    if (query.trim().length >= 2) this.open();
    const entries = [...this.#reads].flatMap(([layer, read]) => read.places.map((p) => ({ layer, id: p.id, name: p.name || p.id, detail: PLACE_LAYER_NAME[layer] ?? layer })));
    return searchPlaces(entries, query, undefined, defaultLocale.compare);
  };

  /** A place chosen in the search: its layer is turned on (the link's standorte= follows), then it is chosen and shown. */
  reveal(layer: string, id: string): void {
    const model = this.host.model;
    if (!model) return;
    this.#reveal = { layer, id };
    if (model.state.places.includes(layer)) this.sync(model);
    else model.update({ places: [...model.state.places, layer] });
  }

  pane(model: AtlasModel) {
    const ids = [...BUILT_IN_LAYERS, ...(this.#own ? [OWN_LAYER] : [])];
    const layers: PlaceLayerRow[] = ids.map((id) => ({ id, checked: model.state.places.includes(id), count: this.#reads.get(id)?.places.length ?? null }));
    const categories = new Map(ids.map((id) => [id, new Map([...categoriesOf(id, this.#reads.get(id)?.places ?? [])].map(([c, name]) => [slugOf(c), name]))]));
    const own = this.#reads.get(OWN_LAYER);
    return html`<atlas-places-pane class="places-pane" .layers=${layers} .categories=${categories} .reach=${reachOf(model.state.reach)} .busy=${this.busy}
      .own=${this.#own && own ? { file: this.#own.name, read: own.read, drawn: own.places.length, problems: own.problems } : null}
      @places-own-file=${(e: CustomEvent<{ file: File }>) => (e.stopPropagation(), void this.ownFile(e.detail.file))}
      @places-own-clear=${(e: Event) => (e.stopPropagation(), void this.clearOwn())}>${this.#gap(model)}</atlas-places-pane>`;
  }

  /** The table "Bedarf ohne Angebot", once reach is computed. */
  #gap(model: AtlasModel) {
    if (!model.data.series.has(REACH_IDS.share)) return nothing;
    const level = model.state.level === 'sozialraum' ? 'sozialraum' : 'gemeinde';
    const options = indicatorsAt(model.data.catalog, level).filter((i) => !i.id.startsWith(REACH_PREFIX)).map((i) => [i.id, i.label] as const);
    const need = options.some(([id]) => id === this.#need) ? this.#need : null;
    const gap = need ? needWithoutOffer(model.data, model.state, need, REACH_IDS.share) : null;
    return html`<atlas-reach-gap .options=${options} .need=${need} .gap=${gap}
      @places-need=${(e: CustomEvent<{ id: string }>) => (e.stopPropagation(), (this.#need = e.detail.id || null), this.host.requestUpdate())}></atlas-reach-gap>`;
  }
}
