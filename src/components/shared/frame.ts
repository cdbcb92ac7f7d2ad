/**
 * One animation frame shared by every element. Store changes are rendered here, once per frame
 * however many events arrived since the last one: a flood delivered one event per task (as a
 * websocket delivers them) renders once a frame, not once an event. A single event loses nothing:
 * the render runs in the frame's animation callbacks, before that same frame is painted.
 */
let queued: (() => void)[] = [];
let pending: Promise<void> | undefined;

/** Runs `flush` in the next animation frame (right after this task while the page is hidden: no frames come). */
export function inNextFrame(flush: () => void): void {
  queued.push(flush);
  pending ??= new Promise<void>((resolve) => {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      pending = undefined;
      document.removeEventListener('visibilitychange', run);
      queued.splice(0).forEach((f) => f());
      resolve();
    };
    if (document.hidden) queueMicrotask(run);
    else {
      requestAnimationFrame(run);
      // Hidden while waiting, the frame would never come.
      document.addEventListener('visibilitychange', run);
    }
  });
}

/** Settles once the frame's flushes ran (their renders requested), or at once when none waits. */
export const frameFlushed = (): Promise<void> => pending ?? Promise.resolve();
