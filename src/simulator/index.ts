/** The simulated contact center, the kit's embedded default adapter. */
export { createSimulator, type Simulator, type SimulatorOptions } from './simulator.js';
export { sampleAgent, sampleDirectory, sampleTenant } from './fixtures.js';
export type { Timings } from './world.js';
