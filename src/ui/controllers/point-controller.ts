// The point layers of the atlas, kept once for every renderer, the legend, the list and print:
// each layer is sent to a renderer that does not hold it yet (the 2D first frame, MapLibre after
// it, a 2D map after a loss), hover shows a point's text in the tooltip, a click (or a button of
// the list) chooses it, rings it on the map and says it; a cluster chosen on the map zooms in.
import type { ReactiveControllerHost } from 'lit';
import type { AtlasRenderer, PointHit } from '../../map/renderer';
import { CONTRIBUTION_STYLE, symbolOf, type PointFeature, type PointLayer, type PointLayerStyle } from '../../symbology/points';
import { pointTexts } from '../../messages/points';

export interface PointChoice {
  layer: string;
  id: string;
}

/** What the legend shows of the point layers: their categories and the list of points. */
export interface PointLegendInput {
  layers: readonly PointLayer[];
  selected: PointChoice | null;
}

/** How far a click on a cluster zooms in: twice as near, where its points part. */
const CLUSTER_ZOOM_STEP = 2;
/** the zoom a point found by the search is shown at (or nearer) */
const SHOW_ZOOM = 13;

export class PointController {
  #layers = new Map<string, PointLayer>();
  #selected: PointChoice | null = null;
  /** renderers that hold the current layers */
  #holding = new WeakSet<AtlasRenderer>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly renderers: () => ReadonlyArray<AtlasRenderer | null>,
    private readonly say: (text: string) => void,
  ) {
    // A button of the list (atlas-point-legend) asks for a point.
    host.addEventListener('point-choose', (e) => {
      e.stopPropagation();
      const { layer, id, show } = (e as CustomEvent<PointChoice & { show?: boolean }>).detail;
      // Found by the search: the map goes to it, near enough to tell it from its neighbours (before it is said, so the view's words come first).
      const found = show ? this.#feature(layer, id) : null;
      if (found) for (const map of this.renderers()) map?.jumpTo(found.feature.lngLat, Math.max(map.view().zoom, SHOW_ZOOM));
      this.select(layer, id);
    });
  }

  get layers(): readonly PointLayer[] {
    return [...this.#layers.values()];
  }

  /** The layers with the chosen point named in its layer: what print draws, ring included. */
  get printed(): readonly PointLayer[] {
    return this.layers.map((layer) => (this.#selected?.layer === layer.id ? { ...layer, selected: this.#selected.id } : layer));
  }

  /** The same object until a layer or the choice changes: the legend's list (hundreds of a workshop's pins) is not drawn again on every render of the atlas. */
  get legend(): PointLegendInput | null {
    return (this.#legend ??= this.#layers.size ? { layers: this.layers, selected: this.#selected } : null);
  }
  #legend: PointLegendInput | null = null;

  get selected(): PointChoice | null {
    return this.#selected;
  }

  /** A layer on every map (replacing one of the same id); null or an empty list removes it. */
  set(id: string, features: readonly PointFeature[] | null, style: PointLayerStyle = CONTRIBUTION_STYLE): void {
    if (features?.length) this.#layers.set(id, { id, features, style });
    else if (this.#layers.delete(id)) this.#removed.add(id);
    if (this.#selected?.layer === id && !features?.some((f) => f.id === this.#selected?.id)) this.#selected = null;
    this.#legend = null;
    this.#holding = new WeakSet();
    this.sync();
    this.host.requestUpdate();
  }

  /** Sends the layers to each renderer that does not hold them yet (called on every map sync). */
  sync(): void {
    for (const map of this.renderers()) {
      if (!map || this.#holding.has(map)) continue;
      this.#holding.add(map);
      for (const layer of this.#layers.values()) map.setPoints(layer.id, layer.features, layer.style);
      map.selectPoint(this.#selected?.layer ?? null, this.#selected?.id ?? null);
    }
    // A layer removed since: the renderers that held it drop it.
    for (const map of this.renderers()) for (const gone of this.#removed) map?.removePoints(gone);
    this.#removed.clear();
  }
  #removed = new Set<string>();

  #feature(layer: string, id: string): { feature: PointFeature; name: string } | null {
    const l = this.#layers.get(layer);
    const feature = l?.features.find((f) => f.id === id);
    return l && feature ? { feature, name: symbolOf(l.style, feature.category).name } : null;
  }

  /** The pointer over a mark: its text (or a cluster's count) in the tooltip. */
  hovered = (hit: PointHit | null, at: { x: number; y: number } | null): void => {
    const tooltip = this.host.shadowRoot?.querySelector('atlas-tooltip');
    const one = hit?.ids.length === 1 ? this.#feature(hit.layer, hit.ids[0]) : null;
    if (hit && at && one) tooltip?.show({ name: one.name, value: one.feature.text, sample: null }, at);
    else if (hit && at) tooltip?.show({ name: this.#clusterText(hit.layer)(hit.ids.length), value: '', sample: null }, at);
    else tooltip?.hide();
  };

  /** A click on a mark: a point is chosen; a cluster opens by zooming in on it. */
  clicked = (hit: PointHit): void => {
    const [id] = hit.ids;
    if (hit.ids.length === 1 && id) return this.select(hit.layer, id);
    for (const map of this.renderers()) map?.jumpTo(hit.lngLat, map.view().zoom + CLUSTER_ZOOM_STEP);
    this.say(this.#layers.get(hit.layer)?.style.clusterText ? `${this.#clusterText(hit.layer)(hit.ids.length)}` : pointTexts.clusterHint(hit.ids.length));
  };

  #clusterText(layer: string): (n: number) => string {
    return this.#layers.get(layer)?.style.clusterText ?? pointTexts.cluster;
  }

  /** Chooses a point (null: none): ringed on every map, said, told to the page ('point-select'). */
  select(layer: string | null, id: string | null): void {
    const found = layer && id ? this.#feature(layer, id) : null;
    this.#selected = found && layer && id ? { layer, id } : null;
    this.#legend = null;
    for (const map of this.renderers()) map?.selectPoint(this.#selected?.layer ?? null, this.#selected?.id ?? null);
    if (found) this.say(pointTexts.selected(found.name, found.feature.text));
    this.host.requestUpdate();
    this.host.dispatchEvent(new CustomEvent('point-select', { detail: this.#selected, bubbles: true, composed: true }));
  }
}
