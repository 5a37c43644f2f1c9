// Names give way to point marks, on the 2D map and on paper alike: the spots around an anchor
// (centred, below, above, right, left of it), the grid that finds the marks near a label, a name
// moved clear of a mark on its anchor or left out when no spot is free, and without marks every
// name where it always stood.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { BoxGrid, overlaps, placeFirstFree, spotBox, spotsAround, type Rect } from '../../src/geo/label-placement';
import { GIVE_WAY, giveWayGap } from '../../src/symbology/context';
import { markReach } from '../../src/symbology/point-marks';
import { CONTRIBUTION_STYLE } from '../../src/symbology/points';
import { placeLabels as placeScreenLabels } from '../../src/map/canvas/labels';
import { mapLabels, placeLabels as placePrintLabels } from '../../src/print/labels';
import { markBoxes } from '../../src/print/print-points';
import { printFit } from '../../src/print/frame';
import { textWidth } from '../../src/print/measure';
import { loadAtlasData } from '../../src/data/atlas-data';
import type { Box } from '../../src/print/sheet';

const rect = (b: Box): Rect => [b.x, b.y, b.x + b.w, b.y + b.h];

describe('spots around an anchor', () => {
  it('centred on it, or the gap below, above, right or left of it, centred on the other axis', () => {
    const gap: [number, number] = [5, 3];
    expect(spotBox(100, 50, 40, 10, 'center', gap)).toEqual([80, 45, 120, 55]);
    expect(spotBox(100, 50, 40, 10, 'top', gap)).toEqual([80, 53, 120, 63]);
    expect(spotBox(100, 50, 40, 10, 'bottom', gap)).toEqual([80, 37, 120, 47]);
    expect(spotBox(100, 50, 40, 10, 'left', gap)).toEqual([105, 45, 145, 55]);
    expect(spotBox(100, 50, 40, 10, 'right', gap)).toEqual([55, 45, 95, 55]);
    expect(spotsAround(100, 50, 40, 10, GIVE_WAY.anchors, gap)).toEqual(GIVE_WAY.anchors.map((a) => spotBox(100, 50, 40, 10, a, gap)));
  });

  it("keeps MapLibre's gap: the radial offset in em, 7/24 em less below and above", () => {
    expect(giveWayGap(24)).toEqual([GIVE_WAY.offset * 24, GIVE_WAY.offset * 24 - 7]);
  });

  it('clears a school mark on the anchor below and above at the Kreis view, and a cluster beside it', () => {
    const school = { symbol: { name: '', shape: 'circle' as const, fill: '#fff', r: 5.5, labelColour: '#000' } };
    const cluster = { symbol: CONTRIBUTION_STYLE.cluster };
    const [beside, below] = giveWayGap(13);
    // Label padding 2 and the mark's 2 on either side.
    expect(below - 2).toBeGreaterThanOrEqual(markReach(CONTRIBUTION_STYLE, school) + GIVE_WAY.markPadding);
    expect(beside - 2).toBeGreaterThanOrEqual(markReach(CONTRIBUTION_STYLE, cluster) + GIVE_WAY.markPadding);
  });
});

describe('a grid of marks', () => {
  it('says whether a box meets any of them, as comparing every one would', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const box = (size: number): Rect => {
      const [x, y] = [random() * 800 - 50, random() * 600 - 50];
      return [x, y, x + random() * size, y + random() * size];
    };
    const marks = Array.from({ length: 2000 }, () => box(30));
    const grid = new BoxGrid(32);
    for (const m of marks) grid.add(m);
    for (let i = 0; i < 2000; i++) {
      const label = box(120);
      expect(grid.meets(label)).toBe(marks.some((m) => overlaps(label, m)));
    }
    expect(new BoxGrid(32).meets([0, 0, 10, 10])).toBe(false);
  });

  it('blocks a spot in the greedy placement as a placed label does, without being taken itself', () => {
    const grid = new BoxGrid(10);
    grid.add([40, 40, 60, 60]);
    const taken: Rect[] = [];
    const spots = (x: number): Rect[] => [[x, 45, x + 10, 55], [x, 70, x + 10, 80]];
    expect(placeFirstFree([45, 80], spots, [0, 0, 100, 100], taken, 0, grid)).toEqual([1, 0]);
    expect(taken).toEqual([[45, 70, 55, 80], [80, 45, 90, 55]]);
  });
});

