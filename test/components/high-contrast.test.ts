import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/agent-popover.js';
import '../../src/define/interaction-pane.js';
import type { AgentPopover } from '../../src/components/agent-popover/agent-popover.js';
import { settle, simPage } from '../helpers/sim-page.js';

describe('high-contrast mode', () => {
  after(() => emulateMedia({ forcedColors: 'none' }));

  it('keeps every control outlined and the system colours in charge', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const page = simPage();
    const el = await fixture<AgentPopover>(html`<agent-popover .store=${page.store}></agent-popover>`);
    page.sim.offerCall();
    page.clock.advance(1000);
    await settle();
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.length).to.be.greaterThan(1);
    for (const button of buttons) {
      const style = getComputedStyle(button);
      expect(style.borderStyle, button.textContent!).to.equal('solid');
      expect(style.forcedColorAdjust).to.not.equal('none');
    }
    await expect(el).to.be.accessible();
    page.disconnect();
  });
});
