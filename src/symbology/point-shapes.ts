// The outline of each point shape, once, as a polygon around the point's anchor: the 2D map and
// the MapLibre icons trace it on a canvas, print turns it into polygons in millimetres. A shape is
// told by its outline as well as by its colour, so that categories never rest on colour alone.
export type PointShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'pin' | 'triangle-down' | 'pentagon' | 'hexagon';
export type XY = [number, number];

/** vertices of the circle's polygon: smooth at the sizes drawn (up to ~30 px), few enough for a PDF path */
const CIRCLE_STEPS = 40;

const regular = (n: number, r: number, rotation: number, cy = 0): XY[] => {
  // r is the inradius: an offset ring (the halo) is the same shape with r + offset, edge for edge.
  const R = r / Math.cos(Math.PI / n);
  return Array.from({ length: n }, (_, i) => {
    const a = rotation + (2 * Math.PI * i) / n;
    return [R * Math.cos(a), cy + R * Math.sin(a)] as XY;
  });
};

/** Where the shape's middle lies from its anchor: a pin stands on its tip, the others are centred. */
export function shapeCentre(shape: PointShape, r: number): XY {
  return shape === 'pin' ? [0, -2 * r] : [0, 0];
}

/**
 * The shape's outline around its anchor (0, 0), y down, for `r` the half-width of its body (the
 * inradius: a square of side 2r, a circle of radius r). Grown by an offset `d`, the outline of
 * `r + d` is the body's halo ring.
 */
export function shapeOutline(shape: PointShape, r: number, grow = 0): XY[] {
  const s = r + grow;
  switch (shape) {
    case 'circle':
      return regular(CIRCLE_STEPS, s, 0);
    case 'square':
      return regular(4, s, Math.PI / 4);
    case 'diamond':
      return regular(4, s, 0);
    case 'triangle':
      // Point up; centred on its incentre, so that the halo is even along each edge.
      return regular(3, s, -Math.PI / 2);
    case 'triangle-down':
      return regular(3, s, Math.PI / 2);
    case 'pentagon':
      return regular(5, s, -Math.PI / 2);
    case 'hexagon':
      return regular(6, s, 0);
    case 'pin': {
      // A round head of radius r at 2r above the tip; the ring grows about the head's centre.
      const [, cy] = shapeCentre('pin', r);
      const d = -cy;
      const tipY = grow * (d / r);
      const tangent = Math.acos(s / (d + tipY));
      const start = Math.PI / 2 + tangent;
      const sweep = 2 * Math.PI - 2 * tangent;
      const head = Array.from({ length: CIRCLE_STEPS + 1 }, (_, i) => {
        const a = start + (sweep * i) / CIRCLE_STEPS;
        return [s * Math.cos(a), cy + s * Math.sin(a)] as XY;
      });
      return [[0, tipY], ...head];
    }
  }
}

/** The outline moved to (x, y) and scaled (px -> mm for print). */
export function placeOutline(outline: readonly XY[], x: number, y: number, scale = 1): XY[] {
  return outline.map(([px, py]) => [x + px * scale, y + py * scale]);
}

/** Whether (x, y) lies inside a polygon (even-odd). */
export function insidePolygon(polygon: readonly XY[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
