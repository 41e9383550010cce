import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { SmCategoryPicker } from '../../src/components/category-picker/category-picker.js';
import type { SmPromptFields } from '../../src/components/prompt-fields/prompt-fields.js';
import type { SmUrgencyDialog } from '../../src/components/urgency-dialog/urgency-dialog.js';
import { messagePayloadSchema } from '../../src/core/payload-schema.js';
import type { SmSubmitDetail } from '../../src/events.js';
import { deepActiveElement, expectAccessible, press, shadow, startWriting, tabTo, type } from '../helpers.js';

const picker = (el: SmCompose) => shadow<SmCategoryPicker>(el, 'sm-category-picker');
const fields = (el: SmCompose) => shadow<SmPromptFields>(el, 'sm-prompt-fields');
const dialog = (el: SmCompose) => shadow<SmUrgencyDialog>(el, 'sm-urgency-dialog');
const part = (el: SmCompose, name: string) => shadow(el, `[part="${name}"]`);

/** Chooses a category with the mouse and answers the opening urgency check. */
async function choose(el: SmCompose, category: string): Promise<void> {
  shadow<HTMLInputElement>(el, 'input[name="regarding"][value="self"]').click();
  const radio = shadow<HTMLInputElement>(picker(el), `input[value="${category}"]`);
  radio.click();
  await el.updateComplete;
  await startWriting(el);
  const urgency = dialog(el);
  await urgency.updateComplete;
  if (urgency.open) {
    shadow<HTMLButtonElement>(urgency, '[part="continue-button"]').click();
    await urgency.updateComplete;
  }
  await el.updateComplete;
}

async function answer(el: SmCompose, values: Record<string, string>): Promise<void> {
  const prompts = fields(el);
  for (const [id, value] of Object.entries(values)) {
    const control = shadow<HTMLInputElement>(prompts, `#field-${id}`);
    control.value = value;
    control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true }));
  }
  await el.updateComplete;
}

