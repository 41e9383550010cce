import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import { axTree, deepActiveElement, shadow, startWriting, type AxNode } from '../helpers.js';

// Issue #16: what a screen reader is given, read from Chromium's accessibility tree (which
// crosses shadow roots), in English and Spanish.

async function settle(el: SmCompose) {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

// A no-break space is read as a space.
const find = (nodes: AxNode[], role: string, name: string) => nodes.filter((node) => node.role === role && node.name.replace(/\u00a0/g, ' ') === name);

const words = {
  en: { regarding: 'Who is this message about?', subject: 'Subject', message: 'Message (optional)', medicine: 'Medicine name', write: 'Tell us what your care team needs to know', summary: 'Please fix these before you send', crisisCall: 'Call the crisis line, 988' },
  es: { regarding: '¿Sobre quién es este mensaje?', subject: 'Asunto', message: 'Mensaje (opcional)', medicine: 'Nombre del medicamento', write: 'Díganos lo que su equipo médico necesita saber', summary: 'Corrija esto antes de enviar', crisisCall: 'Llame a la línea de crisis, 988' },
};

for (const locale of ['en', 'es'] as const) {
  const w = words[locale];
  describe(`what a screen reader is given in <sm-compose> (${locale}, #16)`, () => {
    async function writing(): Promise<SmCompose> {
      const el = await fixture<SmCompose>(html`<sm-compose locale=${locale} urgency-check="off"></sm-compose>`);
      el.prefill({ category: 'prescription' });
      await settle(el);
      return el;
    }

    it('marks required once and truthfully: who it is about, the subject, the required questions', async () => {
      await writing();
      const nodes = await axTree();
      const regardingGroup = find(nodes, 'radiogroup', w.regarding);
      expect(regardingGroup, 'named once, without "(required)" read as text').to.have.length(1);
      expect(regardingGroup[0]!.states.required).to.equal(true);
      expect(regardingGroup[0]!.states.invalid, 'not invalid before Review').to.equal('false');
      expect(find(nodes, 'textbox', w.subject)[0]?.states.required).to.equal(true);
      expect(find(nodes, 'textbox', w.medicine)[0]?.states.required).to.equal(true);
      expect(find(nodes, 'textbox', w.message), 'the message says optional, and is not required').to.have.length(1);
      expect(find(nodes, 'textbox', w.message)[0]!.states.required).to.not.equal(true);
    });

    it('after Review: the summary is a named region, focused once and never an alert; the unanswered group is invalid; no "write your message" for an optional field', async () => {
      const el = await writing();
      shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
      await settle(el);
      const summary = shadow(el, '[part="error-summary"]');
      expect(summary.getAttribute('role')).to.equal('region');
      expect(summary.hasAttribute('aria-live')).to.equal(false);
      expect(deepActiveElement()).to.equal(summary);
      const nodes = await axTree();
      expect(find(nodes, 'region', w.summary)).to.have.length(1);
      const alerts = [...el.shadowRoot!.querySelectorAll('[role="alert"]')].filter((alert) => alert.textContent!.trim() !== '');
      expect(alerts, 'nothing interrupts').to.have.length(0);
      expect(find(nodes, 'radiogroup', w.regarding)[0]!.states.invalid).to.equal('true');
      expect(find(nodes, 'textbox', w.message)[0]!.states.invalid).to.equal('false');
      expect(summary.textContent).to.not.contain(locale === 'en' ? 'Write your message' : 'Escriba su mensaje');
    });

    it('puts the writing step under its own heading, at the level of "Before you write"', async () => {
      await writing();
      const headings = (await axTree()).filter((node) => node.role === 'heading');
      expect(headings.find((node) => node.name === w.write)?.states.level).to.equal(2);
    });

    it('reads "someone else" in a live region that was already there', async () => {
      const el = await writing();
      const region = shadow(el, '[part="regarding"]').nextElementSibling!;
      expect(region.getAttribute('role')).to.equal('status');
      shadow<HTMLInputElement>(el, 'input[name="regarding"][value="other"]').click();
      await settle(el);
      expect(shadow(el, '[part="regarding"]').nextElementSibling, 'the same element, now with the text').to.equal(region);
      expect(region.querySelector('[part="proxy-notice"]')).to.not.equal(null);
    });
  });
}

describe('focus and live notices in <sm-compose> (#16)', () => {
  it('after "Continue with a message anyway" focus goes to the writing step, not to <body>', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off"></sm-compose>`);
    el.config = {
      categories: [{ id: 'refill', label: 'Refill', description: 'A refill', redirect: { href: '/refills', label: 'Use the refill tool', message: 'Refills are faster with the refill tool.' }, prompts: [{ id: 'medicine', label: 'Medicine', kind: 'text', required: true }] }],
    };
    el.prefill({ regarding: 'self', category: 'refill' });
    await settle(el);
    shadow<HTMLButtonElement>(el, '[part="redirect"] button').click();
    await settle(el);
    expect(deepActiveElement()?.id).to.equal('write-title');
    expect(el.shadowRoot!.querySelector('sm-urgency-dialog')!.hasAttribute('open'), 'a heading is not writing: no check yet').to.equal(false);
  });

  it('the check opens when the patient starts writing, not when a category is chosen', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="es"></sm-compose>`);
    shadow<HTMLInputElement>(shadow(el, 'sm-category-picker'), 'input[value="medical-question"]').click();
    await settle(el);
    const dialog = shadow(el, 'sm-urgency-dialog');
    expect(dialog.hasAttribute('open')).to.equal(false);
    await startWriting(el);
    await settle(el);
    expect(dialog.hasAttribute('open')).to.equal(true);
  });

  it('an emergency or crisis notice interrupts (alert), with links that say what they are; same-day care waits its turn (status)', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="es" urgency-check="off"></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'medical-question', answers: { concern: 'ya no quiero vivir, tengo las pastillas guardadas' } });
    const textarea = () => shadow<HTMLTextAreaElement>(el, '#message');
    await settle(el);
    // The notice needs the screen to be on: urgency-check="off" turns it off; turn it on.
    el.urgencyCheck = 'send';
    await settle(el);
    textarea().value = 'Gracias';
    textarea().dispatchEvent(new Event('input'));
    await aTimeout(1000);
    await settle(el);
    const notice = shadow(el, '[part="urgency-notice"]');
    expect(notice.closest('[role="alert"]')).to.not.equal(null);
    const links = (await axTree()).filter((node) => node.role === 'link');
    expect(links.map((node) => node.name)).to.include(words.es.crisisCall);
  });
});

describe('a failed send (#16)', () => {
  it('is an alert with a name', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="es" urgency-check="off"></sm-compose>`);
    el.addEventListener('sm-submit', (event) => event.detail.waitUntil(Promise.reject(new Error('down'))));
    el.prefill({ regarding: 'self', category: 'other', answers: { topic: 'Formulario' } });
    await settle(el);
    shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
    await settle(el);
    shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
    await aTimeout(50);
    await settle(el);
    const alerts = (await axTree()).filter((node) => node.role === 'alert' && node.name !== '');
    expect(alerts.map((node) => node.name)).to.deep.equal(['Su mensaje no se envió.']);
    expect(deepActiveElement()).to.equal(shadow(el, '[part="send-error"]'));
  });
});
