import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deskPage } from './desk-page.js';

describe('interaction-pane comes to what the agent answers (CALL-2)', () => {
  it('[CALL-2] [CALL-1] Answer on the popover, by keyboard: the pane shows the call with its controls and takes the focus', async () => {
    const d = await deskPage();
    const id = await d.ringing();
    expect(d.inPane('[part=empty]')).to.exist;
    d.card(id)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await d.render();
    expect(d.call(id).phase).to.equal('connected');
    expect(d.shownCustomer()).to.equal(d.call(id).customer.name);
    expect(d.inPane('[part=controls]')).to.exist;
    expect(d.focused(), 'the focus is in the pane, not on <body>').to.equal(d.inPane('[part=base]'));
    await expect(d.pane).to.be.accessible();
  });

  it('[CALL-2] Answer on a task card: the pane shows the call and the focus goes there', async () => {
    const d = await deskPage();
    const id = await d.ringing();
    d.list.shadowRoot!.querySelector<HTMLButtonElement>(`[data-interaction-id="${id}"] [part~=accept-button]`)!.click();
    await d.render();
    expect(d.shownCustomer()).to.equal(d.call(id).customer.name);
    expect(d.inPane('[part=controls]')).to.exist;
    expect(d.focused()).to.equal(d.inPane('[part=base]'));
  });

  it('[CALL-2] [AGENT-3] answered on the phone: the pane appears, and the focus stays in the field the agent is typing in', async () => {
    const d = await deskPage({ agent: { telephonyMode: 'phone' } });
    const id = await d.ringing();
    d.notes.focus();
    // Phone mode: the platform tells the desk the call was answered on the handset.
    await d.page.store.request('accept', { interactionId: id }, d.page.sim.adapter.accept);
    await d.render();
    expect(d.shownCustomer()).to.equal(d.call(id).customer.name);
    expect(d.inPane('[part=controls]')).to.exist;
    expect(document.activeElement).to.equal(d.notes);
  });

  it('[CALL-2] [CB-2] Accept a web callback: the pane comes to it while the customer is dialled, with Cancel', async () => {
    const d = await deskPage();
    const id = await d.ringing(() => d.page.sim.offerCallback('web'));
    d.card(id)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    expect(d.call(id).phase).to.equal('dialling');
    expect(d.shownCustomer()).to.equal(d.call(id).customer.name);
    expect(d.inPane('[part~=dialling]')).to.exist;
    expect(d.inPane('[part~=cancel-callback]')).to.exist;
  });
});
