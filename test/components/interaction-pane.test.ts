import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { paneOn } from './pane-helpers.js';

describe('interaction-pane: call controls', () => {
  it('[CALL-1] [TASK-5] shows the selected call, with controls only once accepted and a handle-time timer from acceptance', async () => {
    const p = await paneOn();
    const id = p.page.sim.offerCall();
    p.page.clock.advance(1000);
    p.page.store.select(id);
    await p.render();
    expect(p.q('[part=customer]')!.textContent).to.equal('Ada Lovelace');
    expect(p.q('[part=controls]')).to.equal(null);
    await p.page.store.request('accept', { interactionId: id }, p.page.sim.adapter.accept);
    await p.advance(65_000);
    expect(p.q('[part=controls]')).to.exist;
    expect(p.q('[part=timer]')!.textContent).to.equal('1:05');
    await expect(p.el).to.be.accessible();
  });

  it('[HOLD-1] [HOLD-2] [END-1] Hold shows "Call on Hold" and refuses End with the reason; Resume takes it off hold', async () => {
    const p = await paneOn();
    await p.acceptedCall();
    const heard = oneEvent(p.el, 'desk-hold');
    p.part('hold')!.click();
    expect((await heard).detail.payload.leg).to.equal('customer');
    await p.render();
    expect(p.q('[part~=hold-chip]')!.textContent).to.equal('Call on Hold');
    expect(p.disabled('end')).to.equal(true);
    expect(p.reason('end')).to.match(/on hold/);
    let ended = false;
    p.el.addEventListener('desk-end', () => (ended = true));
    p.part('end')!.click();
    expect(ended).to.equal(false);
    await expect(p.el).to.be.accessible();
    await p.click('resume');
    expect(p.q('[part~=hold-chip]')).to.equal(null);
    expect(p.disabled('end')).to.equal(false);
  });

  it('[CONS-1] [CONS-3] [CONS-4] [CONS-5] [HOLD-3] consults an agent: Consult Requested, Transfer and Conference from ringing, two legs once answered', async () => {
    const p = await paneOn();
    await p.acceptedCall();
    await p.click('consult');
    const dialog = p.q<HTMLDialogElement>('dialog[part~=destination-dialog]')!;
    expect(dialog.open).to.equal(true);
    const sam = [...dialog.querySelectorAll('label')].find((l) => l.textContent!.includes('Sam Okafor'))!;
    sam.querySelector('input')!.click();
    await p.render();
    const heard = oneEvent(p.el, 'desk-consult');
    p.q<HTMLButtonElement>('dialog [part~=submit]')!.click();
    expect((await heard).detail.payload.destination).to.include({ type: 'agent', id: 'agent-sam' });
    await p.render();
    expect(p.q('[part~=consult-chip]')!.textContent).to.equal('Consult Requested');
    expect([p.disabled('conference'), p.disabled('transfer')]).to.deep.equal([true, true]);
    expect(p.reason('conference')).to.match(/reaches the destination/);
    await p.advance(1000);
    expect([p.disabled('conference'), p.disabled('transfer')]).to.deep.equal([false, false]);
    await p.advance(2000);
    expect(p.q('[part~=consult-chip]')).to.equal(null);
    const legs = [...p.root.querySelectorAll('[part=leg]')].map((l) => l.querySelector('span')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(legs[0]).to.contain('Customer: Ada Lovelace · on hold');
    expect(legs[1]).to.contain('Consult: Sam Okafor');
    await p.click('resume-customer');
    const after = [...p.root.querySelectorAll('[part=leg]')].map((l) => l.querySelector('span')!.textContent!.replace(/\s+/g, ' ').trim());
    expect(after[0]).not.to.contain('on hold');
    expect(after[1]).to.contain('on hold');
    await expect(p.el).to.be.accessible();
  });

  it('[CONS-2] a consult to a capacity-based entry point is refused as Unsupported destination, and the call stays as it was', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    const before = p.call(id);
    await p.click('consult');
    const type = p.q<HTMLSelectElement>('dialog select')!;
    type.value = 'entry-point';
    type.dispatchEvent(new Event('change'));
    await p.render();
    [...p.root.querySelectorAll('dialog label')].find((l) => l.textContent!.includes('capacity-based'))!.querySelector('input')!.click();
    await p.render();
    let sent = false;
    p.el.addEventListener('desk-consult', () => (sent = true));
    p.q<HTMLButtonElement>('dialog [part~=submit]')!.click();
    await p.render();
    expect(p.q('dialog [role=alert]')!.textContent).to.match(/Unsupported destination/);
    expect(sent).to.equal(false);
    expect(p.call(id)).to.equal(before);
    await expect(p.el).to.be.accessible();
  });

  it('[CONS-6] the consulted agent has Exit Consult and no End; exiting leaves the call to the others', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall(() => p.page.sim.colleagueConsultsMe());
    expect(p.part('exit-consult')).to.exist;
    expect([p.part('end'), p.part('consult'), p.part('transfer')]).to.deep.equal([null, null, null]);
    await p.click('exit-consult');
    expect(p.call(id)).to.equal(undefined);
  });

  it('[CONS-7] End Consult ends the consult leg', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await p.page.store.request('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } }, p.page.sim.adapter.consult);
    await p.advance(3000);
    await p.click('end-consult');
    expect(p.call(id).consult).to.equal(undefined);
    expect(p.root.querySelectorAll('[part=leg]')).to.have.length(0);
  });

  it('keeps every dialog to the keyboard: focus in, Tab trapped, Escape closes, focus back on the opener', async () => {
    const p = await paneOn();
    await p.acceptedCall();
    p.part('consult')!.focus();
    await sendKeys({ press: 'Enter' });
    await p.render();
    const dialog = p.q<HTMLDialogElement>('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.contains(p.root.activeElement)).to.equal(true);
    for (let n = 0; n < 12; n++) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(p.root.activeElement), `focus stays in the dialog (${n})`).to.equal(true);
    }
    await sendKeys({ press: 'Escape' });
    await p.render();
    expect(p.q('dialog')).to.equal(null);
    expect(p.root.activeElement).to.equal(p.part('consult'));
  });

  it('[SCHED-1] the "…" menu offers Schedule and manage callbacks for this customer', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await p.click('more');
    const heard = oneEvent(p.el, 'desk-open-callbacks');
    p.part('schedule-callbacks')!.click();
    expect((await heard).detail.interactionId).to.equal(id);
  });
});

