import type { RequestName, RequestResults } from './requests.js';
import { readShape, directorySpec, idSpec, numSpec, scheduledCallbackSpec, strSpec, type Spec } from './validate-event.js';

/**
 * Shape checks for what an adapter answers, by the same walker and shapes as its events: a result
 * is foreign data too. Requests that answer nothing (`void`) are not looked at.
 */
const resultSpecs: { readonly [K in RequestName]?: Spec } = {
  revealVariable: { value: strSpec },
  scheduleCallback: scheduledCallbackSpec,
  updateCallback: scheduledCallbackSpec,
  listCallbacks: [scheduledCallbackSpec],
  refreshDirectory: directorySpec,
};

/** CAD-5: the values that won, as a `RequestError('conflict', …)` carries them. */
const conflictsSpec: Spec = [{ name: idSpec, value: strSpec, version: numSpec }, 500];

export type ResultCheck<T> = { ok: true; value: T } | { ok: false; detail: string };

/**
 * A plain copy of the answer, read once (getters run once, proxies are read through), then checked:
 * what the store keeps is the copy it checked, never the adapter's object.
 */
export function checkResult<K extends RequestName>(name: K, result: unknown): ResultCheck<RequestResults[K]> {
  const spec = resultSpecs[name];
  if (!spec) return { ok: true, value: undefined as RequestResults[K] };
  return checkCopy(spec, result, 'result');
}

export function checkConflicts(conflicts: unknown): ResultCheck<{ name: string; value: string; version: number }[]> {
  return checkCopy(conflictsSpec, conflicts, 'conflicts');
}

function checkCopy<T>(spec: Spec, value: unknown, path: string): ResultCheck<T> {
  let copy: unknown;
  try {
    const text = JSON.stringify(value);
    copy = text === undefined ? undefined : JSON.parse(text);
  } catch {
    return { ok: false, detail: `${path} could not be read` };
  }
  // The walker's own copy: only the fields the shape knows.
  const read = readShape(spec, copy, path);
  return read.ok ? { ok: true, value: read.value as T } : { ok: false, detail: read.detail.slice(0, 200) };
}
