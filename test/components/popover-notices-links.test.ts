import { expect } from '@open-wc/testing';
import { deskPage } from './desk-page.js';

describe('agent-popover: notices, announcements and links', () => {
  it('[POP-12] [CB-2] a callback the customer does not answer goes back to the queue, and the agent is told: visible, polite, dismissible', async () => {
    const d = await deskPage();
    const id = await d.ringing(() => d.page.sim.offerCallback('web'));
    d.card(id)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    d.page.sim.customerDoesNotAnswer(id);
    d.page.clock.advance(5_000);
    await d.render();
    expect(d.call(id)).to.equal(undefined);
    const region = d.popover.shadowRoot!.querySelector('[part=notices]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    const notice = region.querySelector<HTMLElement>('[part=notice]')!;
    expect(notice.textContent).to.contain('went back to the queue');
    expect(notice.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
    await expect(d.popover).to.be.accessible();
    notice.querySelector<HTMLButtonElement>('[part~=dismiss]')!.click();
    await d.render();
    expect(region.querySelector('[part=notice]')).to.equal(null);
    expect(d.page.store.getState().notices).to.deep.equal([]);
  });

  it('stops announcing "New request…" once the request has left', async () => {
    const d = await deskPage();
    const id = await d.ringing();
    const live = () => d.popover.shadowRoot!.querySelector('[role=status][aria-live=polite]')!.textContent!.trim();
    expect(live()).to.match(/^New request/);
    d.card(id)!.querySelector<HTMLButtonElement>('[part~=accept-button]')!.click();
    await d.render();
    expect(live()).to.equal('');
    const declined = await d.ringing();
    expect(live()).to.match(/^New request/);
    d.card(declined)!.querySelector<HTMLButtonElement>('[part~=decline-button]')!.click();
    await d.render();
    expect(live()).to.equal('');
  });

  it('[POP-13] a popover shows the links configured for its channel, opening in a new tab, never a script URL', async () => {
    const d = await deskPage({
      tenant: {
        popoverLinks: {
          voice: [{ label: 'Account in CRM', url: 'https://crm.example.com/accounts' }, { label: 'Run me', url: 'javascript:alert(1)' }],
          chat: [{ label: 'Knowledge base', url: 'https://kb.example.com/' }],
        },
      },
    });
    const call = await d.ringing();
    const chat = await d.ringing(() => d.page.sim.offerChat());
    const links = (id: string) => [...d.card(id)!.querySelectorAll<HTMLAnchorElement>('[part=links] a')];
    expect(links(call).map((a) => [a.textContent, a.href, a.target, a.rel])).to.deep.equal([
      ['Account in CRM', 'https://crm.example.com/accounts', '_blank', 'noopener noreferrer'],
    ]);
    expect(links(chat).map((a) => a.textContent)).to.deep.equal(['Knowledge base']);
    expect(d.popover.shadowRoot!.innerHTML).not.to.contain('javascript:');
    // Beside the variables and the action buttons.
    const card = d.card(call)!;
    expect(card.querySelector('[part=variables] + [part=links] + [part=actions]')).to.exist;
    await expect(d.popover).to.be.accessible();
  });
});
