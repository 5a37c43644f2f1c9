// Measurements of the analysis views (issue 14): how long the scatterplot takes to show another y
// indicator, and the Sozialindex to be recomputed for a new weight, from the hash change to the
// view's DOM updated and laid out, at the Gemeinde level and at the grid (1 km cells, the
// largest real level). The map's own redraw is measured by the switch rows.

/**
 * Visits `hashes` in turn (`count` + `warmup` times), each time timing the hash change until the
 * analysis pane's view (`view`: a tag) has rendered. `check(state, hash)`: run in the page, must be
 * true once the view shows what the hash asked for.
 */
async function timedViews(s, { first, hashes, view, count, warmup, timeoutMs, waitGrid }) {
  await s.page.evaluate(async ({ first, waitGrid, timeoutMs }) => {
    const atlas = document.querySelector('sozial-atlas');
    const ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no frame for ${first} within ${timeoutMs} ms`)), timeoutMs);
      const on = (e) => {
        // The grid's "loading" frame has no year; the Sozialindex map has none either, and is
        // computed from the cells, so its frame means they are in.
        if (waitGrid && (e.detail.level !== 'raster' || (e.detail.year === null && e.detail.indicator !== 'sozialindex'))) return;
        atlas.removeEventListener('atlas-rendered', on);
        clearTimeout(timer);
        resolve();
      };
      atlas.addEventListener('atlas-rendered', on);
    });
    location.hash = first;
    await ready;
  }, { first, waitGrid, timeoutMs });
  return s.guard(
    s.page.evaluate(
      async ({ hashes, view, count, warmup, timeoutMs }) => {
        const atlas = document.querySelector('sozial-atlas');
        const map = atlas.mapInstance.map;
        const pane = async () => {
          await atlas.updateComplete;
          const analysis = atlas.renderRoot.querySelector('atlas-analysis');
          await customElements.whenDefined('atlas-analysis');
          await analysis.updateComplete;
          const el = analysis.renderRoot.querySelector(view);
          await el.updateComplete;
          // the layout the new DOM needs is part of the update
          el.renderRoot.firstElementChild?.getBoundingClientRect();
          return el;
        };
        await pane();
        const samples = [];
        for (let i = 0; i < count + warmup; i++) {
          const hash = hashes[i % hashes.length];
          await window.__benchSettle(() => map.loaded());
          const changed = new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no hashchange for ${hash} within ${timeoutMs} ms`)), timeoutMs);
            addEventListener('hashchange', () => (clearTimeout(timer), resolve()), { once: true });
          });
          const start = performance.now();
          location.hash = hash;
          await changed;
          await pane();
          const ms = performance.now() - start;
          if (location.hash.replace(/^#/, '') !== hash.replace(/^#/, '') && !decodeURIComponent(location.hash).includes(decodeURIComponent(hash.split('&').at(-1)))) throw new Error(`the view moved away from ${hash}: ${location.hash}`);
          if (i >= warmup) samples.push(ms);
        }
        return samples;
      },
      { hashes, view, count, warmup, timeoutMs },
    ),
  );
}

/** The scatterplot's y indicator changed `count` times among `ys` (x stays `x`). */
export function scatterUpdates(s, { x, ys, suffix = '', count, warmup, timeoutMs }) {
  const hashes = ys.map((y) => `#indikator=${x}${suffix}&streuung=${y}`);
  return timedViews(s, { first: hashes.at(-1), hashes, view: 'atlas-scatter', count, warmup, timeoutMs, waitGrid: suffix.includes('raster') });
}

/** The Sozialindex of `components` recomputed `count` times, the first one's weight running 1 … 5. */
export function indexUpdates(s, { x, components, suffix = '', count, warmup, timeoutMs }) {
  const recipe = (w) => `z_${components.map((c, i) => `${c}*${i === 0 ? w : 1}*hoch`).join('_')}`;
  const hashes = [1, 2, 3, 4, 5].map((w) => `#indikator=${x}${suffix}&index=${recipe(w)}`);
  return timedViews(s, { first: hashes.at(-1), hashes, view: 'atlas-index-editor', count, warmup, timeoutMs, waitGrid: suffix.includes('raster') });
}
