import { expect } from '@open-wc/testing';
import { paneOn } from './pane-helpers.js';

type Pane = Awaited<ReturnType<typeof paneOn>>;

/** The names the destination dialog lists for a type. */
async function listed(p: Pane, type: string): Promise<string[]> {
  const select = p.q<HTMLSelectElement>('dialog select')!;
  select.value = type;
  select.dispatchEvent(new Event('change'));
  await p.render();
  return [...p.root.querySelectorAll('dialog [part=destination-list] label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
}

describe('interaction-pane: the rules it asks core', () => {
  for (const control of ['consult', 'transfer']) {
    it(`[CONS-1] [XFER-1] the ${control} dialog lists neither the agent themself nor an agent who is not available, nor a closed queue`, async () => {
      const p = await paneOn();
      await p.acceptedCall();
      await p.click(control);
      const agents = await listed(p, 'agent');
      expect(agents).to.deep.equal(['Sam Okafor', 'Noor Haddad', 'Léa Martin', 'Ana Souza']);
      expect(agents.join()).not.to.contain('Riley Chen');
      expect(agents.join()).not.to.contain('Kenji');
      expect(await listed(p, 'queue')).to.deep.equal(['Billing', 'Technical support', 'Sales']);
      await expect(p.el).to.be.accessible();
    });
  }

  it('[XFER-1] [CONS-2] a blind transfer to a capacity-based entry point is sent, not refused as unsupported', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await p.click('transfer');
    await listed(p, 'entry-point');
    [...p.root.querySelectorAll('dialog label')].find((l) => l.textContent!.includes('capacity-based'))!.querySelector('input')!.click();
    await p.render();
    p.q<HTMLButtonElement>('dialog [part~=submit]')!.click();
    await p.render();
    expect(p.q('dialog [role=alert]')).to.equal(null);
    expect(p.call(id).phase).to.equal('wrap-up');
  });

  it('[HOLD-3] while the consult is requested or rings, the customer can be taken off hold and held again from the pane', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await p.page.store.request('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } }, p.page.sim.adapter.consult);
    await p.render();
    expect(p.disabled('resume')).to.equal(false);
    await p.click('resume');
    expect(p.call(id).customerLeg.onHold).to.equal(false);
    await p.advance(1000);
    expect(p.call(id).consult?.state).to.equal('ringing');
    expect(p.disabled('hold')).to.equal(false);
    await p.click('hold');
    expect(p.call(id).customerLeg.onHold).to.equal(true);
    await expect(p.el).to.be.accessible();
  });

  it('[REC-3] [BNR-3] the consulted agent’s Pause Recording and BNR are unavailable during the consult, with the reason', async () => {
    const p = await paneOn();
    await p.acceptedCall(() => p.page.sim.colleagueConsultsMe());
    expect(p.disabled('pause-recording')).to.equal(true);
    expect(p.disabled('bnr')).to.equal(true);
    let sent = false;
    p.el.addEventListener('desk-pause-recording', () => (sent = true));
    p.el.addEventListener('desk-set-bnr', () => (sent = true));
    p.part('pause-recording')!.click();
    p.part('bnr')!.click();
    await p.render();
    expect(sent).to.equal(false);
  });
});
