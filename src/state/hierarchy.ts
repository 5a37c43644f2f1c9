// Kreis -> Gemeinde -> Sozialraum: where a view sits in the hierarchy and how to move in it.
// Pure functions over the area list; the hierarchy comes from the parent keys, never geometry.
import type { Area } from '../domain/types';
import type { AtlasState } from './atlas-state';

/** One step of the breadcrumb; `target` is null for the current (last) step. */
export interface Crumb {
  label: string;
  target: Partial<AtlasState> | null;
}

type View = Pick<AtlasState, 'level' | 'focus' | 'area'>;

const byId = (areas: readonly Area[]) => new Map(areas.map((a) => [a.id, a]));

/**
 * A view that fits the data: unknown ids are dropped, a selected Sozialraum brings its level
 * and its Gemeinde into view, and a focus only exists at the Sozialraum level. A deep link
 * such as `gebiet=05382056-003` alone therefore opens the right level and zoom.
 */
export function normaliseView(view: View, areas: readonly Area[]): View {
  const known = byId(areas);
  const area = view.area ? (known.get(view.area) ?? null) : null;
  let level = view.level;
  let focus = view.focus && known.get(view.focus)?.level === 'gemeinde' ? view.focus : null;
  if (area?.level === 'sozialraum') {
    level = 'sozialraum';
    focus = area.parent;
  }
  if (level === 'sozialraum' && !areas.some((a) => a.level === 'sozialraum')) level = 'gemeinde';
  if (level === 'gemeinde') focus = null;
  // A Gemeinde selected at the Sozialraum level is the one in focus.
  if (level === 'sozialraum' && area?.level === 'gemeinde') return { level, focus: area.id, area: null };
  return { level, focus, area: area?.id ?? null };
}

/** Selecting an area by click, list or table: a Sozialraum of another Gemeinde moves the focus along. */
export function selectPatch(id: string | null, areas: readonly Area[]): Partial<AtlasState> {
  const area = id ? byId(areas).get(id) : undefined;
  if (!area) return { area: null };
  if (area.level === 'sozialraum') return { level: 'sozialraum', focus: area.parent, area: area.id };
  return { area: area.id };
}

/** One level down from a Gemeinde: its Sozialräume, framed. Null when it has none. */
export function drillPatch(gemeinde: string | null, areas: readonly Area[]): Partial<AtlasState> | null {
  if (!gemeinde || !areas.some((a) => a.level === 'sozialraum' && a.parent === gemeinde)) return null;
  return { level: 'sozialraum', focus: gemeinde, area: null };
}

/** Kreis › Gemeinde › Sozialraum, each step (but the last) leading back up. */
export function crumbs(view: View, areas: readonly Area[], kreisName: string, allSozialraeume: string): Crumb[] {
  const known = byId(areas);
  const steps: Crumb[] = [{ label: kreisName, target: { level: 'gemeinde', focus: null, area: null } }];
  if (view.level === 'gemeinde') {
    const area = view.area ? known.get(view.area) : undefined;
    if (area) steps.push({ label: area.name, target: null });
  } else {
    const focus = view.focus ? known.get(view.focus) : undefined;
    steps.push({
      label: focus?.name ?? allSozialraeume,
      target: { level: 'sozialraum', focus: focus?.id ?? null, area: null },
    });
    const area = view.area ? known.get(view.area) : undefined;
    if (area) steps.push({ label: area.name, target: null });
  }
  steps[steps.length - 1] = { ...steps[steps.length - 1], target: null };
  return steps;
}

/** The areas a view lists: a focused Gemeinde's Sozialräume, or every area of the level. */
export function areasInView(view: View, areas: readonly Area[]): Area[] {
  return areas.filter((a) => a.level === view.level && (view.level !== 'sozialraum' || !view.focus || a.parent === view.focus));
}
