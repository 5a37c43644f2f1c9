// Own Sozialräume get real figures from the grid: each own polygon its estimated population and
// shares, as indicators that say they are estimates; sample Sozialräume get none.
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { loadAtlasData } from '../../src/data/atlas-data';
import { loadGrid, gridCellFigures } from '../../src/data/grid';
import { withGridEstimates } from '../../src/data/grid-estimates';
import { dataTexts } from '../../src/messages/data';
import { estimateFromGrid } from '../../src/domain/grid-estimate';
import { fromDisk } from './support/from-disk';

describe('withGridEstimates', async () => {
  const data = await loadAtlasData('', fromDisk('public/data'));
  const gemeinden = data.boundaries.gemeinden.features;
  const grid = await loadGrid('', data.catalog, new Set(gemeinden.map((f) => f.properties.id)), fromDisk('public/data'));

  it('adds nothing for the built-in sample Sozialräume', () => {
    expect(withGridEstimates(data, grid)).toBe(data);
  });

  it('an own Sozialraum shaped like Siegburg gets Siegburg’s grid estimate, labelled as an estimate', () => {
    const siegburg = gemeinden.find((f) => f.properties.id === '05382060')!;
    const own = { ...data, boundaries: { ...data.boundaries, sozialraeume: { type: 'FeatureCollection' as const, features: [{ ...siegburg, properties: { id: '05382060-901', name: 'Ganz Siegburg', parent: '05382060' } }] } } };
    const estimated = withGridEstimates(own, grid);
    const population = estimated.catalog.indicators.find((i) => i.id === 'geschaetzt-einwohner')!;
    expect(population.label).toContain(dataTexts.estimateMark);
    expect(population.source).toContain(dataTexts.estimateMark);
    expect(population.sample).toBe(false);
    const expected = estimateFromGrid(siegburg.geometry as Polygon | MultiPolygon, gridCellFigures(grid), []);
    const cell = estimated.series.get('geschaetzt-einwohner')!.cells.get(2011)!.get('05382060-901');
    expect(cell).toEqual({ kind: 'value', value: Math.round(expected.population) });
    const share = estimated.series.get('geschaetzt-unter-18')!.cells.get(2011)!.get('05382060-901');
    expect(share?.kind === 'value' && share.value > 10 && share.value < 25).toBe(true);
    expect(estimated.series.get('geschaetzt-einwohner')!.years.get('sozialraum')).toEqual([2011]);
    // made again (a second import), the estimates are replaced, not doubled
    expect(withGridEstimates(estimated, grid).catalog.indicators.filter((i) => i.id.startsWith('geschaetzt-')).length).toBe(grid.indicators.length);
  }, 30_000);
});
