// Measurements of drill-down, year switches and own-data import in the atlas.

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
  await s.page.goto(url);
  await s.page.waitForFunction(() => document.querySelector('sozial-atlas')?.mapInstance?.map.loaded(), null, { timeout: timeoutMs });
  await s.page.evaluate(installRenderWaiter);
  return s.guard(
    s.page.evaluate(
      async ({ name, csv, timeoutMs }) => {
        const atlas = document.querySelector('sozial-atlas');
        const known = new Set(atlas._data.catalog.indicators.map((i) => i.id));
        const input = atlas.renderRoot.querySelector('atlas-import').renderRoot.querySelector('input[type=file]');
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
