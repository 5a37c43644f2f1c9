// The workshop contributions in one atlas: the store (Yjs, kept in IndexedDB), its contributions
// numbered and placed (pins at an area's label point or at their own point), the pins on every map
// through the point-layer interface, the selection kept in the atlas state (`beitrag=ID`) and the
// map's chosen point kept in step with it, the crosshair while a point is set, and files taken in.
import { html, type TemplateResult } from 'lit';
import type { AtlasModel } from '../../state/atlas-model';
import type { AtlasState } from '../../state/atlas-state';
import { createContributionStore, type ContributionStore } from '../../data/contribution-store';
import { areaPlaces, type AreaPlaces, type LngLat } from '../../data/area-places';
import type { Boundaries } from '../../data/boundaries';
import { countIn, pinsOf, placeContributions, resultsOf, type Listed } from '../../state/contribution-list';
import type { WorkshopResults } from '../../domain/workshop-results';
import { CONTRIBUTION_STYLE, type PointFeature, type PointLayerStyle } from '../../symbology/points';
import { scaledPointStyle } from '../../symbology/point-scale';
import type { ContributionPart, ContributionRequest } from '../controllers/contribution-loader';
import type { PointChoice } from '../controllers/point-controller';
import type { LoadedFile } from './contribution-files';
import { contributionTexts as t } from '../../messages/contributions';
import { LiveControl } from './live-control';
import './atlas-contributions';
import './place-picker';

/** The point layer of the contributions (PointController's id). */
export const CONTRIBUTION_LAYER = 'beitraege';

export interface SessionHost extends HTMLElement {
  model: AtlasModel | null;
  presenting: boolean;
  workshopServer: string | null;
  readonly mapInstance: { map: { unproject(p: [number, number]): { lng: number; lat: number } } } | null;
  setPoints(layer: string, features: readonly PointFeature[] | null, style?: PointLayerStyle): void;
  say(text: string): void;
  requestUpdate(): void;
  readonly renderRoot: ParentNode;
}

/** What the card asked for, handed to the pane once (`seq` tells a new ask from the same one again). */
export interface PaneRequest extends ContributionRequest {
  seq: number;
}

export class ContributionSession implements ContributionPart {
  readonly #local: ContributionStore;
  readonly #live: LiveControl;
  #places: { of: Boundaries; places: AreaPlaces } | null = null;
  #listed: Listed[] = [];
  #version = 0;
  #model: AtlasModel | null = null;
  #request: PaneRequest | null = null;
  #picking = false;
  #picked: { at: LngLat; seq: number } | null = null;
  #loaded: LoadedFile | null = null;

