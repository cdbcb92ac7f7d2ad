import { expect } from '@open-wc/testing';
import { createVirtualClock } from '../../src/core/clock.js';
import { createSimulator } from '../../src/simulator/index.js';
import { ConformanceError, runConformance } from '../../src/testing/index.js';
import type { TelephonyAdapter } from '../../src/core/adapter.js';

function simulated() {
  const clock = createVirtualClock();
  const sim = createSimulator({ clock, agent: { availability: 'idle' } });
  const wait = async (ms: number) => {
    clock.advance(ms);
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { clock, sim, wait };
}

describe('agent-desk-kit/testing: the conformance suite', () => {
  it('the simulator passes every flow', async () => {
    const { clock, sim, wait } = simulated();
    const report = await runConformance({
      adapter: sim.adapter,
      clock,
      start: () => sim.start(),
      wait,
      driver: { offerCall: () => void sim.offerCall(), customerHangsUp: (id) => sim.customerHangsUp(id) },
    });
    expect(report.flows.map((f) => f.ok)).to.deep.equal([true, true, true, true, true]);
    expect(report.storeErrors).to.deep.equal([]);
  });

  it('fails an adapter whose events the store refuses (a repeated seq), naming the flow', async () => {
    const { clock, sim, wait } = simulated();
    // A broken adapter: every interaction event goes out with seq 1.
    const broken: TelephonyAdapter = {
      ...sim.adapter,
      subscribe: (listener) => sim.adapter.subscribe((event) => listener('seq' in event ? { ...event, seq: 1 } : event)),
    };
    let error: unknown;
    try {
      await runConformance({ adapter: broken, clock, start: () => sim.start(), wait, timeoutMs: 5000, driver: { offerCall: () => void sim.offerCall(), customerHangsUp: (id) => sim.customerHangsUp(id) } });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ConformanceError);
    expect(String((error as Error).message)).to.match(/the store refused an adapter event: out-of-order/);
  });

  it('fails an adapter that never answers accept with interaction-accepted', async () => {
    const { clock, sim, wait } = simulated();
    const silent: TelephonyAdapter = { ...sim.adapter, accept: async () => undefined };
    let error: unknown;
    try {
      await runConformance({ adapter: silent, clock, start: () => sim.start(), wait, timeoutMs: 2000, driver: { offerCall: () => void sim.offerCall(), customerHangsUp: (id) => sim.customerHangsUp(id) } });
    } catch (e) {
      error = e;
    }
    expect(String((error as Error)?.message)).to.match(/accept, hold.*timed out waiting for the call connected/);
  });
});
