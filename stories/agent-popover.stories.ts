import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import '../src/define/agent-popover.js';
import type { CallbackKind } from '../src/core/types.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { part, shadowOf, shows } from './play-helpers.js';
import { backdrop, simulatedStory, themeArg, type ThemeArgs } from './story-desk.js';

interface Args extends ThemeArgs {
  calls: number;
  chats: number;
  emails: number;
  social: number;
  consultRequests: number;
  callbacks: number;
  callbackKind: CallbackKind;
  endCallForWebCallbacks: boolean;
  sensitiveDataProtection: boolean;
  telephonyMode: 'desktop' | 'phone';
  rona: boolean;
  customerName: string;
}

const meta: Meta<Args> = {
  title: 'Elements/agent-popover',
  component: 'agent-popover',
  argTypes: {
    ...themeArg,
    calls: { control: { type: 'range', min: 0, max: 8 } },
    chats: { control: { type: 'range', min: 0, max: 8 } },
    emails: { control: { type: 'range', min: 0, max: 8 } },
    social: { control: { type: 'range', min: 0, max: 8 } },
    consultRequests: { control: { type: 'range', min: 0, max: 3 } },
    callbacks: { control: { type: 'range', min: 0, max: 3 } },
    callbackKind: { control: 'select', options: ['courtesy', 'web', 'scheduled', 'personal'] },
    endCallForWebCallbacks: { control: 'boolean', description: 'Tenant: Cancel replaces Ringing on web callbacks (POP-9).' },
    sensitiveDataProtection: { control: 'boolean', description: 'Tenant: only the last four digits show (POP-7).' },
    telephonyMode: { control: 'inline-radio', options: ['desktop', 'phone'] },
    rona: { control: 'boolean', description: 'A request rang out: the RONA popover (POP-11).' },
    customerName: { control: 'text', description: 'Name of the first caller (try markup or very long text).' },
  },
  args: {
    theme: 'light',
    calls: 1,
    chats: 0,
    emails: 0,
    social: 0,
    consultRequests: 0,
    callbacks: 0,
    callbackKind: 'web',
    endCallForWebCallbacks: false,
    sensitiveDataProtection: false,
    telephonyMode: 'desktop',
    rona: false,
    customerName: 'Ada Lovelace',
  },
  render: (args) => {
    const { store, root } = simulatedStory(
      {
        agent: { telephonyMode: args.telephonyMode },
        tenant: { endCallForWebCallbacks: args.endCallForWebCallbacks, sensitiveDataProtection: args.sensitiveDataProtection, ringTimeoutMs: args.rona ? 5_000 : 3_600_000 },
      },
      (sim, clock) => {
        if (args.rona) {
          sim.offerCall({ customer: { name: 'Grace Hopper', number: '+1 212 555 0187' } });
          clock.advance(10_000);
          sim.adapter.setAgentState({ availability: 'available' });
        }
        for (let n = 0; n < args.calls; n++) sim.offerCall(n === 0 ? { customer: { name: args.customerName, number: '+1 415 555 0134' } } : {});
        for (let n = 0; n < args.chats; n++) sim.offerChat();
        for (let n = 0; n < args.emails; n++) sim.offerEmail();
        for (let n = 0; n < args.social; n++) sim.offerSocial();
        for (let n = 0; n < args.consultRequests; n++) sim.colleagueConsultsMe();
        for (let n = 0; n < args.callbacks; n++) sim.offerCallback(args.callbackKind);
        clock.advance(1_500);
        clock.advance(12_000);
      },
    );
    render(html`<agent-popover .store=${store} theme=${args.theme}></agent-popover>`, backdrop(root, args.theme));
    return root;
  },
};
export default meta;

type Story = StoryObj<Args>;
export const OneRequest: Story = {};
export const SevenStacked: Story = {
  args: { calls: 2, chats: 2, emails: 2, social: 1 },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'agent-popover');
    await shows(root, '1-5 of 7');
    await userEvent.click(part(root, 'page-next'));
    await shows(root, '6-7 of 7');
    await userEvent.click(part(root, 'page-previous'));
    await userEvent.click(part(root, 'accept-all'));
    await shows(root, 'Incoming call');
    // The store's answer is painted in the next animation frame.
    await waitFor(() => expect(root.querySelector('[part~=accept-all]')).toBeNull());
    await waitFor(() => expect(root.querySelectorAll('[part~=request-card]').length).toBe(2));
  },
};
export const MixedChannels: Story = { args: { calls: 1, chats: 1, emails: 1, social: 1 } };
export const ConsultRequestWithNineVariables: Story = { args: { calls: 0, consultRequests: 1 } };
export const MaskedNumber: Story = { args: { sensitiveDataProtection: true } };
export const CallbackWithCancel: Story = { args: { calls: 0, callbacks: 1, callbackKind: 'web', endCallForWebCallbacks: true } };
export const ScheduledCallback: Story = { args: { calls: 0, callbacks: 1, callbackKind: 'scheduled' } };
export const Rona: Story = {
  args: { calls: 0, rona: true },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'agent-popover');
    await shows(root, 'You missed a request');
    await userEvent.click(part(root, 'rona-available'));
    await waitFor(() => expect(root.querySelector('[part~=rona-card]')).toBeNull());
  },
};
export const PhoneMode: Story = { args: { telephonyMode: 'phone' } };
export const Connecting: Story = {
  render: (args) => {
    const { store, root } = simulatedStory({}, (sim) => sim.offerCall());
    render(html`<agent-popover .store=${store} theme=${args.theme}></agent-popover>`, backdrop(root, args.theme));
    return root;
  },
};
export const HostileText: Story = { args: { customerName: '<img src=x onerror=alert(1)> ' + 'Very long name '.repeat(20) + ' \u202Eevil' } };
export const Dark: Story = { args: { theme: 'dark', calls: 1, chats: 2 } };
