// What the view says in words: the map's text alternative and what a screen reader hears when
// an area is chosen. Both speak of the areas in view, with the measure's own formatting.
import { extremes } from '../domain/summary';
import { formatBound, formatMeasure } from '../messages/default-locale';
import { MISSING } from '../domain/types';
import type { AtlasModel } from './atlas-model';
import { appTexts } from '../messages/app';
import { mapTexts } from '../messages/map';
import { byId } from './hierarchy';
import { intervalWords } from './interval-texts';

/** Highest, lowest and Kreis value of what is shown, and how many areas lack a value. */
export function summaryOf(model: AtlasModel): string {
  // Said twice a render (the map's text alternative and the status line): worked out once a plan.
  let text = summaries.get(model.plan);
  if (text === undefined) summaries.set(model.plan, (text = summary(model)));
  return text;
}

const summaries = new WeakMap<AtlasModel['plan'], string>();

function summary({ data, plan }: AtlasModel): string {
  const cells = new Map(plan.shown.map((a) => [a.id, plan.cells.get(a.id) ?? MISSING]));
  const what = [`${plan.measure.label}${plan.year !== null ? ` ${plan.year}` : ''}`, plan.focusName ? (plan.level === 'raster' ? mapTexts.rasterScope(plan.focusName) : appTexts.sozialraeumeOf(plan.focusName)) : appTexts.levelInSentence(plan.level)].join(', ');
  const ext = extremes(cells);
  if (!ext) return appTexts.summaryNone(what);
  const areas = byId(data.areas);
  const name = (id: string) => areas.get(id)?.name ?? id;
  const value = (v: number) => formatMeasure({ kind: 'value', value: v }, plan.measure);
  return appTexts.summary({
    what,
    highest: appTexts.namedValue(ext.highest.ids.map(name), value(ext.highest.value)),
    lowest: appTexts.namedValue(ext.lowest.ids.map(name), value(ext.lowest.value)),
    kreis: plan.display === 'value' && plan.reference.value !== null ? value(plan.reference.value) : null,
    missing: plan.missing,
    suppressed: plan.suppressed,
  });
}

/** The selected area with value and class, else the summary. */
export function announcementOf(model: AtlasModel): string {
  const { data, state, plan } = model;
  const found = state.area ? byId(data.areas).get(state.area) : undefined;
  const area = found?.level === plan.level ? found : undefined;
  if (!area) return summaryOf(model);
  const cls = plan.classes.get(area.id);
  const row = cls !== undefined && cls >= 0 ? plan.rows[cls] : undefined;
  const range = row?.label ?? (row ? appTexts.classRange(formatBound(row.lower, plan.measure), formatBound(row.upper, plan.measure), row.index === plan.rows.length - 1) : null);
  return appTexts.announceArea(area.name, formatMeasure(plan.cells.get(area.id) ?? MISSING, plan.measure), row && range ? appTexts.classOf(row.index, plan.rows.length, range) : null);
}

/** What the tooltip says of a hovered area. */
export interface TooltipContent {
  name: string;
  value: string;
  sample: string | null;
  /** the value's interval and "unsicher (kleine Basis)", where the map shows the value itself */
  interval?: string | null;
}

/** The tooltip of a hovered area: its name and the mapped value. */
export function tooltipOf({ data, plan }: AtlasModel, id: string): TooltipContent | null {
  const area = byId(data.areas).get(id);
  if (!area) return null;
  const words = plan.display === 'value' ? intervalWords(plan.intervals, area.id, plan.indicator.decimals) : null;
  return {
    name: area.name,
    value: formatMeasure(plan.cells.get(area.id) ?? MISSING, plan.measure),
    sample: plan.sample ? appTexts.sample : null,
    // The significance map says in the tooltip what its colour means for this area.
    interval: words ? [words.range, words.unsure, plan.significance ? words.versus : null].filter(Boolean).join(' · ') : null,
  };
}