  constructor(private readonly host: SessionHost) {
    this.#local = createContributionStore();
    this.#local.subscribe(() => this.#changed());
    void this.#local.ready.then(() => this.#changed());
    this.#live = new LiveControl({
      server: () => host.workshopServer || null,
      local: this.#local,
      update: (patch) => this.#update(patch),
      changed: () => this.#changed(),
      redraw: () => this.#redraw(),
    });
    host.addEventListener('live-start', () => void this.#live.start());
    host.addEventListener('live-end', () => void this.#live.end());
    host.addEventListener('live-leave', () => this.#live.leave());
    // The map's chosen pin (a click, or the legend's list) is the list's: kept in the atlas state.
    host.addEventListener('point-select', (e) => {
      const choice = (e as CustomEvent<PointChoice | null>).detail;
      if (choice?.layer === CONTRIBUTION_LAYER && choice.id !== this.#model?.state.contribution) this.#update({ contribution: choice.id, contributions: true });
    });
    host.addEventListener('contribution-say', (e) => host.say((e as CustomEvent<string>).detail));
    host.addEventListener('point-pick', () => this.#pick(true));
    host.addEventListener('contribution-files', (e) => void this.take((e as CustomEvent<File[]>).detail));
    host.addEventListener('contribution-report-close', () => ((this.#loaded = null), this.#redraw()));
  }

  /** the contributions shown: a live session's room, or this browser's own */
  get store(): ContributionStore {
    return this.#live.store ?? this.#local;
  }

  get listed(): readonly Listed[] {
    return this.#listed;
  }

  sync(model: AtlasModel): void {
    const first = this.#model === null;
    this.#model = model;
    this.#live.follow(model.state.room);
    const scale = this.#scale();
    if (first || this.#places?.of !== model.data.boundaries || scale !== this.#pinScale) this.#changed();
    // The model is one object whose state moves on: #choose compares with what it ringed last, so a pick in the list reaches the map.
    else this.#choose(model.state.contribution);
  }

  countIn(area: string): number {
    return countIn(this.#listed, area);
  }

  count(): number {
    return this.#listed.length;
  }

  results(): WorkshopResults | null {
    const areas = this.#model?.data.areas;
    if (!this.#listed.length || !areas) return null;
    const names = new Map(areas.map((a) => [a.id, a.name]));
    return resultsOf(this.#listed, this.store.current(), (id) => names.get(id) ?? null);
  }

  request(detail: ContributionRequest): void {
    this.#request = { ...detail, seq: (this.#request?.seq ?? 0) + 1 };
    this.#update({ contributions: true });
    this.#redraw();
  }

  async take(files: File[]): Promise<void> {
    this.#update({ contributions: true });
    await this.#take(files);
  }

  pane(model: AtlasModel): TemplateResult {
    const { data, state, plan } = model;
    return html`<atlas-contributions
      .store=${this.store}
      .version=${this.#version}
      .listed=${this.#listed}
      .areas=${data.areas}
      .shown=${plan.shown}
      .selected=${state.contribution}
      .area=${state.area}
      .request=${this.#request}
      .picked=${this.#picked}
      .picking=${this.#picking}
      .loaded=${this.#loaded}
      .live=${this.#live.panel()}
      .own=${this.#own}
      ?presenting=${this.host.presenting}
    ></atlas-contributions>`;
  }

  /** What this device may edit and delete: everything, except as a participant in a room (what it added there). */
  #own = (id: string): boolean => {
    const session = this.#live.session;
    return !session || session.moderator || session.isOwn(id);
  };

  overlay(): TemplateResult | null {
    if (!this.#picking) return null;
    return html`<atlas-place-picker ?presenting=${this.host.presenting} @place-pick=${(e: CustomEvent<{ x: number; y: number } | null>) => this.#picked$(e.detail)}></atlas-place-picker>`;
  }

  /** The crosshair's answer: a point in map px, or null (cancelled). */
  #picked$(xy: { x: number; y: number } | null): void {
    const map = this.host.mapInstance?.map;
    this.#pick(false);
    if (!xy || !map) return this.host.say(t.said.pickCancelled);
    const { lng, lat } = map.unproject([xy.x, xy.y]);
    this.#picked = { at: [lng, lat], seq: (this.#picked?.seq ?? 0) + 1 };
    this.host.say(t.said.picked);
    this.#redraw();
  }

  #pick(on: boolean): void {
    this.#picking = on;
    if (on) this.host.say(t.said.picking);
    this.#redraw();
  }

  async #take(files: File[]): Promise<void> {
    const model = this.#model;
    if (!model) return;
    const { loadContributionFiles } = await import('./contribution-files');
    await this.store.ready;
    this.#loaded = await loadContributionFiles(files, this.store, model.data.areas, this.#placesOf(model.data.boundaries));
    this.#redraw();
  }

  #placesOf(boundaries: Boundaries): AreaPlaces {
    if (this.#places?.of !== boundaries) this.#places = { of: boundaries, places: areaPlaces(boundaries) };
    return this.#places.places;
  }

  /** The store or the boundaries changed: placed again, pinned again, drawn again. */
  #changed(): void {
    const model = this.#model;
    if (!model) return;
    this.#listed = placeContributions(this.store.contributions(), this.#placesOf(model.data.boundaries), model.data.areas);
    this.#version++;
    this.#pinScale = this.#scale();
    this.host.setPoints(CONTRIBUTION_LAYER, pinsOf(this.#listed), scaledPointStyle(CONTRIBUTION_STYLE, this.#pinScale));
    this.#choose(model.state.contribution);
    this.#redraw();
  }

  /** The state's contribution ringed on the map (PointController hears 'point-choose'), once per change. */
  #choose(id: string | null): void {
    const known = id && this.#listed.some((l) => l.contribution.id === id) ? id : null;
    if (known === this.#ringed) return;
    this.#ringed = known;
    this.host.dispatchEvent(new CustomEvent('point-choose', { detail: { layer: CONTRIBUTION_LAYER, id: known } }));
  }
  #ringed: string | null = null;

  /** Pins grow with the type in presentation mode (the layout's font size over the usual 16 px, as the map's labels). */
  #scale(): number {
    const layout = this.host.presenting ? this.host.renderRoot.querySelector('.layout') : null;
    return layout ? Math.round((parseFloat(getComputedStyle(layout).fontSize) / 16) * 4) / 4 : 1;
  }
  #pinScale = 1;

  #update(patch: Partial<AtlasState>): void {
    this.#model?.update(patch);
  }

  #redraw(): void {
    this.host.requestUpdate();
  }
}

export const startSession = (host: SessionHost): ContributionPart => new ContributionSession(host);