describe('on the 2D map', () => {
  const measure = (t: string) => t.length * 7;
  const layout = { size: 13, measure, width: 400, height: 300 };
  const around = { anchors: GIVE_WAY.anchors, gap: giveWayGap(13) };
  const siegburg = { id: '05382060', text: 'Siegburg', x: 200, y: 150 };
  const markOn = (x: number, y: number) => {
    const grid = new BoxGrid(32);
    const r = 12 + GIVE_WAY.markPadding;
    const box: Rect = [x - r, y - r, x + r, y + r];
    grid.add(box);
    return { grid, box };
  };

  it('without marks, every name where it stood: centred on its anchor, or left out', () => {
    const requests = [siegburg, { id: 'b', text: 'Troisdorf', x: 210, y: 154 }];
    const plain = placeScreenLabels(requests, layout);
    expect(plain.map((l) => [l.id, l.x, l.y, l.box])).toEqual([['05382060', 200, 150, [172, 142.2, 228, 157.8]]]);
    // The spots around are offered, nothing is in the way: the same.
    expect(placeScreenLabels(requests, { ...layout, around }, [], new BoxGrid(32))[0]).toEqual(plain[0]);
  });

  it('a mark on the anchor: the name moves below it, clear of the mark, and is drawn there', () => {
    const { grid, box } = markOn(200, 150);
    const [label] = placeScreenLabels([siegburg], { ...layout, around }, [], grid);
    expect(label.id).toBe('05382060');
    expect(overlaps(label.box, box)).toBe(false);
    expect(label.box[1]).toBeCloseTo(150 + giveWayGap(13)[1], 9);
    expect([label.x, label.y]).toEqual([(label.box[0] + label.box[2]) / 2, (label.box[1] + label.box[3]) / 2]);
  });

  it('taken below and above by names placed first: beside the mark; with every spot taken, left out', () => {
    const { grid, box } = markOn(200, 150);
    const below = spotBox(200, 150, 56, 15.6, 'top', giveWayGap(13));
    const above = spotBox(200, 150, 56, 15.6, 'bottom', giveWayGap(13));
    const [label] = placeScreenLabels([siegburg], { ...layout, around }, [below, above], grid);
    expect(label.box[0]).toBeGreaterThan(200);
    expect(overlaps(label.box, box)).toBe(false);
    const everywhere = GIVE_WAY.anchors.map((a) => spotBox(200, 150, 56, 15.6, a, giveWayGap(13)));
    expect(placeScreenLabels([siegburg], { ...layout, around }, everywhere, grid)).toEqual([]);
  });
});

describe('on paper', () => {
  const frame = { x: 10, y: 10, w: 100, h: 60 };
  const style = { size: 8, bold: true, colour: '#000', halo: '#fff' };
  const siegburg = { text: 'Siegburg', at: [60, 40] as [number, number], priority: 0 };
  const textBox = (t: { x: number; y: number; text: string }) => {
    const w = textWidth(t.text, 8, true);
    return { x: t.x - w / 2, y: t.y - 2.5, w, h: 3 };
  };

  it('a mark on the anchor: the name set below it, clear of it; without it, on the anchor as before', () => {
    const mark = { x: 57, y: 37, w: 6, h: 6 };
    const plain = placePrintLabels([siegburg], style, frame);
    const [text] = placePrintLabels([siegburg], style, frame, [], [mark]).texts;
    if (text.kind !== 'text' || plain.texts[0].kind !== 'text') throw new Error('text expected');
    expect(plain.texts[0]).toMatchObject({ x: 60 });
    // The baseline a third of a cap height below the anchor (labels.ts), as without marks.
    expect(plain.texts[0].y).toBeCloseTo(40 + 0.365 * 8 * (25.4 / 72), 9);
    expect(text.x).toBeCloseTo(60, 9);
    expect(text.y).toBeGreaterThan(43);
    expect(overlaps(rect(textBox(text)), rect(mark))).toBe(false);
  });

  it('with marks all around the anchor, the name is left out and counted, never over a mark', () => {
    const marks = [-12, -6, 0, 6, 12].flatMap((dy) => [-30, -24, -18, -12, -6, 0, 6, 12, 18, 24].map((dx) => ({ x: 60 + dx - 3, y: 40 + dy - 3, w: 6, h: 6 })));
    const { texts, omitted } = placePrintLabels([siegburg], style, frame, [], marks);
    expect(texts).toEqual([]);
    expect(omitted).toEqual(['Siegburg']);
  });

  it("the printed map's names give way to the printed marks: a contribution on Siegburg's anchor", async () => {
    const data = await loadAtlasData('', async (url) => {
      const text = await readFile(`public/data/${url.replace(/^\//, '')}`, 'utf8');
      return { ok: true, status: 200, text: async () => text };
    });
    const b = data.boundaries;
    const sheetFrame = { x: 10, y: 20, w: 190, h: 130 };
    const fit = printFit(b, null, sheetFrame);
    const anchor = b.labels.features.find((f) => f.properties.id === '05382060')?.geometry.coordinates as [number, number];
    const layer = { id: 'test', features: [{ id: 'p', lngLat: anchor, category: 'frage', text: 'Wo?' }], style: CONTRIBUTION_STYLE };
    const marks = markBoxes([layer], fit.project, sheetFrame);
    expect(marks).toHaveLength(1);
    const texts = (placed: ReturnType<typeof mapLabels>) => placed.texts.flatMap((t) => (t.kind === 'text' ? [t] : []));
    const before = texts(mapLabels(b, { level: 'gemeinde' }, null, fit, sheetFrame, 'A4', []));
    const after = texts(mapLabels(b, { level: 'gemeinde' }, null, fit, sheetFrame, 'A4', [], marks));
    const name = (list: typeof before) => list.find((t) => t.text === 'Siegburg');
    // Before, on the mark's place; after, still on the sheet, clear of it.
    expect(overlaps(rect(textBox(name(before)!)), rect(marks[0]))).toBe(true);
    expect(name(after)).toBeDefined();
    expect(overlaps(rect(textBox(name(after)!)), rect(marks[0]))).toBe(false);
    // No name at all over the mark; the others where they stood.
    for (const t of after) expect(overlaps(rect(textBox(t)), rect(marks[0]))).toBe(false);
  });
});
