import { expect } from '@open-wc/testing';
import { REQUEST_NAMES, RequestError } from '../../src/core/requests.js';
import { simDesk } from '../simulator/sim-desk.js';
import { scenarios } from './request-scenarios.js';

describe('adapter failures, for every request type', () => {
  it('covers every request the elements can make', () => {
    expect(Object.keys(scenarios).sort()).to.deep.equal([...REQUEST_NAMES].sort());
  });

  for (const name of REQUEST_NAMES) {
    it(`a refused "${name}" is recorded with its reason and changes nothing else`, async () => {
      const desk = simDesk();
      const payload = await scenarios[name](desk);
      const before = desk.state();
      const outcome = await desk.store.request(name, payload as never, () =>
        Promise.reject(new RequestError('refused', `The platform refused ${name}.`)),
      );
      expect(outcome.ok, 'the rules allowed it, so the adapter was asked').to.equal(false);
      expect(outcome.record).to.include({ status: 'failed', code: 'refused', reason: `The platform refused ${name}.` });
      const after = desk.state();
      expect({ ...after, requests: {} }).to.deep.equal({ ...before, requests: {} });
      expect(after.interactions).to.equal(before.interactions);
      expect(desk.errors).to.deep.equal([]);
    });
  }
});
