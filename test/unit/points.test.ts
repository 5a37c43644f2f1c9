import { describe, expect, it } from 'vitest';
import { cluster } from '../../src/domain/cluster';
import { contrast } from '../../src/domain/contrast';
import { NO_DATA_FILL, SUPPRESSED_FILL, palette, SCHEMES, hexRgb } from '../../src/domain/colour';
import { CONTRIBUTION_STYLE, POINT_CATEGORIES, symbolOf, type PointFeature } from '../../src/symbology/points';
import { insidePolygon, shapeCentre, shapeOutline } from '../../src/symbology/point-shapes';
import { markAt, markParts, markText, mercator, pointMarks, unmercator, worldPixels } from '../../src/symbology/point-marks';

const style = CONTRIBUTION_STYLE;

describe('point style', () => {
  it('stays visible over every class colour of every scheme: its white ring or its ink line contrasts ≥ 3', () => {
    const under = [NO_DATA_FILL, SUPPRESSED_FILL, '#f2f4f5', '#e4e7ea'];
    for (const s of SCHEMES) for (let k = 3; k <= 9; k++) under.push(...palette(s.id, k));
    expect(under.length).toBeGreaterThan(12 * 40);
    for (const c of under) expect(Math.max(contrast(style.halo.colour, c), contrast(style.halo.line, c)), c).toBeGreaterThanOrEqual(3);
  });

  it('each category stands out from its white ring and carries a white label; categories differ in shape and colour', () => {
    const symbols = POINT_CATEGORIES.map((c) => symbolOf(style, c));
    for (const s of [...symbols, style.cluster]) {
      expect(contrast(s.fill, style.halo.colour), s.name).toBeGreaterThanOrEqual(4.5);
      expect(contrast(s.fill, s.labelColour), s.name).toBeGreaterThanOrEqual(4.5);
    }
    expect(new Set(symbols.map((s) => s.shape)).size).toBe(4);
    for (const a of symbols)
      for (const b of symbols) {
        if (a === b) continue;
        const [x, y] = [hexRgb(a.fill) ?? [0, 0, 0], hexRgb(b.fill) ?? [0, 0, 0]];
        expect(Math.max(...x.map((v, i) => Math.abs(v - y[i]))), `${a.name} / ${b.name}`).toBeGreaterThan(60);
      }
    expect(symbols.map((s) => s.name)).toEqual(['Bedarf', 'Angebot', 'Idee / Maßnahme', 'Frage']);
    expect(symbolOf(style, 'unbekannt').name).toBe('Beitrag');
  });
});

describe('point shapes', () => {
  it('hold their centre and not a point one body-width away; the halo is the outline grown edge for edge', () => {
    for (const shape of ['circle', 'square', 'triangle', 'diamond', 'pin'] as const) {
      const [cx, cy] = shapeCentre(shape, 6);
      expect(insidePolygon(shapeOutline(shape, 6), cx, cy), shape).toBe(true);
      expect(insidePolygon(shapeOutline(shape, 6), cx + 12.5, cy), shape).toBe(false);
      expect(insidePolygon(shapeOutline(shape, 6, 3), cx + 8, cy), shape).toBe(shape !== 'triangle' || insidePolygon(shapeOutline(shape, 9), cx + 8, cy));
    }
    // A square of inradius 6 has side 12.
    const xs = shapeOutline('square', 6).map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(12);
    // A pin stands on its tip at the anchor.
    const pin = shapeOutline('pin', 5);
    expect(Math.max(...pin.map(([, y]) => y))).toBeCloseTo(0);
  });
});

describe('clustering', () => {
  it('groups points within the radius, leaves far ones alone, and is the same for every renderer', () => {
    const pts = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 5, y: 5 },
      { id: 'c', x: 100, y: 0 },
      { id: 'd', x: 3, y: -4 },
    ];
    const groups = cluster(pts, 10);
    expect(groups.map((g) => g.ids)).toEqual([['a', 'b', 'd'], ['c']]);
    expect(groups[0].x).toBeCloseTo(8 / 3);
    expect(cluster(pts, 0)).toHaveLength(4);
    // Moved as a whole (the map panned): the same groups.
    expect(cluster(pts.map((p) => ({ ...p, x: p.x + 1234.5, y: p.y - 77 })), 10).map((g) => g.ids)).toEqual(groups.map((g) => g.ids));
  });
});

