// Asks, off the page's main thread, what a WebGL2 context here runs on: creating one costs
// 30–70 ms in software (SwiftShader), which on the main thread would hold up the first frames.
// Answers with the renderer's name ('' where the browser hides it), or null: no WebGL2 here.
import { webglRendererName } from './webgl-renderer';

let answer: string | null;
try {
  answer = webglRendererName(new OffscreenCanvas(1, 1));
} catch {
  answer = null;
}
postMessage(answer);
