// What both bench pages report about themselves: Lit's build and the clock's resolution.
import { LitElement } from 'lit';

export interface BenchEnvironment {
  crossOriginIsolated: boolean;
  timerResolutionUs: number;
  litMode: 'production' | 'development';
}

export function environment(): BenchEnvironment {
  // The smallest step performance.now() takes: 5 µs isolated, 100 µs otherwise.
  let step = Infinity;
  for (let i = 0; i < 50; i++) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) b = performance.now();
    step = Math.min(step, b - a);
  }
  return {
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    timerResolutionUs: step * 1000,
    // Only Lit's development build has the warning switches.
    litMode: 'enableWarning' in LitElement ? 'development' : 'production',
  };
}

/** Exposes the page's bench API to the Node runner, or why it could not start. */
export function expose(api: object): void {
  (globalThis as unknown as { bench: object }).bench = { ...api, environment, ready: true };
}

export function exposeFailure(error: unknown): void {
  (globalThis as unknown as { bench: object }).bench = { failed: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) };
}
