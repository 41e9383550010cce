import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { ComposeConfig } from '../../src/core/config-schema.js';
import { composeHarness } from '../../src/testing/index.js';
import { axTree, expectAccessible, shadow } from '../helpers.js';

// config.recipients (#17 item 1): "Who should get this message?", in a real browser.

const config: ComposeConfig = {
  recipients: [
    { id: 'cardio', label: { en: 'Cardiology', es: 'Cardiología' }, group: 'Main Street Clinic' },
    { id: 'pc-main', label: { en: 'Primary care team', es: 'Equipo de atención primaria' }, group: 'Main Street Clinic', recent: true },
    { id: 'pharmacy', label: { en: 'Pharmacy team', es: 'Equipo de farmacia' }, group: 'Eastside Clinic', categories: ['prescription'] },
  ],
  recipientHelp: { en: 'Can’t find your team? Call 555-0100.', es: '¿No encuentra su equipo? Llame al 555-0100.' },
};
const many: ComposeConfig = {
  recipients: Array.from({ length: 12 }, (_, i) => ({ id: `team-${i}`, label: `Team ${['Alpha', 'Bravo', 'Cardio', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliet', 'Kilo', 'Lima'][i]}`, group: i % 2 ? 'Eastside' : 'Main Street' })),
};

const radios = (el: SmCompose) => [...(el.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="recipient"]') ?? [])];
const names = (el: SmCompose) => radios(el).map((radio) => radio.closest('label')!.textContent!.trim());

describe('<sm-compose> with config.recipients', () => {
  it('asks who should get the message once a category is chosen: recent first, then by facility, with the host’s help', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${config}></sm-compose>`);
    const sm = composeHarness(el);
    await sm.answer('Who is this message about?', 'Me');
    expect(el.shadowRoot!.querySelector('[part="recipients"]')).to.equal(null);
    await sm.chooseCategory('Non-urgent medical question');
    await waitUntil(() => radios(el).length > 0, 'the list of recipients shows');
    expect(names(el)).to.deep.equal(['Primary care team (Main Street Clinic)', 'Cardiology']);
    const group = shadow(el, '[part="recipients"]');
    expect(group.textContent).to.contain('Can’t find your team? Call 555-0100.');
    await expectAccessible(el);
    const tree = await axTree();
    const radiogroup = tree.find((node) => node.role === 'radiogroup' && node.name.startsWith('Who should get this message?'));
    expect(radiogroup?.description).to.contain('Can’t find your team?');
  });

  it('will not review without a choice, and sends to the one chosen; the review says so', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${config}></sm-compose>`);
    const sm = composeHarness(el);
    await sm.answer('Who is this message about?', 'Me');
    await sm.chooseCategory('Non-urgent medical question');
    await sm.answer({ 'What is going on?': 'A rash', 'When did it start?': 'Monday', 'Your question': 'Should I come in?' });
    expect(await sm.review()).to.equal('errors');
    expect(await sm.errors()).to.deep.equal(['Choose who should get this message']);
    expect(shadow(el, '[part="recipients"]').getAttribute('aria-invalid')).to.equal('true');
    await sm.answer('Who should get this message?', 'Cardiology');
    expect(await sm.review()).to.equal('review');
    expect(shadow(el, '[part="review"]').textContent).to.contain('Cardiology');
    await expectAccessible(el);
    const payload = await sm.send();
    expect(payload.recipient).to.deep.equal({ id: 'cardio', label: 'Cardiology' });
  });

  it('says where a message goes when only one team takes the category, and sends it there', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${{ recipients: [config.recipients![2]!] }}></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'prescription', answers: { medication: 'Metformin', dose: '500 mg', pharmacy: 'Main St' } });
    await el.updateComplete;
    expect(shadow(el, '[part="recipients"]').textContent).to.contain('This message goes to Pharmacy team (Eastside Clinic).');
    expect(radios(el)).to.have.length(0);
    const sm = composeHarness(el);
    if ((await sm.review()) === 'urgency-check') await sm.passUrgencyCheck();
    expect((await sm.send()).recipient).to.deep.equal({ id: 'pharmacy', label: 'Pharmacy team' });
  });

  it('with many teams, a search field narrows the list, keeps the choice, and says when nothing matches', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${many}></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'scheduling' });
    await el.updateComplete;
    expect(radios(el)).to.have.length(12);
    radios(el)[names(el).indexOf('Team Delta')]!.click();
    await el.updateComplete;
    const search = shadow<HTMLInputElement>(el, '#recipient-search');
    search.value = 'car';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    // Eastside before Main Street; the choice stays listed.
    expect(names(el)).to.deep.equal(['Team Delta', 'Team Cardio']);
    expect(radios(el)[0]!.checked).to.equal(true);
    search.value = 'zulu';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Team Delta']);
    expect(shadow(el, '[part="recipients"] [role="status"]').textContent).to.contain('No care team matches “zulu”.');
    await expectAccessible(el);
  });

  it('speaks Spanish, and the draft keeps the choice', async () => {
    sessionStorage.clear();
    const el = await fixture<SmCompose>(html`<sm-compose locale="es" draft-key="recipients-test" .config=${config}></sm-compose>`);
    const sm = composeHarness(el);
    await sm.answer('¿Sobre quién es este mensaje?', 'Sobre mí');
    await sm.chooseCategory('Receta o resurtido');
    await waitUntil(() => radios(el).length > 0, 'the list of recipients shows');
    expect(names(el)).to.deep.equal(['Equipo de atención primaria (Main Street Clinic)', 'Equipo de farmacia', 'Cardiología']);
    await sm.answer('¿Quién debe recibir este mensaje?', 'Equipo de farmacia');
    await sm.answer('Nombre del medicamento', 'Metformina');
    await aTimeout(1200);
    el.remove();
    // A reload: a new element with the same key.
    const again = await fixture<SmCompose>(html`<sm-compose locale="es" draft-key="recipients-test" .config=${config}></sm-compose>`);
    await aTimeout(50);
    await again.updateComplete;
    expect(radios(again).find((radio) => radio.checked)?.value).to.equal('pharmacy');
    await expectAccessible(again);
    sessionStorage.clear();
  });
});
