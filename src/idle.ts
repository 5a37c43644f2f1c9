// Work that may wait until the page has nothing else to do: requestIdleCallback with a deadline,
// and where a browser has none (Safari) a short timer.

/** Runs `task` when the main thread is idle, at the latest after `timeoutMs`. */
export function whenIdle(task: () => void, timeoutMs: number): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => task(), { timeout: timeoutMs });
  else setTimeout(task, 50);
}

/** Resolves when the main thread is idle, at the latest after `timeoutMs`. */
export const idle = (timeoutMs: number): Promise<void> => new Promise((resolve) => whenIdle(resolve, timeoutMs));
