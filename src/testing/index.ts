/** For adapter authors: the conformance suite that runs the guide's flows against an adapter. */
export { runConformance, ConformanceError, type ConformanceDriver, type ConformanceOptions, type ConformanceReport } from './conformance.js';
export { createEventStamper, type EventStamper } from '../core/stamp-events.js';
