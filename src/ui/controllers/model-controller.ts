// The model's life in the shell: made from the first link once the first view's data is here,
// given the other tables when they follow, and each of its changes passed on once: to the
// address bar, the host page and the shell's template. The first link is read once (the loader
// asks which indicator it needs, the model is opened from the same reading), and its words
// serve everything that later asks what the link wanted (own data kept, analysis views).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AtlasData, FirstView } from '../../data/atlas-data';
import type { Catalog } from '../../data/catalog';
import { openLink, type AtlasModel, type Correction } from '../../state/atlas-model';
import type { AtlasState } from '../../state/atlas-state';
import { idle } from '../../idle';
import type { HashController } from './hash-controller';
import type { HostController } from './host-controller';
import type { GridController } from './grid-controller';
import type { ImportController } from './import-controller';
import type { MapController } from './map-controller';

export interface ModelHost extends ReactiveControllerHost {
  model: AtlasModel | null;
  /** what the first link asked for and did not get */
  _notice: Correction[];
  readonly urlState: boolean;
  readonly dataBase: string;
}

/** The shell's other controllers that a model is bound to. */
export interface ModelParts {
  map: MapController;
  hash: HashController;
  hostPage: HostController;
  grid: GridController;
  import: ImportController;
}

export class ModelController implements ReactiveController {
  #host: ModelHost;
  #parts: ModelParts;
  /** the first link's words: the hash names the model's view from the start on */
  #words = new URLSearchParams();

  constructor(host: ModelHost, parts: ModelParts) {
    this.#host = host;
    this.#parts = parts;
    host.addController(this);
    this.firstShown = Promise.race([parts.map.firstFrame.then(() => idle(300)), new Promise<void>((resolve) => (this.#noFirstMap = resolve))]);
  }

  hostConnected(): void {}

  /**
   * The indicator of the first view, whose tables load before the others (DataController), and
   * whether it draws Sozialräume; null where that view needs more than one indicator: a table, an
   * analysis, the grid. A link naming an area that is not yet loaded waits for all (see #start).
   */
  firstView(catalog: Catalog): FirstView | null {
    // The atlas's own page (index.html, embed.html) is named as the catalog names the atlas, in its language.
    if (this.#host.urlState) nameThePage(catalog.title);
    const { state } = this.#parts.hostPage.firstLink(this.#host.urlState, catalog);
    if (state.table || state.analysis || state.bivariate || state.level === 'raster') return null;
    return { indicator: state.indicator, sozialraeume: state.level === 'sozialraum' || state.focus !== null };
  }

  /**
   * The first map is on the screen, and the page idle again (or it will not be drawn before all the
   * data is here): then the other tables are read, without holding up that frame.
   */
  readonly firstShown: Promise<void>;
  #noFirstMap: () => void = () => {};

  /** Data arrived: the first view's (`pending`), or all of it. */
  ready(data: AtlasData): void {
    const model = this.#host.model;
    if (!model) this.#start(data);
    else if (model.data.pending && !data.pending) this.#complete(model, data);
  }

  /** The data is here: the view comes from the attributes, with the page's hash over them when the atlas owns the URL. */
  #start(data: AtlasData): void {
    const link = this.#parts.hostPage.firstLink(this.#host.urlState, data.catalog);
    const { model, corrections } = openLink(data, link);
    // The view became one whose figures are still loading (e.g. an indicator the level does not
    // offer), or the link asks for something the first files cannot give (e.g. a Sozialraum of a
    // Gemeinde map, which loads with the rest): it waits for all of it, to be read as it was meant.
    if (data.pending && (!data.series.has(model.state.indicator) || corrections.length)) return this.#noFirstMap();
    const { hash, grid, map } = this.#parts;
    this.#host.model = model;
    this.#host._notice = corrections;
    hash.bind(model);
    grid.bind(model, this.#host.dataBase);
    map.reset(data);
    model.subscribe(this.#changed);
    this.#changed(model, null);
    this.#words = link.words;
    if (!data.pending) this.#started(model, data, link.words);
  }

  /** The other tables are in: the view stays, the controls come alive. */
  #complete(model: AtlasModel, data: AtlasData): void {
    model.setData(data);
    this.#started(model, data, this.#words);
  }

  /** With all the data: the planner's own tables kept in this browser, and the analysis a link asks for. */
  #started(model: AtlasModel, data: AtlasData, words: URLSearchParams): void {
    void this.#parts.import.start(data, words);
    if (model.state.analysis) this.analysis(model, words);
  }

  /** The analysis views' module, when a view first asks for it (see ui/analysis/load); `words`: the first link's, to say what it did not get. */
  analysis(model: AtlasModel, words: URLSearchParams | null): void {
    void import('../analysis/load').then((m) => m.install(this.#host, model, words));
  }

  #changed = (model: AtlasModel, previous: AtlasState | null) => {
    this.#parts.hash.write();
    this.#parts.hostPage.tell(model, previous);
    this.#host.requestUpdate();
  };
}

/** The page's title and its heading (embed.html's, read by screen readers) as `title`. */
function nameThePage(title: string): void {
  document.title = title;
  const heading = document.querySelector('main > h1');
  if (heading) heading.textContent = title;
}
