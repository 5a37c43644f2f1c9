// The built boundary file: what a planner relies on when reading the map.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { area } from '@turf/turf';
import type { Topology } from 'topojson-specification';
import { readBoundaries } from '../../src/data/boundaries';

const topology = JSON.parse(readFileSync('public/data/rhein-sieg.topo.json', 'utf8')) as Topology;
const { boundaries, problems } = readBoundaries(topology, 'rhein-sieg.topo.json');
const gemeinden = boundaries.gemeinden.features;

describe('Rhein-Sieg-Kreis boundaries (VG250)', () => {
  it('has the 19 Gemeinden, each with a 05382xxx key and a name', () => {
    expect(problems).toEqual([]);
    expect(gemeinden).toHaveLength(19);
    for (const f of gemeinden) {
      expect(f.properties.id).toMatch(/^05382\d{3}$/);
      expect(f.properties.name.length).toBeGreaterThan(2);
      expect(f.properties.parent).toBe('05382');
    }
    expect(new Set(gemeinden.map((f) => f.properties.id)).size).toBe(19);
    const names = gemeinden.map((f) => f.properties.name);
    for (const name of ['Siegburg', 'Troisdorf', 'Sankt Augustin', 'Königswinter', 'Neunkirchen-Seelscheid', 'Windeck']) {
      expect(names).toContain(name);
    }
  });

  it('covers the Kreis area of 1,153 km² within 2 %', () => {
    const km2 = gemeinden.reduce((sum, f) => sum + area(f), 0) / 1e6;
    expect(Math.abs(km2 - 1153) / 1153).toBeLessThan(0.02);
    const outline = area(boundaries.kreis.features[0]) / 1e6;
    expect(Math.abs(outline - km2) / km2).toBeLessThan(0.001);
  });

  it('has the nine neighbouring districts as context and a label point per Gemeinde', () => {
    expect(boundaries.nachbarn.features.map((f) => f.properties.name).sort()).toEqual(
      [
        'Bonn',
        'Köln',
        'Kreis Euskirchen',
        'Landkreis Ahrweiler',
        'Landkreis Altenkirchen (Westerwald)',
        'Landkreis Neuwied',
        'Oberbergischer Kreis',
        'Rhein-Erft-Kreis',
        'Rheinisch-Bergischer Kreis',
      ].sort(),
    );
    expect(boundaries.labels.features).toHaveLength(19);
  });
});
