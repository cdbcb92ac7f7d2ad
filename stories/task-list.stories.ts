import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import '../src/define/task-list.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { part, shadowOf, shows } from './play-helpers.js';
import { backdrop, simulatedStory, themeArg, type ThemeArgs } from './story-desk.js';

interface Args extends ThemeArgs {
  ringing: number;
  connected: number;
  onHold: boolean;
  wrapUp: boolean;
  webCallback: boolean;
  endCallForWebCallbacks: boolean;
  callbackEntryPoint: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/task-list',
  component: 'task-list',
  argTypes: {
    ...themeArg,
    ringing: { control: { type: 'range', min: 0, max: 6 }, description: 'Ringing requests of mixed channels.' },
    connected: { control: { type: 'range', min: 0, max: 4 }, description: 'Accepted interactions.' },
    onHold: { control: 'boolean' },
    wrapUp: { control: 'boolean' },
    webCallback: { control: 'boolean', description: 'A ringing web callback with its reason.' },
    endCallForWebCallbacks: { control: 'boolean', description: 'Tenant: Cancel instead of Ringing (TASK-3).' },
    callbackEntryPoint: { control: 'boolean', description: 'Tenant: a callback entry point exists (SCHED-12).' },
  },
  args: { theme: 'light', ringing: 2, connected: 1, onHold: false, wrapUp: false, webCallback: false, endCallForWebCallbacks: true, callbackEntryPoint: true },
  render: (args) => {
    const { store, root } = simulatedStory(
      { tenant: { endCallForWebCallbacks: args.endCallForWebCallbacks, callbackEntryPointId: args.callbackEntryPoint ? 'ep-callbacks' : undefined } },
      (sim, clock) => {
        const accepted = Array.from({ length: args.connected }, (_, n) => (n % 2 ? sim.offerChat() : sim.offerCall()));
        const wrap = args.wrapUp ? sim.offerCall() : undefined;
        clock.advance(1_500);
        for (const id of [...accepted, ...(wrap ? [wrap] : [])]) sim.adapter.accept({ interactionId: id });
        if (args.onHold && accepted[0]) sim.adapter.hold({ interactionId: accepted[0], leg: 'customer' });
        if (wrap) sim.adapter.end({ interactionId: wrap });
        const offers = [sim.offerCall, sim.offerChat, sim.offerEmail, sim.offerSocial];
        for (let n = 0; n < args.ringing; n++) offers[n % offers.length]();
        if (args.webCallback) sim.offerCallback('web', { variables: [{ name: 'callbackReason', label: 'Reason', type: 'string', value: 'Card declined twice', editable: false, secure: false, showOnPopover: false, order: 0, version: 1 }] });
        clock.advance(1_500);
        clock.advance(42_000);
      },
    );
    render(html`<task-list .store=${store} theme=${args.theme} style="max-width: 320px"></task-list>`, backdrop(root, args.theme));
    return root;
  },
};
export default meta;

type Story = StoryObj<Args>;
export const MixedWorkload: Story = {
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'task-list');
    await shows(root, 'Ringing');
    const first = part(root, 'card-select');
    await userEvent.click(first);
    await waitFor(() => expect(first.getAttribute('aria-current')).toBe('true'));
    await userEvent.click(part(root, 'accept-button'));
    await shows(root, 'Connected');
  },
};
export const Empty: Story = { args: { ringing: 0, connected: 0 } };
export const OnHoldAndWrapUp: Story = { args: { ringing: 0, connected: 2, onHold: true, wrapUp: true } };
export const CallbackWithReasonAndCancel: Story = { args: { ringing: 0, connected: 0, webCallback: true } };
export const NoCallbackEntryPoint: Story = { args: { callbackEntryPoint: false } };
export const Dark: Story = { args: { theme: 'dark', webCallback: true } };
