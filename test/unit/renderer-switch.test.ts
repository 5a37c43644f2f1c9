// The renderer switch: one call reaches every screen map there is; the first frame's 2D map is
// framed without a flight, hands over its camera when MapLibre has drawn, and can be kept.
import { describe, expect, it } from 'vitest';
import { RendererSwitch } from '../../src/map/renderer-switch';
import type { Canvas2DMap } from '../../src/map/canvas/canvas-map';
import type { AtlasRenderer, MapPlan } from '../../src/map/renderer';

type Call = [string, ...unknown[]];

/** A renderer that records its calls; `drawn` resolves show() when the test says so. */
function fake(kind: 'webgl' | 'canvas', view = { center: [7, 50] as [number, number], zoom: 9 }) {
  const calls: Call[] = [];
  const shows: Array<() => void> = [];
  let focused = false;
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
      return Promise.resolve();
    };
  const canvas = { focus: () => (focused = true) } as unknown as HTMLCanvasElement;
  const map = {
    kind,
    map: { getCanvas: () => canvas },
    canvas,
    level: 'gemeinde',
    hovered: null,
    setTextScale: record('setTextScale'),
    setBoundaries: record('setBoundaries'),
    setGrid: record('setGrid'),
    show: (plan: MapPlan) => {
      calls.push(['show', plan]);
      return new Promise<void>((resolve) => shows.push(resolve));
    },
    setAttribution: record('setAttribution'),
    focus: record('focus'),
    reveal: record('reveal'),
    select: record('select'),
    hover: record('hover'),
    view: () => view,
    jumpTo: record('jumpTo'),
    highlight: record('highlight'),
    remove: record('remove'),
    passivate: () => (calls.push(['passivate']), true),
    keep: record('keep'),
    fadeOut: record('fadeOut'),
  };
  return { map, calls, drawAll: () => shows.splice(0).forEach((resolve) => resolve()), focused: () => focused };
}

const plan = { level: 'gemeinde' } as unknown as MapPlan;
const names = (calls: Call[]) => calls.map((c) => c[0]);

describe('renderer switch', () => {
  it('sends each call to both maps, framing and revealing on the first frame without a flight', async () => {
    const first = fake('canvas');
    const main = fake('webgl');
    const maps = new RendererSwitch(first.map as unknown as Canvas2DMap, main.map as unknown as AtlasRenderer);
    await maps.focus('a', false, { top: 1, right: 0, bottom: 0, left: 0 });
    await maps.reveal('a', { top: 0, right: 0, bottom: 0, left: 0 }, false);
    maps.hover('b');
    maps.highlight(['c']);
    expect(main.calls).toEqual([
      ['focus', 'a', false, { top: 1, right: 0, bottom: 0, left: 0 }],
      ['reveal', 'a', { top: 0, right: 0, bottom: 0, left: 0 }, false],
      ['hover', 'b'],
      ['highlight', ['c']],
    ]);
    expect(first.calls).toEqual([
      ['focus', 'a', true, { top: 1, right: 0, bottom: 0, left: 0 }],
      ['reveal', 'a', { top: 0, right: 0, bottom: 0, left: 0 }, true],
      ['hover', 'b'],
      ['highlight', ['c']],
    ]);
    expect(maps.kind).toBe('webgl');
  });

  it('while only the first frame stands in, show resolves with its frame and the map is not yet for good', async () => {
    const first = fake('canvas');
    const maps = new RendererSwitch(first.map as unknown as Canvas2DMap, null);
    let done = false;
    const shown = maps.show(plan).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    first.drawAll();
    await shown;
    expect(maps.main).toBeNull();
    expect(maps.kind).toBe('canvas');
  });

  it('gives MapLibre the type scale and the focus when it arrives, and the camera when it has drawn', async () => {
    const first = fake('canvas', { center: [7.3, 50.7], zoom: 11 });
    const main = fake('webgl');
    const maps = new RendererSwitch(first.map as unknown as Canvas2DMap, null);
    await maps.setTextScale(1.5);
    maps.arrive(main.map as unknown as AtlasRenderer);
    expect(main.calls).toEqual([['setTextScale', 1.5]]);
    expect(names(first.calls)).toEqual(['setTextScale', 'passivate']);
    expect(main.focused()).toBe(true);
    const shown = maps.show(plan);
    first.drawAll();
    main.drawAll();
    await shown;
    expect(main.calls.at(-1)).toEqual(['jumpTo', [7.3, 50.7], 11]);
    expect(first.calls.at(-1)).toEqual(['fadeOut']);
    expect(maps.first).toBeNull();
    // From now on MapLibre alone.
    maps.hover('x');
    expect(first.calls.at(-1)).toEqual(['fadeOut']);
  });

  it('keeps the first frame as the map for good, with its notice', () => {
    const first = fake('canvas');
    const maps = new RendererSwitch(first.map as unknown as Canvas2DMap, null);
    maps.keep('Vereinfachte Kartendarstellung');
    expect(first.calls).toEqual([['keep', 'Vereinfachte Kartendarstellung']]);
    expect(maps.main).toBe(first.map);
    expect(maps.first).toBeNull();
  });
});
