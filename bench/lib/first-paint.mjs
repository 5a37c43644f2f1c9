// One probe for the first choropleth of both pages (atlas and Leaflet baseline): the time from
// navigation start to the first compositor frame in which the map area shows the page's class
// colours. Frames come from Chromium's screencast (CDP Page.startScreencast, PNG, quarter size: cheap to encode while the page loads) with
// the compositor's timestamp; they are judged after the load, so judging costs the page nothing.
// A colour counts when it covers at least MIN_SHARE of the judged area in that frame (exactly:
// PNG, no compression artefacts), and the frame counts when MIN_COLOURS of them do — what a person
// would call "the map is there". Legend swatches are left out of the judged area.
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
  const cdp = await page.context().newCDPSession(page);
  const frames = [];
  cdp.on('Page.screencastFrame', ({ data, metadata, sessionId }) => {
    frames.push({ t: metadata.timestamp * 1000, data });
    cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => {});
  });
  const viewport = page.viewportSize();
  await cdp.send('Page.startScreencast', { format: 'png', maxWidth: Math.round(viewport.width / 4), maxHeight: Math.round(viewport.height / 4), everyNthFrame: 1 });
  await navigate();
  await ready();
  // Frames still on their way.
  await page.waitForTimeout(Number(process.env.FP_WAIT ?? 600));
  await cdp.send('Page.stopScreencast');
  await cdp.detach();
  const origin = await page.evaluate(() => performance.timeOrigin);
  if (process.env.FP_DEBUG) {
    console.error('frames', frames.map((f) => Math.round(f.t - origin)));
    const { writeFileSync } = await import('node:fs');
    frames.forEach((f, i) => writeFileSync(`/tmp/render2d/frame-${i}.png`, Buffer.from(f.data, 'base64')));
  }
  const colours = (await coloursOf(page)).map(rgbOf);
  const region = await regionOf(page);
  for (const frame of frames.sort((a, b) => a.t - b.t)) {
    if (shows(decodePng(Buffer.from(frame.data, 'base64')), viewport, region, colours)) return frame.t - origin;
  }
  throw new Error(`no frame of ${frames.length} showed ${MIN_COLOURS} of the colours ${colours.map((c) => c.join(',')).join(' ')}`);
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
