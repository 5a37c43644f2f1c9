// Measurements of the atlas itself (<sozial-atlas> in dist/index.html).
import { waitForChoropleth } from '../../test/e2e/harness.mjs';
import { visit } from './pointer.mjs';
import { firstColouredFrame } from './first-paint.mjs';
import { bytesBefore, emulate } from './first-path.mjs';

// Names from src/map/style.ts (SOURCE.gemeinden, LEVEL.gemeinde.fill): the hover outline is
// drawn from the area's feature-state `hover`; the probe waits for the first frame rendered
// with it set, and checks that a point lies on the area it should.
const SOURCE = 'gemeinden';
const FILL_LAYER = 'gemeinden-fill';

function firstRenderedProbe() {
  // 'atlas-rendered' does not bubble, but every event passes window in the capture phase.
  window.__benchFirstRendered = null;
  window.addEventListener('atlas-rendered', () => (window.__benchFirstRendered ??= performance.now()), true);
}

/**
 * `count` loads, each in a fresh context: ms from navigation start to the first frame with the
 * legend's class colours in the map area (bench/lib/first-paint.mjs, the same probe as the
 * baseline's). `rendered`: ms to the first 'atlas-rendered' (MapLibre's frame drawn), for
 * comparison. The last page stays open (once the map has settled) for further probes.
 * `profile`: a network and CPU emulation (first-path.mjs), applied before navigating; `bytes`:
 * what each load had fetched by its first choropleth frame.
 */
export async function firstLoads(stage, path, count, timeout, profile = null) {
  const times = [];
  const rendered = [];
  const bytes = [];
  let last = null;
  for (let i = 0; i < count; i++) {
    await last?.context.close();
    last = await stage.session();
    const { page } = last;
    await page.addInitScript(firstRenderedProbe);
    if (profile) await emulate(page, profile);
    const ms = await last.guard(
      firstColouredFrame(page, {
        navigate: () => page.goto(stage.origin + path, { waitUntil: 'commit' }),
        ready: () => page.waitForFunction(() => window.__benchFirstRendered !== null, null, { timeout, polling: 50 }),
        coloursOf: () => page.locator('sozial-atlas atlas-legend li[data-class]').evaluateAll((items) => items.filter((li) => /^\d+$/.test(li.dataset.class)).map((li) => getComputedStyle(li.querySelector('.swatch')).backgroundColor)),
        regionOf: () =>
          page.evaluate(() => {
            const root = document.querySelector('sozial-atlas').renderRoot;
            const rect = (el) => {
              const r = el.getBoundingClientRect();
              return { x: r.left, y: r.top, width: r.width, height: r.height };
            };
            return { ...rect(root.querySelector('.map-wrap')), exclude: [...root.querySelectorAll('.legend, .card')].map(rect) };
          }),
      }),
    );
    times.push(ms);
    rendered.push(await page.evaluate(() => window.__benchFirstRendered));
    bytes.push(await bytesBefore(page, ms));
    last.assertClean(`atlas ${path}`);
  }
  await last.guard(waitForChoropleth(last.page, timeout));
  return { times, rendered, bytes, session: last };
}

/**
 * Switches indicator by setting location.hash in the page, cycling through `ids`, each from a
 * quiet page. samples: ms from the assignment to the 'atlas-rendered' for that indicator;
 * busy: ms until the page renders promptly again. `warmup` switches are dropped; after
 * `budgetMs` the loop stops once `minCount` are measured.
 */
