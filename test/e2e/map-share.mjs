// The visible map, measured from the layout as a person sees it: the map's box inside the
// viewport, less the union of the boxes of everything that covers it (legend, card, notices,
// the map's own controls). Shared by the small-screen tests and the screenshot script.

/** Overlays on the map, inside the atlas' shadow root (and the map's own controls inside those). */
export const OVERLAYS = [
  'atlas-legend',
  'atlas-panel',
  '[data-testid=link-notice]',
  '[data-testid=loading-rest]',
  '.atlas-canvas-notice',
  '.maplibregl-ctrl',
  '.atlas-canvas-controls > *',
  '.easy-read',
];

/**
 * { share, map, covered }: share = visible map pixels / viewport pixels, sampled on a 2 px grid;
 * map = the map box; largest = the largest single visible element's area besides the map.
 */
export function measureMap(page) {
  return page.evaluate((selectors) => {
    const root = document.querySelector('sozial-atlas').renderRoot;
    const wrap = root.querySelector('.map-wrap').getBoundingClientRect();
    const rects = selectors
      .flatMap((s) => [...root.querySelectorAll(s)])
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const [w, h] = [innerWidth, innerHeight];
    const left = Math.max(0, wrap.left), right = Math.min(w, wrap.right), top = Math.max(0, wrap.top), bottom = Math.min(h, wrap.bottom);
    const step = 2;
    let seen = 0;
    for (let y = top + step / 2; y < bottom; y += step)
      for (let x = left + step / 2; x < right; x += step)
        if (!rects.some((r) => x >= r.left && x < r.right && y >= r.top && y < r.bottom)) seen++;
    return { share: (seen * step * step) / (w * h), map: wrap.toJSON(), overlays: rects.map((r) => [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)]) };
  }, OVERLAYS);
}

/** Whether a viewport point lies on the visible map (on the map box, under no overlay). */
export function onVisibleMap(page, point) {
  return page.evaluate(([selectors, p]) => {
    const root = document.querySelector('sozial-atlas').renderRoot;
    const wrap = root.querySelector('.map-wrap').getBoundingClientRect();
    const inside = (r) => p.x >= r.left && p.x < r.right && p.y >= r.top && p.y < r.bottom;
    const covered = selectors.flatMap((s) => [...root.querySelectorAll(s)]).some((el) => inside(el.getBoundingClientRect()));
    return inside(wrap) && p.x >= 0 && p.y >= 0 && p.x < innerWidth && p.y < innerHeight && !covered;
  }, [OVERLAYS, point]);
}

/** The screen centre of an area's drawn features (MapLibre), in viewport pixels. */
export function areaCentre(page, id) {
  return page.evaluate((id) => {
    const map = document.querySelector('sozial-atlas').mapInstance.map;
    const rect = map.getCanvas().getBoundingClientRect();
    const f = map.querySourceFeatures('gemeinden').filter((g) => String(g.id) === id || g.properties?.id === id);
    if (!f.length) return null;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    const walk = (c) => (typeof c[0] === 'number' ? ([x0, y0, x1, y1] = [Math.min(x0, c[0]), Math.min(y0, c[1]), Math.max(x1, c[0]), Math.max(y1, c[1])]) : c.forEach(walk));
    for (const g of f) walk(g.geometry.coordinates);
    const p = map.project([(x0 + x1) / 2, (y0 + y1) / 2]);
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, id);
}
