import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { SmPromptFields } from '../../src/components/prompt-fields/prompt-fields.js';
import { DEFAULT_CATEGORIES } from '../../src/core/catalog.js';
import type { ComposeConfig } from '../../src/core/config-schema.js';
import { expectAccessible, shadow } from '../helpers.js';

const part = (el: SmCompose, name: string) => shadow(el, `[part="${name}"]`);
const query = (el: SmCompose, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function settle(el: SmCompose) {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

async function sendNow(el: SmCompose) {
  shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
  await settle(el);
  // With urgency-check="off" no dialog opens.
  shadow(el, 'sm-urgency-dialog').shadowRoot!.querySelector<HTMLButtonElement>('[part="continue-button"]')?.click();
  await settle(el);
  const submitted = oneEvent(el, 'sm-submit');
  shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
  return (await submitted).detail.payload;
}

const withRedirect: ComposeConfig = {
  categories: [
    {
      id: 'prescription',
      label: 'Prescription or refill',
      description: 'Ask for a refill.',
      routeTo: 'pharmacy',
      redirect: { href: '/refills', label: 'Open the refill tool', message: 'Refills are faster with the refill request tool.' },
      prompts: [{ id: 'medication', label: 'Medicine name', kind: 'text', required: true, summarizes: true }],
    },
  ],
};

describe('<sm-compose>: categories, channels and rules', () => {
  for (const category of DEFAULT_CATEGORIES) {
    it(`shows the prompts of "${category.id}" in both languages`, async () => {
      const el = await fixture<SmCompose>(html`<sm-compose locale="es"></sm-compose>`);
      el.prefill({ regarding: 'self', category: category.id });
      await settle(el);
      const prompts = shadow<SmPromptFields>(el, 'sm-prompt-fields');
      expect(prompts.prompts.map((prompt) => prompt.id)).to.deep.equal(category.prompts.map((prompt) => prompt.id));
      expect(prompts.prompts[0]!.label).to.equal((category.prompts[0]!.label as { es: string }).es);
      expect(part(el, 'examples').querySelectorAll('li').length).to.be.within(2, 3);
      el.locale = 'en';
      await settle(el);
      expect(shadow<SmPromptFields>(el, 'sm-prompt-fields').prompts[0]!.label).to.equal((category.prompts[0]!.label as { en: string }).en);
    });
  }

  it('switching locale to Spanish leaves no English on screen', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'medical-question' });
    await settle(el);
    el.locale = 'es';
    await settle(el);
    const texts = [el, shadow(el, 'sm-category-picker'), shadow(el, 'sm-prompt-fields'), shadow(el, 'sm-char-budget')].map((node) => node.shadowRoot!.textContent ?? '');
    const text = texts.join(' ');
    for (const english of ['Before you write', 'What is going on', 'Your question', 'Subject', 'characters', 'required', 'optional', 'Review', 'For example', 'Who is this']) {
      expect(text).to.not.contain(english);
    }
    expect((shadow<HTMLInputElement>(el, '#subject')).value).to.equal('Pregunta médica no urgente');
  });

  it('"someone else" explains proxy access, links to it and is recorded', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off"></sm-compose>`);
    el.config = { proxyHref: '/proxy' };
    await settle(el);
    shadow<HTMLInputElement>(el, 'input[name="regarding"][value="other"]').click();
    await settle(el);
    const notice = part(el, 'proxy-notice');
    expect(notice.textContent).to.contain('belongs in their own record');
    expect(notice.querySelector('a')!.getAttribute('href')).to.equal('/proxy');
    await expectAccessible(el);
    el.prefill({ regarding: 'other', category: 'other', answers: { topic: 'My son’s school form' } });
    await settle(el);
    const payload = await sendNow(el);
    expect(payload.regarding).to.equal('other');
    expect(payload.body.split('\n')[0]).to.equal('Who is this message about? Someone else');
  });

  it('asks who the message is about before it can be sent', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    el.prefill({ category: 'other', answers: { topic: 'A form' } });
    await settle(el);
    shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
    await settle(el);
    const summary = part(el, 'error-summary');
    expect(summary.textContent).to.contain('Choose who this message is about');
    summary.querySelector('a')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(shadow(el, 'input[name="regarding"]'));
    expect(part(el, 'regarding').getAttribute('aria-describedby')).to.equal('regarding-error');
    await expectAccessible(el);
  });

  it('nudges towards a faster channel; continuing is recorded', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off"></sm-compose>`);
    el.config = withRedirect;
    el.prefill({ regarding: 'self', category: 'prescription' });
    await settle(el);
    const nudge = part(el, 'redirect');
    expect(nudge.textContent).to.contain('Refills are faster with the refill request tool.');
    expect(nudge.querySelector('a')!.getAttribute('href')).to.equal('/refills');
    expect(query(el, 'sm-prompt-fields')).to.equal(null, 'the prompts wait for the patient’s choice');
    await expectAccessible(el);

    const link = nudge.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    const followed = oneEvent(el, 'sm-redirect');
    link.click();
    expect((await followed).detail).to.deep.equal({ category: 'prescription', href: '/refills', choice: 'followed' });

    const continued = oneEvent(el, 'sm-redirect');
    nudge.querySelector('button')!.click();
    expect((await continued).detail.choice).to.equal('continued');
    await settle(el);
    expect(query(el, '[part="redirect"]')).to.equal(null);
    el.prefill({ regarding: 'self', category: 'prescription', answers: { medication: 'Metformin' } });
    await settle(el);
    // prefill keeps the patient's choice to write anyway
    const payload = await sendNow(el);
    expect(payload.redirect).to.deep.equal({ href: '/refills', choice: 'continued' });
    expect(payload.category.routeTo).to.equal('pharmacy');
  });

  it('with require-acknowledgement, the patient confirms the rules before writing', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="es" require-acknowledgement></sm-compose>`);
    expect(query(el, 'sm-category-picker')).to.equal(null);
    const box = shadow<HTMLInputElement>(el, '[part="acknowledgement"] input');
    expect(part(el, 'acknowledgement').textContent).to.contain('Entiendo cómo funcionan los mensajes');
    await expectAccessible(el);
    const acknowledged = oneEvent(el, 'sm-acknowledge');
    box.click();
    await acknowledged;
    await settle(el);
    expect(query(el, 'sm-category-picker')).to.not.equal(null);
  });

  it('reminds gently of optional answers on the review step', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off"></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'prescription', answers: { medication: 'Metformin', dose: '500 mg', pharmacy: 'Main St' } });
    await settle(el);
    shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
    await settle(el);
    expect(part(el, 'review').textContent).to.contain('Your care team may also need: days of medicine left. You can still send without it.');
    expect(shadow<HTMLButtonElement>(el, '[part="send-button"]').getAttribute('aria-disabled')).to.equal('false');
  });
});
