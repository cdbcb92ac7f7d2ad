import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import '../src/define/callback-dialog.js';
import type { CallbackDialog } from '../src/components/callback-dialog/callback-dialog.js';
import { expect, waitFor } from 'storybook/test';
import { shadowOf, shows } from './play-helpers.js';
import { backdrop, simulatedStory, themeArg, type ThemeArgs } from './story-desk.js';

type Scene = 'empty' | 'every-error' | 'manage' | 'personal' | 'from-a-call';

interface Args extends ThemeArgs {
  scene: Scene;
  callbackEntryPoint: boolean;
}

const MINUTE = 60_000;

/** Fills the form as an agent would, through its own fields. */
function fill(el: CallbackDialog, values: Record<string, string>) {
  for (const [id, value] of Object.entries(values)) {
    const input = el.shadowRoot!.getElementById(id) as HTMLInputElement | null;
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new Event(input.tagName === 'SELECT' ? 'change' : 'input'));
    input.dispatchEvent(new Event('blur'));
  }
}

async function whenReady(el: CallbackDialog) {
  for (let n = 0; n < 100 && !el.shadowRoot?.querySelector('form, [part=error]'); n++) await new Promise((r) => setTimeout(r, 20));
}

const meta: Meta<Args> = {
  title: 'Elements/callback-dialog',
  component: 'callback-dialog',
  argTypes: {
    ...themeArg,
    scene: { control: 'select', options: ['empty', 'every-error', 'manage', 'personal', 'from-a-call'] },
    callbackEntryPoint: { control: 'boolean', description: 'Tenant: a callback entry point exists (SCHED-12).' },
  },
  args: { theme: 'light', scene: 'empty', callbackEntryPoint: true },
  render: (args) => {
    let callId = '';
    const { store, root } = simulatedStory({ tenant: { callbackEntryPointId: args.callbackEntryPoint ? 'ep-callbacks' : undefined } }, (sim, clock) => {
      if (args.scene === 'manage') {
        const now = clock.now();
        const at = (minutes: number) => new Date(now + minutes * MINUTE).toISOString();
        const base = { customerName: 'Ada Lovelace', customerNumber: '+1 415 555 0134', timeZone: 'America/New_York', queueId: 'q-billing', personal: false };
        void sim.adapter.scheduleCallback({ callback: { ...base, startAt: at(35), endAt: at(65), assignment: { to: 'myself' }, reason: 'Refund follow-up' } });
        void sim.adapter.scheduleCallback({ callback: { ...base, startAt: at(24 * 60), endAt: at(24 * 60 + 30), assignment: { to: 'any' } } });
        clock.advance(36 * MINUTE);
      }
      if (args.scene === 'from-a-call' || args.scene === 'manage') {
        callId = sim.offerCall({ customer: { name: 'Ada Lovelace', number: '+1 415 555 0134' } });
        clock.advance(1500);
        void sim.adapter.accept({ interactionId: callId });
      }
    });
    render(html`<callback-dialog .store=${store} theme=${args.theme} agent-time-zone="Europe/Paris"></callback-dialog>`, backdrop(root, args.theme));
    const el = root.querySelector('callback-dialog')!;
    void el.updateComplete.then(async () => {
      el.show(callId || undefined);
      await whenReady(el);
      if (args.scene === 'every-error') {
        fill(el, { customerNumber: '+1 415 555 0134 56789', customerName: '😀😀', date: '2026-11-24', start: '10:10', end: '10:00', timeZone: 'Mars/Olympus', reason: 'r'.repeat(251) });
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit]')?.click();
      }
      if (args.scene === 'personal') el.shadowRoot!.querySelector<HTMLInputElement>('[part=checkbox] input')?.click();
      if (args.scene === 'manage') el.shadowRoot!.getElementById('tab-manage')?.click();
    });
    return root;
  },
};
export default meta;

type Story = StoryObj<Args>;
export const EmptyForm: Story = {};
export const EveryValidationError: Story = {
  args: { scene: 'every-error' },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'callback-dialog');
    await shows(root, 'Choose a valid time zone.');
    await waitFor(() => expect(root.querySelectorAll('[part=field-error]').length).toBeGreaterThanOrEqual(5));
    await shows(root, 'it has 16');
    await shows(root, 'it has 251');
  },
};
export const ManageWithPastAndFuture: Story = {
  args: { scene: 'manage' },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'callback-dialog');
    await shows(root, 'Its start time has passed');
    await waitFor(() => expect(root.querySelectorAll('[part~=edit]').length).toBe(1));
  },
};
export const PersonalCallback: Story = { args: { scene: 'personal' } };
export const PrefilledFromACall: Story = { args: { scene: 'from-a-call' } };
export const NoEntryPoint: Story = { args: { callbackEntryPoint: false } };
export const Dark: Story = { args: { theme: 'dark', scene: 'every-error' } };
