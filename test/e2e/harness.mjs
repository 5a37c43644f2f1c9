// Shared by the end-to-end tests and the benchmark: the built app served by `vite preview`,
// Debian's Chromium driven by playwright-core, and a log of every request the page makes.
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Flags: SwiftShader gives WebGL2 without a GPU; the network ones stop Chromium's own
// background traffic, which would otherwise show up as third-party requests.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function startPreview() {
  const server = await preview({ logLevel: 'error', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const address = server.httpServer.address();
  const origin = `http://127.0.0.1:${address.port}`;
  return { origin, close: () => new Promise((resolve) => server.httpServer.close(resolve)) };
}

/** `args`: extra Chromium flags, e.g. ['--disable-webgl', '--disable-3d-apis'] for a machine without WebGL. */
export async function launchBrowser({ args = [] } = {}) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...ARGS, ...args] });
}

/**
 * A page that records every request URL, so a test can prove nothing left the origin.
 * `renderer`: the map the atlas is told to draw, kept in the page's storage as a person's choice
 * would be (src/ui/controllers/map-controller.ts). The tests ask for MapLibre: this machine's
 * WebGL is software (SwiftShader), where the atlas would otherwise draw its 2D map, and the WebGL
 * map that every machine with a graphics processor gets must be tested too. null: the atlas
 * chooses itself.
 */
export async function openPage(browser, { width = 1280, height = 800, deviceScaleFactor = 1, renderer = 'webgl' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor });
  if (renderer) {
    await context.addInitScript((choice) => {
      try {
        localStorage.setItem('sozialatlas-karte', choice);
      } catch {
        // about:blank and data: pages have no storage; the atlas is never on them
      }
    }, renderer);
  }
  const page = await context.newPage();
  const requests = [];
  page.on('request', (req) => requests.push(req.url()));
  const errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return { page, context, requests, errors };
}

/**
 * Resolves once the atlas has drawn the choropleth for the current state with all its data: the
 * first view comes before the other tables, and the shell is busy (aria-busy) until they are in.
 */
export async function waitForChoropleth(page, timeout = 20000) {
  await page.waitForFunction(
    () => {
      const atlas = document.querySelector('sozial-atlas');
      const m = atlas?.mapInstance?.map;
      const busy = atlas?.renderRoot?.querySelector('.layout')?.getAttribute('aria-busy') === 'true';
      return Boolean(m && m.loaded() && m.isStyleLoaded() && m.areTilesLoaded() && atlas.renderRoot.querySelector('atlas-legend') && !busy);
    },
    null,
    { timeout },
  );
}

/**
 * For a test file: the built app and a browser for all its tests (node:test before/after), and
 * `open(path)`, a fresh page on it once the choropleth is drawn. `reducedMotion`: no flights,
 * so a test looks at the map where it ends up.
 */
export function atlasStage({ reducedMotion = false, args = [] } = {}) {
  let server;
  let browser;
  before(async () => {
    server = await startPreview();
    browser = await launchBrowser({ args });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return server.origin;
    },
    get browser() {
      return browser;
    },
    /** `width`, `height`: the viewport (openPage's default when not given). */
    async open(path, { renderer, width, height } = {}) {
      const session = await openPage(browser, { ...(renderer === undefined ? {} : { renderer }), ...(width ? { width, height } : {}) });
      if (reducedMotion) await session.page.emulateMedia({ reducedMotion: 'reduce' });
      await session.page.goto(server.origin + path);
      await waitForChoropleth(session.page);
      return session;
    },
  };
}
