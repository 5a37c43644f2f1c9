// The view's geometry shared by the 2D map and print (src/geo): one projection with one Earth
// radius and one cos(lat) factor, one fitting rule per medium built on one scale, one scale-bar
// rounding, one greedy label placement and one choice of a river name's stretch.
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS, groundScale, mercator, projectBox, toLngLat } from '../../src/geo/mercator';
import { fitBox, fitExtent, fitScale } from '../../src/geo/fit';
import { groundPerPx, toScreen } from '../../src/geo/view';
import { scaleBar, scaleLength } from '../../src/geo/scale-bar';
import { longestStretch, overlaps, placeFirstFree, type Rect } from '../../src/geo/label-placement';
import { scaleBar as sheetScaleBar } from '../../src/print/sheet';

describe('projection', () => {
  it('goes to metres and back, with the equator at 0 and 180° at half the circumference', () => {
    const [x0, y0] = mercator([0, 0]);
    expect(x0).toBe(0);
    expect(Math.abs(y0)).toBeLessThan(1e-6);
    expect(mercator([180, 0])[0]).toBeCloseTo(Math.PI * EARTH_RADIUS, 6);
    const [lng, lat] = toLngLat(mercator([7.2, 50.8]));
    expect(lng).toBeCloseTo(7.2, 9);
    expect(lat).toBeCloseTo(50.8, 9);
  });

  it('measures the ground at cos(lat) of the projected metres', () => {
    expect(groundScale(mercator([7, 50.8])[1])).toBeCloseTo(Math.cos((50.8 * Math.PI) / 180), 12);
    expect(groundScale(0)).toBe(1);
  });
});

describe('fitting', () => {
  const kreis = projectBox([6.87, 50.58, 7.66, 50.95]);

  it('takes the tighter axis, with a least span for a point', () => {
    expect(fitScale([0, 0, 100, 50], 1000, 1000, 1)).toBe(10);
    expect(fitScale([0, 0, 100, 50], 1000, 200, 1)).toBe(4);
    expect(fitScale([5, 5, 5, 5], 10, 20, 1)).toBe(10);
  });

  it('frames the same centre on screen and on paper, and measures the same ground there', () => {
    const view = fitBox(kreis, 1000, 600, 24);
    const fit = fitExtent(kreis, { w: 1000, h: 600 }, { x: 24, y: 24 });
    const middle = toLngLat([(kreis[0] + kreis[2]) / 2, (kreis[1] + kreis[3]) / 2]);
    const [sx, sy] = toScreen(view, 1000, 600, mercator(middle));
    const [px, py] = fit.project(middle);
    expect(sx).toBeCloseTo(px, 6);
    expect(sy).toBeCloseTo(py, 6);
    // Screen zooms come in MapLibre's steps only where clamped; unclamped both scales agree.
    expect(view.scale).toBeCloseTo(fit.scale, 9);
    expect(groundPerPx(view)).toBeCloseTo(fit.groundPerUnit, 6);
  });
});

describe('scale bar', () => {
  it('rounds down to 1, 2 or 5 × 10^n and gives the length in the units asked', () => {
    expect(scaleLength(100, 120)).toEqual({ metres: 10000, units: 100 });
    expect(scaleLength(30, 120)).toEqual({ metres: 2000, units: 2000 / 30 });
    expect(scaleLength(7, 100)).toEqual({ metres: 500, units: 500 / 7 });
  });

  it('is the same distance on screen and on paper for the same metres per unit', () => {
    const view = fitBox(projectBox([6.87, 50.58, 7.66, 50.95]), 800, 600, 24);
    const screen = scaleBar(view, 120);
    const paper = sheetScaleBar(groundPerPx(view), 120);
    expect(paper.metres).toBe(screen.metres);
    expect(paper.mm).toBeCloseTo(screen.px, 9);
  });
});

describe('label placement', () => {
  const frame: Rect = [0, 0, 100, 100];

  it('places in order, each at its first free spot inside the frame, and records what it took', () => {
    const taken: Rect[] = [[40, 40, 60, 60]];
    const spots: Record<string, Rect[]> = {
      a: [[45, 45, 55, 55], [45, 20, 55, 30]], // the first spot meets the obstacle
      b: [[45, 22, 55, 32], [90, 90, 110, 110], [70, 70, 80, 80]], // meets a; then leaves the frame
      c: [[-5, 0, 5, 10]], // only outside
    };
    expect(placeFirstFree(['a', 'b', 'c'], (l) => spots[l], frame, taken)).toEqual([1, 2, -1]);
    expect(taken).toEqual([[40, 40, 60, 60], [45, 20, 55, 30], [70, 70, 80, 80]]);
  });

  it('keeps padding between labels but lets a padded box reach over the frame', () => {
    const taken: Rect[] = [];
    const at = (x: number): Rect[] => [[x, 0, x + 10, 10]];
    expect(placeFirstFree([0, 11, 14], at, frame, taken, 2)).toEqual([0, -1, 0]);
    expect(taken).toEqual([[-2, -2, 12, 12], [12, -2, 26, 12]]);
  });

  it('counts boxes that only touch as clear', () => {
    expect(overlaps([0, 0, 10, 10], [10, 0, 20, 10])).toBe(false);
    expect(overlaps([0, 0, 10, 10], [9.9, 9.9, 20, 20])).toBe(true);
  });

  it("sets a river's name on its longest stretch well inside the frame, read left to right", () => {
    const line: Array<[number, number]> = [[2, 50], [20, 50], [60, 30], [70, 31], [99, 99]];
    const stretch = longestStretch(line, frame, 5);
    expect(stretch?.a).toEqual([20, 50]);
    expect(stretch?.b).toEqual([60, 30]);
    expect(stretch?.mid).toEqual([40, 40]);
    expect(stretch?.length).toBeCloseTo(Math.hypot(40, 20), 12);
    expect(stretch?.angle).toBeCloseTo(Math.atan2(-20, 40), 12);
    // Drawn the other way, the same stretch, turned the same way.
    expect(longestStretch([...line].reverse(), frame, 5)).toEqual(stretch);
    expect(longestStretch([[1, 1], [99, 99]], frame, 5)).toBeNull();
  });
});
