import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VariableChange } from '../../src/core/requests.js';
import { sampleDirectory } from '../../src/simulator/fixtures.js';
import { everythingRendered } from '../helpers/sim-page.js';
import { paneOn } from './pane-helpers.js';

const input = (p: Awaited<ReturnType<typeof paneOn>>, name: string) => p.q<HTMLInputElement>(`#var-${name}`)!;
async function type(p: Awaited<ReturnType<typeof paneOn>>, name: string, text: string) {
  const field = input(p, name);
  field.focus();
  field.select();
  await sendKeys({ type: text });
  await p.render();
}

describe('interaction-pane: call-associated variables', () => {
  it('[CAD-1] editable variables have labelled fields, the others are read-only text', async () => {
    const p = await paneOn();
    await p.acceptedCall();
    expect(input(p, 'caseNumber').labels![0].textContent).to.equal('Case number');
    expect(input(p, 'accountNumber')).to.equal(null);
    const terms = [...p.root.querySelectorAll('[part=variables] dt')].map((dt) => dt.textContent!.trim());
    expect(terms).to.include('Account number');
    await expect(p.el).to.be.accessible();
  });

  it('[CAD-2] a secure variable is masked behind a secure icon; a failed reveal offers Click to retry; the value never lands in an attribute or event', async () => {
    const p = await paneOn();
    await p.acceptedCall();
    const details: string[] = [];
    const record = (e: Event) => details.push(JSON.stringify((e as CustomEvent).detail));
    document.addEventListener('desk-reveal-variable', record);
    const pinRow = () => [...p.root.querySelectorAll('[part=variables] dt')].find((dt) => dt.textContent!.includes('Account PIN'))!;
    expect(pinRow().querySelector('[part=secure-icon]')).to.exist;
    expect(pinRow().nextElementSibling!.querySelector('[part=secure-value]')!.textContent).to.match(/^•+$/);
    p.page.sim.failNextReveal();
    await p.click('reveal');
    expect(p.q('[part~=retry]')!.textContent).to.equal('Click to retry');
    await expect(p.el).to.be.accessible();
    await p.click('retry');
    const value = pinRow().nextElementSibling!.querySelector('[part=secure-value]')!.textContent!;
    expect(value).to.match(/^\d{4}$/);
    document.removeEventListener('desk-reveal-variable', record);
    const attributes = [...p.root.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.value)).join(' ');
    expect(attributes).not.to.contain(value);
    expect(details.join(' ')).not.to.contain(value);
    expect(JSON.stringify(p.page.store.getState())).not.to.contain(`"value":"${value}"`);
  });

  it('[CAD-3] 256 characters at most: typing past it or pasting too much is refused with a message, nothing cut', async () => {
    const p = await paneOn();
    await p.acceptedCall();
    const notes = input(p, 'notes');
    notes.value = 'x'.repeat(256);
    notes.dispatchEvent(new Event('input'));
    await p.render();
    notes.focus();
    notes.setSelectionRange(256, 256);
    await sendKeys({ type: 'y' });
    await p.render();
    expect(input(p, 'notes').value).to.have.length(256);
    expect(p.q('#var-notes-error')!.textContent).to.equal('Notes holds at most 256 characters.');
    const caseField = input(p, 'caseNumber');
    const data = new DataTransfer();
    data.setData('text/plain', 'z'.repeat(300));
    caseField.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: data, bubbles: true, cancelable: true }));
    await p.render();
    expect(input(p, 'caseNumber').value).to.equal('');
    expect(p.q('#var-caseNumber-error')!.textContent).to.match(/pasted text has 300 characters; at most 256 fit. Nothing was pasted/);
    await expect(p.el).to.be.accessible();
  });

  it('[CAD-4] [CAD-6] Save shows pending until confirmed, date-times are ISO 8601, Revert brings back the saved values', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await type(p, 'caseNumber', 'CASE-42');
    const when = input(p, 'followUpAt');
    expect(when.type).to.equal('datetime-local');
    when.value = '2026-11-25T10:30:15';
    when.dispatchEvent(new Event('input'));
    await p.render();
    let release!: () => void;
    const realSave = p.page.sim.adapter.saveVariables;
    p.page.sim.adapter.saveVariables = (payload) => new Promise((resolve) => (release = () => resolve(realSave(payload))));
    const heard = oneEvent(p.el, 'desk-save-variables');
    await p.click('save');
    const changes: VariableChange[] = (await heard).detail.payload.changes;
    // A new date-time is this agent's own time, so it is saved with this device's offset then (CAD-6).
    const minutes = -new Date(2026, 10, 25, 10, 30, 15).getTimezoneOffset();
    const two = (n: number) => String(n).padStart(2, '0');
    const offset = minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${two(Math.floor(Math.abs(minutes) / 60))}:${two(Math.abs(minutes) % 60)}`;
    expect(changes.map((c) => [c.name, c.value])).to.deep.equal([['caseNumber', 'CASE-42'], ['followUpAt', `2026-11-25T10:30:15${offset}`]]);
    expect([p.part('save')!.textContent, p.part('save')!.getAttribute('aria-busy')]).to.deep.equal(['Saving…', 'true']);
    release();
    await p.render();
    await p.render();
    const saved = Object.fromEntries(p.call(id).variables.map((v) => [v.name, v.value]));
    expect([saved.caseNumber, saved.followUpAt]).to.deep.equal(['CASE-42', `2026-11-25T10:30:15${offset}`]);
    expect(p.part('save')!.textContent).to.equal('Save');
    await type(p, 'caseNumber', 'CASE-43');
    await p.click('revert');
    expect(input(p, 'caseNumber').value).to.equal('CASE-42');
    await type(p, 'followUpAt', '');
    await expect(p.el).to.be.accessible();
  });

  it('[CAD-6] a date-time shows as written with its zone named beside it and saves back with that zone; a date stays a date', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    const zone = () => p.root.getElementById('var-followUpAt-zone')?.textContent ?? '';
    const saveAs = async (local: string) => {
      const when = input(p, 'followUpAt');
      when.value = local;
      when.dispatchEvent(new Event('input'));
      await p.render();
      const heard = oneEvent(p.el, 'desk-save-variables');
      await p.click('save');
      const changes: VariableChange[] = (await heard).detail.payload.changes;
      await p.render();
      return changes.map((c) => c.value);
    };
    const colleagueSaves = async (value: string) => {
      p.page.sim.colleagueSavesVariable(id, 'followUpAt', value);
      await p.render();
    };

    await colleagueSaves('2026-11-25T10:30:00Z');
    expect([input(p, 'followUpAt').type, input(p, 'followUpAt').value, zone()]).to.deep.equal(['datetime-local', '2026-11-25T10:30', 'UTC']);
    expect(input(p, 'followUpAt').getAttribute('aria-describedby')).to.equal('var-followUpAt-zone');
    expect(await saveAs('2026-11-25T11:45:00')).to.deep.equal(['2026-11-25T11:45:00Z']);

    await colleagueSaves('2026-11-25T10:30:00+05:30');
    expect([input(p, 'followUpAt').value, zone()]).to.deep.equal(['2026-11-25T10:30', 'UTC+05:30']);
    expect(await saveAs('2026-11-25T12:00:00')).to.deep.equal(['2026-11-25T12:00:00+05:30']);
    expect(p.call(id).variables.find((v) => v.name === 'followUpAt')!.value).to.equal('2026-11-25T12:00:00+05:30');

    await colleagueSaves('2026-11-25');
    expect([input(p, 'followUpAt').type, input(p, 'followUpAt').value, zone()]).to.deep.equal(['date', '2026-11-25', '']);
    expect(await saveAs('2026-11-26')).to.deep.equal(['2026-11-26']);
    await expect(p.el).to.be.accessible();
  });

  it('[CAD-5] when a colleague saved first, my save is refused with a message naming the variable and the winning value; other unsaved edits stay', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall();
    await type(p, 'caseNumber', 'MINE-1');
    await type(p, 'notes', 'Customer asked twice');
    p.page.sim.colleagueSavesVariable(id, 'caseNumber', 'THEIRS-9');
    await p.render();
    expect(input(p, 'caseNumber').value, 'my edit is not silently replaced').to.equal('MINE-1');
    await p.click('save');
    await p.render();
    expect(p.q('[part=notice]')!.textContent).to.contain('Case number').and.contain('THEIRS-9');
    expect(input(p, 'caseNumber').value).to.equal('THEIRS-9');
    expect(input(p, 'notes').value).to.equal('Customer asked twice');
    expect(p.call(id).variables.find((v) => v.name === 'notes')!.value, 'the refused save saved nothing').to.equal('');
    await expect(p.el).to.be.accessible();
    await p.click('save');
    expect(p.call(id).variables.find((v) => v.name === 'notes')!.value).to.equal('Customer asked twice');
  });
});

describe('interaction-pane: wrap-up for the consulted agent and hostile text', () => {
  it('[CONS-7] when the primary ends the consult, the consulted agent gets Wrap Up Reasons', async () => {
    const p = await paneOn();
    const id = await p.acceptedCall(() => p.page.sim.colleagueConsultsMe());
    p.page.sim.colleagueEndsConsult(id);
    await p.render();
    expect(p.q<HTMLDialogElement>('dialog[part~=wrap-up-dialog]')!.open).to.equal(true);
  });

  it('renders hostile text in every field as text: customer, variables, participants, destinations', async () => {
    const hostile = '<img src=x onerror="window.__pwned=4">';
    const long = 'M'.repeat(400);
    const p = await paneOn({
      directory: { ...sampleDirectory, agents: sampleDirectory.agents.map((a, n) => (n === 1 ? { ...a, name: hostile + long } : a)) },
    });
    const id = await p.acceptedCall(() =>
      p.page.sim.offerCall({
        customer: { name: hostile + long, number: hostile },
        variables: [{ name: 'x', label: hostile, type: 'string', value: hostile + long, editable: false, secure: false, showOnPopover: true, order: 1, version: 1 }],
      }),
    );
    await p.page.store.request('consult', { interactionId: id, destination: { type: 'agent', id: 'agent-sam' } }, p.page.sim.adapter.consult);
    await p.advance(3000);
    await p.click('conference');
    p.page.sim.supervisorBargesIn(id, hostile);
    await p.render();
    await p.click('consult');
    expect(p.root.querySelector('img')).to.equal(null);
    expect(everythingRendered(p.root)).to.contain(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const base = p.q('[part=base]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
  });
});
