import { expect } from '@open-wc/testing';
import { createSystemClock } from '../../src/core/clock.js';
import { createSipAdapter } from '../../src/sip/index.js';
import { runConformance } from '../../src/testing/index.js';
import { directory, phone, sleep, stack } from './sip-desk.js';

describe('agent-desk-kit/testing against the SIP adapter on a real SIP stack', () => {
  it('the SIP adapter passes every flow of the conformance suite, the customer\'s phone driven by baresip', async () => {
    const { ws, domain } = await stack();
    const clock = createSystemClock();
    const line = createSipAdapter({ server: ws, uri: `sip:agent1@${domain}`, displayName: 'Agent agent1', clock, directory: directory('agent1', 'agent2'), agent: { id: 'agent-agent1' } });
    try {
      const report = await runConformance({
        adapter: line.adapter,
        clock,
        start: () => line.start(),
        wait: sleep,
        driver: {
          offerCall: async () => void (await phone.command(`dial sip:agent1@${domain}`)),
          customerHangsUp: async () => void (await phone.command('hangup')),
        },
      });
      expect(report.flows.every((f) => f.ok)).to.equal(true);
      expect(report.flows.length).to.equal(5);
    } finally {
      line.stop();
    }
  });
});
