// What the 2D map draws on: its element in the container, the canvas and its 2D context, and the
// canvas' size, measured lazily and again whenever the container changes size. Its controls use
// MapLibre's markup and classes, whose CSS the shell already carries; its own rules are here.
import { BASE } from '../../symbology/base';
import { mapTexts } from '../../messages/map';

const CSS = `
.atlas-canvas-map { position: absolute; inset: 0; overflow: hidden; }
.atlas-canvas-map > canvas { position: absolute; left: 0; top: 0; touch-action: none; outline-offset: -3px; }
.atlas-canvas-map.first { z-index: 1; transition: opacity 0.15s linear; }
/* Until the boundaries are drawn: buttons and scale bar on an empty map would be a frame of their own. */
.atlas-canvas-map.blank { visibility: hidden; }
.atlas-canvas-map.passive { pointer-events: none; }
.atlas-canvas-notice { position: absolute; left: 50%; bottom: 10px; transform: translateX(-50%); z-index: 3; margin: 0;
  padding: 2px 8px; border-radius: 4px; background: rgba(255,255,255,0.92); color: ${BASE.ink}; font: 600 12px/18px system-ui, sans-serif;
  box-shadow: 0 0 0 1px rgba(0,0,0,0.15); white-space: nowrap; pointer-events: none; }
/* On a narrow or low map (a phone, a small embed) the notice shrinks to a mark above the scale bar,
   so that it covers no area; a tap opens the words (they stay in the status for screen readers). */
@container map (max-width: 640px) or (max-height: 420px) {
  .atlas-canvas-notice { bottom: 40px; left: 10px; transform: none; pointer-events: auto; cursor: pointer; }
  .atlas-canvas-notice:not(.open) { width: 20px; height: 20px; padding: 0; border-radius: 50%; overflow: hidden; color: transparent; }
  .atlas-canvas-notice:not(.open)::before { content: '!'; position: absolute; inset: 0; color: ${BASE.ink}; text-align: center; line-height: 20px; }
}
`;

let sheet: CSSStyleSheet | null = null;

/** The map's rules as a constructed sheet: the page's CSP allows no <style> element. */
function adoptStyles(container: HTMLElement): void {
  sheet ??= new CSSStyleSheet();
  if (!sheet.cssRules.length) sheet.replaceSync(CSS);
  const root = container.getRootNode() as ShadowRoot | Document;
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export interface Size {
  /** CSS px */
  w: number;
  h: number;
  /** device pixels per CSS px */
  dpr: number;
}

export class Surface {
  readonly root: HTMLDivElement;
  readonly canvas: HTMLCanvasElement;
  readonly ctx: CanvasRenderingContext2D;
  #size: Size = { w: 0, h: 0, dpr: 1 };
  #measured = false;
  #blank = true;
  readonly #observer: ResizeObserver;

  /** `first`: laid over MapLibre's canvas until it has drawn. `resized`: the canvas was resized (and is blank). */
  constructor(
    private readonly container: HTMLElement,
    first: boolean,
    private readonly resized: () => void,
  ) {
    const root = document.createElement('div');
    root.className = `atlas-canvas-map maplibregl-map blank${first ? ' first' : ''}`;
    adoptStyles(container);
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'atlas-canvas';
    root.append(this.canvas);
    container.append(root);
    this.root = root;
    // Rasterised on the CPU (willReadFrequently): on a machine with software GL, a GPU-backed 2D
    // canvas drawing thousands of areas kept the GPU process busy, and MapLibre starting beside it
    // waited seconds for its shaders (all German Gemeinden: 22 s to the first MapLibre frame).
    // Opaque: every frame paints the whole canvas (background first), so the compositor need not
    // blend it with what lies under it.
    const ctx = this.canvas.getContext('2d', { willReadFrequently: true, alpha: false });
    if (!ctx) throw new Error(mapTexts.noContext);
    this.ctx = ctx;
    // Measured when first needed or when the observer reports the first layout, not here: reading
    // the container's size now would force the layout of the whole shell before its data is in.
    this.canvas.width = 0;
    this.canvas.height = 0;
    this.#observer = new ResizeObserver(() => this.#resize());
    this.#observer.observe(container);
  }

  /** The canvas' size in CSS px and its pixel ratio. */
  get size(): Size {
    if (!this.#measured) this.#resize();
    return this.#size;
  }

  /** A bitmap of the canvas' size onto it, pixel for pixel. */
  blit(source: HTMLCanvasElement): void {
    const ctx = this.ctx;
    const { dpr } = this.size;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(source, 0, 0);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }

  /** The map has drawn its areas: its controls may show. */
  shown(): void {
    if (!this.#blank) return;
    this.#blank = false;
    this.root.classList.remove('blank');
  }

  remove(): void {
    this.#observer.disconnect();
    this.root.remove();
  }

  #resize(): void {
    const { clientWidth: w, clientHeight: h } = this.container;
    const dpr = window.devicePixelRatio || 1;
    const was = this.#size;
    if (this.#measured && w === was.w && h === was.h && dpr === was.dpr) return;
    this.#measured = true;
    this.#size = { w, h, dpr };
    this.canvas.width = Math.max(1, Math.round(w * dpr));
    this.canvas.height = Math.max(1, Math.round(h * dpr));
    this.canvas.style.width = `${w}px`;
    this.canvas.style.height = `${h}px`;
    // A resized canvas is blank: drawn again at once, not a frame later.
    this.resized();
  }
}