describe('interaction-pane: every dialog by keyboard', () => {
  async function keyboardDialog(p: Awaited<ReturnType<typeof paneOn>>, expectedBack: string) {
    const dialog = p.q<HTMLDialogElement>('dialog')!;
    expect(dialog.open, 'opened').to.equal(true);
    expect(dialog.contains(p.root.activeElement), 'focus moved in').to.equal(true);
    for (let n = 0; n < 10; n++) {
      if (n % 3) await sendKeys({ press: 'Tab' });
      else {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
      }
      expect(dialog.contains(p.root.activeElement), `Tab stays in (${n})`).to.equal(true);
    }
    await expect(p.el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await p.render();
    expect(p.q('dialog'), 'Escape closed it').to.equal(null);
    expect(p.root.activeElement, 'focus back').to.equal(p.part(expectedBack));
  }

  it('the "…" menu', async () => {
    const p = await paneOn();
    await p.acceptedCall();
    p.part('more')!.focus();
    await sendKeys({ press: 'Enter' });
    await p.render();
    await keyboardDialog(p, 'more');
  });

  it('[CONF-4] the confirmation before dropping the customer', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await p.page.store.request('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } }, p.page.sim.adapter.consult);
    await p.advance(3000);
    await p.click('conference');
    p.q('[part=participant][data-participant-id^=customer] [part~=drop]')!.focus();
    await sendKeys({ press: 'Enter' });
    await p.render();
    const dialog = p.q<HTMLDialogElement>('dialog')!;
    expect(dialog.getAttribute('part')).to.contain('drop-dialog');
    expect(dialog.contains(p.root.activeElement)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await p.render();
    expect(p.q('dialog')).to.equal(null);
    expect(p.root.activeElement).to.equal(p.q('[part=participant][data-participant-id^=customer] [part~=drop]'));
    expect(p.call(id).participants.some((x) => x.role === 'customer'), 'nobody dropped').to.equal(true);
  });

  it('[END-2] Wrap Up Reasons, reopened from its button after Escape', async () => {
    const p = await paneOn();
    await p.acceptedCall();
    p.part('end')!.focus();
    await sendKeys({ press: 'Enter' });
    await p.render();
    await keyboardDialog(p, 'wrap-up');
    await sendKeys({ press: 'Enter' });
    await p.render();
    expect(p.q<HTMLDialogElement>('dialog[part~=wrap-up-dialog]')!.open).to.equal(true);
  });
});
