import type { AdapterEvent } from '../core/adapter-events.js';
import type { TelephonyAdapter } from '../core/adapter.js';
import type { Clock } from '../core/clock.js';
import type { Agent, Directory, TenantConfig } from '../core/types.js';
import { callRequests } from './call-control.js';
import { callbackRequests } from './callbacks.js';
import { sampleAgent, sampleDirectory, sampleTenant } from './fixtures.js';
import { routingRequests } from './routing.js';
import { scriptApi } from './script.js';
import { createWorld, defaultTimings, type Timings } from './world.js';

export interface SimulatorOptions {
  clock: Clock;
  agent?: Partial<Agent>;
  tenant?: Partial<TenantConfig>;
  directory?: Directory;
  timings?: Partial<Timings>;
}

export type Simulator = ReturnType<typeof createSimulator>;

/**
 * The simulated contact center: the server side of the guide in the page, on an injectable
 * clock. `adapter` is what a host passes to `connectAdapter`; the rest scripts what happens.
 */
export function createSimulator(options: SimulatorOptions) {
  const world = createWorld(
    options.clock,
    { ...sampleAgent, ...options.agent },
    { ...sampleTenant, ...options.tenant },
    options.directory ?? sampleDirectory,
    { ...defaultTimings, ...options.timings },
  );
  const { comeDueNow, ...callbacks } = callbackRequests(world);
  const requests = { ...routingRequests(world), ...callRequests(world), ...callbacks };
  const adapter: TelephonyAdapter = {
    ...requests,
    subscribe(listener: (event: AdapterEvent) => void) {
      world.listeners.add(listener);
      return () => world.listeners.delete(listener);
    },
  };
  return {
    adapter,
    /** Tells the desk who the agent is and how the tenant is set up. */
    start() {
      world.emit({ type: 'session-started', agent: world.agent, tenant: world.tenant, directory: world.directory });
    },
    ...scriptApi(world),
    /** A scheduled callback comes due now (the earliest, or the one named); returns its id. */
    scheduledCallbackComesDue: comeDueNow,
  };
}
