// One probe for the first choropleth of both pages (atlas and Leaflet baseline): the time from
// navigation start to the first screenshot in which the map area shows the page's class colours.
// Screenshots (CDP Page.captureScreenshot, PNG, full size: a downscaled one blends small areas
// with their borders) are taken one after the other from the commit of the navigation until the
// page is ready, each stamped with the middle of its request, and judged afterwards. The
// screencast (Page.startScreencast) was tried first: it drops frames while one is unacknowledged
// and sends none once a page stands still, so it missed first frames by seconds.
// Granularity: one screenshot round trip (30-100 ms here), the same for both pages.
// A colour counts when it covers at least MIN_SHARE of the judged area (exactly: PNG), and the
// frame counts when MIN_COLOURS of them do; legend swatches are left out of the judged area.
import { decodePng } from '../../test/e2e/png.mjs';

const MIN_COLOURS = 3;
const MIN_SHARE = 0.004;

const rgbOf = (css) => {
  const hex = css.match(/^#([0-9a-f]{6})$/i);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16));
  return css.match(/\d+/g).slice(0, 3).map(Number);
};

/**
 * Navigates `page` (a fresh one) with `navigate()`, waits for `ready()`, then returns ms from
 * navigation start to the first frame showing the colours `coloursOf(page)` (CSS colours) inside
 * the rectangle `regionOf(page)` ({ x, y, width, height, exclude: [rects] }, CSS px).
 */
export async function firstColouredFrame(page, { navigate, ready, coloursOf, regionOf }) {
  await navigate();
  const cdp = await page.context().newCDPSession(page);
  const frames = [];
  let done = false;
  const shoot = async () => {
    const t0 = Date.now();
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    frames.push({ t: (t0 + Date.now()) / 2, data });
  };
  const loop = (async () => {
    // Before the first paint Chromium may have nothing to capture yet.
    while (!done) await shoot().catch(() => new Promise((resolve) => setTimeout(resolve, 20)));
  })();
  try {
    await Promise.race([ready(), loop]);
  } finally {
    done = true;
  }
  await loop;
  await shoot();
  await cdp.detach();
  const viewport = page.viewportSize();
  const origin = await page.evaluate(() => performance.timeOrigin);
  const colours = (await coloursOf(page)).map(rgbOf);
  const region = await regionOf(page);
  if (process.env.FP_DEBUG) console.error('shots', frames.map((f) => Math.round(f.t - origin)));
  for (const frame of frames.sort((a, b) => a.t - b.t)) {
    if (shows(decodePng(Buffer.from(frame.data, 'base64')), viewport, region, colours)) return frame.t - origin;
  }
  throw new Error(`no screenshot of ${frames.length} showed ${MIN_COLOURS} of the colours ${colours.map((c) => c.join(',')).join(' ')}`);
}

function shows(image, viewport, region, colours) {
  const s = image.width / viewport.width;
  const inside = (x, y, r) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;
  const counts = colours.map(() => 0);
  let judged = 0;
  for (let py = Math.floor(region.y * s); py < Math.min(image.height, (region.y + region.height) * s); py++)
    for (let px = Math.floor(region.x * s); px < Math.min(image.width, (region.x + region.width) * s); px++) {
      const [x, y] = [px / s, py / s];
      if (!inside(x, y, region) || region.exclude.some((r) => inside(x, y, r))) continue;
      judged++;
      const [r, g, b] = image.at(px, py);
      const k = colours.findIndex((c) => Math.abs(c[0] - r) <= 2 && Math.abs(c[1] - g) <= 2 && Math.abs(c[2] - b) <= 2);
      if (k >= 0) counts[k]++;
    }
  return counts.filter((n) => n >= judged * MIN_SHARE).length >= Math.min(MIN_COLOURS, colours.length);
}

/** A DOM rectangle as plain numbers (for page.evaluate). */
export const RECT = 'const r = el.getBoundingClientRect(); return { x: r.left, y: r.top, width: r.width, height: r.height };';
