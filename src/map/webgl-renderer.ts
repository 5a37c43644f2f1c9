// The name of what a WebGL2 context on `canvas` runs on, read once from a scratch context that is
// let go at once: '' where the browser hides it, null where there is no WebGL2. Shared by the
// page (map/webgl.ts) and the worker that asks off the main thread (webgl-probe.worker.ts).
export function webglRendererName(canvas: HTMLCanvasElement | OffscreenCanvas): string | null {
  const gl = canvas.getContext('webgl2') as WebGL2RenderingContext | null;
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  // Browsers keep only a few contexts alive: the scratch one must not cost the map's.
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return renderer;
}
