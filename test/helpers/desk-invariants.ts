import { expect } from '@open-wc/testing';
import type { RequestRecord } from '../../src/core/requests.js';
import { isAgentRole, participantList } from '../../src/core/rules/index.js';
import type { DeskState } from '../../src/core/state.js';
import type { DeskStore } from '../../src/core/store.js';

/**
 * The rules that hold after every step of any session, whatever happened (the fuzzes check them
 * after each adapter event and each request). `secretOf` names the secure value the platform holds
 * for a variable, so a reveal is checked to give that one back.
 */
export function expectInvariants(store: DeskStore, secretOf: (interactionId: string, name: string) => string | undefined) {
  const state = store.getState();
  for (const i of Object.values(state.interactions)) {
    // HOLD-3: the customer leg and the consult leg are never both on hold.
    expect(i.customerLeg.onHold && i.consult?.leg.onHold, `${i.id}: both legs on hold`).not.to.equal(true);
    // CONF-2: at most 8 talking parties (a barging supervisor listens and is not counted: decisions.md).
    expect(i.participants.filter((p) => p.role !== 'supervisor').length, `${i.id}: participants`).to.be.at.most(Math.min(8, state.tenant.conferenceLimit));
    expect(new Set(i.participants.map((p) => p.id)).size, `${i.id}: a participant listed twice`).to.equal(i.participants.length);
    // CONF-3, CONF-4, CONF-8: in a conference exactly one agent in the call is in control, and the
    // participant list the pane shows marks exactly that one as controlling.
    if (i.inConference) {
      const controllers = i.participants.filter((p) => p.id === i.controllerId);
      expect(controllers.map((p) => p.id), `${i.id}: the controller (${i.controllerId}) is one participant of the conference`).to.deep.equal([i.controllerId]);
      expect(isAgentRole(controllers[0].role), `${i.id}: the controller ${controllers[0].id} is an agent, not a ${controllers[0].role}`).to.equal(true);
      const shown = participantList(state, i.id).filter((row) => row.controlling).map((row) => row.participant.id);
      expect(shown, `${i.id}: rows shown as controlling`).to.deep.equal([i.controllerId]);
    }
    // CAD-2: a secure value stays with its variable: never in the snapshot; only a reveal reads it, and the right one.
    for (const v of i.variables) {
      if (!v.secure) continue;
      expect(v.value, `${i.id}.${v.name} in the snapshot`).to.equal('');
      expect(store.revealedValue(i.id, v.name), `${i.id}.${v.name} revealed`).to.equal(v.reveal === 'revealed' ? secretOf(i.id, v.name) : undefined);
    }
  }
}

/**
 * A failed request changes nothing on the desk: only its own request record is added, and for a
 * conflicting save (CAD-5) the notice telling the agent which value won.
 */
export function expectUnchanged(before: DeskState, after: DeskState, record: RequestRecord) {
  const { requests: requestsBefore, notices: noticesBefore, ...restBefore } = before;
  const { requests: requestsAfter, notices: noticesAfter, ...restAfter } = after;
  const what = `failed ${record.name} (${record.code}: ${record.reason})`;
  expect(record.status, what).to.equal('failed');
  for (const key of Object.keys({ ...restBefore, ...restAfter }) as (keyof typeof restBefore)[]) {
    expect(restAfter[key], `${what} changed ${key}`).to.equal(restBefore[key]);
  }
  const added = noticesAfter.filter((n) => !noticesBefore.includes(n));
  expect(added.filter((n) => !(record.code === 'conflict' && n.kind === 'variable-conflict')), `${what} added notices`).to.deep.equal([]);
  // Notices are capped at 20: an added conflict notice may push the oldest out, nothing else goes.
  expect(noticesBefore.filter((n) => !noticesAfter.includes(n)).length, `${what} removed notices`).to.be.at.most(Math.max(0, noticesBefore.length + added.length - 20));
  expect(requestsAfter[record.id], `${what} is recorded`).to.deep.equal(record);
  for (const id of Object.keys(requestsAfter)) {
    if (id !== record.id) expect(requestsAfter[id], `${what} changed request ${id}`).to.equal(requestsBefore[id]);
  }
}

/** Fails with the place it was found, not the whole text, when `needle` is in `text`. */
export function expectAbsent(text: string, needle: string, what: string) {
  const at = text.indexOf(needle);
  expect(at < 0 ? '' : `…${text.slice(Math.max(0, at - 160), at + 60)}…`, what).to.equal('');
}
