// Measurements of the Leaflet baseline (bench/baseline/, served at /bench-baseline/), which
// exposes window.bench; see baseline.js.
import { visit } from './pointer.mjs';
import { firstColouredFrame } from './first-paint.mjs';
import { bytesBefore, emulate } from './first-path.mjs';

/**
 * `count` loads, each in a fresh context: ms from navigation start to the first frame with the
 * first indicator's class colours in the map (bench/lib/first-paint.mjs, the same probe as the
 * atlas'). `own`: the page's own figure (after its second animation frame), for comparison.
 * The last page stays open. `profile` and `bytes` as for the atlas (atlas-probe.mjs).
 */
export async function firstLoads(stage, query, count, timeout, profile = null) {
  const times = [];
  const own = [];
  const bytes = [];
  let last = null;
  for (let i = 0; i < count; i++) {
    await last?.context.close();
    last = await stage.session();
    const { page } = last;
    if (profile) await emulate(page, profile);
    const ms = await last.guard(
      firstColouredFrame(page, {
        navigate: () => page.goto(`${stage.origin}/bench-baseline/index.html?${query}`, { waitUntil: 'commit' }),
        ready: () => page.waitForFunction(() => window.bench || window.benchError, null, { timeout, polling: 50 }),
        coloursOf: () => page.evaluate(() => window.bench?.colours ?? []),
        regionOf: () =>
          page.evaluate(() => {
            const r = document.getElementById('map').getBoundingClientRect();
            return { x: r.left, y: r.top, width: r.width, height: r.height, exclude: [] };
          }),
      }),
    );
    const { ms: pageMs, error } = await page.evaluate(() => ({ ms: window.bench?.firstChoropleth, error: window.benchError }));
    if (error) throw new Error(`baseline ${query}: ${error}`);
    times.push(ms);
    own.push(pageMs);
    bytes.push(await bytesBefore(page, ms));
    last.assertClean(`baseline ${query}`);
  }
  return { times, own, bytes, session: last };
}

/** Restyles for the next indicator, cycling; same quiet start, warm-up and budget rules as the atlas. */
export async function switches(s, { count, warmup, budgetMs = Infinity, minCount = count }) {
  return s.guard(
    s.page.evaluate(
      async ({ count, warmup, budgetMs, minCount }) => {
        const { indicators, switchTo } = window.bench;
        const samples = [];
        const busy = [];
        const deadline = performance.now() + budgetMs;
        for (let k = 1; samples.length < count && !(samples.length >= minCount && performance.now() > deadline); k++) {
          await window.__benchSettle();
          const start = performance.now();
          const ms = await switchTo(indicators[k % indicators.length]);
          const settled = (await window.__benchSettle()) - start;
          if (warmup > 0) {
            warmup--;
          } else {
            samples.push(ms);
            busy.push(settled);
          }
        }
        return { samples, busy };
      },
      { count, warmup, budgetMs, minCount },
    ),
  );
}

/** Hover over the same interior points (TopoJSON `labels`), mouse event to after paint. */
export async function hovers(s, { count, warmup }) {
  const points = await s.page.evaluate(() => {
    const box = document.getElementById('map').getBoundingClientRect();
    return window.bench.points().filter((p) => p.x > box.left + 8 && p.y > box.top + 8 && p.x < box.right - 8 && p.y < box.bottom - 8);
  });
  if (points.length < 10) throw new Error(`baseline hover: only ${points.length} usable interior points`);
  const all = await s.guard(visit(s.page, points, count + warmup, { resultsPath: 'bench.hovers' }));
  return all.slice(warmup);
}
