import { createVirtualClock } from '../../src/core/clock.js';
import { createStore } from '../../src/core/store.js';
import { connectAdapter } from '../../src/connect-adapter.js';
import { createSimulator, type SimulatorOptions } from '../../src/simulator/index.js';

/** A page-level desk on the simulator: request events from elements reach it through connectAdapter. */
export function simPage(options: Omit<SimulatorOptions, 'clock'> & { now?: number } = {}) {
  const clock = createVirtualClock(options.now);
  const store = createStore({ clock });
  const sim = createSimulator({ clock, timings: { connectingMs: 1000, consultRingMs: 1000, consultAnswerMs: 2000, customerAnswerMs: 3000 }, ...options });
  const connection = connectAdapter(sim.adapter, { store });
  sim.start();
  return { clock, store, sim, disconnect: () => connection.disconnect() };
}

/** Lets request events reach the adapter (decided in a microtask) and its answer settle. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Every piece of text and every attribute value under a shadow root, shadow roots inside included. */
export function everythingRendered(root: ShadowRoot | Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      for (const attr of node.attributes) parts.push(attr.value);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join('\n');
}
