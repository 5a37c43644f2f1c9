// The 2D map's pure parts: MapLibre's view arithmetic (so that the first frame and MapLibre's
// frame line up), hit-testing of areas with holes, and label placement without collisions.
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { panBy, toMercator, toScreen, zoomAround, zoomOf } from '../../src/geo/view';
import { fitBox } from '../../src/geo/fit';
import { scaleBar } from '../../src/geo/scale-bar';
import { projectBox } from '../../src/geo/mercator';
import { ShapeIndex, contains, shapeOf } from '../../src/map/canvas/geometry';
import { placeLabels, wrap } from '../../src/map/canvas/labels';
import { mercator } from '../../src/geo/mercator';

const square = (id: string, x0: number, y0: number, x1: number, y1: number, hole?: number[]): Feature<Polygon, { id: string }> => ({
  type: 'Feature',
  properties: { id },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]],
      ...(hole ? [[[hole[0], hole[1]], [hole[2], hole[1]], [hole[2], hole[3]], [hole[0], hole[3]], [hole[0], hole[1]]]] : []),
    ],
  },
});

describe('view', () => {
  // The Rhein-Sieg-Kreis' box, as bbox() gives it.
  const kreis = projectBox([6.87, 50.58, 7.66, 50.95]);

  it('fits a box as MapLibre fitBounds does: touching the padding on the tighter axis, centred', () => {
    const view = fitBox(kreis, 1000, 600, 24);
    const [x0, y1] = toScreen(view, 1000, 600, [kreis[0], kreis[1]]);
    const [x1, y0] = toScreen(view, 1000, 600, [kreis[2], kreis[3]]);
    const tight = Math.min(x0 - 24, 1000 - 24 - x1, y0 - 24, 600 - 24 - y1);
    expect(Math.abs(tight)).toBeLessThan(1e-6);
    expect((x0 + x1) / 2).toBeCloseTo(500, 6);
    expect((y0 + y1) / 2).toBeCloseTo(300, 6);
  });

  it('centres the box in what uneven padding leaves free', () => {
    const view = fitBox(kreis, 1000, 600, { top: 100, right: 24, bottom: 24, left: 300 });
    const [x0, y1] = toScreen(view, 1000, 600, [kreis[0], kreis[1]]);
    const [x1, y0] = toScreen(view, 1000, 600, [kreis[2], kreis[3]]);
    expect((x0 + x1) / 2).toBeCloseTo((300 + 1000 - 24) / 2, 6);
    expect((y0 + y1) / 2).toBeCloseTo((100 + 600 - 24) / 2, 6);
  });

  it('uses MapLibre zoom levels: 512 px for the world at zoom 0', () => {
    const view = fitBox([-20037508.34, -20037508.34, 20037508.34, 20037508.34], 512, 512, 0);
    expect(zoomOf(view.scale)).toBeCloseTo(0, 6);
  });

  it('zooms around the pointer and pans by screen pixels', () => {
    const view = fitBox(kreis, 800, 600, 24);
    const at: [number, number] = [200, 150];
    const before = toMercator(view, 800, 600, at);
    const zoomed = zoomAround(view, 800, 600, 2, at);
    expect(zoomOf(zoomed.scale) - zoomOf(view.scale)).toBeCloseTo(1, 6);
    const after = toMercator(zoomed, 800, 600, at);
    expect(after[0]).toBeCloseTo(before[0], 3);
    expect(after[1]).toBeCloseTo(before[1], 3);
    const p = mercator([7.2, 50.8]);
    const [sx, sy] = toScreen(view, 800, 600, p);
    const [px, py] = toScreen(panBy(view, 100, -50), 800, 600, p);
    expect(px - sx).toBeCloseTo(-100, 6);
    expect(py - sy).toBeCloseTo(50, 6);
  });

  it('gives a round scale bar no wider than asked', () => {
    const bar = scaleBar(fitBox(kreis, 800, 600, 24), 120);
    expect(bar.px).toBeLessThanOrEqual(120);
    expect(bar.px).toBeGreaterThan(40);
    expect(bar.text).toMatch(/^(1|2|5|10|20|50) km$/);
  });
});

describe('hit-testing', () => {
  it('finds the area under a point, and nothing in a hole or between areas', () => {
    const ring = shapeOf(square('ring', 7, 50, 7.2, 50.2, [7.05, 50.05, 7.15, 50.15]));
    const [x, y] = mercator([7.02, 50.1]);
    expect(contains(ring, x, y)).toBe(true);
    const [hx, hy] = mercator([7.1, 50.1]);
    expect(contains(ring, hx, hy)).toBe(false);
    const cells = Array.from({ length: 400 }, (_, k) => shapeOf(square(`c${k}`, 7 + (k % 20) * 0.01, 50 + Math.floor(k / 20) * 0.01, 7.009 + (k % 20) * 0.01, 50.009 + Math.floor(k / 20) * 0.01)));
    const index = new ShapeIndex(cells);
    const at = (lng: number, lat: number) => index.at(...mercator([lng, lat]))?.id ?? null;
    expect(at(7.0345, 50.0555)).toBe('c103');
    expect(at(7.0095, 50.0045)).toBe(null);
    expect(at(8, 50)).toBe(null);
  });
});

describe('labels', () => {
  const measure = (t: string) => t.length * 7;

  it('wraps at the maximum width, keeping a long word whole', () => {
    expect(wrap('Sankt Augustin', 60, measure)).toEqual(['Sankt', 'Augustin']);
    expect(wrap('Neunkirchen-Seelscheid', 100, measure)).toEqual(['Neunkirchen-', 'Seelscheid']);
    expect(wrap('Hennef (Sieg)', 100, measure)).toEqual(['Hennef (Sieg)']);
    expect(wrap('Rheinland-Pfalz', 200, measure)).toEqual(['Rheinland-Pfalz']);
    expect(wrap('Oberbergischer', 60, measure)).toEqual(['Oberbergischer']);
  });

  it('leaves out a label that would overlap a placed one or leave the map', () => {
    const placed = placeLabels(
      [
        { id: 'a', text: 'Siegburg', x: 100, y: 100 },
        { id: 'b', text: 'Troisdorf', x: 110, y: 104 },
        { id: 'c', text: 'Eitorf', x: 100, y: 140 },
        { id: 'd', text: 'Windeck', x: 5, y: 50 },
      ],
      { size: 12, measure, width: 400, height: 300 },
    );
    expect(placed.map((l) => l.id)).toEqual(['a', 'c']);
    const [a, c] = placed;
    expect(a.box[3] <= c.box[1] || c.box[3] <= a.box[1]).toBe(true);
  });
});

describe('start bundle helpers', () => {
  it('boxOf is turf bbox for polygons, multipolygons and collections', async () => {
    const { bbox } = await import('@turf/turf');
    const { boxOf } = await import('../../src/geo/mercator');
    const a = square('a', 7, 50, 7.2, 50.2, [7.05, 50.05, 7.15, 50.15]);
    const multi: Feature = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [a.geometry.coordinates, square('b', 6.5, 49.9, 6.6, 50).geometry.coordinates] } };
    expect(boxOf(a)).toEqual(bbox(a));
    expect(boxOf(multi)).toEqual(bbox(multi));
    expect(boxOf({ type: 'FeatureCollection', features: [a, multi] })).toEqual(bbox({ type: 'FeatureCollection', features: [a, multi] }));
  });
});