describe('point marks', () => {
  const features: PointFeature[] = [
    { id: '1', lngLat: [7.2, 50.8], category: 'bedarf', text: 'Mehr Kitaplätze', label: '1' },
    { id: '2', lngLat: [7.20001, 50.80001], category: 'frage', text: 'Wo ist der Bus?' },
    { id: '3', lngLat: [7.4, 50.7], category: 'angebot', text: 'Jugendtreff' },
  ];

  it('cluster what overlaps at a zoom and separate it further in', () => {
    const far = pointMarks(features, style, worldPixels(10));
    expect(far.map((m) => m.features.map((f) => f.id))).toEqual([['1', '2'], ['3']]);
    expect(far[0].text).toBe('2');
    expect(far[0].symbol).toBe(style.cluster);
    const near = pointMarks(features, style, worldPixels(22));
    expect(near).toHaveLength(3);
    expect(near[0].text).toBe('1');
    expect(near[1].text).toBeNull();
    expect(near[0].lngLat).toEqual([7.2, 50.8]);
  });

  it('unproject what they project', () => {
    const [lng, lat] = unmercator(mercator([7.2, 50.8]));
    expect(lng).toBeCloseTo(7.2, 9);
    expect(lat).toBeCloseTo(50.8, 9);
  });

  it('draw ink, white and the body, back to front, and find the mark under the pointer', () => {
    const symbol = symbolOf(style, 'angebot');
    const parts = markParts(symbol, style, 50, 50);
    expect(parts.map((p) => p.fill)).toEqual([style.halo.line, style.halo.colour, symbol.fill]);
    // Chosen: the ink line grows outwards.
    const chosen = markParts(symbol, style, 50, 50, 1, true);
    expect(chosen).toHaveLength(3);
    expect(Math.max(...chosen[0].polygon.map(([x]) => x))).toBeCloseTo(Math.max(...parts[0].polygon.map(([x]) => x)) + style.selectedWidth);
    // In print: mm per px.
    const mm = markParts(symbol, style, 10, 10, 0.25).at(-1)?.polygon ?? [];
    expect(Math.max(...mm.map(([x]) => x)) - Math.min(...mm.map(([x]) => x))).toBeCloseTo(2 * symbol.r * 0.25);
    expect(markText({ symbol, text: '7' }, style, 50, 50)).toMatchObject({ text: '7', x: 50, y: 50 });
    const marks = [{ symbol, at: [50, 50] as [number, number] }, { symbol, at: [200, 50] as [number, number] }];
    expect(markAt(marks, style, (m) => m.at, 52, 48)).toBe(marks[0]);
    expect(markAt(marks, style, (m) => m.at, 120, 50)).toBeNull();
  });
});

describe('points on paper', async () => {
  const { pointPrimitives, pointLegendBlock } = await import('../../src/print/print-points');
  const features: PointFeature[] = [
    { id: 'a', lngLat: [0, 0], category: 'angebot', text: 'A', label: '5' },
    { id: 'b', lngLat: [10, 0], category: 'frage', text: 'B' },
    { id: 'c', lngLat: [999, 0], category: 'frage', text: 'outside' },
  ];
  // 1 mm per degree, from the frame's top left.
  const project = ([lng, lat]: [number, number]): [number, number] => [lng + 20, 20 - lat];
  const frame = { x: 12, y: 30, w: 100, h: 60 };

  it('are the screen marks at their screen size in mm, numbered, left off outside the frame', () => {
    const prims = pointPrimitives([{ id: 'l', features, style }], project, frame);
    const polygons = prims.filter((p) => p.kind === 'polygon');
    expect(polygons).toHaveLength(6);
    const body = polygons[2];
    const xs = body.kind === 'polygon' ? body.points.map(([x]) => x) : [];
    // A square of 14 px is 3.7 mm wide (96 px per inch), around x = 12 + 20.
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo((14 * 25.4) / 96);
    expect((Math.max(...xs) + Math.min(...xs)) / 2).toBeCloseTo(32);
    expect(prims.find((p) => p.kind === 'text')).toMatchObject({ text: '5', align: 'center', colour: '#ffffff' });
  });

  it('are cut at the frame where they reach past it, their number kept only inside; the chosen one ringed heavier', () => {
    // 'a' sits 0.5 mm inside the frame's left edge: half its mark lies outside.
    const edge: PointFeature[] = [{ id: 'a', lngLat: [-19.5, 0], category: 'angebot', text: 'A' }];
    const prims = pointPrimitives([{ id: 'l', features: edge, style }], project, frame);
    const xs = prims.flatMap((p) => (p.kind === 'polygon' ? p.points.map(([x]) => x) : []));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(frame.x);
    expect(prims.filter((p) => p.kind === 'polygon')).toHaveLength(3);
    const inkWidth = (selected: string | null) => {
      const ink = pointPrimitives([{ id: 'l', features: features.slice(0, 1), style, selected }], project, frame)[0];
      const x = ink.kind === 'polygon' ? ink.points.map(([px]) => px) : [];
      return Math.max(...x) - Math.min(...x);
    };
    expect(inkWidth('a')).toBeGreaterThan(inkWidth(null));
    expect(inkWidth('b')).toBeCloseTo(inkWidth(null));
  });

  it('have a key: one row per category shown', () => {
    const block = pointLegendBlock([{ id: 'l', features, style }]);
    expect(block?.height(50, 1)).toBeCloseTo(11);
    const names = block?.draw({ x: 0, y: 0, w: 50, h: 11 }, 1).flatMap((p) => (p.kind === 'group' ? p.children : [])).map((p) => (p.kind === 'text' ? p.text : ''));
    expect(names).toEqual(['Angebot', 'Frage']);
    expect(pointLegendBlock([])).toBeNull();
  });
});
