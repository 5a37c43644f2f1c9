// Real figures for a planner's own Sozialräume: population and the Zensus 2011 grid's shares per
// own polygon, estimated from the 1 km cells by area weighting (domain/grid-estimate). They
// become indicators of the Sozialraum level whose label and source say they are estimates.
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { estimateFromGrid } from '../domain/grid-estimate';
import { valueCell, MISSING, type Cell, type Indicator, type Level } from '../domain/types';
import type { AtlasData, IndicatorSeries } from './atlas-data';
import { gridCellFigures, type GridData } from './grid';
import { NO_YEAR } from './csv';
import { dataTexts } from '../messages/data';

export const ESTIMATE_PREFIX = 'geschaetzt-';
const POPULATION = 'raster-einwohner';

const isArea = (g: Geometry): g is Polygon | MultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon';

/**
 * `data` with one estimated indicator per grid indicator for its own (non-sample) Sozialräume;
 * `data` itself when it has none. Estimates made earlier are replaced, never added twice.
 */
export function withGridEstimates(data: AtlasData, grid: GridData): AtlasData {
  const own = data.boundaries.sozialraeume.features.filter((f) => !f.properties.sample && isArea(f.geometry));
  if (!own.length) return data;
  const cells = gridCellFigures(grid, POPULATION);
  const others = grid.indicators.map((i) => i.id).filter((id) => id !== POPULATION);
  const year = grid.source.table.year ?? NO_YEAR;
  const estimates = new Map(own.map((f) => [f.properties.id, estimateFromGrid(f.geometry as Polygon | MultiPolygon, cells, others)]));

  const indicators: Indicator[] = [];
  const series = new Map([...data.series].filter(([id]) => !id.startsWith(ESTIMATE_PREFIX)));
  for (const source of grid.indicators) {
    const id = `${ESTIMATE_PREFIX}${source.id.replace(/^raster-/, '')}`;
    indicators.push({
      ...source,
      id,
      label: `${source.label} (${dataTexts.estimateMark})`,
      table: `${ESTIMATE_PREFIX}${grid.source.file}`,
      sources: [],
      source: `${source.source}; ${dataTexts.estimateMark}`,
      note: dataTexts.estimateMethod,
      sample: false,
    });
    const byArea = new Map<string, Cell>();
    for (const [area, e] of estimates) {
      const v = source.id === POPULATION ? (e.cells ? e.population : null) : e.values[source.id];
      byArea.set(area, v === null || v === undefined ? MISSING : valueCell(source.id === POPULATION ? Math.round(v) : v));
    }
    const s: IndicatorSeries = {
      years: new Map<Level, number[]>([['sozialraum', year === NO_YEAR ? [] : [year]]]),
      cells: new Map([[year, byArea]]),
      // The Kreis value is the grid's own, where it has one; estimates of parts do not make it.
      reference: new Map([[year, grid.series.get(source.id)?.reference.get(year) ?? { value: null, official: false }]]),
      sampleLevels: new Set(),
    };
    series.set(id, s);
  }
  const kept = data.catalog.indicators.filter((i) => !i.id.startsWith(ESTIMATE_PREFIX));
  return { ...data, catalog: { ...data.catalog, indicators: [...kept, ...indicators] }, series };
}
