import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { SmCategoryPicker } from '../../src/components/category-picker/category-picker.js';
import type { SmPromptFields } from '../../src/components/prompt-fields/prompt-fields.js';
import type { SmUrgencyDialog } from '../../src/components/urgency-dialog/urgency-dialog.js';
import type { HostUrgencyAssess, HostUrgencyContext } from '../../src/core/combine-urgency.js';
import type { ComposeConfig } from '../../src/core/config-schema.js';
import { messagePayloadSchema } from '../../src/core/payload-schema.js';
import type { SmSubmitDetail, SmUrgencyDecisionDetail } from '../../src/events.js';
import { expectAccessible, shadow, shadowAll, startWriting as focusFirstField } from '../helpers.js';

// <sm-compose> with the red-flag checklist in its routine check, and with a host's own
// urgency classifier (`config.urgency.assess`) beside the built-in screen.

const dialog = (el: SmCompose) => shadow<SmUrgencyDialog>(el, 'sm-urgency-dialog');
const flagButton = (el: SmCompose, id: string) => shadow<HTMLButtonElement>(dialog(el), `[part="red-flag"][data-flag="${id}"]`);

/** Chooses who and what the message is about; the routine check opens (with `urgency-check="both"`). */
async function startWriting(el: SmCompose, category = 'other'): Promise<SmUrgencyDialog> {
  shadow<HTMLInputElement>(el, 'input[name="regarding"][value="self"]').click();
  shadow<HTMLInputElement>(shadow<SmCategoryPicker>(el, 'sm-category-picker'), `input[value="${category}"]`).click();
  await el.updateComplete;
  await focusFirstField(el);
  const urgency = dialog(el);
  await urgency.updateComplete;
  return urgency;
}

async function pressContinue(el: SmCompose): Promise<CustomEvent<SmUrgencyDecisionDetail>> {
  const decided = oneEvent(el, 'sm-urgency-decision');
  shadow<HTMLButtonElement>(dialog(el), '[part="continue-button"]').click();
  const event = await decided;
  await el.updateComplete;
  return event;
}

