// The parts of the shell's template that only pass the model on: side pane, card, table pane
// and the dialogs. Kept apart so that <sozial-atlas> reads as its wiring.
import { html, nothing } from 'lit';
import { areaActions, type AtlasModel } from '../state/atlas-model';
import { timeLines } from '../domain/series';
import { referencesAt } from '../domain/reference-values';
import { referencesOf } from '../data/atlas-data';
import { ATLAS_BASE } from '../asset-base';
import { credit } from './controllers/map-controller';
import { subtitleOf, type PrintController } from './controllers/print-controller';
import type { Area } from '../domain/types';
import type { ImportResultView } from './atlas-import';
import type { ContributionPart } from './controllers/contribution-loader';
import { appTexts } from '../messages/app';
import { tooltipOf } from '../state/view-texts';
// In the start bundle: what the first map needs (legend, status) and what sits above it (toolbar).
// The side pane, the card and the tooltip follow the first map (preloadParts); the side pane's
// column is there from the start, so nothing moves when they arrive.
import './atlas-toolbar';
import './atlas-legend';
import './atlas-status';

export type Controls = 'full' | 'minimal' | 'none';

export function sidePane(model: AtlasModel, summary: string, controls: Controls, open: boolean, own: { result: ImportResultView | null; stored: boolean; dropped: File[] | null }, close: () => void) {
  // While the other tables load (data.pending) the controls wait: only the first view's indicator has its figures.
  return html`<aside class="side ${open ? 'open' : ''}" id="side" aria-label=${appTexts.menu} ?inert=${Boolean(model.data.pending)}>
    <button type="button" class="close" @click=${close} aria-label=${appTexts.menuClose}>×</button>
    <atlas-sidebar .data=${model.data} .state=${model.state} .plan=${model.plan} .summary=${summary} .full=${controls === 'full'} .imported=${own.result} .stored=${own.stored} .dropped=${own.dropped}></atlas-sidebar>
  </aside>`;
}

/** The selected area's card, when an area of the shown level is selected. */
export function card(model: AtlasModel, controls: Controls, contributions: ContributionPart | null) {
  const { data, state, plan } = model;
  const area = data.areas.find((a) => a.id === state.area && a.level === plan.level);
  if (!area) return nothing;
  // The card's module comes after the first map (see preloadParts) or, at the latest, now.
  void preloadParts();
  return html`<atlas-panel
    class="card"
    ?inert=${Boolean(data.pending)}
    .plan=${plan}
    .area=${area}
    .kreisName=${data.catalog.kreis.name}
    .geometryCredit=${credit(data, plan.level)}
    .lines=${timeLines(data, plan.indicator.id, area, data.areas)}
    .actions=${controls === 'none' ? null : areaActions(model, area.id)}
    .contributions=${controls === 'none' ? null : (contributions?.countIn(area.id) ?? 0)}
    .references=${referencesAt(referencesOf(data, plan.indicator.id), plan.year)}
    .kreisSeries=${data.catalog.kreisSeries !== null}
  ></atlas-panel>`;
}

const names = new WeakMap<readonly Area[], Map<string, string>>();
/** area id -> name, made once per area list */
const namesOf = (areas: readonly Area[]) => names.get(areas) ?? names.set(areas, new Map(areas.map((a) => [a.id, a.name]))).get(areas)!;

/** The table and the analysis pane beside the map, one above the other when both are open. */
export function panes(model: AtlasModel, presenting: boolean, contributions: ContributionPart | null) {
  const { data, state, plan } = model;
  if (!state.table && !state.analysis && !state.contributions) return nothing;
  return html`<div class="panes">
    ${state.table
      ? html`<section class="table-pane" aria-label=${appTexts.tableToggle}>
          <atlas-table .plan=${{ ...plan, areas: plan.shown }} .names=${namesOf(data.areas)} .selected=${state.area} .kreisName=${data.catalog.kreis.name}></atlas-table>
        </section>`
      : nothing}
    ${state.analysis ? html`<atlas-analysis .data=${data} .state=${state} .plan=${plan} .presenting=${presenting}></atlas-analysis>` : nothing}
    ${state.contributions ? contributions?.pane(model) : nothing}
  </div>`;
}

