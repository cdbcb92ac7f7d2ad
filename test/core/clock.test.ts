import { expect } from '@open-wc/testing';
import { createTicker, createVirtualClock } from '../../src/core/clock.js';

describe('clock', () => {
  it('runs due timers in order when advanced', () => {
    const clock = createVirtualClock(0);
    const seen: string[] = [];
    clock.setTimeout(() => seen.push('b'), 200);
    clock.setTimeout(() => seen.push('a'), 100);
    const cancelled = clock.setTimeout(() => seen.push('never'), 150);
    clock.clearTimeout(cancelled);
    clock.advance(250);
    expect(seen).to.deep.equal(['a', 'b']);
    expect(clock.now()).to.equal(250);
  });

  it('keeps one timer for the shared tick however many listen, and none when nobody does', () => {
    const clock = createVirtualClock(0);
    const ticker = createTicker(clock, 1000);
    const ticks: number[] = [];
    const offs = Array.from({ length: 50 }, () => ticker.subscribe((now) => ticks.push(now)));
    expect(clock.pending()).to.equal(1);
    clock.advance(2000);
    expect(ticks.length).to.equal(100);
    offs.forEach((off) => off());
    expect(clock.pending()).to.equal(0);
  });
});
