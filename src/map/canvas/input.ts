// Pointer, wheel and keyboard on the 2D map, as MapLibre answers them: drag to pan, pinch, wheel
// and double click to zoom, arrows and +/- from the keyboard; a move without a button hovers, a
// click selects.
import type { XY } from '../../geo/mercator';
import type { RendererOptions } from '../renderer';
import type { Camera } from './camera';
import { panBy, zoomAround, type View } from '../../geo/view';

/** keyboard pan step in px, as MapLibre's */
const PAN_STEP = 100;

/** What the input moves and asks. */
export interface InputTarget {
  readonly canvas: HTMLCanvasElement;
  readonly camera: Camera;
  readonly options: Pick<RendererOptions, 'onHover' | 'onSelect' | 'onKeyboardMove'>;
  readonly size: { w: number; h: number };
  readonly zoom: number;
  areaAt(x: number, y: number): string | null;
  hover(id: string | null): void;
  redraw(): Promise<void>;
  zoomBy(factor: number, at: XY | null, animate: boolean): void;
  /** point layers over the areas: they take hover and click where a mark is (canvas-points.ts) */
  readonly points?: { hover(at: XY | null): boolean; click(at: XY): boolean };
}

export class Input {
  #drag: { x: number; y: number; view: View; moved: boolean } | null = null;
  #pointers = new Map<number, XY>();
  #pinch: { distance: number; view: View } | null = null;

  constructor(private readonly m: InputTarget) {
    this.#listen();
  }

  /** A hand moves the map (a drag past its threshold, or a pinch). */
  get moving(): boolean {
    return Boolean(this.#drag?.moved) || this.#pinch !== null;
  }

  #local(e: { clientX: number; clientY: number }): XY {
    const r = this.m.canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  #listen(): void {
    const m = this.m;
    const canvas = m.canvas;
    canvas.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      const at = this.#local(e);
      this.#pointers.set(e.pointerId, at);
      canvas.setPointerCapture(e.pointerId);
      m.camera.stop();
      if (this.#pointers.size === 2) {
        const [a, b] = [...this.#pointers.values()];
        this.#pinch = { distance: Math.hypot(b[0] - a[0], b[1] - a[1]), view: m.camera.view };
        this.#drag = null;
      } else this.#drag = { x: at[0], y: at[1], view: m.camera.view, moved: false };
    });
    canvas.addEventListener('pointermove', (e) => {
      const at = this.#local(e);
      if (this.#pointers.has(e.pointerId)) this.#pointers.set(e.pointerId, at);
      if (this.#pinch && this.#pointers.size === 2) {
        const [a, b] = [...this.#pointers.values()];
        const { w, h } = m.size;
        const mid: XY = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
        m.camera.set(zoomAround(this.#pinch.view, w, h, Math.hypot(b[0] - a[0], b[1] - a[1]) / Math.max(1, this.#pinch.distance), mid));
        void m.redraw();
        return;
      }
      const drag = this.#drag;
      if (drag && (drag.moved || Math.hypot(at[0] - drag.x, at[1] - drag.y) > 3)) {
        drag.moved = true;
        m.camera.set(panBy(drag.view, drag.x - at[0], drag.y - at[1]));
        void m.redraw();
        return;
      }
      if (m.points?.hover(at)) return m.hover(null);
      const id = m.areaAt(at[0], at[1]);
      m.hover(id);
      m.options.onHover(id, id ? { x: at[0], y: at[1] } : null);
    });
    const end = (e: PointerEvent) => {
      const drag = this.#drag;
      this.#pointers.delete(e.pointerId);
      if (this.#pointers.size < 2) this.#pinch = null;
      this.#drag = null;
      if (e.type === 'pointerup' && drag && !drag.moved) {
        const at = this.#local(e);
        if (!m.points?.click(at)) m.options.onSelect(m.areaAt(at[0], at[1]));
      }
    };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    canvas.addEventListener('pointerleave', (e) => {
      if (e.pointerType !== 'mouse' || this.#drag) return;
      m.points?.hover(null);
      m.hover(null);
      m.options.onHover(null, null);
    });
    canvas.addEventListener(
      'wheel',
      (e) => {
        e.preventDefault();
        const lines = e.deltaMode === 1 ? 40 : 1;
        m.zoomBy(2 ** (-(e.deltaY * lines) / 300), this.#local(e), false);
      },
      { passive: false },
    );
    canvas.addEventListener('dblclick', (e) => m.zoomBy(2, this.#local(e), true));
    canvas.addEventListener('keydown', (e) => {
      const pan: Record<string, XY> = { ArrowLeft: [-PAN_STEP, 0], ArrowRight: [PAN_STEP, 0], ArrowUp: [0, -PAN_STEP], ArrowDown: [0, PAN_STEP] };
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const { w, h } = m.size;
      if (pan[e.key]) m.camera.set(panBy(m.camera.view, ...pan[e.key]));
      else if (e.key === '+' || e.key === '=') m.camera.set(zoomAround(m.camera.view, w, h, 2, [w / 2, h / 2]));
      else if (e.key === '-') m.camera.set(zoomAround(m.camera.view, w, h, 0.5, [w / 2, h / 2]));
      else return;
      e.preventDefault();
      void m.redraw().then(() => m.options.onKeyboardMove?.(m.zoom));
    });
  }
}
