// Where the 2D map looks: the view (view.ts) and, while the map flies to another, the flight.
// A flight eases in and out as MapLibre's does; the frame loop advances it frame by frame.
import type { XY } from '../../geo/mercator';
import { between, zoomAround, type View } from '../../geo/view';

interface Flight {
  from: View;
  to: View;
  start: number;
  duration: number;
}

export class Camera {
  view: View = { cx: 0, cy: 0, scale: 1e-3 };
  #flight: Flight | null = null;

  get flying(): boolean {
    return this.#flight !== null;
  }

  /** Where the map is, or is flying to. */
  get target(): View {
    return this.#flight?.to ?? this.view;
  }

  /** Goes to `view` at once, ending any flight. */
  set(view: View): void {
    this.#flight = null;
    this.view = view;
  }

  /** Ends a flight where it is (a pointer took hold of the map). */
  stop(): void {
    this.#flight = null;
  }

  fly(to: View, duration: number): void {
    this.#flight = { from: this.view, to, start: performance.now(), duration };
  }

  /** The view of a flight at time `now`; the flight ends when it has arrived. */
  step(now: number): void {
    const flight = this.#flight;
    if (!flight) return;
    const t = Math.min(1, (now - flight.start) / flight.duration);
    const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
    this.view = between(flight.from, flight.to, eased);
    if (t >= 1) this.#flight = null;
  }

  /** Zooms by `factor` around the screen point `at` (null: the middle), flown unless motion is reduced. */
  zoomBy(factor: number, at: XY | null, animate: boolean, w: number, h: number): void {
    const to = zoomAround(this.target, w, h, factor, at ?? [w / 2, h / 2]);
    if (animate && !matchMedia('(prefers-reduced-motion: reduce)').matches) this.fly(to, 250);
    else this.set(to);
  }
}
