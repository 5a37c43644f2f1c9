// Reach ("Erreichbarkeit") as indicators of the atlas: from the Zensus 2011 grid cells (centre,
// residents, under-18 share) and a layer's places, the share of residents (and of under-18s) within a
// straight-line distance per Gemeinde, per Sozialraum and for the Kreis, and per cell the distance
// to the nearest place. Mapped, classed and tabled like any other indicator; made again when the
// layer, category or distance changes, never added twice.
import type { Polygon, MultiPolygon, Feature } from 'geojson';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import { nearestDistances, reachByArea, type LngLat, type ReachCell } from '../../domain/reach';
import { valueCell, MISSING, type Cell, type Indicator, type Level } from '../../domain/types';
import type { AtlasData, IndicatorSeries } from '../atlas-data';
import type { GridData } from '../grid';
import { NO_YEAR } from '../csv';
import { reachTexts, placeTexts } from '../../messages/places';

export const REACH_PREFIX = 'erreichbarkeit-';
export const REACH_IDS = { share: `${REACH_PREFIX}anteil`, under18: `${REACH_PREFIX}anteil-u18`, distance: `${REACH_PREFIX}entfernung` } as const;
const POPULATION = 'raster-einwohner';
const UNDER18 = 'raster-unter-18';

export interface ReachRequest {
  /** the places' positions */
  places: readonly LngLat[];
  metres: number;
  /** e.g. "Grundschule (Schulen)" */
  what: string;
  /** the places' source, for the indicator's source line */
  placeSource: string;
}

/** Cells by grid and Sozialraum boundaries: which area holds a cell's centre does not change with the places or the distance. */
const cellsOf = new WeakMap<GridData, { sozialraeume: unknown; cells: ReachCell[] }>();

/** The grid's cells of the Kreis with residents and the areas holding their centre (Gemeinde, Sozialraum, Kreis); made once per grid and boundaries. */
export function reachCells(data: AtlasData, grid: GridData): ReachCell[] {
  const kept = cellsOf.get(grid);
  if (kept?.sozialraeume === data.boundaries.sozialraeume) return kept.cells;
  const cells = cellsAt(data, grid);
  cellsOf.set(grid, { sozialraeume: data.boundaries.sozialraeume, cells });
  return cells;
}

