// Which indicators a level offers: the grid level its own (catalog.grid, ids raster-*), every
// other level the catalog's. Moving between them keeps the topic where it can, so that a planner
// looking at children's poverty per Gemeinde lands on the share under 18 per grid cell.
import type { Indicator } from '../domain/types';
import type { Catalog } from '../data/catalog';
import type { MapLevel } from './atlas-state';

type Indicators = Pick<Catalog, 'indicators' | 'grid'>;

export function indicatorsAt(catalog: Indicators, level: MapLevel): Indicator[] {
  return level === 'raster' ? (catalog.grid?.indicators ?? []) : catalog.indicators;
}

/** Every indicator id a link may name, at any level. */
export function allIndicatorIds(catalog: Indicators): string[] {
  return [...catalog.indicators, ...(catalog.grid?.indicators ?? [])].map((i) => i.id);
}

/** The indicator to show at `level` instead of `id`: `id` itself if offered there, else the first of its topic, else the first. */
export function counterpartAt(catalog: Indicators, id: string, level: MapLevel): string {
  const offered = indicatorsAt(catalog, level);
  if (offered.some((i) => i.id === id)) return id;
  const topic = [...catalog.indicators, ...(catalog.grid?.indicators ?? [])].find((i) => i.id === id)?.topic;
  return (offered.find((i) => i.topic === topic) ?? offered[0])?.id ?? id;
}
