import { createVirtualClock } from '../src/core/clock.js';
import { createStore, type DeskStore } from '../src/core/store.js';
import { initialState, type DeskState } from '../src/core/state.js';

/** A store in a fixed state for one story: no adapter, nothing moves unless the story says. */
export function storyStore(state: Partial<DeskState> = {}): DeskStore {
  return createStore({ clock: createVirtualClock(), state: { ...initialState(), ...state } });
}
