// The 2D map's controls in MapLibre's markup and classes (whose CSS the shell already carries):
// zoom buttons, the credit line and the scale bar, and a notice on the map.
import { scaleBar } from '../../geo/scale-bar';
import type { View } from '../../geo/view';
import { mapControlTexts } from '../../messages/app';

export class Controls {
  #attribution: HTMLElement | null;
  #scale: HTMLElement | null;

  /** `zoomBy`: a button asks to zoom by a factor around the map's middle. */
  constructor(
    private readonly root: HTMLElement,
    canvas: HTMLCanvasElement,
    locale: Record<string, string>,
    zoomBy: (factor: number) => void,
  ) {
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'region');
    canvas.setAttribute('aria-label', locale['Map.Title'] ?? mapControlTexts['Map.Title']);

    const right = document.createElement('div');
    right.className = 'maplibregl-ctrl-bottom-right';
    const group = document.createElement('div');
    group.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = (cls: string, label: string, factor: number) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = cls;
      b.title = label;
      b.setAttribute('aria-label', label);
      const icon = document.createElement('span');
      icon.className = 'maplibregl-ctrl-icon';
      icon.setAttribute('aria-hidden', 'true');
      b.append(icon);
      b.addEventListener('click', () => zoomBy(factor));
      return b;
    };
    group.append(button('maplibregl-ctrl-zoom-in', locale['NavigationControl.ZoomIn'] ?? mapControlTexts['NavigationControl.ZoomIn'], 2), button('maplibregl-ctrl-zoom-out', locale['NavigationControl.ZoomOut'] ?? mapControlTexts['NavigationControl.ZoomOut'], 0.5));

    const attribution = document.createElement('details');
    attribution.className = 'maplibregl-ctrl maplibregl-ctrl-attrib maplibregl-compact';
    const summary = document.createElement('summary');
    summary.className = 'maplibregl-ctrl-attrib-button';
    const toggle = locale['AttributionControl.ToggleAttribution'] ?? mapControlTexts['AttributionControl.ToggleAttribution'];
    summary.title = toggle;
    summary.setAttribute('aria-label', toggle);
    const inner = document.createElement('div');
    inner.className = 'maplibregl-ctrl-attrib-inner';
    attribution.append(summary, inner);
    attribution.addEventListener('toggle', () => attribution.classList.toggle('maplibregl-compact-show', attribution.open));
    this.#attribution = attribution;
    right.append(group, attribution);

    const left = document.createElement('div');
    left.className = 'maplibregl-ctrl-bottom-left';
    const scale = document.createElement('div');
    scale.className = 'maplibregl-ctrl maplibregl-ctrl-scale';
    left.append(scale);
    this.#scale = scale;
    root.append(right, left);
  }

  setAttribution(text: string): void {
    const inner = this.#attribution?.querySelector('.maplibregl-ctrl-attrib-inner');
    if (inner) inner.textContent = text;
  }

  /** The scale bar for `view`. */
  showScale(view: View): void {
    if (!this.#scale) return;
    const bar = scaleBar(view, 120);
    const width = `${Math.round(bar.px)}px`;
    // Written only when it changed: every frame draws (a hover too), and the labels' canvas font
    // read after a write here laid out the whole atlas (with 500 contributions in the pane, 5–20 ms a hover).
    if (this.#scale.style.width !== width) this.#scale.style.width = width;
    if (this.#scale.textContent !== bar.text) this.#scale.textContent = bar.text;
  }

  /** A short notice on the map (the fallback says it draws a simplified map). */
  notice(text: string): void {
    const notice = document.createElement('p');
    notice.className = 'atlas-canvas-notice';
    notice.setAttribute('role', 'status');
    notice.dataset.testid = 'map-notice';
    notice.textContent = text;
    notice.title = text;
    // On a narrow map it is a mark (surface.ts); a tap shows the words and another hides them.
    notice.addEventListener('click', () => notice.classList.toggle('open'));
    this.root.append(notice);
  }

  /** The controls go: MapLibre brings its own, and one set of controls belongs on the page. */
  remove(): void {
    for (const el of this.root.querySelectorAll('.maplibregl-ctrl-bottom-left, .maplibregl-ctrl-bottom-right')) el.remove();
    this.#attribution = null;
    this.#scale = null;
  }
}
