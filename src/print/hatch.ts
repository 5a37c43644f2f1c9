// Diagonal hatching inside a rectangle, as line segments (both renderers draw the same lines).
export function hatchLines(r: { x: number; y: number; w: number; h: number }, gap: number): Array<[number, number, number, number]> {
  const lines: Array<[number, number, number, number]> = [];
  // Lines x - y = c for c across the rectangle, clipped to it.
  for (let c = -r.h + gap; c < r.w; c += gap) {
    const x1 = Math.max(0, c);
    const y1 = x1 - c;
    const x2 = Math.min(r.w, c + r.h);
    const y2 = x2 - c;
    lines.push([r.x + x1, r.y + r.h - y1, r.x + x2, r.y + r.h - y2]);
  }
  return lines;
}
