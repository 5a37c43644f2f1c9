import { describe, expect, it } from 'vitest';
import { packRgba, paintFills, rasterise, rgbaOf } from '../../src/map/canvas/raster';

const ring = (...xy: number[]) => new Float64Array(xy);
const count = (ids: ArrayLike<number>, id: number) => Array.from(ids).filter((v) => v === id).length;
const at = (r: { ids: ArrayLike<number>; width: number }, x: number, y: number) => r.ids[y * r.width + x];

describe('rasterise', () => {
  it('gives a square the pixels whose centres it holds', () => {
    const r = rasterise(1, () => [ring(2, 2, 6, 2, 6, 5, 2, 5)], 10, 8);
    expect(count(r.ids, 1)).toBe(4 * 3);
    expect(at(r, 2, 2)).toBe(1);
    expect(at(r, 5, 4)).toBe(1);
    expect(at(r, 6, 4)).toBe(0);
    expect(at(r, 1, 2)).toBe(0);
  });

  it('leaves a hole out (even-odd) and neither gaps nor overlaps between neighbours', () => {
    const outer = ring(0, 0, 8, 0, 8, 8, 0, 8);
    const hole = ring(2, 2, 2, 6, 6, 6, 6, 2);
    const r = rasterise(1, () => [outer, hole], 8, 8);
    expect(count(r.ids, 1)).toBe(64 - 16);
    expect(at(r, 3, 3)).toBe(0);
    // Two triangles sharing a slanted edge cover the square once, pixel for pixel.
    const pair = rasterise(2, (k) => [k === 0 ? ring(0, 0, 10, 0, 0, 10) : ring(10, 0, 10, 10, 0, 10)], 10, 10);
    expect(count(pair.ids, 0)).toBe(0);
    expect(count(pair.ids, 1) + count(pair.ids, 2)).toBe(100);
    expect(Math.abs(count(pair.ids, 1) - count(pair.ids, 2))).toBeLessThanOrEqual(10);
  });

  it('clips to the canvas and numbers areas from 1', () => {
    const r = rasterise(2, (k) => [k === 0 ? ring(-5, -5, 3, -5, 3, 3, -5, 3) : ring(7, 7, 20, 7, 20, 20, 7, 20)], 10, 10);
    expect(count(r.ids, 1)).toBe(9);
    expect(count(r.ids, 2)).toBe(9);
    expect(r.ids).toBeInstanceOf(Uint16Array);
  });
});

describe('paintFills', () => {
  it('colours each pixel by its area, transparent outside, and draws the hatch line on hatched areas', () => {
    const r = rasterise(2, (k) => [k === 0 ? ring(0, 0, 4, 0, 4, 4, 0, 4) : ring(4, 0, 8, 0, 8, 4, 4, 4)], 8, 4);
    const red = packRgba(255, 0, 0);
    const blue = packRgba(0, 0, 255);
    const out = new Uint32Array(32);
    paintFills(r, new Uint32Array([0, red, blue]), out);
    expect(out[0]).toBe(red);
    expect(out[7]).toBe(blue);
    const ink = packRgba(90, 98, 107);
    // A diagonal tile of 4 px; area 2 hatched.
    const tile = new Uint8Array(16).map((_, i) => ((i % 4) + Math.floor(i / 4)) % 4 === 0 ? 1 : 0);
    paintFills(r, new Uint32Array([0, red, blue]), out, { areas: new Uint8Array([0, 0, 1]), tile, size: 4, colour: ink, scale: 1 });
    expect(out[0]).toBe(red); // area 1, on the tile's line but not hatched
    expect(out[4]).toBe(ink); // area 2 at x 4, y 0: on the line
    expect(out[5]).toBe(blue);
    expect(new Uint8Array(new Uint32Array([packRgba(1, 2, 3, 4)]).buffer)).toEqual(new Uint8Array([1, 2, 3, 4]));
  });
});

describe('rgbaOf', () => {
  const none = () => '';
  it('reads six-digit hex itself and the rest as the canvas says it back', () => {
    expect(rgbaOf('#d9d9d9', none)).toEqual([217, 217, 217, 1]);
    expect(rgbaOf('#FFEDA0', none)).toEqual([255, 237, 160, 1]);
    expect(rgbaOf('steelblue', () => '#4682b4')).toEqual([70, 130, 180, 1]);
    expect(rgbaOf('hsl(0 0% 50% / 0.5)', () => 'rgba(128, 128, 128, 0.5)')).toEqual([128, 128, 128, 0.5]);
    expect(rgbaOf('nonsense', () => '#000000')).toEqual([0, 0, 0, 1]);
    expect(rgbaOf('nonsense', none)).toBeNull();
  });
});
