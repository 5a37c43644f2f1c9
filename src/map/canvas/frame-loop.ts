// When the 2D map draws: at most once per animation frame, however many changes ask for it, and
// frame after frame while a flight lasts. Each request resolves once the next frame is drawn.

export class FrameLoop {
  #frame = 0;
  #waiters: Array<() => void> = [];
  #soon = false;

  /**
   * `draw(now)`: draws a frame and says whether another must follow (a flight goes on).
   * `ready()`: whether there is anything to draw yet (the boundaries are in).
   */
  constructor(
    private readonly draw: (now: number) => boolean,
    private readonly ready: () => boolean,
  ) {}

  /** A frame is asked for and not yet drawn. */
  get pending(): boolean {
    return this.#frame !== 0;
  }

  /**
   * Resolves once the next frame has been drawn (the first of a flight). `now`: a new plan, drawn
   * at the end of the task that asked for it (after the selection and framing asked for with it)
   * instead of in the next animation frame: the canvas holds the new colours when the browser
   * next paints, and the draw does not wait behind the compositor presenting the previous frame
   * (on software GL some 20–40 ms). A flight asked for with it starts in that draw and goes on
   * in animation frames.
   */
  request(now = false): Promise<void> {
    return new Promise((resolve) => {
      this.#waiters.push(resolve);
      if (now && !this.#soon) {
        this.#soon = true;
        queueMicrotask(() => {
          this.#soon = false;
          if (!this.#waiters.length || !this.ready()) return;
          cancelAnimationFrame(this.#frame);
          this.#tick(performance.now());
        });
      }
      if (!this.#frame) this.#frame = requestAnimationFrame((t) => this.#tick(t));
    });
  }

  /** No more frames; whoever waits for one is let go. */
  stop(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    for (const resolve of this.#waiters.splice(0)) resolve();
  }

  #tick(now: number): void {
    this.#frame = 0;
    const more = this.draw(now);
    // The frame shows what was asked for (a plan, a selection), at the start of a flight too: as
    // MapLibre's, a show() resolves with its first frame, not when the framing has ended.
    for (const resolve of this.#waiters.splice(0)) resolve();
    if (more) this.#frame = requestAnimationFrame((t) => this.#tick(t));
  }
}