function cellsAt(data: AtlasData, grid: GridData): ReachCell[] {
  const year = grid.source.table.year ?? NO_YEAR;
  const cellOf = (indicator: string, id: string) => grid.series.get(indicator)?.cells.get(year)?.get(id);
  const kreis = data.areas.find((a) => a.level === 'kreis')?.id;
  const sozialraeume = data.boundaries.sozialraeume.features
    .filter((f): f is Feature<Polygon | MultiPolygon, (typeof f)['properties']> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')
    .map((f) => ({ f, box: bbox(f) }));
  return grid.cells.features.map((f) => {
    const ring = f.geometry.coordinates[0].slice(0, -1);
    const centre: LngLat = [ring.reduce((s, p) => s + p[0], 0) / ring.length, ring.reduce((s, p) => s + p[1], 0) / ring.length];
    const pop = cellOf(POPULATION, f.properties.id);
    const u18 = cellOf(UNDER18, f.properties.id);
    // An empty cell of the grid is one without residents; a secret one is not known.
    const population = !pop || pop.kind === 'missing' ? 0 : pop.kind === 'value' ? pop.value : null;
    const under18 = population === 0 ? 0 : population !== null && u18?.kind === 'value' ? (population * u18.value) / 100 : null;
    const sozialraum = sozialraeume.find(({ f: s, box }) => centre[0] >= box[0] && centre[0] <= box[2] && centre[1] >= box[1] && centre[1] <= box[3] && booleanPointInPolygon([centre[0], centre[1]], s));
    const areas = [f.properties.parent, sozialraum?.f.properties.id, kreis].filter((a): a is string => Boolean(a));
    return { id: f.properties.id, centre, population, under18, areas };
  });
}

/** `data` with the three reach indicators for this request (replacing any made before). */
export function withReach(data: AtlasData, grid: GridData, request: ReachRequest): AtlasData {
  const cells = reachCells(data, grid);
  const distances = nearestDistances(cells, request.places);
  const byArea = reachByArea(cells, distances, request.metres);
  const year = grid.source.table.year ?? NO_YEAR;
  const years = year === NO_YEAR ? [] : [year];
  const kreis = data.areas.find((a) => a.level === 'kreis')?.id ?? '';
  const m = placeTexts.metres(request.metres);
  const common = {
    topic: reachTexts.topic,
    table: `${REACH_PREFIX}berechnet`,
    column: '',
    sources: [],
    license: grid.source.license,
    vintage: reachTexts.vintage,
    sample: false,
    own: true,
    scheme: 'Greens',
  };
  const source = (formula: string) => reachTexts.source(formula, request.placeSource, grid.source.source);
  const indicators: Indicator[] = [
    { ...common, source: source(reachTexts.formulaShare(m, reachTexts.residents)), id: REACH_IDS.share, label: reachTexts.share(request.what, m), unit: '%', kind: 'share', decimals: 1, direction: 'higher-is-better', definition: reachTexts.definition(m), column: REACH_IDS.share },
    { ...common, source: source(reachTexts.formulaShare(m, reachTexts.under18)), id: REACH_IDS.under18, label: reachTexts.shareUnder18(request.what, m), unit: '%', kind: 'share', decimals: 1, direction: 'higher-is-better', definition: reachTexts.definition(m), column: REACH_IDS.under18 },
    { ...common, source: source(reachTexts.formulaDistance), id: REACH_IDS.distance, label: reachTexts.distance(request.what), unit: 'm', kind: 'index', decimals: 0, direction: 'higher-is-worse', definition: reachTexts.definitionDistance, column: REACH_IDS.distance, scheme: 'YlOrRd' },
  ];
  const cellOf = (v: number | null | undefined): Cell => (v === null || v === undefined || !Number.isFinite(v) ? MISSING : valueCell(v));
  const series = (values: Map<string, Cell>, levels: Level[], reference: number | null): IndicatorSeries => ({
    years: new Map(levels.map((l) => [l, years])),
    cells: new Map([[year, values]]),
    reference: new Map([[year, { value: reference, official: false }]]),
    sampleLevels: new Set(),
  });
  const shares = new Map<string, Cell>();
  const under18 = new Map<string, Cell>();
  for (const [area, r] of byArea) {
    shares.set(area, cellOf(r.share === null ? null : Math.round(r.share * 10) / 10));
    under18.set(area, cellOf(r.shareUnder18 === null ? null : Math.round(r.shareUnder18 * 10) / 10));
  }
  const distance = new Map(cells.map((c, i): [string, Cell] => [c.id, cellOf(Math.round(distances[i]))]));
  const next = new Map(withoutReach(data).series);
  const levels: Level[] = data.boundaries.sozialraeume.features.length ? ['gemeinde', 'sozialraum'] : ['gemeinde'];
  next.set(REACH_IDS.share, series(shares, levels, byArea.get(kreis)?.share ?? null));
  next.set(REACH_IDS.under18, series(under18, levels, byArea.get(kreis)?.shareUnder18 ?? null));
  next.set(REACH_IDS.distance, series(distance, ['raster'], null));
  // The distance is a figure of the grid level, which offers the grid's indicators only (state/level-indicators).
  const [share, under, distanceIndicator] = indicators;
  return { ...data, catalog: reachCatalog(data.catalog, [share, under], distanceIndicator), series: next };
}

function reachCatalog(catalog: AtlasData['catalog'], areaIndicators: Indicator[], cellIndicator: Indicator | null): AtlasData['catalog'] {
  const kept = catalog.indicators.filter((i) => !i.id.startsWith(REACH_PREFIX));
  const grid = catalog.grid && { ...catalog.grid, indicators: [...catalog.grid.indicators.filter((i) => !i.id.startsWith(REACH_PREFIX)), ...(cellIndicator ? [cellIndicator] : [])] };
  return { ...catalog, indicators: [...kept, ...areaIndicators], grid };
}

/** `data` without reach indicators (none asked for any more). */
export function withoutReach(data: AtlasData): AtlasData {
  const series = new Map([...data.series].filter(([id]) => !id.startsWith(REACH_PREFIX)));
  return { ...data, catalog: reachCatalog(data.catalog, [], null), series };
}