async function write(el: SmCompose, topic: string, message: string): Promise<void> {
  const prompts = shadow<SmPromptFields>(el, 'sm-prompt-fields');
  const field = shadow<HTMLInputElement>(prompts, '#field-topic');
  field.value = topic;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  const textarea = shadow<HTMLTextAreaElement>(el, '#message');
  textarea.value = message;
  textarea.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function pressReview(el: SmCompose): Promise<void> {
  shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
  await el.updateComplete;
  await dialog(el).updateComplete;
}

async function send(el: SmCompose): Promise<SmSubmitDetail> {
  const submitted = oneEvent(el, 'sm-submit');
  shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
  const { detail } = await submitted;
  messagePayloadSchema.parse(detail.payload);
  return detail;
}

const ROUTINE = { topic: 'A form for work', message: 'Could you fill in my work form? Thank you.' };

describe('<sm-compose> red-flag checklist', () => {
  it('asks about the red flags when writing starts; "None of these" continues and the payload records reported: []', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    const urgency = await startWriting(el);
    expect(urgency.open).to.equal(true);
    expect(shadow(urgency, '[part="red-flags"] h3').textContent).to.equal('Do you have any of these right now?');
    expect(shadowAll(urgency, '[part="red-flag"]')).to.have.length(8);
    await expectAccessible(el);
    const { detail } = await pressContinue(el);
    expect(detail).to.deep.include({ level: 'none', decision: 'continued', reported: [] });
    await write(el, ROUTINE.topic, ROUTINE.message);
    await pressReview(el);
    expect(urgency.open).to.equal(false, 'answered once: Review goes straight to the review step');
    const { payload } = await send(el);
    expect(payload.urgency).to.deep.include({ level: 'none', decision: 'continued', reported: [] });
    expect(payload.urgency.checks).to.deep.equal([{ source: 'built-in', status: 'ok', level: 'none', findings: [] }]);
  });

  it('a chosen flag shows its action; continuing anyway keeps "continued" and the flag, never the text', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" on-call-number="555-0100"></sm-compose>`);
    await startWriting(el);
    const baby = flagButton(el, 'infant-fever');
    baby.click();
    await dialog(el).updateComplete;
    expect(baby.getAttribute('aria-pressed')).to.equal('true');
    const action = baby.closest('li')!.querySelector('[part="red-flag-action"]')!;
    expect([...action.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:911']);
    expect(shadow(dialog(el), '[part="continue-button"]').textContent).to.equal('Continue with my message anyway');
    await expectAccessible(el);
    const { detail } = await pressContinue(el);
    expect(detail).to.deep.include({ decision: 'continued', reported: ['infant-fever'] });
    await write(el, 'My baby', 'Secret-zebra words about my baby.');
    expect(JSON.stringify(detail)).to.not.contain('zebra');
    await pressReview(el);
    const { payload } = await send(el);
    expect(payload.urgency).to.deep.include({ decision: 'continued', reported: ['infant-fever'] });
  });

  it('choosing the crisis flag puts the crisis links first, in Spanish too', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="es"></sm-compose>`);
    el.config = { crisisAdvice: { en: 'Veterans: press 1.', es: 'Veteranos: marquen 1.' } };
    await startWriting(el);
    expect(flagButton(el, 'suicidal-thoughts').textContent!.trim()).to.equal('Pensamientos de quitarse la vida o de hacerse daño');
    flagButton(el, 'suicidal-thoughts').click();
    await dialog(el).updateComplete;
    const links = shadowAll<HTMLAnchorElement>(dialog(el), 'a');
    expect(links.slice(0, 2).map((a) => a.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988']);
    expect(links[0]!.textContent).to.equal('Llame a la línea de crisis, 988', 'the link says what it is (#16)');
    expect(shadow(dialog(el), '[part="red-flag-action"]').textContent).to.contain('Veteranos: marquen 1.');
    await expectAccessible(el);
  });

  it('a host-configured list replaces the default one', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    el.config = {
      urgency: {
        redFlags: [
          { id: 'sudden-vision-loss', label: { en: 'Sudden loss of vision', es: 'Pérdida repentina de la vista' }, action: 'emergency' },
          { id: 'feeling-unsafe', label: { en: 'Feeling unsafe at home', es: 'No sentirse seguro en casa' }, action: 'crisis' },
        ],
      },
    };
    await el.updateComplete;
    await startWriting(el);
    const labels = shadowAll(dialog(el), '[part="red-flag"]').map((button) => button.textContent!.trim());
    expect(labels).to.deep.equal(['Sudden loss of vision', 'Feeling unsafe at home']);
    flagButton(el, 'feeling-unsafe').click();
    await dialog(el).updateComplete;
    const { detail } = await pressContinue(el);
    expect(detail.reported).to.deep.equal(['feeling-unsafe']);
  });

  it('an invalid red-flag list fires sm-config-error with the path', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    const errored = oneEvent(el, 'sm-config-error');
    el.config = { urgency: { redFlags: [{ id: 'vision', label: 'Sudden loss of vision', action: 'call-911' }] } } as unknown as ComposeConfig;
    const { detail } = await errored;
    expect(detail.issues).to.deep.equal([{ path: 'config.urgency.redFlags[0].action', message: 'Expected one of "emergency", "crisis", "on-call".' }]);
    await el.updateComplete;
    expect(shadow(el, '[part="config-error"]').textContent).to.contain('config.urgency.redFlags[0].action');
  });

  it('a routine check at Review ("send" mode) asks about the red flags too', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="send"></sm-compose>`);
    await startWriting(el);
    expect(dialog(el).open).to.equal(false);
    await write(el, ROUTINE.topic, ROUTINE.message);
    await pressReview(el);
    expect(dialog(el).open).to.equal(true);
    flagButton(el, 'chest-pain').click();
    await dialog(el).updateComplete;
    await pressContinue(el);
    const { payload } = await send(el);
    expect(payload.urgency).to.deep.include({ level: 'none', decision: 'continued', reported: ['chest-pain'] });
  });
});

