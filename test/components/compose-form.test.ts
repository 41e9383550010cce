import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import { createDraft, serializeDraft } from '../../src/core/draft.js';
import { messagePayloadSchema } from '../../src/core/payload-schema.js';
import { shadow } from '../helpers.js';

const draft = {
  regarding: 'self' as const,
  category: 'prescription',
  answers: { medication: 'Metformin', dose: '500 mg', pharmacy: 'Main Street Pharmacy' },
  message: 'Thank you',
};

async function settle(el: SmCompose) {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

async function toReview(el: SmCompose) {
  el.prefill(draft);
  await settle(el);
  shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
  await settle(el);
}

describe('<sm-compose> in a form', () => {
  it('adds nothing and blocks the form until the message is ready, then adds the payload', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sm-compose name="message" locale="en" urgency-check="off"></sm-compose></form>`);
    const el = form.querySelector<SmCompose>('sm-compose')!;
    await settle(el);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    expect(form.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Write your message and review it before sending.');
    expect(el.form).to.equal(form);
    await toReview(el);
    expect(form.checkValidity()).to.equal(true);
    expect(el.validity.valid).to.equal(true);
    const data = new FormData(form);
    expect([...data.keys()]).to.deep.equal(['message', 'message.category', 'message.subject', 'message.body']);
    const payload = messagePayloadSchema.parse(JSON.parse(data.get('message') as string));
    expect(data.get('message.category')).to.equal('prescription');
    expect(data.get('message.subject')).to.equal(payload.subject);
    expect(data.get('message.body')).to.equal(payload.body);
  });

  it('Send submits a plain form with no script of the host’s own', async () => {
    const form = await fixture<HTMLFormElement>(html`<form method="post" action="/messages"><sm-compose name="message" locale="en" urgency-check="off"></sm-compose></form>`);
    const el = form.querySelector<SmCompose>('sm-compose')!;
    await toReview(el);
    // The test stands in for the browser's navigation.
    const submitted = oneEvent(form, 'submit');
    form.addEventListener('submit', (event) => event.preventDefault(), { once: true });
    shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
    const event = (await submitted) as unknown as SubmitEvent;
    const payload = JSON.parse(new FormData(event.target as HTMLFormElement).get('message') as string);
    expect(payload.fields.find((field: { id: string }) => field.id === 'pharmacy').value).to.equal('Main Street Pharmacy');
  });

  it('does not submit the form when the host takes the submission', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sm-compose name="message" locale="en" urgency-check="off"></sm-compose></form>`);
    const el = form.querySelector<SmCompose>('sm-compose')!;
    let submits = 0;
    form.addEventListener('submit', (event) => {
      submits++;
      event.preventDefault();
    });
    el.addEventListener('sm-submit', (event) => event.detail.waitUntil(Promise.resolve()));
    await toReview(el);
    const sent = oneEvent(el, 'sm-sent');
    shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
    await sent;
    expect(submits).to.equal(0);
  });

  it('form.reset() clears it; a disabled fieldset disables it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><sm-compose name="message" locale="en"></sm-compose></fieldset></form>`);
    const el = form.querySelector<SmCompose>('sm-compose')!;
    el.prefill(draft);
    await settle(el);
    form.reset();
    await settle(el);
    expect(el.shadowRoot!.querySelector('sm-prompt-fields')).to.equal(null);
    form.querySelector('fieldset')!.disabled = true;
    await settle(el);
    expect(shadow(el, '[part="base"]').hasAttribute('inert')).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await settle(el);
    expect(shadow(el, '[part="base"]').hasAttribute('inert')).to.equal(false);
  });

  it('restores what the browser kept after a reload', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sm-compose name="message" locale="en"></sm-compose></form>`);
    const el = form.querySelector<SmCompose>('sm-compose')!;
    // The state is the widget's one snapshot format, the same as a stored draft's.
    el.formStateRestoreCallback(serializeDraft(createDraft(draft)));
    await settle(el);
    expect(shadow<HTMLTextAreaElement>(el, '#message').value).to.equal('Thank you');
    el.formStateRestoreCallback('{not json');
    await settle(el);
    expect(shadow<HTMLTextAreaElement>(el, '#message').value).to.equal('Thank you');
  });
});
