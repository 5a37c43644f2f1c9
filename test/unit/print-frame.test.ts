// The print frame shows what the screen frames: the whole Kreis, or the Gemeinde in focus filling
// the frame up to its padding, with north up and the same centre.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { readBoundaries } from '../../src/data/boundaries';
import { clipRing, frameFeatures } from '../../src/print/frame';
import { fitExtent } from '../../src/geo/fit';
import { projectedExtent, rings } from '../../src/geo/mercator';

const topo = (file: string) => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as Topology;
const { boundaries } = readBoundaries(topo('rhein-sieg.topo.json'), 'rhein-sieg.topo.json', { topology: topo('sozialraeume.topo.json'), file: 'sozialraeume.topo.json' });
const SANKT_AUGUSTIN = '05382056';
const size = { w: 2400, h: 1600 };
const pad = { x: 94, y: 189 };

/** Canvas bounding box of features under a fit. */
function drawnBox(features: ReturnType<typeof frameFeatures>, project: (p: [number, number]) => [number, number]) {
  const xy = features.flatMap((f) => rings(f.geometry).flat()).map((p) => project(p as [number, number]));
  const xs = xy.map(([x]) => x);
  const ys = xy.map(([, y]) => y);
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

describe('print frame', () => {
  it('frames the Kreis without a focus, and with an unknown one', () => {
    expect(frameFeatures(boundaries, null)).toBe(boundaries.kreis.features);
    expect(frameFeatures(boundaries, 'nirgendwo')).toBe(boundaries.kreis.features);
  });

  for (const focus of [null, SANKT_AUGUSTIN]) {
    it(`fills the frame within the padding: ${focus ?? 'Kreis'}`, () => {
      const features = frameFeatures(boundaries, focus);
      const extent = projectedExtent(features);
      expect(extent).not.toBeNull();
      const fit = fitExtent(extent!, size, pad);
      const box = drawnBox(features, fit.project);
      const eps = 1e-6;
      expect(box.left).toBeGreaterThanOrEqual(pad.x - eps);
      expect(box.right).toBeLessThanOrEqual(size.w - pad.x + eps);
      expect(box.top).toBeGreaterThanOrEqual(pad.y - eps);
      expect(box.bottom).toBeLessThanOrEqual(size.h - pad.y + eps);
      // One axis touches its padding on both sides: nothing smaller than it could be.
      const fillsX = Math.abs(box.left - pad.x) < 0.5 && Math.abs(size.w - pad.x - box.right) < 0.5;
      const fillsY = Math.abs(box.top - pad.y) < 0.5 && Math.abs(size.h - pad.y - box.bottom) < 0.5;
      expect(fillsX || fillsY).toBe(true);
      // Centred on the area.
      expect((box.left + box.right) / 2).toBeCloseTo(size.w / 2, 6);
      expect((box.top + box.bottom) / 2).toBeCloseTo(size.h / 2, 6);
    });
  }

  it('a focused Gemeinde is drawn larger than in the Kreis view, its Sozialräume inside the frame', () => {
    const kreis = fitExtent(projectedExtent(frameFeatures(boundaries, null))!, size, pad);
    const augustin = fitExtent(projectedExtent(frameFeatures(boundaries, SANKT_AUGUSTIN))!, size, pad);
    expect(augustin.scale).toBeGreaterThan(3 * kreis.scale);
    // ground metres per canvas unit shrink by the same factor
    expect(augustin.groundPerUnit * augustin.scale).toBeCloseTo(kreis.groundPerUnit * kreis.scale, 2);
    const children = boundaries.sozialraeume.features.filter((f) => f.properties.parent === SANKT_AUGUSTIN);
    expect(children.length).toBeGreaterThanOrEqual(2);
    const box = drawnBox(children, augustin.project);
    expect(box.left).toBeGreaterThanOrEqual(pad.x - 1);
    expect(box.right).toBeLessThanOrEqual(size.w - pad.x + 1);
  });

  it('north is up: a point further north is drawn higher', () => {
    const fit = fitExtent(projectedExtent(frameFeatures(boundaries, null))!, size, pad);
    expect(fit.project([7.2, 50.9])[1]).toBeLessThan(fit.project([7.2, 50.7])[1]);
    expect(fit.project([7.4, 50.8])[0]).toBeGreaterThan(fit.project([7.2, 50.8])[0]);
  });
});

describe('rings clipped to the canvas', () => {
  const area = (ring: Array<[number, number]>) => Math.abs(ring.reduce((a, [x, y], i) => { const [u, v] = ring[(i + 1) % ring.length]; return a + x * v - u * y; }, 0)) / 2;
  const box = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it('keeps what lies inside, cuts what runs out, drops what lies beyond', () => {
    const inside: Array<[number, number]> = [[1, 1], [4, 1], [4, 4], [1, 4]];
    expect(clipRing(inside, box)).toEqual(inside);
    const across: Array<[number, number]> = [[5, 5], [25, 5], [25, 25], [5, 25]];
    expect(area(clipRing(across, box))).toBeCloseTo(25, 6);
    for (const [x, y] of clipRing(across, box)) expect(x >= 0 && x <= 10 && y >= 0 && y <= 10).toBe(true);
    expect(clipRing([[20, 20], [30, 20], [30, 30]], box)).toEqual([]);
    // a triangle over a corner: inside the box it covers the square [0, 5] × [0, 5]
    expect(area(clipRing([[-10, 5], [5, -10], [5, 5]], box))).toBeCloseTo(25, 6);
  });
});