/** Print (the full workbench only) and share dialogs; `dataBase` is named in snippets when it is not the atlas' own. */
export function dialogs(model: AtlasModel, controls: Controls, dataBase: string, height: string, print: Pick<PrintController, 'busy' | 'error' | 'onRequest'>, contributions: number, embedded: boolean) {
  const { state, plan } = model;
  const foreign = new URL(dataBase, document.baseURI).href;
  const context = {
    base: ATLAS_BASE,
    title: appTexts.embedTitle(plan.indicator.label),
    dataBase: foreign === new URL('data/', ATLAS_BASE).href ? null : foreign,
    height,
  };
  return html`${controls === 'full'
      ? html`<atlas-print-dialog .model=${model} .defaultTitle=${plan.measure.label} .defaultSubtitle=${subtitleOf(model)} @print-request=${print.onRequest} .busy=${print.busy} .error=${print.error} .contributions=${contributions}></atlas-print-dialog>`
      : nothing}
    <atlas-share-dialog .state=${state} .hash=${model.hash} .context=${context}></atlas-share-dialog>
    <atlas-about .data=${model.data} .embedded=${embedded} .dataBase=${dataBase}></atlas-about>`;
}

/** A dialog whose module loads when first wanted: loaded, drawn, then opened. */
async function openLazy<K extends 'atlas-print-dialog' | 'atlas-share-dialog' | 'atlas-about'>(root: ParentNode, tag: K, load: () => Promise<unknown>, open: (dialog: HTMLElementTagNameMap[K]) => void): Promise<void> {
  await load();
  const dialog = root.querySelector(tag);
  await dialog?.updateComplete;
  if (dialog) open(dialog);
}

/** A hovered area (from the map) in the tooltip and the table: they render, nothing else does. */
export function showHover(root: ParentNode, model: AtlasModel | null, id: string | null, point: { x: number; y: number } | null): void {
  const table = root.querySelector('atlas-table');
  if (table) table.hovered = id;
  const analysis = root.querySelector('atlas-analysis');
  if (analysis) analysis.hovered = id;
  const tooltip = root.querySelector('atlas-tooltip');
  // A hover before the tooltip's module is in (it loads after the first map) is shown once it is.
  if (tooltip && !customElements.get('atlas-tooltip')) {
    void customElements.whenDefined('atlas-tooltip').then(() => showHover(root, model, id, point));
    return;
  }
  const content = id && point && model ? tooltipOf(model, id) : null;
  if (content && point) tooltip?.show(content, point);
  else tooltip?.hide();
}

/** Parts not needed for the first map: fetched once it is drawn, so the start bundle stays small. */
export const preloadParts = () => Promise.all([import('./atlas-sidebar'), import('./atlas-panel'), import('./atlas-tooltip')]);

/** The print and share dialogs' modules load when first wanted. */
export const openDialog = (root: ParentNode, which: 'print' | 'share') =>
  which === 'print'
    ? openLazy(root, 'atlas-print-dialog', () => import('./atlas-print-dialog'), (d) => d.open())
    : openLazy(root, 'atlas-share-dialog', () => import('./atlas-share-dialog'), (d) => d.open());

/** "Über die Daten", opened at the indicator that legend or card name (issue 12). */
export const openAbout = (root: ParentNode, indicator: string, section: 'kreis' | null = null) => openLazy(root, 'atlas-about', () => import('./atlas-about'), (d) => d.open(indicator, section));

/**
 * Files dropped on the atlas go to the own-data part of the side pane (as its `dropped`), which
 * loads after the first map: a drop that comes sooner loads it, and the files wait for it.
 */
export const loadDropTarget = () => Promise.all([import('./atlas-sidebar'), import('./atlas-import')]);
