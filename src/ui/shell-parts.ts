// The parts of the shell's template that only pass the model on: side pane, card, table pane
// and the dialogs. Kept apart so that <sozial-atlas> reads as its wiring.
import { html, nothing } from 'lit';
import { areaActions, type AtlasModel } from '../state/atlas-model';
import { shareTexts } from '../state/share';
import { timeLines } from '../domain/series';
import { ATLAS_BASE } from '../asset-base';
import { credit } from './controllers/map-controller';
import { subtitleOf } from './controllers/print-controller';
import type { Problem } from '../domain/types';
import { de } from './messages';
import { summaryOf } from './view-texts';
import './atlas-toolbar';
import './atlas-sidebar';
import './atlas-legend';
import './atlas-panel';
import './atlas-tooltip';
import './atlas-status';
import './atlas-print-dialog';

export type Controls = 'full' | 'minimal' | 'none';

export function sidePane(model: AtlasModel, controls: Controls, open: boolean, imported: { summary: string | null; problems: Problem[] } | null, close: () => void) {
  return html`<aside class="side ${open ? 'open' : ''}" id="side" aria-label=${de.menu}>
    <button type="button" class="close" @click=${close} aria-label=${de.menuClose}>×</button>
    <atlas-sidebar .data=${model.data} .state=${model.state} .plan=${model.plan} .summary=${summaryOf(model)} .full=${controls === 'full'} .imported=${imported}></atlas-sidebar>
  </aside>`;
}

/** The selected area's card, when an area of the shown level is selected. */
export function card(model: AtlasModel, controls: Controls) {
  const { data, state, plan } = model;
  const area = data.areas.find((a) => a.id === state.area && a.level === plan.level);
  if (!area) return nothing;
  return html`<atlas-panel
    class="card"
    .plan=${plan}
    .area=${area}
    .kreisName=${data.catalog.kreis.name}
    .geometryCredit=${credit(data, plan.level)}
    .lines=${timeLines(data, plan.indicator.id, area, data.areas)}
    .actions=${controls === 'none' ? null : areaActions(model, area.id)}
  ></atlas-panel>`;
}

export function tablePane({ data, state, plan }: AtlasModel) {
  if (!state.table) return nothing;
  return html`<section class="table-pane" aria-label=${de.tableToggle}>
    <atlas-table .plan=${{ ...plan, areas: plan.shown }} .names=${new Map(data.areas.map((a) => [a.id, a.name]))} .selected=${state.area} .kreisName=${data.catalog.kreis.name}></atlas-table>
  </section>`;
}

/** Print (the full workbench only) and share dialogs; `dataBase` is named in snippets when it is not the atlas' own. */
export function dialogs(model: AtlasModel, controls: Controls, dataBase: string, height: string, onPrint: (e: Event) => void) {
  const { state, plan } = model;
  const foreign = new URL(dataBase, document.baseURI).href;
  const texts = shareTexts(state, {
    base: ATLAS_BASE,
    title: de.embedTitle(plan.indicator.label),
    dataBase: foreign === new URL('data/', ATLAS_BASE).href ? null : foreign,
    height,
  });
  return html`${controls === 'full'
      ? html`<atlas-print-dialog .defaultTitle=${plan.measure.label} .defaultSubtitle=${subtitleOf(model)} @print-request=${onPrint}></atlas-print-dialog>`
      : nothing}
    <atlas-share-dialog .texts=${texts}></atlas-share-dialog>`;
}

/** The share dialog's module loads when first wanted. */
export async function openShare(root: ParentNode): Promise<void> {
  await import('./atlas-share-dialog');
  const dialog = root.querySelector('atlas-share-dialog');
  await dialog?.updateComplete;
  dialog?.open();
}
