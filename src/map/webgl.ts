// Whether this browser can give the atlas a WebGL2 context at all (blocked drivers, remote
// desktops and `--disable-webgl` cannot): asked once on a scratch canvas, which is let go at once.
export function webgl2Available(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    // Browsers keep only a few contexts alive: the scratch one must not cost the map's.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
