import type { CallbackDraft, RequestPayloads } from '../core/requests.js';
import { RequestError } from '../core/requests.js';
import { t } from '../core/i18n.js';
import { callbacksToManage, canEditCallback, keepsNumber, validateCallback } from '../core/rules/callback.js';
import type { TimerHandle } from '../core/clock.js';
import type { ScheduledCallback } from '../core/types.js';
import { refuse } from './refuse.js';
import { arrive } from './routing.js';
import type { World } from './world.js';

/** Scheduled and personal callbacks, kept with the same validation the dialog uses (SCHED-*). */
export function callbackRequests(world: World) {
  const due = new Map<string, TimerHandle>();

  const validate = (draft: CallbackDraft, editing?: ScheduledCallback) => {
    const { valid, errors } = validateCallback(draft, {
      now: world.clock.now(),
      agent: world.agent,
      tenant: world.tenant,
      directory: world.directory,
      editing,
    });
    if (!valid) throw new RequestError('invalid-callback', t('simulator.invalidCallback', { detail: Object.values(errors).join(' ') }));
  };

  const publish = () => world.emit({ type: 'callbacks-updated', callbacks: [...world.callbacks.values()] });

  /**
   * When the start time comes, the callback is offered as a callback request (CB-1). It stays
   * listed, no longer editable (SCHED-9), until its window ends.
   */
  const arm = (callback: ScheduledCallback, wait = Math.max(0, Date.parse(callback.startAt) - world.clock.now())) => {
    due.set(
      callback.id,
      world.clock.setTimeout(() => {
        due.set(
          callback.id,
          world.clock.setTimeout(() => {
            due.delete(callback.id);
            world.callbacks.delete(callback.id);
            publish();
          }, Math.max(0, Date.parse(callback.endAt) - world.clock.now())),
        );
        const id = arrive(world, {
          channel: 'voice',
          kind: 'callback',
          callbackKind: callback.personal ? 'personal' : 'scheduled',
          customer: { name: callback.customerName, number: callback.customerNumber },
          queueName: world.directory.queues.find((q) => q.id === callback.queueId)?.name,
          dnis: world.directory.entryPoints.find((e) => e.id === world.tenant.callbackEntryPointId)?.name,
          linkedInteractionId: callback.linkedInteractionId,
          variables: callback.reason
            ? [{ name: world.tenant.callbackReasonVariable, label: t('simulator.callbackReason'), type: 'string', value: callback.reason, editable: false, secure: false, showOnPopover: false, order: 0, version: 1 }]
            : [],
        });
        const call = world.calls.get(id);
        if (call) call.callbackId = callback.id;
      }, wait),
    );
  };

  const existing = (callbackId: string) => {
    const callback = world.callbacks.get(callbackId);
    if (!callback) refuse('not-found', 'simulator.callbackNotFound');
    const editable = canEditCallback(callback, world.clock.now());
    if (!editable.allowed) throw new RequestError('started', editable.reason!);
    return callback;
  };

  return {
    /** Script: the earliest scheduled callback (or the one named) comes due now, as if its time had come. */
    comeDueNow(callbackId?: string): string | undefined {
      const callback = callbackId ? world.callbacks.get(callbackId) : [...world.callbacks.values()].sort((a, b) => a.startAt.localeCompare(b.startAt))[0];
      const timer = callback && due.get(callback.id);
      if (!callback || !timer) return undefined;
      world.clock.clearTimeout(timer);
      arm(callback, 0);
      return callback.id;
    },
    async scheduleCallback({ callback: draft }: RequestPayloads['scheduleCallback']) {
      validate(draft);
      const callback: ScheduledCallback = { ...draft, id: world.nextId('callback'), createdBy: world.agent.id };
      world.callbacks.set(callback.id, callback);
      arm(callback);
      publish();
      return callback;
    },
    async updateCallback({ callbackId, callback: draft }: RequestPayloads['updateCallback']) {
      const current = existing(callbackId);
      validate(draft, current);
      // SCHED-9, POP-7: a number left as the desk showed it (masked) keeps the one held here.
      const customerNumber = keepsNumber(draft, current) ? current.customerNumber : draft.customerNumber;
      const callback: ScheduledCallback = { ...draft, customerNumber, id: callbackId, createdBy: current.createdBy };
      const timer = due.get(callbackId);
      if (timer) world.clock.clearTimeout(timer);
      world.callbacks.set(callbackId, callback);
      arm(callback);
      publish();
      return callback;
    },
    async deleteCallback({ callbackId }: RequestPayloads['deleteCallback']) {
      existing(callbackId);
      const timer = due.get(callbackId);
      if (timer) world.clock.clearTimeout(timer);
      due.delete(callbackId);
      world.callbacks.delete(callbackId);
      publish();
    },
    /** SCHED-9: the customer's callbacks (by the number typed, else the call's) and the personal ones assigned to me. */
    async listCallbacks({ customerNumber, interactionId }: RequestPayloads['listCallbacks']) {
      const number = customerNumber || (interactionId ? world.calls.get(interactionId)?.init.customer.number : undefined);
      return callbacksToManage([...world.callbacks.values()], world.agent.id, number);
    },
    async refreshDirectory() {
      world.directory = { ...world.directory, refreshedAt: world.clock.now() };
      world.emit({ type: 'directory-updated', directory: world.directory });
      return world.directory;
    },
  };
}
