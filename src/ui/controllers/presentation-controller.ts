// Presentation mode for workshops: fullscreen where the browser allows it, and in any case the
// host's `presenting` attribute, which scales type (labels, legend, card, charts) with the screen.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PresentingHost extends ReactiveControllerHost, HTMLElement {
  presenting: boolean;
}

export class PresentationController implements ReactiveController {
  #host: PresentingHost;
  #onFullscreen = () => {
    // Leaving fullscreen (Esc, F11) ends the presentation too.
    if (!document.fullscreenElement && this.#host.presenting) this.#host.presenting = false;
  };

  constructor(host: PresentingHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.#onFullscreen);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.#onFullscreen);
  }

  async toggle(): Promise<void> {
    const on = !this.#host.presenting;
    this.#host.presenting = on;
    try {
      if (on && !document.fullscreenElement) await this.#host.requestFullscreen();
      if (!on && document.fullscreenElement === this.#host) await document.exitFullscreen();
    } catch {
      // An iframe without allow="fullscreen": the type still scales.
    }
  }

  /** Type scale for the map labels: the layout's font size over the normal 16 px. */
  scale(layout: Element | null): number {
    if (!this.#host.presenting || !layout) return 1;
    return Math.round((parseFloat(getComputedStyle(layout).fontSize) / 16) * 20) / 20;
  }
}
