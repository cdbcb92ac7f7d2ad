import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deskPage } from './desk-page.js';
import { paneOn } from './pane-helpers.js';

describe('interaction-pane: recording icon, hold in a conference, the handset reminder', () => {
  it('[REC-4] [REC-1] a recording icon beside the timer says recording or paused; in Post Call neither it nor the Recording row shows', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    const icon = () => p.q('[part=header] [part=recording-icon]');
    expect(icon()!.getAttribute('aria-label')).to.equal('Recording');
    await p.click('pause-recording');
    expect(icon()!.getAttribute('aria-label')).to.equal('Recording paused');
    await p.click('resume-recording');
    // A colleague joins, then the customer leaves: Post Call.
    await p.page.store.request('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } }, p.page.sim.adapter.consult);
    await p.advance(3000);
    await p.click('conference');
    p.page.sim.customerHangsUp(id);
    await p.render();
    expect(p.call(id).phase).to.equal('post-call');
    expect([icon(), p.q('[part=recording]')]).to.deep.equal([null, null]);
  });

  it('[REC-4] in wrap-up no recording icon and no Recording row', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await p.click('end');
    expect(p.call(id).phase).to.equal('wrap-up');
    expect([p.q('[part=recording-icon]'), p.q('[part=recording]')]).to.deep.equal([null, null]);
  });

  it('[HOLD-1] in a conference, holding the customer shows "Call on Hold"', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await p.page.store.request('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } }, p.page.sim.adapter.consult);
    await p.advance(3000);
    await p.click('conference');
    expect(p.call(id).inConference).to.equal(true);
    await p.click('hold');
    expect(p.call(id).customerLeg.onHold).to.equal(true);
    expect(p.q('[part~=hold-chip]')!.textContent).to.equal('Call on Hold');
    await p.click('resume');
    expect(p.q('[part~=hold-chip]')).to.equal(null);
  });

  it('[END-5] [AGENT-3] phone mode: after Submit Wrap Up the agent is told to disconnect the handset, and the focus is on it', async () => {
    const d = await deskPage({ agent: { telephonyMode: 'phone' } });
    const id = await d.ringing();
    await d.page.store.request('accept', { interactionId: id }, d.page.sim.adapter.accept);
    await d.render();
    d.inPane<HTMLButtonElement>('[part~=end]')!.click();
    await d.render();
    d.inPane<HTMLInputElement>('dialog [part=wrap-up-list] input')!.click();
    await d.render();
    d.inPane<HTMLButtonElement>('[part~=submit-wrap-up]')!.focus();
    await sendKeys({ press: 'Enter' });
    await d.render();
    expect(d.call(id)).to.equal(undefined);
    const reminder = d.inPane('[part=handset-reminder]')!;
    expect(reminder.textContent).to.contain('Disconnect your handset or headset');
    expect(d.focused()).to.equal(reminder.querySelector('[part~=dismiss-reminder]'));
    await expect(d.pane).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await d.render();
    expect(d.inPane('[part=handset-reminder]')).to.equal(null);
    expect(d.focused()).to.equal(d.inPane('[part=base]'));
  });

  it('[END-5] desktop mode: no handset reminder after wrap-up', async () => {
    const d = await deskPage();
    const id = await d.ringing();
    d.card(id)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    d.inPane<HTMLButtonElement>('[part~=end]')!.click();
    await d.render();
    d.inPane<HTMLInputElement>('dialog [part=wrap-up-list] input')!.click();
    await d.render();
    d.inPane<HTMLButtonElement>('[part~=submit-wrap-up]')!.click();
    await d.render();
    expect(d.call(id)).to.equal(undefined);
    expect(d.inPane('[part=handset-reminder]')).to.equal(null);
  });
});
