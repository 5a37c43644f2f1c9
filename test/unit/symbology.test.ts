import { describe, expect, it } from 'vitest';
import { areaStyles, CLASS_MISSING, CLASS_SUPPRESSED } from '../../src/state/plan';
import { FADE_OPACITY, isFaded, paintedFill, UNPLANNED } from '../../src/symbology/areas';
import { labelSizes, LABELS, RIVERS } from '../../src/symbology/context';
import { HATCH, hatchTile } from '../../src/symbology/hatch';
import { CIRCLES, paintCircles, type CircleContext } from '../../src/symbology/circles';
import { atZoom, scaled } from '../../src/symbology/stops';
import { NO_DATA_FILL } from '../../src/domain/colour';
import type { Cell } from '../../src/domain/types';

describe('zoom stops', () => {
  it('interpolate linearly between stops and hold beyond them, as MapLibre does', () => {
    const stops = [[8, 2], [12, 4]] as const;
    expect(atZoom(stops, 5)).toBe(2);
    expect(atZoom(stops, 8)).toBe(2);
    expect(atZoom(stops, 10)).toBe(3);
    expect(atZoom(stops, 12)).toBe(4);
    expect(atZoom(stops, 17)).toBe(4);
    expect(atZoom([], 10)).toBe(0);
    expect(scaled(stops, 2)).toEqual([[8, 4], [12, 8]]);
  });

  it('give the label and river sizes the maps drew before: ×1 at zoom 9 to ×1.35 at 13; 2 px at zoom 8 to 4 px at 12', () => {
    for (let zoom = 6; zoom <= 15; zoom += 0.25) {
      const grown = 1 + 0.35 * Math.min(1, Math.max(0, (zoom - 9) / 4));
      expect(atZoom(labelSizes('gemeinde', 1.5), zoom)).toBeCloseTo(13 * 1.5 * grown, 9);
      expect(atZoom(labelSizes('raster', 1), zoom)).toBeCloseTo(12 * grown, 9);
      expect(atZoom(RIVERS.line.width, zoom)).toBeCloseTo(2 + 2 * Math.min(1, Math.max(0, (zoom - 8) / 4)), 9);
    }
    expect(LABELS.size).toEqual({ gemeinde: 13, sozialraum: 12, raster: 12 });
  });
});

describe('area styles', () => {
  const v = (value: number): Cell => ({ kind: 'value', value });
  const cells = new Map<string, Cell>([
    ['a', v(1)],
    ['b', { kind: 'missing' }],
    ['c', { kind: 'suppressed' }],
    ['d', v(5)],
  ]);
  const fill = (id: string) => `#0000${id === 'a' ? '01' : '02'}`;

  it('hatch the areas without a value and the withheld ones, and nothing with a value', () => {
    // 'd' has a value but no class: a circle map.
    const { style, hatched } = areaStyles(cells, new Map([['a', 0], ['b', CLASS_MISSING], ['c', CLASS_SUPPRESSED]]), fill);
    expect(hatched).toBe(true);
    expect(style('a')).toEqual({ fill: '#000001', hatched: false });
    expect(style('b').hatched).toBe(true);
    expect(style('c').hatched).toBe(true);
    expect(style('d')).toEqual({ fill: '#000002', hatched: false });
    // once per plan: the same object every time it is asked
    expect(style('a')).toBe(style('a'));
  });

  it('give an area the plan does not hold the no-data fill, unhatched', () => {
    const { style, hatched } = areaStyles(new Map([['a', v(1)]]), new Map([['a', 0]]), fill);
    expect(hatched).toBe(false);
    expect(style('elsewhere')).toBe(UNPLANNED);
    expect(UNPLANNED).toEqual({ fill: NO_DATA_FILL, hatched: false });
  });

  it('fade towards white at one opacity, on every screen map alike; the hatch flag stays', () => {
    expect(FADE_OPACITY).toBe(0.3);
    expect(paintedFill({ fill: '#000000', hatched: true }, true)).toBe('#b3b3b3');
    expect(paintedFill({ fill: '#123456', hatched: false }, false)).toBe('#123456');
    expect(isFaded(null, 'a')).toBe(false);
    expect(isFaded(new Set(['a']), 'a')).toBe(false);
    expect(isFaded(new Set(['a']), 'b')).toBe(true);
  });
});

describe('the hatch tile', () => {
  it('is a 2 px line rising to the right in the hatch colour, transparent elsewhere', () => {
    const { width, height, data } = hatchTile();
    expect([width, height]).toEqual([HATCH.tilePx, HATCH.tilePx]);
    const on = (x: number, y: number) => data[(y * width + x) * 4 + 3] === 255;
    let count = 0;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) if (on(x, y)) count++;
    expect(count).toBe(2 * width);
    expect(on(0, 0) && on(7, 0) && on(0, 7) && on(1, 6) && on(7, 1)).toBe(true);
    expect(on(1, 1)).toBe(false);
    expect([...data.slice(0, 4)]).toEqual([0x5a, 0x62, 0x6b, 255]);
  });
});

describe('painting circles', () => {
  it('draws the largest first, none of radius 0, each filled translucent and rimmed opaque', () => {
    const calls: string[] = [];
    const ctx = {
      fillStyle: '',
      strokeStyle: '',
      lineWidth: 0,
      globalAlpha: 1,
      beginPath: () => calls.push('begin'),
      arc: (_x: number, _y: number, r: number) => calls.push(`arc ${r}`),
      fill: () => calls.push(`fill ${ctx.globalAlpha} ${ctx.fillStyle}`),
      stroke: () => calls.push(`stroke ${ctx.globalAlpha} ${ctx.strokeStyle} ${ctx.lineWidth}`),
    };
    paintCircles(ctx as unknown as CircleContext, [{ at: [0, 0], r: 2 }, { at: [1, 1], r: 0 }, { at: [2, 2], r: 5 }], '#c2410c', 1);
    expect(calls.filter((c) => c.startsWith('arc'))).toEqual(['arc 5', 'arc 2']);
    expect(calls.slice(0, 4)).toEqual(['begin', 'arc 5', `fill ${CIRCLES.opacity} #c2410c`, 'stroke 1 #ffffff 1']);
  });
});
