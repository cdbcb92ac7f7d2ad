import { expect } from '@open-wc/testing';
import { storeDesk } from '../helpers/adapter-events.js';

/** Direction overrides, isolates, zero-width, line breaks and NUL: what makes a log line lie. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/;

const desk = () => storeDesk();

describe('what an error quotes from outside is short and shows every hidden character', () => {
  it('an unknown field name of 100 KB is quoted in at most 60 characters, its controls spelled out', () => {
    const { errors, events, store } = desk();
    const name = `\u202Egnp.exe\n${'x'.repeat(100_000)}`;
    store.dispatch({ ...events.make({ type: 'agent-updated', agent: {} }), agent: { [name]: 1 } });
    const [error] = errors;
    expect(error.kind).to.equal('malformed');
    expect(error.message.length).to.be.below(160);
    expect(error.message).not.to.match(INVISIBLE);
    expect(error.message).to.equal(`Malformed adapter event: event.agent["\\u202egnp.exe\\u000a${'x'.repeat(41)}…"] is not a known field.`);
  });

  it('an unknown event type, a hostile id and a host listener’s long message are quoted the same way', () => {
    const { errors, events, store, send } = desk();
    store.dispatch({ type: `\u2066${'t'.repeat(50_000)}`, eventId: 'e', at: 0, seq: 1 });
    send({ type: 'customer-left', interactionId: `\u202Eevil\u0000call` });
    store.events.on('applied', () => {
      throw new Error(`\u202E${'boom\n'.repeat(20_000)}`);
    });
    send({ type: 'interaction-offered', interactionId: 'c1', interaction: { channel: 'chat', kind: 'inbound', customer: { number: '1' } } });
    expect(errors.map((e) => e.kind)).to.deep.equal(['unknown-event', 'unknown-interaction', 'listener-failed']);
    for (const error of errors) {
      expect(error.message.length, error.kind).to.be.below(300);
      expect(error.message, error.kind).not.to.match(INVISIBLE);
      expect(JSON.stringify(error).length, error.kind).to.be.below(600);
    }
    expect(errors[1].message).to.contain('\\u202eevil\\u0000call');
    // The ids themselves stay exact in their fields, for a host to match on.
    expect(errors[1].interactionId).to.equal('\u202Eevil\u0000call');
    void events;
  });
});
