import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { ComposeConfig } from '../../src/core/config-schema.js';
import { composeHarness } from '../../src/testing/index.js';
import { expectAccessible, shadow } from '../helpers.js';

// config.replyTo (#17 item 2): the patient answers a clinician's message.

const replyTo = {
  threadId: 'thread-881',
  categoryId: 'test-results',
  subject: 'Your lab results',
  from: { en: 'Dr. Rivera', es: 'la Dra. Rivera' },
  sentAt: '2026-11-30T15:04:00Z',
  excerpt: 'Your A1c is 7.9. <b>Please</b> tell me how you take your metformin.',
};

describe('<sm-compose> replying to a message (config.replyTo)', () => {
  it('shows the clinician’s message as text, asks no category and no “who is it about”, and sends a reply to the conversation', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${{ replyTo } satisfies ComposeConfig}></sm-compose>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="reply"]'), 'the message answered shows');
    const reply = shadow(el, '[part="reply"]');
    expect(reply.querySelector('h2')!.textContent).to.equal('Your reply to Dr. Rivera');
    expect(shadow(el, '[part="reply-excerpt"]').textContent).to.equal(replyTo.excerpt, 'as text, never HTML');
    expect(reply.querySelector('b')).to.equal(null);
    expect(el.shadowRoot!.querySelector('sm-category-picker')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="regarding"]')).to.equal(null);
    expect(shadow<HTMLInputElement>(el, '#subject').value).to.equal('Re: Your lab results');
    await expectAccessible(el);
    const sm = composeHarness(el);
    await sm.type('I take 500 mg twice a day with meals.');
    expect(await sm.review()).to.equal('review');
    const payload = await sm.send();
    expect(payload.inReplyTo).to.deep.equal({ threadId: 'thread-881' });
    expect(payload.category.id).to.equal('test-results');
    expect(payload.subject).to.equal('Re: Your lab results');
    expect(payload.body).to.equal('Message:\nI take 500 mg twice a day with meals.');
    expect(payload.regarding).to.equal(undefined);
  });

  it('still screens a reply for an emergency', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${{ replyTo }}></sm-compose>`);
    const sm = composeHarness(el);
    await sm.type('Since this morning my chest hurts and my left arm is numb.');
    expect(await sm.review()).to.equal('urgency-check');
  });

  it('when replies are closed, says so with the host’s reason and a way to a new message, and shows no form; in Spanish', async () => {
    const closed = { ...replyTo, closed: { reason: { en: 'Replies close after 45 days.', es: 'Las respuestas se cierran a los 45 días.' }, newMessageHref: '/messages/new' } };
    const el = await fixture<SmCompose>(html`<sm-compose locale="es" .config=${{ replyTo: closed }}></sm-compose>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="reply-closed"]'), 'the closed notice shows');
    expect(shadow(el, '[part="reply"] h2').textContent).to.equal('Su respuesta a la Dra. Rivera');
    expect(shadow(el, '[part="reply-closed"]').textContent).to.contain('Ya no puede responder a este mensaje. Las respuestas se cierran a los 45 días.');
    expect(shadow<HTMLAnchorElement>(el, '[part="reply-closed"] a').getAttribute('href')).to.equal('/messages/new');
    expect(el.shadowRoot!.querySelector('#message')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="review-button"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('refuses a conversation category that does not exist', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${{ replyTo: { ...replyTo, categoryId: 'astrology' } }}></sm-compose>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="config-error"]'), 'the config error shows');
    expect(shadow(el, '[part="config-error"]').textContent).to.contain('replyTo.categoryId');
  });
});
