import { bindAdapter } from '../../src/core/bind-adapter.js';
import { createVirtualClock } from '../../src/core/clock.js';
import { createStore } from '../../src/core/store.js';
import type { StoreError } from '../../src/core/store-events.js';
import { createSimulator, type SimulatorOptions } from '../../src/simulator/index.js';

/** A desk on the simulated contact center with a virtual clock: minutes of call time in ms. */
export function simDesk(options: Omit<SimulatorOptions, 'clock'> = {}) {
  const clock = createVirtualClock();
  const store = createStore({ clock });
  const sim = createSimulator({ clock, timings: { connectingMs: 1000, consultRingMs: 1000, consultAnswerMs: 2000, customerAnswerMs: 3000 }, ...options });
  const errors: StoreError[] = [];
  store.events.on('error', (e) => errors.push(e));
  const binding = bindAdapter(store, sim.adapter);
  sim.start();
  const state = () => store.getState();
  return {
    clock,
    store,
    sim,
    errors,
    state,
    run: binding.run,
    call: (id: string) => state().interactions[id],
    /** Offers a call and accepts it once it rings. */
    async acceptedCall() {
      const id = sim.offerCall();
      clock.advance(1000);
      await binding.run('accept', { interactionId: id });
      return id;
    },
  };
}
