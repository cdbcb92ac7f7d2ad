import { expect } from '@open-wc/testing';
import { canAccept, canScheduleCallback, interactionStatus, taskListItems } from '../../../src/core/rules/index.js';
import { consulting, interaction, stateWith, variable } from './fixtures.js';

describe('rules: task list', () => {
  it('[TASK-1] lists every incoming and active interaction of every channel with its state', () => {
    const state = stateWith([
      interaction({ id: 'v', phase: 'offered' }),
      interaction({ id: 'c', channel: 'chat' }),
      interaction({ id: 'e', channel: 'email', phase: 'wrap-up' }),
      interaction({ id: 's', channel: 'social', phase: 'connecting' }),
      interaction({ id: 'h', customerLeg: { onHold: true } }),
      consulting('answered', { id: 'k' }),
      interaction({ id: 'f', inConference: true }),
      interaction({ id: 'p', phase: 'post-call' }),
    ]);
    expect(taskListItems(state).map((t) => [t.interaction.id, t.status])).to.deep.equal([
      ['v', 'ringing'], ['c', 'connected'], ['e', 'wrap-up'], ['s', 'connecting'], ['h', 'on-hold'], ['k', 'consulting'], ['f', 'conference'], ['p', 'post-call'],
    ]);
  });

  it('[TASK-2] a ringing call can be accepted from the list until it is answered', () => {
    const state = stateWith([interaction({ phase: 'offered' })]);
    expect(interactionStatus(state.interactions.c1)).to.equal('ringing');
    expect(canAccept(state, 'c1').allowed).to.equal(true);
    expect(canAccept(stateWith([interaction()]), 'c1').allowed).to.equal(false);
  });

  it('[TASK-3] a callback card carries the callback reason from its variable', () => {
    const callback = interaction({ kind: 'callback', callbackKind: 'web', variables: [variable({ name: 'callbackReason', value: 'Card declined' })] });
    expect(taskListItems(stateWith([callback]))[0].callbackReason).to.equal('Card declined');
    expect(taskListItems(stateWith([interaction({ variables: callback.variables })]))[0].callbackReason).to.equal(undefined);
  });

  it('[TASK-4] [SCHED-12] "+" schedules a callback only with a callback entry point', () => {
    const state = stateWith();
    expect(canScheduleCallback(state).allowed).to.equal(true);
    const none = { ...state, tenant: { ...state.tenant, callbackEntryPointId: undefined } };
    expect(canScheduleCallback(none).reason).to.match(/no callback entry point/);
  });
});
