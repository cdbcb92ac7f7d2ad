import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/agent-popover.js';
import '../../src/define/task-list.js';
import type { AgentPopover } from '../../src/components/agent-popover/agent-popover.js';
import { registerMessages, setLocale } from '../../src/core/i18n.js';
import { en } from '../../src/core/messages/en.js';
import { ar } from '../../src/locales/ar.js';
import { fr } from '../../src/locales/fr.js';
import { settle, simPage } from '../helpers/sim-page.js';

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('languages', () => {
  afterEach(() => {
    setLocale('en');
    document.documentElement.removeAttribute('dir');
  });

  for (const [name, catalog] of [['fr', fr], ['ar', ar]] as const) {
    it(`${name} translates every English message and keeps its placeholders`, () => {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(catalog[key], key).to.be.a('string').and.not.equal('');
        expect(placeholders(catalog[key]), key).to.deep.equal(placeholders(en[key]));
      }
    });
  }

  it('switches language at run time and every element re-renders, right to left included', async () => {
    registerMessages('fr', fr);
    registerMessages('ar', ar);
    const page = simPage({ tenant: { ringTimeoutMs: 3_600_000 } });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 360px"><task-list .store=${page.store}></task-list><agent-popover .store=${page.store}></agent-popover></div>`);
    const popover = wrapper.querySelector<AgentPopover>('agent-popover')!;
    for (let n = 0; n < 6; n++) page.sim.offerChat();
    page.clock.advance(1000);
    await settle();
    await popover.updateComplete;
    const range = () => popover.shadowRoot!.querySelector('[part=range]')!.textContent;
    expect(range()).to.equal('1-5 of 6');
    setLocale('fr');
    await popover.updateComplete;
    expect(range()).to.equal('1-5 sur 6');
    expect(popover.shadowRoot!.querySelector('[part~=accept-all]')!.textContent).to.equal('Accepter 6 demandes');
    document.documentElement.dir = 'rtl';
    setLocale('ar');
    await popover.updateComplete;
    expect(range()).to.equal('1-5 من 6');
    expect(wrapper.querySelector('task-list')!.shadowRoot!.querySelector('h2')!.textContent).to.equal('المهام');
    const next = popover.shadowRoot!.querySelector('[part~=page-next] svg')!;
    expect(getComputedStyle(next).transform, 'the "next" chevron points left in right-to-left').not.to.equal('none');
    const card = popover.shadowRoot!.querySelector<HTMLElement>('[part~=card]')!;
    expect(card.scrollWidth).to.be.at.most(card.clientWidth + 1);
    await expect(popover).to.be.accessible();
    page.disconnect();
  });
});
