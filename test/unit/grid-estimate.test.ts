// Area-weighted estimates from the Zensus 2011 grid for polygons that are not Gemeinden.
import { describe, expect, it } from 'vitest';
import { union, featureCollection, polygon } from '@turf/turf';
import type { Polygon, MultiPolygon } from 'geojson';
import { estimateFromGrid, type GridCellFigures } from '../../src/domain/grid-estimate';
import { loadAtlasData } from '../../src/data/atlas-data';
import { gridCellFigures, loadGrid } from '../../src/data/grid';
import { fromDisk } from './support/from-disk';
import { numberOf, readPlain } from './support/plain-table';

/** A square cell of 0.01° at (x, y) near Siegburg. */
const square = (x: number, y: number): Polygon => {
  const [lon, lat] = [7.2 + x * 0.01, 50.8 + y * 0.01];
  return { type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]] };
};
const cell = (x: number, y: number, population: number | null, share: number | null): GridCellFigures => ({
  id: `${x}-${y}`,
  geometry: square(x, y),
  population,
  values: { share },
});
const CELLS = [cell(0, 0, 100, 10), cell(1, 0, 300, 30), cell(0, 1, null, null), cell(1, 1, 50, null)];

describe('estimateFromGrid', () => {
  it('gives a polygon made of whole cells exactly their inhabitants, and their inhabitant-weighted share', () => {
    const both = union(featureCollection([polygon(square(0, 0).coordinates), polygon(square(1, 0).coordinates)]))!.geometry;
    const e = estimateFromGrid(both, CELLS, ['share']);
    expect(e.population).toBeCloseTo(400, 6);
    expect(e.values.share).toBeCloseTo((100 * 10 + 300 * 30) / 400, 6);
    expect(e.cells).toBe(2);
  });

  it('gives half a cell about half its inhabitants and the cell’s own share', () => {
    const [lon, lat] = [7.2, 50.8];
    const half: Polygon = { type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.005, lat], [lon + 0.005, lat + 0.01], [lon, lat + 0.01], [lon, lat]]] };
    const e = estimateFromGrid(half, CELLS, ['share']);
    expect(e.population).toBeGreaterThan(49.5);
    expect(e.population).toBeLessThan(50.5);
    expect(e.values.share).toBeCloseTo(10, 6);
  });

  it('leaves cells without a value out of the share, and says "no value" when none has one', () => {
    const top = union(featureCollection([polygon(square(0, 1).coordinates), polygon(square(1, 1).coordinates)]))!.geometry;
    const e = estimateFromGrid(top, CELLS, ['share']);
    expect(e.population).toBeCloseTo(50, 6);
    expect(e.values.share).toBeNull();
    expect(estimateFromGrid(square(5, 5), CELLS, ['share'])).toEqual({ population: 0, values: { share: null }, cells: 0 });
  });
});

describe('estimates for the Gemeinden from the real grid', async () => {
  const data = await loadAtlasData('', fromDisk('public/data'));
  const gemeinden = data.boundaries.gemeinden.features;
  const grid = await loadGrid('', data.catalog, new Set(gemeinden.map((f) => f.properties.id)), fromDisk('public/data'));
  const cells = gridCellFigures(grid);
  const official = new Map(readPlain('public/data/indicators/genesis-zensus-2011.csv').rows.map((r) => [r.ags, numberOf(r.einwohner_zensus_2011)!]));

  it('gives an own polygon equal to a Gemeinde that Gemeinde’s Zensus 2011 population within 5 %, the Kreis within 0.5 %', () => {
    // Tolerance: the area weighting assumes inhabitants spread evenly within each 1 km cell; at a
    // Gemeinde border (villages on one side, fields on the other) that assumption is what errs. Today:
    // worst Meckenheim -4,6 %, Kreis -0,46 % (by cell centre, without weighting: -5,2 % and -0,3 %).
    let total = 0;
    for (const f of gemeinden) {
      const e = estimateFromGrid(f.geometry as Polygon | MultiPolygon, cells, ['raster-unter-18']);
      total += e.population;
      expect.soft(Math.abs(e.population / official.get(f.properties.id)! - 1), f.properties.name).toBeLessThan(0.05);
      expect.soft(e.values['raster-unter-18'], f.properties.name).toBeGreaterThan(10);
      expect.soft(e.values['raster-unter-18'], f.properties.name).toBeLessThan(25);
    }
    expect(Math.abs(total / 578252 - 1)).toBeLessThan(0.005);
  }, 30_000); // 19 polygon intersections take 2.5 s alone, more on a shared machine
});
