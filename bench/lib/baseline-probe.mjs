// Measurements of the Leaflet baseline (bench/baseline/, served at /bench-baseline/), which
// exposes window.bench; see baseline.js.
import { visit } from './pointer.mjs';

/** `count` loads, each in a fresh context; the last page stays open. */
export async function firstLoads(stage, query, count, timeout) {
  const times = [];
  let last = null;
  for (let i = 0; i < count; i++) {
    await last?.context.close();
    last = await stage.session();
    await last.page.goto(`${stage.origin}/bench-baseline/index.html?${query}`, { waitUntil: 'commit' });
    await last.guard(last.page.waitForFunction(() => window.bench || window.benchError, null, { timeout, polling: 50 }));
    const { ms, error } = await last.page.evaluate(() => ({ ms: window.bench?.firstChoropleth, error: window.benchError }));
    if (error) throw new Error(`baseline ${query}: ${error}`);
    times.push(ms);
    last.assertClean(`baseline ${query}`);
  }
  return { times, session: last };
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
