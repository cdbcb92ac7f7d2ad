// Loaded as a classic script before the kit (see speed.html): counts every timer the page keeps
// alive. The bench's own waits use the untouched natives in window.nativeTimers, so only the
// kit's timers (and Lit's, if it had any) are counted.
(() => {
  const native = {
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
    setInterval: window.setInterval.bind(window),
    clearInterval: window.clearInterval.bind(window),
    requestAnimationFrame: window.requestAnimationFrame.bind(window),
    cancelAnimationFrame: window.cancelAnimationFrame.bind(window),
  };
  const alive = { timeout: new Set(), interval: new Set(), frame: new Set() };
  const stats = { created: 0, maxAlive: 0 };
  const total = () => alive.timeout.size + alive.interval.size + alive.frame.size;
  const track = () => {
    stats.created += 1;
    stats.maxAlive = Math.max(stats.maxAlive, total());
  };
  window.setTimeout = function (callback, ms, ...args) {
    const id = native.setTimeout(() => {
      alive.timeout.delete(id);
      if (typeof callback === 'function') callback(...args);
    }, ms);
    alive.timeout.add(id);
    track();
    return id;
  };
  window.clearTimeout = (id) => {
    alive.timeout.delete(id);
    native.clearTimeout(id);
  };
  window.setInterval = function (callback, ms, ...args) {
    const id = native.setInterval(callback, ms, ...args);
    alive.interval.add(id);
    track();
    return id;
  };
  window.clearInterval = (id) => {
    alive.interval.delete(id);
    native.clearInterval(id);
  };
  window.requestAnimationFrame = (callback) => {
    const id = native.requestAnimationFrame((t) => {
      alive.frame.delete(id);
      callback(t);
    });
    alive.frame.add(id);
    track();
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    alive.frame.delete(id);
    native.cancelAnimationFrame(id);
  };
  window.nativeTimers = native;
  window.timerCensus = {
    alive: () => ({ timeout: alive.timeout.size, interval: alive.interval.size, frame: alive.frame.size, total: total() }),
    /** Starts a new observation window. */
    reset() {
      stats.created = 0;
      stats.maxAlive = total();
    },
    stats: () => ({ ...stats }),
  };
})();
