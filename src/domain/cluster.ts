// Greedy clustering in screen space: points closer than a radius become one group. A grid of
// cells one radius wide finds the neighbours, so n points cost about n look-ups, not n².
// Deterministic: the same points in the same order give the same groups, whichever renderer asks.

export interface Placed {
  id: string;
  x: number;
  y: number;
}

export interface Group {
  /** member ids in input order; one id: a point on its own */
  ids: string[];
  /** the members' mean position */
  x: number;
  y: number;
}

/**
 * Each point not yet taken starts a group and takes every free point within `radius` of it.
 * `radius` ≤ 0: every point on its own.
 */
export function cluster(points: readonly Placed[], radius: number): Group[] {
  if (radius <= 0) return points.map((p) => ({ ids: [p.id], x: p.x, y: p.y }));
  const cell = (v: number) => Math.floor(v / radius);
  const grid = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${cell(p.x)},${cell(p.y)}`;
    const list = grid.get(key);
    if (list) list.push(i);
    else grid.set(key, [i]);
  });
  const taken = new Uint8Array(points.length);
  const groups: Group[] = [];
  const r2 = radius * radius;
  points.forEach((seed, i) => {
    if (taken[i]) return;
    taken[i] = 1;
    const members = [i];
    const [cx, cy] = [cell(seed.x), cell(seed.y)];
    for (let gx = cx - 1; gx <= cx + 1; gx++)
      for (let gy = cy - 1; gy <= cy + 1; gy++)
        for (const j of grid.get(`${gx},${gy}`) ?? []) {
          if (taken[j]) continue;
          const dx = points[j].x - seed.x;
          const dy = points[j].y - seed.y;
          if (dx * dx + dy * dy <= r2) {
            taken[j] = 1;
            members.push(j);
          }
        }
    members.sort((a, b) => a - b);
    const n = members.length;
    groups.push({
      ids: members.map((j) => points[j].id),
      x: members.reduce((s, j) => s + points[j].x, 0) / n,
      y: members.reduce((s, j) => s + points[j].y, 0) / n,
    });
  });
  return groups;
}
