import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import { composeParts } from '../../src/components/compose/compose.parts.js';
import { messagePayloadSchema } from '../../src/core/payload-schema.js';
import { composeHarness } from '../../src/testing/index.js';

// sm-compose/testing (#18 item 6): the harness QA teams use, inside the page, by roles and names.

describe('sm-compose/testing, inside the page', () => {
  it('sends a refill in English: the routine check answered "None of these", the payload returned', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    const sm = composeHarness(el);
    let checks = 0;
    el.addEventListener('sm-urgency-decision', () => checks++);
    await sm.answer('Who is this message about?', 'Me');
    await sm.chooseCategory('Prescription or refill');
    await sm.answer({ 'Medicine name': 'Metformin', 'Dose or strength': '500 mg twice a day', Pharmacy: 'Main Street Pharmacy' });
    await sm.type('I have 5 days left.');
    // Before the screening has arrived (the first test of the page), Review asks the red flags
    // again, and the harness answers them as it did when writing started.
    const screeningArrived = composeParts.screening.ready;
    expect(await sm.review()).to.equal('review');
    const payload = await sm.send();
    expect(messagePayloadSchema.safeParse(payload).success).to.equal(true);
    expect(payload.category.id).to.equal('prescription');
    expect(payload.fields.find((field) => field.id === 'medication')?.value).to.equal('Metformin');
    expect(payload.body).to.contain('I have 5 days left.');
    expect(payload.urgency?.reported).to.deep.equal([]);
    // Twice only if the screening had not arrived by Review (nor a moment after).
    expect(checks).to.be.oneOf(screeningArrived ? [1] : [1, 2]);
    expect(sm.lastPayload()).to.equal(payload);
  });

  it('sends a refill in Spanish with the same calls, the names read from the page', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="es"></sm-compose>`);
    const sm = composeHarness(el);
    await sm.answer('¿Sobre quién es este mensaje?', 'Sobre mí');
    await sm.chooseCategory('Receta o resurtido');
    await sm.answer({ 'Nombre del medicamento': 'Metformina', 'Dosis o concentración': '500 mg dos veces al día', Farmacia: 'Farmacia Central' });
    expect(await sm.review()).to.equal('review');
    const payload = await sm.send();
    expect(payload.locale).to.equal('es');
    expect(payload.subject).to.contain('Metformina');
  });

  it('lists the problems after Review, as the patient reads them', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    const sm = composeHarness(el);
    expect(await sm.errors()).to.deep.equal([]);
    await sm.answer('Who is this message about?', 'Me');
    await sm.chooseCategory('Prescription or refill');
    await sm.answer('Medicine name', 'Metformin');
    expect(await sm.review()).to.equal('errors');
    const errors = await sm.errors();
    expect(errors).to.deep.equal(['Your care team will need: pharmacy']);
  });

  it('stops at a message that reads as an emergency until the test goes on past it', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    const sm = composeHarness(el);
    await sm.answer('Who is this message about?', 'Me');
    await sm.chooseCategory('Something else');
    await sm.answer('What is it about?', 'My chest');
    await sm.type('My chest hurts and my left arm is numb since this morning.');
    const outcome = await sm.review();
    expect(outcome).to.be.oneOf(['urgency-check', 'errors']);
    if (outcome === 'errors') return expect.fail(`Review listed problems before asking: ${(await sm.errors()).join(' | ')}`);
    await sm.passUrgencyCheck();
    const payload = await sm.send();
    expect(payload.urgency?.level).to.equal('emergency');
    expect(payload.urgency?.decision).to.equal('continued');
  });

  it('with urgency-check="send", Review asks first and passUrgencyCheck goes on to the review', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="send"></sm-compose>`);
    const sm = composeHarness(el);
    await sm.answer('Who is this message about?', 'Me');
    await sm.chooseCategory('Prescription or refill');
    await sm.answer({ 'Medicine name': 'Metformin', 'Dose or strength': '500 mg', Pharmacy: 'Main Street Pharmacy' });
    expect(await sm.review()).to.equal('urgency-check');
    await sm.passUrgencyCheck();
    const payload = await sm.send();
    expect(payload.urgency?.decision).to.equal('continued');
  });

  it('says which name it could not find, or found twice', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    const sm = composeHarness(el, { timeout: 200 });
    let error: unknown;
    await sm.chooseCategory('Astrology').catch((caught: unknown) => (error = caught));
    expect(String(error)).to.contain('no visible radio named Astrology');
    await sm.chooseCategory('e').catch((caught: unknown) => (error = caught));
    expect(String(error)).to.match(/\d+ elements are radio named e/);
  });
});
