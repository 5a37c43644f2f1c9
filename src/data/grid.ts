// Level `raster`: the Zensus 2011 1 km grid cells of the Kreis with their figures. Not part of the
// data loaded at start (it is about as large as everything else together); the atlas calls
// loadGrid once, when the level is first shown or a planner's own polygons want estimates.
import type { Topology, GeometryCollection } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Area, Indicator, Problem } from '../domain/types';
import type { Catalog, GridSource } from './catalog';
import type { AreaProps } from './boundaries';
import type { GridCellFigures } from '../domain/grid-estimate';
import { addSeries, fileReader, LoadError, parseTables, type AtlasData, type Fetcher, type IndicatorSeries } from './atlas-data';
import { areasOf } from './boundaries';
import { NO_YEAR } from './csv';
import { dataTexts } from '../messages/data';
import { gridCellName, renamed } from './area-names';
import { areaNameTexts, writtenAreaNames } from '../messages/area-names';

export interface GridData {
  source: GridSource;
  /** one area per cell: level 'raster', id = Zensus cell id (1kmN3084E4127), parent = AGS of the Gemeinde holding its centre */
  areas: Area[];
  /** the squares, WGS84, properties id, name, parent */
  cells: FeatureCollection<Polygon, AreaProps>;
  /**
   * cells whose centre lies outside the Kreis but whose square reaches into it: no areas of the atlas,
   * but their figures are in `series`, for area-weighted estimates of polygons at the Kreis border
   */
  margin: FeatureCollection<Polygon, AreaProps>;
  indicators: Indicator[];
  /** indicator id -> series (one year: 2011) */
  series: Map<string, IndicatorSeries>;
  problems: Problem[];
}

/**
 * Loads the grid the catalog describes. `gemeinden` are the ids a cell's parent must be one of (the
 * atlas's Gemeinden); a cell naming another is reported and left out, never placed by geometry.
 */
export async function loadGrid(base: string, catalog: Catalog, gemeinden: ReadonlySet<string>, fetcher: Fetcher = fetch): Promise<GridData> {
  const grid = catalog.grid;
  if (!grid) throw new LoadError([{ file: 'indicators/catalog.json', message: dataTexts.noGrid, severity: 'error' }]);
  const { get, json } = fileReader(base, fetcher);
  const [topoText, tableText] = await Promise.all([get(grid.file), get(`indicators/${grid.table.file}`).catch((e: unknown) => e)]);
  const problems: Problem[] = [];
  const topology = json(topoText, grid.file) as Topology;
  const cells = cellsOf(topology, grid.file, gemeinden, problems);
  const margin = marginOf(topology);
  const areas = cells.features
    .map((f): Area => ({ id: f.properties.id, name: f.properties.name, level: 'raster', parent: f.properties.parent ?? null }))
    .sort((a, b) => a.id.localeCompare(b.id));
  // The Zensus published these figures after its own secrecy rules (SAFE, -9 = geheim); withholding
  // small counts once more would only make the cells of a Gemeinde stop adding up.
  const marginAreas = margin.features.map((f): Area => ({ id: f.properties.id, name: f.properties.name, level: 'raster', parent: null }));
  const tables = parseTables({ ...catalog, suppressionThreshold: 0 }, [grid.table], grid.indicators, [tableText], [...areas, ...marginAreas], problems);
  const series = new Map<string, IndicatorSeries>();
  addSeries(grid.indicators, [grid.table], tables, series, areas);
  return { source: grid, areas, cells, margin, indicators: grid.indicators, series, problems };
}

function marginOf(topology: Topology): FeatureCollection<Polygon, AreaProps> {
  const object = topology.objects?.rand as GeometryCollection<AreaProps> | undefined;
  const margin = object ? (feature(topology, object) as unknown as FeatureCollection<Polygon, AreaProps>) : null;
  return { type: 'FeatureCollection', features: margin ? localNames(margin.features) : [] };
}

function cellsOf(topology: Topology, file: string, gemeinden: ReadonlySet<string>, problems: Problem[]): FeatureCollection<Polygon, AreaProps> {
  const object = topology.objects?.raster as GeometryCollection<AreaProps> | undefined;
  if (!object) throw new LoadError([{ file, key: 'raster', message: dataTexts.layerMissing('raster'), severity: 'error' }]);
  const all = feature(topology, object) as unknown as FeatureCollection<Polygon, AreaProps>;
  const seen = new Set<string>();
  const features = all.features.filter((f) => {
    const { id, parent } = f.properties ?? {};
    const problem = !id ? dataTexts.cellWithoutId : seen.has(id) ? dataTexts.keyTwice(id) : !parent || !gemeinden.has(parent) ? dataTexts.cellParentUnknown(id) : null;
    if (problem) problems.push({ file, key: id, message: problem, severity: 'error' });
    if (id) seen.add(id);
    return problem === null;
  });
  return { type: 'FeatureCollection', features: localNames(features) };
}

/** The cells' names, which the extract script writes in German, in the language in use. */
const localNames = <F extends Feature<Polygon, AreaProps>>(features: F[]) => renamed(features, (f) => gridCellName(f.properties.name, writtenAreaNames, areaNameTexts));

/**
 * The atlas' data with the grid added: its cells as areas and boundaries of level `raster`, its
 * series beside the others. The catalog already lists the grid's indicators (catalog.grid).
 */
export function withGrid(data: AtlasData, grid: GridData): AtlasData {
  const boundaries = { ...data.boundaries, raster: grid.cells };
  return {
    ...data,
    boundaries,
    grid,
    areas: areasOf(boundaries, data.catalog.kreis.id),
    series: new Map([...data.series, ...grid.series]),
    problems: [...data.problems, ...grid.problems],
  };
}

/** The cells (margin included) as the grid estimate reads them: geometry, inhabitants and every other figure by indicator id. */
export function gridCellFigures(grid: GridData, populationIndicator = 'raster-einwohner'): GridCellFigures[] {
  const valueOf = (indicator: string, id: string): number | null => {
    const cell = grid.series.get(indicator)?.cells.get(grid.source.table.year ?? NO_YEAR)?.get(id);
    return cell?.kind === 'value' ? cell.value : null;
  };
  const others = grid.indicators.map((i) => i.id).filter((id) => id !== populationIndicator);
  return [...grid.cells.features, ...grid.margin.features].map((f) => ({
    id: f.properties.id,
    geometry: f.geometry,
    population: valueOf(populationIndicator, f.properties.id),
    values: Object.fromEntries(others.map((ind) => [ind, valueOf(ind, f.properties.id)])),
  }));
}
