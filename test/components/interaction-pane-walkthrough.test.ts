import { expect } from '@open-wc/testing';
import { paneOn } from './pane-helpers.js';

describe('interaction-pane: whole calls on the simulator', () => {
  it('[CALL-1] [HOLD-1] [CONS-5] [CONF-1] [CONF-4] [CONF-6] [END-2] accept, hold, consult, conference, add a dial number, drop the customer, post call, end, wrap up', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await p.click('hold');
    await p.click('resume');
    await p.page.store.request('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } }, p.page.sim.adapter.consult);
    await p.advance(3000);
    expect(p.root.querySelectorAll('[part=leg]')).to.have.length(2);
    await p.click('conference');
    await p.page.store.request('consult', { interactionId: id, destination: { type: 'dial-number', id: 'dn-legal' } }, p.page.sim.adapter.consult);
    await p.advance(3000);
    await p.click('conference');
    const roles = () => [...p.root.querySelectorAll('[part=participant]')].map((r) => r.querySelector('span')!.textContent!.replace(/\s+/g, ' ').split(' · ')[1]?.trim());
    // CONF-8: the dial-number party is no agent and keeps its own role.
    expect(roles()).to.deep.equal(['Customer', 'Primary agent', 'Conferenced agent', 'Dial number']);
    p.q('[part=participant][data-participant-id^=customer] [part~=drop]')!.click();
    await p.render();
    await p.click('confirm-drop');
    expect(p.q('[part~=chip]')!.textContent).to.equal('Post Call');
    expect(p.disabled('consult')).to.equal(true);
    await p.click('end');
    expect(p.q<HTMLDialogElement>('dialog[part~=wrap-up-dialog]')!.open).to.equal(true);
    p.q<HTMLInputElement>('[part=wrap-up-list] input')!.click();
    await p.render();
    await p.click('submit-wrap-up');
    expect(p.call(id)).to.equal(undefined);
    expect(p.q('[part=empty]')!.textContent).to.equal('Select an interaction to see its controls.');
    await expect(p.el).to.be.accessible();
  });

  it('[CONF-3] [CONF-8] as a conferenced agent I have Exit Conference only; when the primary leaves, control passes to me and End appears', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall(() => p.page.sim.colleagueConsultsMe());
    p.page.sim.colleagueStartsConference(id);
    p.page.sim.supervisorBargesIn(id);
    await p.render();
    expect(p.part('exit-conference')).to.exist;
    expect([p.part('end'), p.part('hold'), p.root.querySelector('[part~=drop]')]).to.deep.equal([null, null, null]);
    const primary = p.call(id).participants.find((x) => x.role === 'primary')!;
    p.page.sim.participantLeaves(id, primary.id);
    await p.render();
    expect(p.call(id).controllerId).to.equal(p.page.store.getState().agent.id);
    expect(p.part('end')).to.exist;
    expect(p.q('[part=participant][data-participant-id^=agent-riley]')!.textContent).to.contain('in control');
    await expect(p.el).to.be.accessible();
  });
});