describe('<sm-compose> with a host urgency check (config.urgency.assess)', () => {
  /** A widget past the opening check, with a routine message written. */
  async function routineMessage(urgency: NonNullable<ComposeConfig['urgency']>, locale = 'en'): Promise<SmCompose> {
    const el = await fixture<SmCompose>(html`<sm-compose locale=${locale}></sm-compose>`);
    el.config = { urgency };
    await el.updateComplete;
    await startWriting(el);
    await pressContinue(el);
    await write(el, ROUTINE.topic, ROUTINE.message);
    return el;
  }

  it('a host that reads an emergency raises a routine message to the emergency dialog, named with its label', async () => {
    const calls: { text: string; context: HostUrgencyContext }[] = [];
    const assess: HostUrgencyAssess = async (text, context) => {
      calls.push({ text, context });
      return { level: 'emergency', findings: [{ id: 'sepsis-risk', label: { en: 'signs of a serious infection', es: 'señales de una infección grave' } }, { id: 'qsofa-2' }] };
    };
    const el = await routineMessage({ assess });
    await pressReview(el);
    expect(calls).to.have.length(1);
    expect(calls[0]!.text).to.contain(ROUTINE.message);
    expect(calls[0]!.context.locale).to.equal('en');
    const urgency = dialog(el);
    expect(urgency.open).to.equal(true);
    expect(urgency.level).to.equal('emergency');
    expect(shadow(urgency, '#title').textContent).to.equal('This may be an emergency');
    expect(shadow(urgency, '#intro').textContent).to.contain('Your message mentions: signs of a serious infection and qsofa-2.');
    expect(shadow(urgency, '[part="actions"] a').getAttribute('href')).to.equal('tel:911');
    await expectAccessible(el);
    const { detail } = await pressContinue(el);
    expect(detail).to.deep.include({ level: 'emergency', decision: 'continued' });
    expect(detail.findings).to.deep.equal(['sepsis-risk', 'qsofa-2']);
    const { payload } = await send(el);
    expect(payload.urgency).to.deep.include({ level: 'emergency', decision: 'continued', reported: [] });
    expect(payload.urgency.findings).to.deep.equal(['sepsis-risk', 'qsofa-2']);
    expect(payload.urgency.checks).to.deep.equal([
      { source: 'built-in', status: 'ok', level: 'none', findings: [] },
      { source: 'host', status: 'ok', level: 'emergency', findings: ['sepsis-risk', 'qsofa-2'] },
    ]);
    expect(calls).to.have.length(1, 'Send uses the result of Review');
  });

  it('names the host’s findings in Spanish', async () => {
    const el = await routineMessage({ assess: async () => ({ level: 'urgent', findings: [{ id: 'uti', label: { en: 'a urinary infection', es: 'una infección urinaria' } }] }) }, 'es');
    await pressReview(el);
    expect(dialog(el).level).to.equal('urgent');
    expect(shadow(dialog(el), '#intro').textContent).to.contain('Su mensaje menciona: una infección urinaria.');
  });

  it('a host that hangs past the time limit lets the patient send; checks record the timeout', async () => {
    let signal: AbortSignal | undefined;
    const el = await routineMessage({
      timeout: 200,
      assess: (_text, context) => {
        signal = context.signal;
        return new Promise(() => {});
      },
    });
    const started = performance.now();
    await pressReview(el);
    expect(performance.now() - started).to.be.below(2000);
    expect(dialog(el).open).to.equal(false);
    expect(signal?.aborted).to.equal(true);
    const { payload } = await send(el);
    expect(payload.urgency.level).to.equal('none');
    expect(payload.urgency.checks).to.deep.equal([
      { source: 'built-in', status: 'ok', level: 'none', findings: [] },
      { source: 'host', status: 'timeout' },
    ]);
  });

  it('a host that throws, or answers in the wrong shape, lets the patient send; checks record the error and nothing is logged', async () => {
    for (const assess of [
      () => {
        throw new Error('Model unavailable: Secret-zebra');
      },
      async () => Promise.reject(new TypeError('Failed to fetch')),
      async () => ({ level: 'high', score: 0.9 }) as never,
    ] as HostUrgencyAssess[]) {
      const logged: string[] = [];
      const originals = { error: console.error, warn: console.warn, log: console.log };
      console.error = console.warn = console.log = (...args: unknown[]) => logged.push(args.map(String).join(' '));
      try {
        const el = await routineMessage({ assess });
        await pressReview(el);
        expect(dialog(el).open).to.equal(false);
        const { payload } = await send(el);
        expect(payload.urgency.checks).to.deep.equal([
          { source: 'built-in', status: 'ok', level: 'none', findings: [] },
          { source: 'host', status: 'error' },
        ]);
        await aTimeout(0);
        expect(shadow(el, '[part="sent"]').textContent).to.not.contain('Error');
      } finally {
        Object.assign(console, originals);
      }
      expect(logged.join(' ')).to.not.contain(ROUTINE.message);
      expect(logged.join(' ')).to.not.contain('Secret-zebra');
    }
  });

  it('the built-in screen still wins when the host finds nothing', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="send"></sm-compose>`);
    el.config = { urgency: { assess: async () => ({ level: 'none' }) } };
    await el.updateComplete;
    await startWriting(el);
    await write(el, 'Chest', 'I have crushing chest pain right now and my left arm is numb.');
    await pressReview(el);
    expect(dialog(el).level).to.equal('emergency');
    await pressContinue(el);
    const { payload } = await send(el);
    expect(payload.urgency.level).to.equal('emergency');
    expect(payload.urgency.checks?.[1]).to.deep.equal({ source: 'host', status: 'ok', level: 'none', findings: [] });
  });

  it('a second press of Review while the host is checking runs one check', async () => {
    let calls = 0;
    let answer!: (result: { level: 'none' }) => void;
    const el = await routineMessage({
      assess: () => {
        calls++;
        return new Promise((resolve) => (answer = resolve));
      },
    });
    const review = shadow<HTMLButtonElement>(el, '[part="review-button"]');
    review.click();
    await aTimeout(20);
    review.click();
    await aTimeout(20);
    expect(calls).to.equal(1);
    answer({ level: 'none' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="review"]')).to.not.equal(null);
  });
});
