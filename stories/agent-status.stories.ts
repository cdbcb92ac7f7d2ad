import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/agent-status.js';
import { defaultAgent } from '../src/core/state.js';
import { storyStore } from './story-desk.js';

interface Args {
  availability: 'available' | 'idle';
  idleCodeId: string;
  signedIn: boolean;
  theme: 'light' | 'dark';
}

const idleCodes = [
  { id: 'lunch', label: 'Lunch' },
  { id: 'meeting', label: 'Meeting' },
  { id: 'rona', label: 'Missed request (RONA)' },
];

const meta: Meta<Args> = {
  title: 'Elements/agent-status',
  component: 'agent-status',
  argTypes: {
    availability: { control: 'inline-radio', options: ['available', 'idle'] },
    idleCodeId: { control: 'select', options: idleCodes.map((c) => c.id) },
    signedIn: { control: 'boolean' },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  args: { availability: 'available', idleCodeId: 'lunch', signedIn: true, theme: 'light' },
  render: (args) => {
    const store = storyStore({
      agent: { ...defaultAgent, name: 'Riley Chen', idleCodes, signedIn: args.signedIn, availability: args.availability, idleCodeId: args.availability === 'idle' ? args.idleCodeId : undefined },
    });
    return html`<agent-status .store=${store} theme=${args.theme}></agent-status>`;
  },
};
export default meta;

type Story = StoryObj<Args>;
export const Available: Story = {};
export const IdleWithReason: Story = { args: { availability: 'idle', idleCodeId: 'meeting' } };
export const AfterRona: Story = { args: { availability: 'idle', idleCodeId: 'rona' } };
export const SignedOut: Story = { args: { signedIn: false, availability: 'idle' } };
export const Dark: Story = { args: { theme: 'dark' } };
