// Asks, off the page's main thread, what a WebGL2 context here runs on: creating one costs
// 30–70 ms in software (SwiftShader), which on the main thread would hold up the first frames.
// Answers with the renderer's name ('' where the browser hides it), or null: no WebGL2 here.
const probe = (): string | null => {
  const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return renderer;
};

let answer: string | null;
try {
  answer = probe();
} catch {
  answer = null;
}
postMessage(answer);
