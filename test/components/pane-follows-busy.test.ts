import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deskPage } from './desk-page.js';

describe('interaction-pane does not yank an edit in progress away (CALL-2)', () => {
  it('[CALL-2] an unsaved edit is not yanked away: the new call waits, told in the pane, and shows once the edit is reverted', async () => {
    const d = await deskPage();
    const first = await d.ringing();
    d.card(first)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    const field = d.inPane<HTMLInputElement>('[part~=variable-input]')!;
    field.focus();
    await sendKeys({ type: ' edited' });
    await d.render();
    const second = await d.ringing();
    d.card(second)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    expect(d.call(second).phase).to.equal('connected');
    expect(d.shownCustomer(), 'still the call being edited').to.equal(d.call(first).customer.name);
    expect(d.inPane<HTMLInputElement>('[part~=variable-input]')!.value).to.match(/ edited$/);
    const waiting = d.inPane('[part=waiting]')!;
    expect(waiting.textContent).to.contain(d.call(second).customer.name!);
    await expect(d.pane).to.be.accessible();
    d.inPane<HTMLButtonElement>('[part~=revert]')!.click();
    await d.render();
    expect(d.shownCustomer()).to.equal(d.call(second).customer.name);
    expect(d.inPane('[part=waiting]')).to.equal(null);
  });

  it('[CALL-2] the waiting call can be shown at once with Show', async () => {
    const d = await deskPage();
    const first = await d.ringing();
    d.card(first)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    d.inPane<HTMLButtonElement>('[part~=hold]')!.click();
    await d.render();
    d.inPane<HTMLButtonElement>('[part~=more]')!.click();
    await d.render();
    const second = await d.ringing();
    d.card(second)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    expect(d.shownCustomer(), 'a menu is open: the pane stays').to.equal(d.call(first).customer.name);
    d.inPane<HTMLButtonElement>('[part~=show-waiting]')!.click();
    await d.render();
    expect(d.shownCustomer()).to.equal(d.call(second).customer.name);
  });
});
