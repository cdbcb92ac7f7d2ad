import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { paneOn } from './pane-helpers.js';

async function conference(p: Awaited<ReturnType<typeof paneOn>>, id: string, agents: string[]) {
  for (const agent of agents) {
    await p.page.store.request('consult', { interactionId: id, destination: { type: 'agent', id: agent } }, p.page.sim.adapter.consult);
    await p.advance(3000);
    await p.click('conference');
  }
}

describe('interaction-pane: conference, transfer, recording, BNR, wrap-up', () => {
  it('[CONF-1] [CONF-3] [CONF-7] [CONF-8] lists participants with roles and join times; Exit Conference replaces Transfer; a barging supervisor appears', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    expect(p.part('conference')).to.equal(null);
    await conference(p, id, ['agent-sam']);
    expect(p.q('[part~=chip]')!.textContent).to.equal('Conference');
    expect(p.part('transfer')).to.equal(null);
    expect(p.part('exit-conference')).to.exist;
    p.page.sim.supervisorBargesIn(id, 'Sam Rivera (supervisor)');
    await p.advance(5000);
    const rows = [...p.root.querySelectorAll('[part=participant]')].map((r) => r.textContent!.replace(/\s+/g, ' '));
    expect(rows.map((r) => r.split(' · ')[1]?.trim().split(' ')[0])).to.deep.equal(['Customer', 'Primary', 'Conferenced', 'Supervisor']);
    expect(rows[2]).to.match(/joined 0:0\d ago/);
    expect(rows[1]).to.contain('(you)').and.contain('in control');
    // CONF-8: no Drop on my own row; the customer, a colleague and the supervisor can be dropped by me.
    expect(p.root.querySelectorAll('[part=participant] [part~=drop]')).to.have.length(3);
    await expect(p.el).to.be.accessible();
  });

  it('[CONF-4] [CONF-5] dropping the customer asks first and tells afterwards; two parties left end the conference', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await conference(p, id, ['agent-sam']);
    const customerRow = p.q('[part=participant][data-participant-id^=customer]')!;
    customerRow.querySelector<HTMLButtonElement>('[part~=drop]')!.click();
    await p.render();
    const dialog = p.q<HTMLDialogElement>('dialog[part~=drop-dialog]')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.contain('Drop the customer?');
    await expect(p.el).to.be.accessible();
    const heard = oneEvent(p.el, 'desk-drop-participant');
    dialog.querySelector<HTMLButtonElement>('[part~=confirm-drop]')!.click();
    await heard;
    await p.render();
    expect(p.q('[part=notice]')!.textContent).to.contain('The customer was dropped');
    expect(p.call(id).inConference).to.equal(false);
    expect(p.q('[part~=chip]')!.textContent).to.equal('Post Call');
  });

  it('[CONF-6] in Post Call nobody can be added: Consult is refused with the reason', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await conference(p, id, ['agent-sam']);
    p.page.sim.customerHangsUp(id);
    await p.render();
    expect(p.disabled('consult')).to.equal(true);
    expect(p.reason('consult')).to.match(/after the customer has left/);
  });

  it('[CONF-2] the ninth participant cannot be consulted', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await conference(p, id, ['agent-sam', 'agent-noor', 'agent-lea', 'agent-ana']);
    for (const destination of [{ type: 'queue', id: 'q-billing' }, { type: 'dial-number', id: 'dn-legal' }] as const) {
      await p.page.store.request('consult', { interactionId: id, destination }, p.page.sim.adapter.consult);
      await p.advance(3000);
      await p.click('conference');
    }
    expect(p.root.querySelectorAll('[part=participant]')).to.have.length(8);
    expect(p.disabled('consult')).to.equal(true);
    expect(p.reason('consult')).to.match(/at most 8/);
  });

  it('[XFER-1] [END-4] [END-2] [END-3] a transfer to a queue opens Wrap Up Reasons; the list filters from three characters and Submit needs a reason', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await p.click('transfer');
    const type = p.q<HTMLSelectElement>('dialog select')!;
    type.value = 'queue';
    type.dispatchEvent(new Event('change'));
    await p.render();
    [...p.root.querySelectorAll('dialog label')].find((l) => l.textContent!.includes('Sales'))!.querySelector('input')!.click();
    await p.render();
    p.q<HTMLButtonElement>('dialog [part~=submit]')!.click();
    await p.render();
    await p.render();
    expect(p.call(id).phase).to.equal('wrap-up');
    const dialog = p.q<HTMLDialogElement>('dialog[part~=wrap-up-dialog]')!;
    expect(dialog.open).to.equal(true);
    const options = () => [...dialog.querySelectorAll('[part=wrap-up-list] label')].map((l) => l.textContent!.trim());
    expect(options()).to.have.length(6);
    p.q<HTMLInputElement>('[part=wrap-up-search]')!.focus();
    await sendKeys({ type: 'bi' });
    await p.render();
    expect(options()).to.have.length(6);
    await sendKeys({ type: 'l' });
    await p.render();
    expect(options()).to.deep.equal(['Billing question', 'Billing dispute']);
    p.part('submit-wrap-up')!.click();
    await p.render();
    expect(dialog.querySelector('[role=alert]')!.textContent).to.equal('Choose a wrap-up reason.');
    await expect(p.el).to.be.accessible();
    dialog.querySelector<HTMLInputElement>('[part=wrap-up-list] input')!.click();
    await p.render();
    const heard = oneEvent(p.el, 'desk-submit-wrap-up');
    p.part('submit-wrap-up')!.click();
    expect((await heard).detail.payload.reasonId).to.equal('billing-question');
    await p.render();
    expect(p.call(id)).to.equal(undefined);
  });

  it('[REC-1] [REC-2] [REC-3] pauses recording, shows the countdown, resumes by itself; unavailable during a consult', async () => {
    const p = await paneOn({ tenant: { recordingPauseMs: 60_000 } });
    const id = await p.acceptedCall();
    expect(p.q('[part=recording-indicator]')!.textContent).to.equal('Recording');
    await p.click('pause-recording');
    expect(p.q('[part=recording-indicator]')!.textContent).to.equal('Recording paused, resumes by itself in 1:00');
    await expect(p.el).to.be.accessible();
    await p.advance(45_000);
    expect(p.q('[part=recording-indicator]')!.textContent).to.contain('0:15');
    await p.advance(15_000);
    expect(p.q('[part=recording-indicator]')!.textContent).to.equal('Recording');
    await p.page.store.request('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } }, p.page.sim.adapter.consult);
    await p.render();
    expect(p.disabled('pause-recording')).to.equal(true);
    expect(p.reason('pause-recording')).to.match(/during a consult/);
  });

  it('[BNR-2] [BNR-3] the BNR icon toggles per call, struck through when off, and is locked during a consult', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    const bnr = () => p.part('bnr')!;
    expect([bnr().getAttribute('aria-pressed'), bnr().querySelector('.strike')]).to.deep.equal(['true', null]);
    await p.click('bnr');
    expect(bnr().getAttribute('aria-pressed')).to.equal('false');
    expect(bnr().querySelector('.strike')).to.exist;
    await p.page.store.request('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } }, p.page.sim.adapter.consult);
    await p.render();
    expect(bnr().getAttribute('aria-disabled')).to.equal('true');
    let asked = false;
    p.el.addEventListener('desk-set-bnr', () => (asked = true));
    bnr().click();
    expect(asked).to.equal(false);
    await expect(p.el).to.be.accessible();
  });

  it('[BNR-1] [AGENT-3] phone mode shows no BNR control', async () => {
    const p = await paneOn({ agent: { telephonyMode: 'phone' } });
    await p.acceptedCall();
    expect(p.part('bnr')).to.equal(null);
  });
});
