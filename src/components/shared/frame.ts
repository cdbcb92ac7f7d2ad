/**
 * One animation frame shared by every element. Store changes are rendered here, once per frame
 * however many events arrived since the last one: a flood delivered one event per task (as a
 * websocket delivers them) renders once a frame, not once an event. A single event loses nothing:
 * the render runs in the frame's animation callbacks, before that same frame is painted.
 */
let queued: (() => void)[] = [];
let pending: Promise<void> | undefined;

function run(): void {
  const flushes = queued;
  queued = [];
  pending = undefined;
  for (const flush of flushes) flush();
}

/** Runs `flush` in the next animation frame (at once after this task where frames do not come). */
export function inNextFrame(flush: () => void): void {
  queued.push(flush);
  if (pending) return;
  pending = new Promise<void>((resolve) => {
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      document.removeEventListener('visibilitychange', once);
      run();
      resolve();
    };
    // A hidden page gets no frames: render after this task, and at once if it hides while waiting.
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      queueMicrotask(once);
      return;
    }
    requestAnimationFrame(once);
    document.addEventListener('visibilitychange', once);
  });
}

/** Settles once the frame's flushes ran (their renders requested), or at once when none waits. */
export function frameFlushed(): Promise<void> {
  return pending ?? Promise.resolve();
}
