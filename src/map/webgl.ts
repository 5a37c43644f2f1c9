// Which map this browser should draw: MapLibre's WebGL2 map where a graphics processor draws it,
// the 2D canvas map where WebGL2 is missing (blocked drivers, `--disable-webgl`) and where it is
// emulated in software (SwiftShader, llvmpipe: virtual desktops, remote sessions, machines without
// a GPU driver). Software WebGL rasterises every layer of every frame on the CPU: measured here, a
// MapLibre frame of the Kreis took 90–130 ms to reach the screen, the 2D map's under 20 ms.
import { webglRendererName } from './webgl-renderer';

/** What a WebGL2 context here would run on. */
export type WebglSupport = 'hardware' | 'software' | 'none';

/** The renderer names of software rasterisers, as browsers report them (WEBGL_debug_renderer_info). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Asked once on a scratch canvas (map/webgl-renderer.ts). */
export function webglSupport(): WebglSupport {
  try {
    const renderer = webglRendererName(document.createElement('canvas'));
    return renderer === null ? 'none' : supportOf(renderer);
  } catch {
    return 'none';
  }
}

/**
 * The same question asked in a worker (webgl-probe.worker.ts), so that the page's main thread
 * stays free for the first frames. Where a worker cannot start or has no OffscreenCanvas (a host
 * page's CSP without worker-src 'self', older browsers), asked on the page after all.
 */
export function webglSupportOffThread(timeoutMs = 3000): Promise<WebglSupport> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.resolve(webglSupport());
  return new Promise((resolve) => {
    let worker: Worker | null = null;
    const done = (support: WebglSupport) => {
      clearTimeout(timer);
      worker?.terminate();
      worker = null;
      resolve(support);
    };
    const timer = setTimeout(() => done(webglSupport()), timeoutMs);
    try {
      worker = new Worker(new URL('./webgl-probe.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<string | null>) => done(e.data === null ? 'none' : supportOf(e.data));
      worker.onerror = (e) => (e.preventDefault(), done(webglSupport()));
    } catch {
      done(webglSupport());
    }
  });
}

/** A renderer name (WEBGL_debug_renderer_info; '' where hidden) as the kind of WebGL it stands for. */
const supportOf = (renderer: string): WebglSupport => (isSoftwareRenderer(renderer) ? 'software' : 'hardware');

export const isSoftwareRenderer = (renderer: string): boolean => SOFTWARE.test(renderer);

/**
 * The `renderer` a page asks for: 'webgl' (MapLibre wherever WebGL2 exists, software included),
 * 'canvas' (always the 2D map) or 'auto' (anything else: MapLibre on a graphics processor only).
 */
export type RendererChoice = 'auto' | 'webgl' | 'canvas';

export const rendererChoice = (value: string | null | undefined): RendererChoice => (value === 'webgl' || value === 'canvas' ? value : 'auto');

/** Whether MapLibre draws the map, for a choice and what this browser has. */
export const usesWebgl = (choice: RendererChoice, support: WebglSupport): boolean =>
  support !== 'none' && (choice === 'webgl' || (choice === 'auto' && support === 'hardware'));
