// Measurements of drill-down, year switches and own-data import in the atlas.

/** In the page: deletes the IndexedDB database of own data (src/data/own-data-store.ts). */
function forgetOwnData() {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase('sozialatlas-eigene-daten');
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

/** In the page: resolves with performance.now() at the first 'atlas-rendered' whose detail passes `test`. */
function installRenderWaiter() {
  window.__benchRendered = (test, timeoutMs) =>
    new Promise((resolve, reject) => {
      const atlas = document.querySelector('sozial-atlas');
      const timer = setTimeout(() => reject(new Error(`no matching 'atlas-rendered' within ${timeoutMs} ms`)), timeoutMs);
      const on = (e) => {
        if (!test(e.detail)) return;
        atlas.removeEventListener('atlas-rendered', on);
        clearTimeout(timer);
        resolve(performance.now());
      };
      atlas.addEventListener('atlas-rendered', on);
    });
}

/**
 * Drill-down as the breadcrumb and the drill button do it (a new hash), from the Kreis to a
 * Gemeinde's Sozialräume (or, with `level` 'raster' and its hash, grid cells) and back, `count`
 * times over `gemeinden`. Per drill: ms to the first frame at the new level, and ms until the
 * framing flight has ended and the map is quiet. `down`: the hash, `{gemeinde}` standing for the AGS.
 */
export async function drillDowns(s, indicator, gemeinden, { count, warmup, timeoutMs, level = 'sozialraum', down = `#indikator=${indicator}&ebene=sozialraeume&gemeinde={gemeinde}` }) {
  await s.page.evaluate(installRenderWaiter);
  return s.guard(
    s.page.evaluate(
      async ({ indicator, gemeinden, count, warmup, timeoutMs, level, down }) => {
        const map = document.querySelector('sozial-atlas').mapInstance.map;
        const quiet = () => window.__benchSettle(() => map.loaded() && !map.isMoving());
        const firstFrame = [];
        const framed = [];
        for (let i = 0; i < count + warmup; i++) {
          const gemeinde = gemeinden[i % gemeinden.length];
          await quiet();
          // The grid's "loading" frame has no year yet: the frame with the cells does.
          const done = window.__benchRendered((d) => d.level === level && (level !== 'raster' || d.year !== null), timeoutMs);
          const start = performance.now();
          location.hash = down.replace('{gemeinde}', gemeinde);
          const drawn = (await done) - start;
          const still = (await quiet()) - start;
          if (i >= warmup) {
            firstFrame.push(drawn);
            framed.push(still);
          }
          const up = window.__benchRendered((d) => d.level === 'gemeinde', timeoutMs);
          location.hash = `#indikator=${indicator}`;
          await up;
        }
        return { firstFrame, framed };
      },
      { indicator, gemeinden, count, warmup, timeoutMs, level, down },
    ),
  );
}

/**
 * The grid level shown for the first time, from the Kreis: ms from the new hash to the first
 * frame with the cells (fetching raster.topo.json and its table, reading, tiling and drawing them);
 * the frame that only says "loading" has no year and does not count.
 */
export async function gridFirstShow(s, hash, { timeoutMs }) {
  await s.page.evaluate(installRenderWaiter);
  return s.guard(
    s.page.evaluate(
      async ({ hash, timeoutMs }) => {
        const map = document.querySelector('sozial-atlas').mapInstance.map;
        await window.__benchSettle(() => map.loaded());
        const done = window.__benchRendered((d) => d.level === 'raster' && d.year !== null, timeoutMs);
        const start = performance.now();
        location.hash = hash;
        return (await done) - start;
      },
      { hash, timeoutMs },
    ),
  );
}

/** Year switches by hash at a level with several years: ms to the frame showing that year. */
export async function yearSwitches(s, hashBase, years, { count, warmup, timeoutMs }) {
  await s.page.evaluate(installRenderWaiter);
  return s.guard(
    s.page.evaluate(
      async ({ hashBase, years, count, warmup, timeoutMs }) => {
        const map = document.querySelector('sozial-atlas').mapInstance.map;
        const samples = [];
        for (let i = 0; i < count + warmup; i++) {
          const year = years[i % years.length];
          await window.__benchSettle(() => map.loaded());
          const done = window.__benchRendered((d) => d.year === year, timeoutMs);
          const start = performance.now();
          location.hash = `${hashBase}&jahr=${year}`;
          const ms = (await done) - start;
          if (i >= warmup) samples.push(ms);
        }
        return samples;
      },
      { hashBase, years, count, warmup, timeoutMs },
    ),
  );
}

/**
 * A CSV handed to the "Eigene Daten" file input as a person's file would be: ms from the
 * input's change event to the frame showing the imported indicator (read, parse, validate,
 * join, classify, draw). Each run in a freshly loaded page.
 */
export async function importTime(s, url, name, csv, { timeoutMs }) {
  // Own data is kept in the browser and read again on the next load: the page starts without it, as
  // a planner's first import does, so that each sample times this import and not a restored one too.
  // Forgotten on a page of the same origin without the atlas: an atlas still open in the tab holds
  // the database, the deletion waits ("blocked") and the next atlas could read the last import
  // back, whose indicator then is no new one (the second of three imports timed out so).
  await s.page.goto(new URL('barrierefreiheit.html', url).href);
  await s.page.evaluate(forgetOwnData);
  await s.page.goto(url);
  // The map drawn, the data in the model and the own-data part (loaded after the first map) ready.
  await s.page.waitForFunction(
    () => {
      const atlas = document.querySelector('sozial-atlas');
      const input = atlas?.renderRoot.querySelector('atlas-sidebar')?.renderRoot?.querySelector('atlas-import')?.renderRoot?.querySelector('input[type=file]');
      // All tables in (the side pane is inert before): an import earlier waits for them.
      return Boolean(atlas?.mapInstance?.map.loaded() && atlas.model && !atlas.model.data.pending && input);
    },
    null,
    { timeout: timeoutMs },
  );
  await s.page.evaluate(installRenderWaiter);
  return s.guard(
    s.page.evaluate(
      async ({ name, csv, timeoutMs }) => {
        const atlas = document.querySelector('sozial-atlas');
        const known = new Set(atlas.model.data.catalog.indicators.map((i) => i.id));
        const sidebar = atlas.renderRoot.querySelector('atlas-sidebar');
        const input = sidebar.renderRoot.querySelector('atlas-import').renderRoot.querySelector('input[type=file]');
        const transfer = new DataTransfer();
        transfer.items.add(new File([csv], name, { type: 'text/csv' }));
        await window.__benchSettle(() => atlas.mapInstance.map.loaded());
        const done = window.__benchRendered((d) => !known.has(d.indicator), timeoutMs);
        const start = performance.now();
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return (await done) - start;
      },
      { name, csv, timeoutMs },
    ),
  );
}

/**
 * A table with many unknown ids: ms to import it (change to frame), to open the problem list of the
 * import, to the first frame of its largest group expanding and until all its lines are there, and to
 * the frame of the next indicator.
 */
export async function importWithUnknowns(s, url, name, csv, nextIndicator, { timeoutMs }) {
  const importMs = await importTime(s, url, name, csv, { timeoutMs });
  return s.guard(
    s.page.evaluate(
      async ({ nextIndicator, timeoutMs, importMs }) => {
        const atlas = document.querySelector('sozial-atlas');
        const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
        const sidebar = atlas.renderRoot.querySelector('atlas-sidebar');
        const problems = sidebar.renderRoot.querySelector('atlas-import').renderRoot.querySelector('atlas-problems');
        const count = problems.problems.length;
        // Each step from a quiet page: the import's own frames (map, chart) are not the list's.
        const quiet = () => window.__benchSettle(() => atlas.mapInstance.map.loaded());
        await quiet();
        let start = performance.now();
        problems.renderRoot.querySelector('summary').click();
        await problems.updateComplete;
        const openMs = (await frames()) - start;
        const all = problems.renderRoot.querySelector('section button');
        await quiet();
        start = performance.now();
        all.click();
        await problems.updateComplete;
        const expandMs = (await frames()) - start;
        // The kind grows by a batch a frame; until every one of its lines is there:
        const total = problems.problems.filter((p) => p.code === 'row.keyUnknown').length + 3;
        while (problems.renderRoot.querySelectorAll('li').length < total) await frames();
        const expandAllMs = performance.now() - start;
        await quiet();
        const done = window.__benchRendered((d) => d.indicator === nextIndicator, timeoutMs);
        start = performance.now();
        location.hash = `#indikator=${nextIndicator}`;
        const switchMs = (await done) - start;
        return { importMs, openMs, expandMs, expandAllMs, switchMs, problems: count, shown: problems.renderRoot.querySelectorAll('li').length };
      },
      { nextIndicator, timeoutMs, importMs },
    ),
  );
}