async function writeMessage(el: SmCompose, text: string): Promise<void> {
  const textarea = shadow<HTMLTextAreaElement>(el, '#message');
  textarea.value = text;
  textarea.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function reviewAndSend(el: SmCompose): Promise<void> {
  shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
  await el.updateComplete;
  shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
}

const refill = { medication: 'Lisinopril', dose: '10 mg once a day', pharmacy: 'Main Street Pharmacy' };

/** A refill with no pharmacy, and Review pressed: its problem is listed. */
async function reviewRefillWithoutPharmacy(): Promise<SmCompose> {
  const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
  await choose(el, 'prescription');
  await answer(el, { medication: 'Metformin', dose: '500 mg' });
  shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
  await el.updateComplete;
  return el;
}

describe('<sm-compose>', () => {
  it('starts with the rules and the category question', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    expect(part(el, 'rules').textContent).to.contain('within 3 business days');
    expect(part(el, 'rules').textContent).to.contain('In an emergency, call 911.');
    expect(picker(el).localName).to.equal('sm-category-picker');
    expect(el.shadowRoot!.querySelector('[part="write"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('asks "is this an emergency?" when writing starts, then shows the category’s prompts', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" on-call-number="555-0100"></sm-compose>`);
    shadow<HTMLInputElement>(picker(el), 'input[value="prescription"]').click();
    await el.updateComplete;
    const urgency = dialog(el);
    await urgency.updateComplete;
    expect(urgency.open).to.equal(false, 'choosing a category opens nothing');
    await startWriting(el);
    await urgency.updateComplete;
    expect(urgency.open).to.equal(true);
    expect(shadow(urgency, '[part="on-call-link"]').getAttribute('href')).to.equal('tel:555-0100');
    await expectAccessible(el);
    shadow<HTMLButtonElement>(urgency, '[part="continue-button"]').click();
    await el.updateComplete;
    expect(urgency.open).to.equal(false);
    expect(fields(el).prompts.map((prompt) => prompt.id)).to.deep.equal(['medication', 'dose', 'pharmacy', 'days-left']);
    expect(part(el, 'notice').textContent).to.contain('controlled medicines');
    await expectAccessible(el);
  });

  it('can be completed with the keyboard alone, and emits a payload that validates', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    await tabTo((active) => active instanceof HTMLInputElement && active.name === 'regarding');
    await press('Space');
    await tabTo((active) => active instanceof HTMLInputElement && active.name === 'category');
    await press('Space');
    await el.updateComplete;
    expect(picker(el).value).to.equal('prescription');
    await dialog(el).updateComplete;
    expect(dialog(el).open).to.equal(false, 'choosing a category opens nothing');
    // Tabbing into the first field starts writing: the check opens and takes focus.
    await tabTo((active) => active.id === 'field-medication' || dialog(el).open);
    await el.updateComplete;
    await dialog(el).updateComplete;
    expect(dialog(el).open).to.equal(true, 'the check comes when writing starts');
    await tabTo((active) => active.getAttribute('part') === 'continue-button');
    await press('Enter');
    await el.updateComplete;
    await dialog(el).updateComplete;
    await aTimeout(0);
    expect(deepActiveElement()?.id).to.equal('field-medication', 'back where the patient was');
    await type('Metformin');
    await press('Tab');
    await type('500 mg twice a day');
    await press('Tab');
    await type('Main Street Pharmacy');
    await tabTo((active) => active.id === 'message');
    await type('I have 5 days left. Thank you!');
    await tabTo((active) => active.getAttribute('part') === 'review-button');
    await press('Enter');
    await el.updateComplete;
    expect(deepActiveElement()?.id).to.equal('review-title');
    expect(part(el, 'preview').textContent).to.contain('Pharmacy: Main Street Pharmacy');
    await expectAccessible(el);

    await tabTo((active) => active.getAttribute('part') === 'send-button');
    const submitted = oneEvent(el, 'sm-submit');
    await press('Enter');
    const { detail } = (await submitted) as CustomEvent<SmSubmitDetail>;
    const payload = messagePayloadSchema.parse(detail.payload);
    expect(payload).to.deep.include({ schemaVersion: 1, locale: 'en', subject: 'Prescription or refill: Metformin', characterLimit: 2000, regarding: 'self' });
    expect(payload.category).to.deep.equal({ id: 'prescription', label: 'Prescription or refill', routeTo: 'pharmacy' });
    expect(payload.fields.find((field) => field.id === 'dose')?.value).to.equal('500 mg twice a day');
    expect(payload.body).to.equal(
      'Medicine name: Metformin\nDose or strength: 500 mg twice a day\nPharmacy: Main Street Pharmacy\n\nMessage:\nI have 5 days left. Thank you!',
    );
    expect(payload.characterCount).to.equal(payload.body.length);
    expect(payload.urgency).to.deep.include({ level: 'none', decision: 'continued', findings: [] });

    await el.updateComplete;
    await aTimeout(0);
    expect(part(el, 'sent').textContent).to.contain('Message sent');
    expect(deepActiveElement()?.id).to.equal('sent-title');
    await expectAccessible(el);
  });

  it('lists what is missing, focused, with links to the fields', async () => {
    const el = await reviewRefillWithoutPharmacy();
    const summary = part(el, 'error-summary');
    expect(deepActiveElement()).to.equal(summary);
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => link.textContent)).to.deep.equal(['Your care team will need: pharmacy']);
    await fields(el).updateComplete;
    const pharmacy = shadow(fields(el), '#field-pharmacy');
    expect(pharmacy.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[part="review"]')).to.equal(null, 'a refill without a pharmacy cannot be sent');
    await expectAccessible(el);
    links[0]!.click();
    expect(deepActiveElement()).to.equal(pharmacy);
  });

  it('renders only the message and its count for a keystroke: not the prompts or the picker, even with errors shown', async () => {
    const el = await reviewRefillWithoutPharmacy();
    const budget = shadow<HTMLElement & { updateComplete: Promise<boolean> }>(el, 'sm-char-budget');
    const updates = new Map<string, number>();
    for (const child of [fields(el), picker(el), budget] as unknown as (HTMLElement & { update: (changed: unknown) => void })[]) {
      const update = child.update.bind(child);
      child.update = (changed) => {
        updates.set(child.localName, (updates.get(child.localName) ?? 0) + 1);
        update(changed);
      };
    }
    for (const text of ['P', 'Pl', 'Ple']) await writeMessage(el, text);
    await budget.updateComplete;
    expect(updates.get('sm-char-budget')).to.equal(3);
    expect(updates.has('sm-prompt-fields'), 'the prompts').to.equal(false);
    expect(updates.has('sm-category-picker'), 'the picker').to.equal(false);
    // An answer does reach the prompts (and their error goes once it is given).
    await answer(el, { pharmacy: 'Main Street Pharmacy' });
    await fields(el).updateComplete;
    expect(updates.get('sm-prompt-fields')).to.be.greaterThan(0);
    expect(shadow(fields(el), '#field-pharmacy').getAttribute('aria-invalid')).to.equal(null);
  });

  it('keeps over-budget text, marks it invalid and blocks sending', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" max-length="100"></sm-compose>`);
    await choose(el, 'other');
    await answer(el, { topic: 'A form' });
    const long = 'Please fill in my work form. '.repeat(5);
    await writeMessage(el, long);
    const textarea = shadow<HTMLTextAreaElement>(el, '#message');
    expect(textarea.value).to.equal(long);
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(textarea.hasAttribute('maxlength')).to.equal(false);
    const budget = shadow(el, 'sm-char-budget');
    expect(shadow(budget, '[part="error"]').textContent).to.match(/^\d+ characters too many$/);
    shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
    await el.updateComplete;
    expect(part(el, 'error-summary').textContent).to.contain('ask for a visit');
    expect(textarea.value).to.equal(long);
    await expectAccessible(el);
  });

  it('keeps every word when the host rejects, and retries with the same id', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    await choose(el, 'prescription');
    await answer(el, refill);
    await writeMessage(el, 'Thanks');
    const ids: string[] = [];
    let fail = true;
    el.addEventListener('sm-submit', (event) => {
      ids.push(event.detail.payload.id);
      event.detail.waitUntil(fail ? Promise.reject(new Error('offline')) : Promise.resolve());
    });
    const failed = oneEvent(el, 'sm-submit-error');
    await reviewAndSend(el);
    await failed;
    await el.updateComplete;
    const error = part(el, 'send-error');
    expect(error.textContent).to.contain('Your message was not sent.');
    expect(deepActiveElement()).to.equal(error);
    expect(part(el, 'preview').textContent).to.contain('Thanks');
    expect(part(el, 'send-button').textContent?.trim()).to.equal('Try again');
    await expectAccessible(el);

    fail = false;
    const sent = oneEvent(el, 'sm-sent');
    shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
    await sent;
    expect(ids).to.have.length(2);
    expect(ids[0]).to.equal(ids[1]);
  });

  it('is busy while the host works, and a second click sends nothing twice', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    await choose(el, 'prescription');
    await answer(el, refill);
    let submits = 0;
    let finish!: () => void;
    el.addEventListener('sm-submit', (event) => {
      submits++;
      event.detail.waitUntil(new Promise<void>((resolve) => (finish = resolve)));
    });
    await reviewAndSend(el);
    await el.updateComplete;
    expect(el.busy).to.equal(true);
    const send = shadow<HTMLButtonElement>(el, '[part="send-button"]');
    expect(send.getAttribute('aria-disabled')).to.equal('true');
    expect(send.textContent).to.contain('Sending…');
    expect(part(el, 'review').getAttribute('aria-busy')).to.equal('true');
    await expectAccessible(el);
    send.click();
    send.click();
    expect(submits).to.equal(1);
    finish();
    await oneEvent(el, 'sm-sent');
  });

  it('ends a host promise that never settles with a retry', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" submit-timeout="200"></sm-compose>`);
    await choose(el, 'prescription');
    await answer(el, refill);
    el.addEventListener('sm-submit', (event) => event.detail.waitUntil(new Promise(() => {})));
    const failed = oneEvent(el, 'sm-submit-error');
    await reviewAndSend(el);
    await failed;
    expect(el.busy).to.equal(false);
  });

  it('reads the message for emergencies on send: guidance first, and the patient can still send', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    await choose(el, 'medical-question');
    await answer(el, {
      concern: 'left side chest pain radiating to my arm, I get short of breath, what should I do?',
      since: 'an hour ago',
      question: 'What should I do?',
    });
    shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
    await el.updateComplete;
    const urgency = dialog(el);
    await urgency.updateComplete;
    expect(urgency.open).to.equal(true, 'the emergency guidance comes before the message can be sent');
    expect(urgency.level).to.equal('emergency');
    expect(shadow(urgency, '#title').textContent).to.equal('This may be an emergency');
    expect(shadow(urgency, '[part="actions"] a').getAttribute('part')).to.equal('emergency-link');
    expect(shadow(urgency, '#intro').textContent).to.match(/Your message mentions: .*chest pain/i);
    expect(el.shadowRoot!.querySelector('[part="review"]')).to.equal(null);
    await expectAccessible(el);

    const decided = oneEvent(el, 'sm-urgency-decision');
    shadow<HTMLButtonElement>(urgency, '[part="continue-button"]').click();
    const decision = await decided;
    expect(decision.detail.decision).to.equal('continued');
    expect(JSON.stringify(decision.detail)).to.not.contain('radiating');
    await el.updateComplete;
    const submitted = oneEvent(el, 'sm-submit');
    shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
    const { detail } = await submitted;
    expect(detail.payload.urgency.level).to.equal('emergency');
    expect(detail.payload.urgency.findings).to.include('chest-pain');
    expect(detail.payload.urgency.decision).to.equal('continued');
  });

  it('shows a non-blocking notice with the crisis line while the patient types', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    el.config = { crisisAdvice: 'Veterans: press 1.' };
    await choose(el, 'medical-question');
    const textarea = shadow<HTMLTextAreaElement>(el, '#message');
    textarea.focus();
    await type('Lately I have been thinking about ending my life.');
    expect(el.shadowRoot!.querySelector('[part="urgency-notice"]')).to.equal(null, 'not while typing');
    await aTimeout(900);
    await el.updateComplete;
    const notice = part(el, 'urgency-notice');
    expect(notice.closest('[role="alert"]')).to.not.equal(null, 'a crisis interrupts (#16)');
    expect(notice.textContent).to.contain('call or text 988');
    expect(notice.textContent).to.contain('Veterans: press 1.');
    expect([...notice.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988']);
    expect(deepActiveElement()).to.equal(textarea, 'focus stays where the patient is writing');
    expect(shadow<HTMLButtonElement>(el, '[part="review-button"]').disabled).to.equal(false);
    await expectAccessible(el);
  });

  it('notices in Spanish, and Escape in the send check returns to editing without sending', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="es" urgency-check="send"></sm-compose>`);
    await choose(el, 'other');
    expect(dialog(el).open).to.equal(false, 'urgency-check="send" asks nothing when writing starts');
    await answer(el, { topic: 'Mi papá' });
    await writeMessage(el, 'Mi papá tiene dolor de pecho y no puede respirar bien');
    await aTimeout(900);
    await el.updateComplete;
    expect(part(el, 'urgency-notice').textContent).to.contain('Su mensaje menciona');
    let submits = 0;
    el.addEventListener('sm-submit', () => submits++);
    const review = shadow<HTMLButtonElement>(el, '[part="review-button"]');
    review.focus();
    await press('Enter');
    await el.updateComplete;
    const urgency = dialog(el);
    await urgency.updateComplete;
    expect(urgency.open).to.equal(true);
    expect(shadow(urgency, '#title').textContent).to.equal('Esto puede ser una emergencia');
    await expectAccessible(el);
    await press('Escape');
    await urgency.updateComplete;
    await aTimeout(0);
    expect(urgency.open).to.equal(false);
    expect(deepActiveElement()).to.equal(review);
    expect(el.shadowRoot!.querySelector('[part="review"]')).to.equal(null);
    expect(submits).to.equal(0);
  });

  it('with urgency-check="off" asks nothing and records "not-needed"', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off"></sm-compose>`);
    await choose(el, 'prescription');
    expect(dialog(el).open).to.equal(false);
    await answer(el, refill);
    const submitted = oneEvent(el, 'sm-submit');
    await reviewAndSend(el);
    expect((await submitted).detail.payload.urgency.decision).to.equal('not-needed');
  });

  it('shows a readable error for an invalid config, and fires sm-config-error', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    const errored = oneEvent(el, 'sm-config-error');
    el.config = { categories: [{ id: 'billing', label: 'Billing', description: 'Bills', prompts: [{ id: 'amount', label: 'Amount', kind: 'nubmer' }] }] } as never;
    const { detail } = await errored;
    expect(detail.issues[0]).to.deep.equal({ path: 'config.categories[0].prompts[0].kind', message: 'Expected one of "text", "textarea", "select", "date", "number".' });
    await el.updateComplete;
    const panel = part(el, 'config-error');
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.contain('config.categories[0].prompts[0].kind');
    await expectAccessible(el);
    el.config = { categories: [{ id: 'billing', label: 'Billing', description: 'Bills', prompts: [] }] };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="config-error"]')).to.equal(null);
    expect(picker(el).categories?.map((category) => category.id)).to.deep.equal(['billing']);
  });

  it('speaks Spanish, with no English on screen', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="es"></sm-compose>`);
    await choose(el, 'prescription');
    const text = (el.shadowRoot!.textContent ?? '') + (picker(el).shadowRoot!.textContent ?? '') + (fields(el).shadowRoot!.textContent ?? '');
    expect(text).to.contain('Antes de escribir');
    expect(text).to.contain('Nombre del medicamento');
    for (const english of ['Before you write', 'Medicine', 'Subject', 'Message', 'characters left', 'required', 'Review']) expect(text).to.not.contain(english);
    await expectAccessible(el);
  });

  it('follows the page’s lang when it has no locale', async () => {
    const wrapper = await fixture(html`<div lang="es-MX"><sm-compose></sm-compose></div>`);
    const el = wrapper.querySelector<SmCompose>('sm-compose')!;
    await el.updateComplete;
    expect(part(el, 'rules').textContent).to.contain('Antes de escribir');
  });

  it('sends nothing but sm-submit with the text, and puts no text in attributes, the console or the URL', async () => {
    const logged: string[] = [];
    const originals = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
    for (const name of Object.keys(originals) as (keyof typeof originals)[]) console[name] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    const url = location.href;
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    const seen: string[] = [];
    const secret = 'Zebra-secret-words';
    for (const type of ['sm-category-change', 'sm-field-input', 'sm-urgency-decision', 'sm-sent']) {
      el.addEventListener(type, (event) => seen.push(JSON.stringify((event as CustomEvent).detail)));
    }
    await choose(el, 'prescription');
    await answer(el, { ...refill, medication: secret });
    await writeMessage(el, secret);
    await reviewAndSend(el);
    await oneEvent(el, 'sm-sent');
    expect(seen.join(' ')).to.not.contain(secret);
    const attributes = [el, ...el.shadowRoot!.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.value));
    expect(attributes.join(' ')).to.not.contain(secret);
    Object.assign(console, originals);
    expect(logged.join(' ')).to.not.contain(secret);
    expect(location.href).to.equal(url);
    expect(JSON.stringify(history.state ?? null)).to.not.contain(secret);
  });

  it('a focused control shows a visible focus ring', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    await tabTo((active) => active.getAttribute('part') === 'help-button');
    const button = deepActiveElement() as HTMLElement;
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    expect(el.localName).to.equal('sm-compose');
  });

  it('repeated Enter on Send emits one sm-submit', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off"></sm-compose>`);
    await choose(el, 'prescription');
    await answer(el, refill);
    let submits = 0;
    el.addEventListener('sm-submit', (event) => {
      submits++;
      event.detail.waitUntil(new Promise((resolve) => setTimeout(resolve, 300)));
    });
    shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
    await el.updateComplete;
    shadow<HTMLButtonElement>(el, '[part="send-button"]').focus();
    await press('Enter');
    await press('Enter');
    await press('Enter');
    await oneEvent(el, 'sm-sent');
    expect(submits).to.equal(1);
  });
});
