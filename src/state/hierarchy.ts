// Kreis -> Gemeinde -> Sozialraum or grid cell (raster): where a view sits in the hierarchy and how to move in it.
// Pure functions over the area list; the hierarchy comes from the parent keys, never geometry.
import type { Area } from '../domain/types';
import type { AtlasState } from './atlas-state';

/** One step of the breadcrumb; `target` is null for the current (last) step. */
export interface Crumb {
  label: string;
  target: Partial<AtlasState> | null;
}

type View = Pick<AtlasState, 'level' | 'focus' | 'area'>;

const indexes = new WeakMap<readonly Area[], ReadonlyMap<string, Area>>();

/** The areas by id, made once per area list (a model keeps its list until the data change). */
export function byId(areas: readonly Area[]): ReadonlyMap<string, Area> {
  let index = indexes.get(areas);
  if (!index) indexes.set(areas, (index = new Map(areas.map((a) => [a.id, a]))));
  return index;
}

/**
 * A view that fits the data: unknown ids are dropped, a selected Sozialraum brings its level
 * and its Gemeinde into view, and a focus only exists below the Gemeinde level. A deep link
 * such as `gebiet=05382056-003` alone therefore opens the right level and zoom. `grid`: the
 * grid level exists (its cells may not be loaded yet: the level is kept while they load).
 */
export function normaliseView(view: View, areas: readonly Area[], grid = false): View {
  const known = byId(areas);
  const area = view.area ? (known.get(view.area) ?? null) : null;
  let level = view.level;
  let focus = view.focus && known.get(view.focus)?.level === 'gemeinde' ? view.focus : null;
  if (area?.level === 'sozialraum') {
    level = 'sozialraum';
    focus = area.parent;
  }
  // A cell keeps the whole Kreis in view, or moves the focus to its own Gemeinde.
  if (area?.level === 'raster') {
    level = 'raster';
    if (focus) focus = area.parent;
  }
  if (level === 'sozialraum' && !areas.some((a) => a.level === 'sozialraum')) level = 'gemeinde';
  if (level === 'raster' && !grid && !areas.some((a) => a.level === 'raster')) level = 'gemeinde';
  if (level === 'gemeinde') focus = null;
  // A Gemeinde selected below the Gemeinde level is the one in focus.
  if (level !== 'gemeinde' && area?.level === 'gemeinde') return { level, focus: area.id, area: null };
  return { level, focus, area: area?.id ?? null };
}

/** Selecting an area by click, list or table: a Sozialraum of another Gemeinde moves the focus along. */
export function selectPatch(id: string | null, areas: readonly Area[]): Partial<AtlasState> {
  const area = id ? byId(areas).get(id) : undefined;
  if (!area) return { area: null };
  if (area.level === 'sozialraum') return { level: 'sozialraum', focus: area.parent, area: area.id };
  if (area.level === 'raster') return { level: 'raster', area: area.id };
  return { area: area.id };
}

/** One level down from a Gemeinde: its Sozialräume, framed. Null when it has none. */
export function drillPatch(gemeinde: string | null, areas: readonly Area[]): Partial<AtlasState> | null {
  if (!gemeinde || !areas.some((a) => a.level === 'sozialraum' && a.parent === gemeinde)) return null;
  return { level: 'sozialraum', focus: gemeinde, area: null };
}

/** One level down from a Gemeinde to its grid cells, framed, showing `indicator` (a grid indicator). */
export function gridDrillPatch(gemeinde: string, indicator: string): Partial<AtlasState> {
  return { level: 'raster', focus: gemeinde, area: null, indicator };
}

/**
 * Kreis › Gemeinde › Sozialraum, or Kreis › Gemeinde › Rasterzellen › cell, each step (but the
 * last) leading back up.
 */
export function crumbs(view: View, areas: readonly Area[], kreisName: string, allSozialraeume: string, rasterLabel = allSozialraeume): Crumb[] {
  const known = byId(areas);
  const steps: Crumb[] = [{ label: kreisName, target: { level: 'gemeinde', focus: null, area: null } }];
  if (view.level === 'raster') {
    const focus = view.focus ? known.get(view.focus) : undefined;
    if (focus) steps.push({ label: focus.name, target: { level: 'gemeinde', focus: null, area: focus.id } });
    steps.push({ label: rasterLabel, target: { level: 'raster', focus: focus?.id ?? null, area: null } });
    const area = view.area ? known.get(view.area) : undefined;
    if (area) steps.push({ label: area.name, target: null });
  } else if (view.level === 'gemeinde') {
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

/** The areas a view lists: a focused Gemeinde's Sozialräume or cells, or every area of the level. */
export function areasInView(view: View, areas: readonly Area[]): Area[] {
  return areas.filter((a) => a.level === view.level && (view.level === 'gemeinde' || !view.focus || a.parent === view.focus));
}
