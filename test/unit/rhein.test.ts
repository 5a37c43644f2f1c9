// The Rhine context line: real geometry, clipped near the Kreis, named for its label.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { bbox } from '@turf/turf';
import { feature } from 'topojson-client';
import type { FeatureCollection, LineString } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';

const rhein = JSON.parse(readFileSync('public/data/rhein.geojson', 'utf8')) as FeatureCollection<LineString, { name: string }>;
const topo = JSON.parse(readFileSync('public/data/rhein-sieg.topo.json', 'utf8')) as Topology;
const [x0, y0, x1, y1] = bbox(feature(topo, topo.objects.kreis as GeometryCollection));

describe('rhein.geojson', () => {
  it('is a named line, small enough to load with the map', () => {
    expect(rhein.features.length).toBeGreaterThan(0);
    expect(rhein.features.every((f) => f.geometry.type === 'LineString' && f.properties.name === 'Rhein')).toBe(true);
    expect(readFileSync('public/data/rhein.geojson').length).toBeLessThan(5000);
  });

  // the script rounds the clip box to 4 decimals
  it('stays within the Kreis and its margin, and runs through Bonn between Bad Honnef and Niederkassel', () => {
    const coords = rhein.features.flatMap((f) => f.geometry.coordinates);
    for (const [lon, lat] of coords) {
      expect(lon).toBeGreaterThanOrEqual(x0 - 0.15 - 1e-4);
      expect(lon).toBeLessThanOrEqual(x1 + 0.15 + 1e-4);
      expect(lat).toBeGreaterThanOrEqual(y0 - 0.1 - 1e-4);
      expect(lat).toBeLessThanOrEqual(y1 + 0.1 + 1e-4);
    }
    // Bonn, Kennedybrücke: 7.107° E, 50.738° N; the line passes within about 1 km
    expect(coords.some(([lon, lat]) => Math.abs(lon - 7.107) < 0.015 && Math.abs(lat - 50.738) < 0.01)).toBe(true);
    expect(Math.min(...coords.map((c) => c[1]))).toBeLessThan(50.6); // south of Bad Honnef
    expect(Math.max(...coords.map((c) => c[1]))).toBeGreaterThan(50.85); // north of Niederkassel
  });
});
