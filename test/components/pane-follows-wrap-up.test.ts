import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deskPage } from './desk-page.js';

describe('interaction-pane opens the wrap-up the agent owes, whatever it showed (END-4)', () => {
  it('[POP-9] [END-4] Cancel on a web-callback popover opens Wrap Up Reasons at once, while the pane showed another call', async () => {
    const d = await deskPage();
    const first = await d.ringing();
    d.card(first)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    const callback = await d.ringing(() => d.page.sim.offerCallback('web'));
    d.card(callback)!.querySelector<HTMLButtonElement>('[part~=cancel-button]')!.click();
    await d.render();
    expect(d.call(callback).phase).to.equal('wrap-up');
    const dialog = d.inPane<HTMLDialogElement>('dialog[part~=wrap-up-dialog]');
    expect(dialog?.open, 'Wrap Up Reasons open without selecting the card').to.equal(true);
    expect(d.shownCustomer()).to.equal(d.call(callback).customer.name);
    expect(d.focused()?.closest('dialog')).to.equal(dialog);
  });

  it('[END-4] [CONF-6] the customer of a call the pane is not showing hangs up: Wrap Up Reasons open for that call', async () => {
    const d = await deskPage();
    const call = await d.ringing();
    d.card(call)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    const chat = await d.ringing(() => d.page.sim.offerChat());
    d.card(chat)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    expect(d.shownCustomer()).to.equal(d.call(chat).customer.name);
    d.page.sim.customerHangsUp(call);
    await d.render();
    expect(d.call(call).phase).to.equal('wrap-up');
    expect(d.shownCustomer()).to.equal(d.call(call).customer.name);
    expect(d.inPane<HTMLDialogElement>('dialog[part~=wrap-up-dialog]')?.open).to.equal(true);
  });

  it('[END-4] [CONS-7] the primary ends my consult while I look at another call: my Wrap Up Reasons open', async () => {
    const d = await deskPage();
    const consult = await d.ringing(() => d.page.sim.colleagueConsultsMe());
    d.card(consult)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    const other = await d.ringing();
    d.card(other)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    expect(d.shownCustomer()).to.equal(d.call(other).customer.name);
    d.page.sim.colleagueEndsConsult(consult);
    await d.render();
    expect(d.inPane<HTMLDialogElement>('dialog[part~=wrap-up-dialog]')?.open).to.equal(true);
    expect(d.page.store.getState().selectedInteractionId).to.equal(consult);
  });

  it('[END-4] [CALL-2] after Submit Wrap Up the focus stays in the pane, never on <body>', async () => {
    const d = await deskPage();
    const id = await d.ringing();
    d.card(id)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    d.inPane<HTMLButtonElement>('[part~=end]')!.focus();
    await sendKeys({ press: 'Enter' });
    await d.render();
    const dialog = d.inPane<HTMLDialogElement>('dialog[part~=wrap-up-dialog]')!;
    expect(dialog.open).to.equal(true);
    dialog.querySelector<HTMLInputElement>('[part=wrap-up-list] input')!.click();
    await d.render();
    d.inPane<HTMLButtonElement>('[part~=submit-wrap-up]')!.focus();
    await sendKeys({ press: 'Enter' });
    await d.render();
    expect(d.call(id)).to.equal(undefined);
    expect(document.activeElement).to.equal(d.pane);
    expect(d.focused()).to.equal(d.inPane('[part=base]'));
  });
});
