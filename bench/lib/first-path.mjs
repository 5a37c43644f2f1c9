// The first map's path: the mobile profile a citizen's phone meets (issue 24), and the bytes a
// page fetched before its first choropleth frame, for both the atlas and the Leaflet baseline.

/**
 * Chromium's network emulation as the issue asks (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s
 * up) and the CPU slowed 4x: close to Lighthouse's "slow 4G" mobile preset.
 */
export const MOBILE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8, cpuSlowdown: 4 };

/**
 * Applies a profile to a fresh page before it navigates. The CDP session stays attached for the
 * page's life: the emulation ends with it.
 */
export async function emulate(page, profile) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency,
    downloadThroughput: profile.downloadThroughput,
    uploadThroughput: profile.uploadThroughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  return cdp;
}

/**
 * Bytes on the wire (gzip as served: Resource Timing's encodedBodySize) of what the page had
 * fetched completely by `ms` after navigation start, split into script and data (JSON, CSV,
 * TopoJSON); the document and styles count as `other`.
 */
export function bytesBefore(page, ms) {
  return page.evaluate((until) => {
    const sum = { script: 0, data: 0, other: 0, files: [] };
    const nav = performance.getEntriesByType('navigation')[0];
    if (nav) sum.other += nav.encodedBodySize;
    for (const e of performance.getEntriesByType('resource')) {
      if (e.responseEnd > until) continue;
      const path = new URL(e.name).pathname;
      const kind = /\.m?js$/.test(path) ? 'script' : /\.(json|csv)$/.test(path) ? 'data' : 'other';
      sum[kind] += e.encodedBodySize;
      sum.files.push(`${path.split('/').pop()} ${(e.encodedBodySize / 1024).toFixed(1)} KB`);
    }
    return sum;
  }, ms);
}
