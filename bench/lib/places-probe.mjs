// Places (issue 27): reach computed in the browser, and hover and pan with many own places on the map.
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

/**
 * Reach for every grid cell of the Kreis against all schools, recomputed per distance: the page's
 * own user-timing entry of the computation ('sozialatlas:erreichbarkeit', ui/places/places-runtime).
 * The page is on a reach link already (grid and schools read); each step links the next distance
 * and waits for its entry. `warmup` computations are dropped.
 */
export async function reachTimes(s, { count, warmup, timeoutMs }) {
  return s.guard(
    s.page.evaluate(
      async ({ count, warmup, timeoutMs }) => {
        const NAME = 'sozialatlas:erreichbarkeit';
        const samples = [];
        for (let i = 0; samples.length < count; i++) {
          const before = performance.getEntriesByName(NAME).length;
          // 500 m to 2,950 m in 50 m steps: each a new computation, never one the runtime already holds.
          location.hash = `#indikator=erreichbarkeit-anteil&erreichbarkeit=schulen::${500 + (i % 50) * 50}`;
          const t0 = performance.now();
          while (performance.getEntriesByName(NAME).length === before) {
            if (performance.now() - t0 > timeoutMs) throw new Error(`no reach computation within ${timeoutMs} ms`);
            await new Promise((r) => setTimeout(r, 10));
          }
          if (i >= warmup) samples.push(performance.getEntriesByName(NAME).at(-1).duration);
        }
        return samples;
      },
      { count, warmup, timeoutMs },
    ),
  );
}

/**
 * Pans: each from a quiet page with its idle work done, the map jumps by 40 CSS px (alternately right, down, left, up: it stays where it was), and
 * the time runs from the jump to the next frame drawn ('render', also on the 2D map).
 */
export async function pans(s, { count, warmup }) {
  return s.guard(
    s.page.evaluate(
      async ({ count, warmup }) => {
        const map = document.querySelector('sozial-atlas').mapInstance.map;
        const steps = [[40, 0], [0, 40], [-40, 0], [0, -40]];
        const samples = [];
        for (let i = 0; i < count + warmup; i++) {
          // From a quiet page whose idle work is done too: the 2D map keeps a view as bitmaps once
          // the page is idle (still-cache), a few hundred ms that would otherwise fall into some pans.
          await window.__benchSettle(() => map.loaded());
          await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }));
          await window.__benchSettle(() => map.loaded());
          const canvas = map.getCanvas();
          const [dx, dy] = steps[i % steps.length];
          const centre = map.unproject([canvas.clientWidth / 2 + dx, canvas.clientHeight / 2 + dy]);
          const drawn = new Promise((resolve) => {
            const done = () => (map.off('render', done), resolve(performance.now()));
            map.on('render', done);
          });
          const t0 = performance.now();
          map.jumpTo({ center: [centre.lng, centre.lat] });
          const ms = (await drawn) - t0;
          if (i >= warmup) samples.push(ms);
        }
        return samples;
      },
      { count, warmup },
    ),
  );
}

/**
 * `n` own places as a planner's CSV (lat/lon with decimal comma, three categories), at random
 * (seeded) inside the Gemeinden, none within `clearKm` of a hover point, so that the hover probe
 * still meets the areas it is sent to.
 */
export function ownPlacesCsv(gemeinden, hoverPoints, n, clearKm = 2.5) {
  let seed = 27;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  const [w, s, e, nn] = gemeinden.reduce(
    ([w, s, e, n], f) => {
      const ring = f.geometry.type === 'Polygon' ? f.geometry.coordinates.flat() : f.geometry.coordinates.flat(2);
      return ring.reduce(([w, s, e, n], [x, y]) => [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)], [w, s, e, n]);
    },
    [Infinity, Infinity, -Infinity, -Infinity],
  );
  const km = ([a, b], [c, d]) => Math.hypot((a - c) * 111.32 * Math.cos((b * Math.PI) / 180), (b - d) * 110.57);
  const lines = ['id;kategorie;name;lat;lon'];
  const categories = ['Kita', 'Familienzentrum', 'Jugendtreff'];
  while (lines.length <= n) {
    const p = [w + random() * (e - w), s + random() * (nn - s)];
    if (hoverPoints.some((h) => km(h, p) < clearKm) || !gemeinden.some((g) => booleanPointInPolygon(p, g))) continue;
    const i = lines.length;
    lines.push(`B${i};${categories[i % 3]};Standort ${i};${p[1].toFixed(6).replace('.', ',')};${p[0].toFixed(6).replace('.', ',')}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Own places read through the "Standorte" pane as a person does, then the pane closed again; resolves once all are drawn. */
export async function loadOwnPlaces(s, csv, n) {
  const { page } = s;
  await page.locator('sozial-atlas button[name=places]').click();
  await page.locator('atlas-places-pane input[name=own-places]').setInputFiles({ name: 'eigene-standorte.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator('atlas-point-legend section[data-layer=eigene-standorte] h3', { hasText: `(${n})` }).waitFor({ timeout: 30_000 });
  await page.locator('atlas-places-pane button[name=close]').click();
}

/**
 * Hover and pan with and without the own places, in turns (`rounds` of each), so that both meet
 * the same moments of a shared machine: the link shows the own layer or not, the rest stays.
 * `hovers`: atlas-probe's hovers (mouse to a Gemeinde, to the frame with its outline).
 */
export async function withAndWithout(s, hovers, labels, { rounds, hoverCount, panCount, warmup }) {
  const out = { hover: { with: [], without: [] }, pan: { with: [], without: [] } };
  const view = (shown) => `#indikator=kinderarmut&klassen=5&methode=quantile${shown ? '&standorte=eigene-standorte' : ''}`;
  for (let r = 0; r < rounds; r++) {
    for (const shown of [false, true]) {
      await s.page.evaluate((hash) => (location.hash = hash), view(shown));
      const section = s.page.locator('atlas-point-legend section[data-layer=eigene-standorte]');
      await s.guard(shown ? section.waitFor({ timeout: 30_000 }) : section.waitFor({ state: 'detached', timeout: 30_000 }));
      const key = shown ? 'with' : 'without';
      out.hover[key].push(...(await hovers(s, labels, { count: hoverCount, warmup })));
      out.pan[key].push(...(await pans(s, { count: panCount, warmup })));
    }
  }
  return out;
}
