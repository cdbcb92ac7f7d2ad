import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import '../src/define/interaction-pane.js';
import type { Simulator } from '../src/simulator/index.js';
import type { VirtualClock } from '../src/core/clock.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { part, shadowOf, shows } from './play-helpers.js';
import { backdrop, simulatedStory, themeArg, type ThemeArgs } from './story-desk.js';

type Scene = 'connected' | 'on-hold' | 'consult-ringing' | 'two-legs' | 'conference-of-8' | 'post-call' | 'paused-recording' | 'secure-revealed' | 'wrap-up' | 'consulted-agent';

interface Args extends ThemeArgs {
  scene: Scene;
  telephonyMode: 'desktop' | 'phone';
  customerName: string;
  sensitiveDataProtection: boolean;
}

const consult = (sim: Simulator, clock: VirtualClock, id: string, agent: string, wait = 6000) => {
  void sim.adapter.consult({ interactionId: id, destination: { type: 'agent', id: agent } });
  clock.advance(wait);
};

/** Each scene is the simulator driven to that point of a call. */
const scenes: Record<Scene, (sim: Simulator, clock: VirtualClock, id: string) => void> = {
  connected: () => {},
  'on-hold': (sim, _clock, id) => void sim.adapter.hold({ interactionId: id, leg: 'customer' }),
  'consult-ringing': (sim, clock, id) => consult(sim, clock, id, 'agent-sam', 1000),
  'two-legs': (sim, clock, id) => consult(sim, clock, id, 'agent-sam'),
  'conference-of-8': (sim, clock, id) => {
    for (const agent of ['agent-sam', 'agent-noor', 'agent-lea', 'agent-ana']) {
      consult(sim, clock, id, agent);
      void sim.adapter.conference({ interactionId: id });
    }
    for (const destination of [{ type: 'queue', id: 'q-billing' }, { type: 'dial-number', id: 'dn-legal' }] as const) {
      void sim.adapter.consult({ interactionId: id, destination });
      clock.advance(6000);
      void sim.adapter.conference({ interactionId: id });
    }
    sim.supervisorBargesIn(id);
  },
  'post-call': (sim, clock, id) => {
    consult(sim, clock, id, 'agent-sam');
    void sim.adapter.conference({ interactionId: id });
    sim.customerHangsUp(id);
  },
  'paused-recording': (sim, clock, id) => {
    void sim.adapter.pauseRecording({ interactionId: id });
    clock.advance(20_000);
  },
  'secure-revealed': () => {},
  'wrap-up': (sim, _clock, id) => void sim.adapter.end({ interactionId: id }),
  'consulted-agent': () => {},
};

const meta: Meta<Args> = {
  title: 'Elements/interaction-pane',
  component: 'interaction-pane',
  argTypes: {
    ...themeArg,
    scene: { control: 'select', options: Object.keys(scenes), description: 'Where in the call the simulator is.' },
    telephonyMode: { control: 'inline-radio', options: ['desktop', 'phone'], description: 'Phone mode shows no BNR control (BNR-1).' },
    customerName: { control: 'text' },
    sensitiveDataProtection: { control: 'boolean' },
  },
  args: { theme: 'light', scene: 'connected', telephonyMode: 'desktop', customerName: 'Ada Lovelace', sensitiveDataProtection: false },
  render: (args) => {
    let id = '';
    const { store, root } = simulatedStory(
      { agent: { telephonyMode: args.telephonyMode }, tenant: { sensitiveDataProtection: args.sensitiveDataProtection } },
      (sim, clock) => {
        id = args.scene === 'consulted-agent' ? sim.colleagueConsultsMe() : sim.offerCall({ customer: { name: args.customerName, number: '+1 415 555 0134' } });
        clock.advance(1500);
        void sim.adapter.accept({ interactionId: id });
        clock.advance(42_000);
        scenes[args.scene](sim, clock, id);
      },
    );
    store.select(id);
    render(html`<interaction-pane .store=${store} theme=${args.theme} style="max-width: 640px"></interaction-pane>`, backdrop(root, args.theme));
    if (args.scene === 'secure-revealed') {
      const pane = root.querySelector('interaction-pane')!;
      void pane.updateComplete.then(() => pane.shadowRoot!.querySelector<HTMLButtonElement>('[part~=reveal]')?.click());
    }
    return root;
  },
};
export default meta;

type Story = StoryObj<Args>;
export const Connected: Story = {
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'interaction-pane');
    await shows(root, 'Ada Lovelace');
    await userEvent.click(part(root, 'hold'));
    await shows(root, 'Call on Hold');
    await waitFor(() => expect(part(root, 'end').getAttribute('aria-disabled')).toBe('true'));
    await userEvent.click(part(root, 'resume'));
    await waitFor(() => expect(root.querySelector('[part~=hold-chip]')).toBeNull());
  },
};
export const OnHold: Story = { args: { scene: 'on-hold' } };
export const ConsultRinging: Story = { args: { scene: 'consult-ringing' } };
export const TwoLegs: Story = {
  args: { scene: 'two-legs' },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'interaction-pane');
    await shows(root, 'Consult: Sam Okafor');
    await userEvent.click(part(root, 'resume-customer'));
    await shows(root, 'Consult: Sam Okafor · on hold');
  },
};
export const ConferenceOfEight: Story = { args: { scene: 'conference-of-8' } };
export const PostCall: Story = { args: { scene: 'post-call' } };
export const PausedRecording: Story = { args: { scene: 'paused-recording' } };
export const SecureVariables: Story = { args: { scene: 'secure-revealed' } };
export const WrapUpWithSearch: Story = {
  args: { scene: 'wrap-up' },
  play: async ({ canvasElement }) => {
    const root = await shadowOf(canvasElement, 'interaction-pane');
    await shows(root, 'Wrap Up Reasons');
    await userEvent.type(part<HTMLInputElement>(root, 'wrap-up-search'), 'dispute');
    await waitFor(() => expect(root.querySelectorAll('[part=wrap-up-list] input').length).toBe(1));
    await userEvent.click(root.querySelector<HTMLInputElement>('[part=wrap-up-list] input')!);
    await userEvent.click(part(root, 'submit-wrap-up'));
    await shows(root, 'Select an interaction');
  },
};
export const ConsultedAgent: Story = { args: { scene: 'consulted-agent' } };
export const PhoneMode: Story = { args: { telephonyMode: 'phone' } };
export const HostileText: Story = { args: { customerName: '<img src=x onerror=alert(1)>' + ' very long'.repeat(40) } };
export const Dark: Story = { args: { theme: 'dark', scene: 'two-legs' } };