export async function switches(s, ids, { count, warmup, budgetMs = Infinity, minCount = count, timeoutMs, hashSuffix = '' }) {
  return s.guard(
    s.page.evaluate(
      async ({ ids, count, warmup, budgetMs, minCount, timeoutMs, hashSuffix }) => {
        const atlas = document.querySelector('sozial-atlas');
        const map = atlas.mapInstance.map;
        const settle = () => window.__benchSettle(() => map.loaded());
        const rendered = (id) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no 'atlas-rendered' for ${id} within ${timeoutMs} ms`)), timeoutMs);
            const onRendered = (e) => {
              if (e.detail?.indicator !== id) return;
              atlas.removeEventListener('atlas-rendered', onRendered);
              clearTimeout(timer);
              resolve();
            };
            atlas.addEventListener('atlas-rendered', onRendered);
          });
        let k = Math.max(0, ids.indexOf(new URLSearchParams(location.hash.slice(1)).get('indikator')));
        const samples = [];
        const busy = [];
        const deadline = performance.now() + budgetMs;
        while (samples.length < count && !(samples.length >= minCount && performance.now() > deadline)) {
          k = (k + 1) % ids.length;
          await settle();
          const done = rendered(ids[k]);
          const start = performance.now();
          location.hash = `#indikator=${encodeURIComponent(ids[k])}&klassen=5&methode=quantile${hashSuffix}`;
          await done;
          const ms = performance.now() - start;
          const settled = (await settle()) - start;
          if (warmup > 0) {
            warmup--;
          } else {
            samples.push(ms);
            busy.push(settled);
          }
        }
        return { samples, busy };
      },
      { ids, count, warmup, budgetMs, minCount, timeoutMs, hashSuffix },
    ),
  );
}

/**
 * Hover: the mouse visits one interior point per Gemeinde (`labels`: {id, lngLat}, projected by
 * the map). Per move: from the mousemove's timeStamp (capture phase on the map canvas) to the
 * first MapLibre 'render' drawn with that Gemeinde's hover state set (its outline on screen).
 */
export async function hovers(s, labels, { count, warmup }) {
  const points = await s.page.evaluate(
    ({ labels, SOURCE, FILL_LAYER }) => {
      const atlas = document.querySelector('sozial-atlas');
      const map = atlas.mapInstance.map;
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      const onArea = ({ id, p }) =>
        p.x > 8 && p.y > 8 && p.x < box.width - 8 && p.y < box.height - 8 &&
        atlas.renderRoot.elementFromPoint(box.left + p.x, box.top + p.y) === canvas && // not under a control
        map.queryRenderedFeatures(p, { layers: [FILL_LAYER] })[0]?.id === id;
      const usable = labels
        .map(({ id, lngLat }) => ({ id, p: map.project(lngLat) }))
        .filter(onArea)
        .map(({ id, p }) => ({ id, x: Math.round(box.left + p.x), y: Math.round(box.top + p.y) }));

      const probe = (window.__benchHover = { expect: null, results: [] });
      canvas.addEventListener(
        'mousemove',
        (e) => {
          if (!probe.expect) return;
          const id = probe.expect;
          const start = e.timeStamp;
          probe.expect = null;
          const onRender = () => {
            const outlined = map.getFeatureState({ source: SOURCE, id }).hover === true;
            if (!outlined) return;
            map.off('render', onRender);
            probe.results.push({ id, ms: performance.now() - start });
          };
          map.on('render', onRender);
        },
        { capture: true },
      );
      return usable;
    },
    { labels, SOURCE, FILL_LAYER },
  );
  if (points.length < 10) throw new Error(`atlas hover: only ${points.length} usable interior points`);
  const arm = (id) => s.page.evaluate((id) => (window.__benchHover.expect = id), id);
  const settle = () => s.page.evaluate(() => window.__benchSettle(() => document.querySelector('sozial-atlas').mapInstance.map.loaded()));
  const all = await s.guard(visit(s.page, points, count + warmup, { resultsPath: '__benchHover.results', arm, settle }));
  return all.slice(warmup);
}

/** The map canvas size in CSS px, so the baseline can draw the same area. */
export const canvasSize = (s) =>
  s.page.evaluate(() => {
    const canvas = document.querySelector('sozial-atlas').mapInstance.map.getCanvas();
    return { w: canvas.clientWidth, h: canvas.clientHeight };
  });
