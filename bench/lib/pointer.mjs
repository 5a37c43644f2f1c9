// Mouse moves from area to area, each answered by one {id, ms} the page appends to a list.

/**
 * Visits `points` ({id, x, y} in page px) in turn, `moves` times in all, and returns the ms of
 * each move as reported in the page list at `resultsPath` (e.g. "bench.hovers"). Before each
 * move, `settle()` waits for a quiet page and `arm(id)` tells the page which area to expect.
 */
export async function visit(page, points, moves, { resultsPath, arm = async () => {}, settle = () => page.evaluate(() => window.__benchSettle()) }) {
  const results = [];
  for (let i = 0; i < moves; i++) {
    const point = points[i % points.length];
    await settle();
    await arm(point.id);
    await page.mouse.move(point.x, point.y);
    const handle = await page.waitForFunction(([path, n]) => path.split('.').reduce((o, k) => o?.[k], window)?.[n], [resultsPath, i], {
      timeout: 15_000,
      polling: 20,
    });
    const result = await handle.jsonValue();
    if (result.id !== point.id) throw new Error(`hover at ${point.x},${point.y}: expected ${point.id}, got ${result.id}`);
    results.push(result.ms);
  }
  return results;
}
