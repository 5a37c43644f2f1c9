// The stage every measurement runs on: the built atlas plus the bench pages, served by
// `vite preview` on 127.0.0.1, and Debian's Chromium whose every request is logged.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { startPreview, launchBrowser, openPage } from '../../test/e2e/harness.mjs';

const STRESS_SRC = 'bench/data/stress';
const BASELINE_FILES = {
  'index.html': 'bench/baseline/index.html',
  'baseline.js': 'bench/baseline/baseline.js',
  'leaflet.js': 'node_modules/leaflet/dist/leaflet.js',
  'leaflet.css': 'node_modules/leaflet/dist/leaflet.css',
  'topojson-client.min.js': 'node_modules/topojson-client/dist/topojson-client.min.js',
  'd3-dsv.min.js': 'node_modules/d3-dsv/dist/d3-dsv.min.js',
  'd3-color.min.js': 'node_modules/d3-color/dist/d3-color.min.js',
  'd3-interpolate.min.js': 'node_modules/d3-interpolate/dist/d3-interpolate.min.js',
  'd3-scale-chromatic.min.js': 'node_modules/d3-scale-chromatic/dist/d3-scale-chromatic.min.js',
};

/**
 * Installed in every page. __benchSettle(ready) resolves with performance.now() once the page
 * renders frames promptly again (two rAF intervals under 50 ms in a row) and `ready()` holds:
 * the work an action queued, raster included, is done. The atlas passes map.loaded(), since its
 * worker can be busy while frames run freely. Used before each measured action, so that each
 * starts from a quiet page, and after it, to see how long the page stays busy.
 */
function installPageTools() {
  window.__benchSettle = async (ready = () => true, limitMs = 30_000) => {
    const start = performance.now();
    let last = start;
    let quick = 0;
    while (!(quick >= 2 && ready())) {
      if (performance.now() - start > limitMs) throw new Error(`page not quiet after ${limitMs} ms`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      quick = now - last < 50 ? quick + 1 : 0;
      last = now;
    }
    return performance.now();
  };
}

/** Puts the stress data (made first if missing) and the baseline page into dist/. */
export function prepareDist(dist) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html missing: run \`vite build\` first (npm run bench does).`);
  if (!existsSync(join(STRESS_SRC, 'indicators/catalog.json')) || !existsSync(join(STRESS_SRC, 'indicators/stress.csv'))) {
    execFileSync(process.execPath, ['bench/make-stress-data.mjs'], { stdio: 'inherit' });
  }
  cpSync(STRESS_SRC, join(dist, 'bench-stress'), { recursive: true });
  mkdirSync(join(dist, 'bench-baseline'), { recursive: true });
  for (const [to, from] of Object.entries(BASELINE_FILES)) cpSync(from, join(dist, 'bench-baseline', to));
  // A district page embedding the web component from dist/embed/.
  if (!existsSync(join(dist, 'embed/sozial-atlas.js'))) throw new Error(`${dist}/embed/sozial-atlas.js missing: run \`npm run build\` first (npm run bench does).`);
  mkdirSync(join(dist, 'bench-host'), { recursive: true });
  cpSync('bench/host/index.html', join(dist, 'bench-host/index.html'));
}

/**
 * Serves a private copy of dist/: a `vite build` started meanwhile (npm test runs one) empties
 * dist/ and would break the run halfway. harness.startPreview serves <cwd>/dist, so it starts in
 * the copy's folder, where there is no vite config and preview's defaults apply.
 */
async function serveCopy(dist) {
  const folder = mkdtempSync(join(tmpdir(), 'sozialatlas-bench-'));
  const served = join(folder, 'dist');
  cpSync(dist, served, { recursive: true });
  const html = readFileSync(join(served, 'index.html'), 'utf8');
  for (const [, asset] of html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)) {
    if (!existsSync(join(served, asset))) throw new Error(`dist/ changed while it was copied (${asset} missing): run again`);
  }
  const home = process.cwd();
  process.chdir(folder);
  try {
    const server = await startPreview();
    return { folder, served, server };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  } finally {
    process.chdir(home);
  }
}

/**
 * `renderer`: null lets the atlas choose its map as it does for a visitor (on this machine's
 * software WebGL: the 2D map); 'webgl' or 'canvas' (BENCH_RENDERER=webgl npm run bench) ask for one.
 */
export async function openStage({ dist, viewport, args = [], renderer = process.env.BENCH_RENDERER || null }) {
  prepareDist(dist);
  const { folder, served, server } = await serveCopy(dist);
  let browser;
  try {
    browser = await launchBrowser({ args });
  } catch (error) {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  const requests = [];

  /**
   * A fresh context and page. `failed` rejects at the first page error, console error, failed
   * request or HTTP error, so that a broken load stops the run at once instead of at a timeout.
   */
  async function session() {
    const s = await openPage(browser, { ...viewport, renderer });
    await s.page.addInitScript(installPageTools);
    // Context-wide: worker and subresource requests as well as the page's own.
    s.context.on('request', (request) => requests.push(request.url()));
    let fail;
    s.failed = new Promise((_, reject) => (fail = reject));
    s.failed.catch(() => {});
    const broken = (message, record = true) => {
      if (record) s.errors.push(message);
      fail(new Error(message));
    };
    s.context.on('response', (response) => response.status() >= 400 && broken(`HTTP ${response.status()} for ${response.url()}`));
    s.context.on('requestfailed', (request) => broken(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    // openPage records these in s.errors already.
    s.page.on('pageerror', (error) => broken(`page error: ${error.message}`, false));
    s.page.on('console', (message) => message.type() === 'error' && broken(`console error: ${message.text()}`, false));
    /** Waits for `promise`, or rejects as soon as the page breaks. */
    s.guard = (promise) => Promise.race([promise, s.failed]);
    s.assertClean = (what) => {
      if (s.errors.length) throw new Error(`${what}: ${s.errors.join(' | ')}`);
    };
    return s;
  }

  return {
    origin: server.origin,
    served,
    chromium: browser.version(),
    renderer: renderer ?? 'auto',
    requests,
    session,
    /** Requests that left the preview server (data: and blob: URLs never do). */
    outside: () => [...new Set(requests.filter((url) => !url.startsWith(`${server.origin}/`) && !/^(data|blob):/.test(url)))],
    async close() {
      await browser.close().catch(() => {});
      await server.close();
    },
    removeCopy: () => rmSync(folder, { recursive: true, force: true }),
  };
}
