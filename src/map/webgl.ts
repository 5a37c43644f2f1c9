// Which map this browser should draw: MapLibre's WebGL2 map where a graphics processor draws it,
// the 2D canvas map where WebGL2 is missing (blocked drivers, `--disable-webgl`) and where it is
// emulated in software (SwiftShader, llvmpipe: virtual desktops, remote sessions, machines without
// a GPU driver). Software WebGL rasterises every layer of every frame on the CPU: measured here, a
// MapLibre frame of the Kreis took 90–130 ms to reach the screen, the 2D map's under 20 ms.

/** What a WebGL2 context here would run on. */
export type WebglSupport = 'hardware' | 'software' | 'none';

/** The renderer names of software rasterisers, as browsers report them (WEBGL_debug_renderer_info). */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

/** Asked once on a scratch canvas, which is let go at once. */
export function webglSupport(): WebglSupport {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    // Browsers keep only a few contexts alive: the scratch one must not cost the map's.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return isSoftwareRenderer(renderer) ? 'software' : 'hardware';
  } catch {
    return 'none';
  }
}

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
