import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define/callback-dialog.js';
import type { CallbackDialog } from '../../src/components/callback-dialog/callback-dialog.js';
import { simPage } from '../helpers/sim-page.js';

// Its own file, so its page has not loaded the dialog's on-demand chunk yet.
describe('callback-dialog: its form cannot be loaded', () => {
  const page = simPage();
  after(() => page.disconnect());

  it('says so instead of loading for ever, and loads it when asked to try again', async () => {
    await executeServerCommand('block-requests', { pattern: 'callback-panel' });
    const el = await fixture<CallbackDialog>(html`<callback-dialog .store=${page.store}></callback-dialog>`);
    el.show();
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('[part=error]'), 'the failure is told');
    expect(root.querySelector('[part=error]')!.getAttribute('role')).to.equal('alert');
    expect(root.querySelector('[part=error]')!.textContent).to.equal('The callback form could not be loaded. Check the connection and try again.');
    expect(root.querySelector('p[role=status]'), 'no longer says it is loading').to.equal(null);
    await expect(el).to.be.accessible();
    await executeServerCommand('unblock-requests');
    root.querySelector<HTMLButtonElement>('[part~=retry]')!.click();
    await waitUntil(() => root.querySelector('form'), 'the form arrives on the second try', { timeout: 5000 });
    expect(root.querySelector('[part=error]')).to.equal(null);
  });
});
