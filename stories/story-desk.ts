import { createVirtualClock, type VirtualClock } from '../src/core/clock.js';
import { createStore, type DeskStore } from '../src/core/store.js';
import { initialState, type DeskState } from '../src/core/state.js';
import { connectAdapter } from '../src/connect-adapter.js';
import type { TelephonyAdapter } from '../src/core/adapter.js';
import { createSimulator, type Simulator, type SimulatorOptions } from '../src/simulator/index.js';

/**
 * For tests that render every story outside Storybook (test/hardening/stories-sweep.test.ts), e.g. to
 * make every string a host or an adapter sets hostile: a story's starting state and its adapter pass
 * through these. Stories never set them; unset, nothing changes.
 */
export const storyHooks: {
  state?: (state: Partial<DeskState>) => Partial<DeskState>;
  adapter?: (adapter: TelephonyAdapter) => TelephonyAdapter;
} = {};

/** A store in a fixed state for one story: no adapter, nothing moves unless the story says. */
export function storyStore(state: Partial<DeskState> = {}): DeskStore {
  return createStore({ clock: createVirtualClock(), state: { ...initialState(), ...(storyHooks.state?.(state) ?? state) } });
}

/**
 * A story's own desk on the simulated contact center, set up by a script on a virtual clock,
 * and wired to the story's root element only, so stories on one docs page never cross.
 */
export function simulatedStory(
  options: Omit<SimulatorOptions, 'clock'>,
  setup: (sim: Simulator, clock: VirtualClock) => void,
): { store: DeskStore; root: HTMLElement } {
  const clock = createVirtualClock();
  const store = createStore({ clock });
  const sim = createSimulator({ clock, ...options, tenant: { ringTimeoutMs: 3_600_000, ...options.tenant } });
  const root = document.createElement('div');
  connectAdapter(storyHooks.adapter?.(sim.adapter) ?? sim.adapter, { store, root });
  sim.start();
  setup(sim, clock);
  return { store, root };
}

export interface ThemeArgs {
  theme: 'light' | 'dark';
}

export const themeArg = {
  theme: { control: 'inline-radio', options: ['light', 'dark'], description: 'The kit theme (`theme` attribute).' },
} as const;

/** Dark stories sit on a dark page so the contrast is the real one. */
export function backdrop(root: HTMLElement, theme: 'light' | 'dark'): HTMLElement {
  root.style.padding = '16px';
  root.style.background = theme === 'dark' ? '#121317' : 'transparent';
  return root;
}
