import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import { shadow, startWriting } from '../helpers.js';

async function settle(el: SmCompose) {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
}

const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

describe('<sm-compose> under bad input', () => {
  it('shows host-provided HTML as text and never runs it', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off"></sm-compose>`);
    el.config = {
      replyTime: hostile,
      categories: [
        {
          id: 'billing',
          label: `Billing ${hostile}`,
          description: hostile,
          examples: [hostile, 'Another'],
          notice: hostile,
          prompts: [{ id: 'amount', label: hostile, hint: hostile, kind: 'select', required: true, options: [{ value: 'a', label: hostile }] }],
        },
      ],
    };
    el.prefill({ regarding: 'self', category: 'billing', answers: { amount: 'a' }, message: hostile });
    await settle(el);
    const roots = [el.shadowRoot!, shadow(el, 'sm-category-picker').shadowRoot!, shadow(el, 'sm-prompt-fields').shadowRoot!];
    for (const root of roots) {
      expect(root.querySelector('img, script'), 'no element made from host text').to.equal(null);
    }
    expect(shadow(el, '[part="notice"]').textContent).to.equal(hostile);
    expect(shadow(el, '[part="rules"]').textContent).to.contain(hostile);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('removes control characters and normalises the patient’s text, and still validates', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off"></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'other', answers: { topic: 'Fo\u0000rm\u0007 for Jose\u0301' }, message: 'Line one\r\nLine\u200b two\u001b[31m' });
    await settle(el);
    shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
    await settle(el);
    const submitted = oneEvent(el, 'sm-submit');
    shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
    const { payload } = (await submitted).detail;
    expect(payload.fields[0]!.value).to.equal('Form for José');
    expect(payload.body).to.equal('What is it about? Form for José\n\nMessage:\nLine one\nLine two[31m');
    // eslint-disable-next-line no-control-regex
    expect(/[\u0000-\u0008\u000b-\u001f\u007f]/.test(JSON.stringify(payload.body))).to.equal(false);
  });

  it('falls back to documented defaults for missing or malformed attributes', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="xx" max-length="lots" urgency-check="sometimes" submit-timeout="soon"></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'other' });
    await settle(el);
    expect(shadow(el, '[part="rules"]').textContent).to.contain('Before you write', 'unknown locale → English');
    expect(shadow(shadow(el, 'sm-char-budget'), '[part="counter"]').textContent).to.contain('2,000', 'bad max-length → 2000');
    shadow<HTMLInputElement>(shadow(el, 'sm-category-picker'), 'input[value="scheduling"]').click();
    await settle(el);
    await startWriting(el);
    await settle(el);
    expect(shadow(el, 'sm-urgency-dialog').hasAttribute('open'), 'bad urgency-check → both').to.equal(true);
  });

  it('fifty widgets on one page keep separate state', async () => {
    const wrapper = await fixture(html`<div>${Array.from({ length: 50 }, (_, i) => html`<sm-compose locale=${i % 2 ? 'es' : 'en'} urgency-check="off"></sm-compose>`)}</div>`);
    const widgets = [...wrapper.querySelectorAll<SmCompose>('sm-compose')];
    widgets.forEach((el, i) => el.prefill({ regarding: 'self', category: 'other', answers: { topic: `Topic ${i}` }, message: `Message ${i}` }));
    await Promise.all(widgets.map(settle));
    widgets.forEach((el, i) => {
      expect(shadow<HTMLTextAreaElement>(el, '#message').value).to.equal(`Message ${i}`);
      expect(shadow<HTMLInputElement>(el, '#subject').value).to.contain(`Topic ${i}`);
    });
    const ids = new Set<string>();
    for (const el of widgets.slice(0, 10)) {
      shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
      await settle(el);
      const submitted = oneEvent(el, 'sm-submit');
      shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
      ids.add((await submitted).detail.payload.id);
    }
    expect(ids.size).to.equal(10);
  });
});

// Issue #15: each of these failed before the element was rebuilt on one state (#14).
describe('<sm-compose> defects found from outside (#15)', () => {
  const refill = { regarding: 'self' as const, category: 'prescription', answers: { medication: 'Metformin', dose: '500 mg', pharmacy: 'Main Street Pharmacy' }, message: '' };
  const key = 'sm-compose:draft:robust';
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  const click = (el: SmCompose, part: string) => shadow<HTMLButtonElement>(el, `[part="${part}"]`).click();
  const typeMessage = async (el: SmCompose, text: string) => {
    const textarea = shadow<HTMLTextAreaElement>(el, '#message');
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
    await settle(el);
  };

  it('a corrected message gets a new id; a retry of the same one keeps it (item 2)', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off"></sm-compose>`);
    const ids: string[] = [];
    const medicines: string[] = [];
    el.addEventListener('sm-submit', (event) => {
      ids.push(event.detail.payload.id);
      medicines.push(event.detail.payload.fields.find((field) => field.id === 'medication')!.value);
      event.detail.waitUntil(Promise.reject(new Error('the host is down')));
    });
    el.prefill(refill);
    await settle(el);
    click(el, 'review-button');
    await settle(el);
    let failed = oneEvent(el, 'sm-submit-error');
    click(el, 'send-button');
    await failed;
    failed = oneEvent(el, 'sm-submit-error');
    click(el, 'send-button');
    await failed;
    expect(ids[1]).to.equal(ids[0], 'a retry of the same message');
    click(el, 'edit-button');
    await settle(el);
    const medication = shadow<HTMLInputElement>(shadow(el, 'sm-prompt-fields'), '#field-medication');
    medication.value = 'Warfarin';
    medication.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    click(el, 'review-button');
    await settle(el);
    failed = oneEvent(el, 'sm-submit-error');
    click(el, 'send-button');
    await failed;
    expect(medicines).to.deep.equal(['Metformin', 'Metformin', 'Warfarin']);
    expect(ids[2]).to.not.equal(ids[0], 'the correction is a new message to a host that de-duplicates on id');
  });

  it('reset() and form.reset() forget the stored draft at once (item 3)', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sm-compose locale="en" urgency-check="off" draft-key="robust"></sm-compose></form>`);
    const el = form.querySelector<SmCompose>('sm-compose')!;
    for (const reset of [() => el.reset(), () => form.reset()]) {
      el.prefill(refill);
      await settle(el);
      await typeMessage(el, 'Private words on a shared computer');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(sessionStorage.getItem(key)).to.contain('Private words');
      reset();
      await settle(el);
      expect(sessionStorage.getItem(key)).to.equal(null);
      expect(el.shadowRoot!.querySelector('#message')).to.equal(null);
    }
  });

  it('a second widget with the same draft-key keeps no draft and says so in the console, never with the text (item 4)', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const wrapper = await fixture(html`<div>
        <sm-compose locale="en" urgency-check="off" draft-key="robust"></sm-compose>
        <sm-compose locale="en" urgency-check="off" draft-key="robust"></sm-compose>
      </div>`);
      const [first, second] = [...wrapper.querySelectorAll<SmCompose>('sm-compose')];
      for (const [el, text] of [[first!, 'First patient'], [second!, 'Second window']] as const) {
        el.prefill({ ...refill, message: text });
        await settle(el);
        await typeMessage(el, text);
      }
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(JSON.parse(sessionStorage.getItem(key)!).message).to.equal('First patient');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('draft-key "robust"');
      expect(warnings.join()).to.not.contain('Second window');
    } finally {
      console.warn = warn;
    }
  });

  for (const value of ['abc', '0', '-1', '1e12', '']) {
    it(`submit-timeout="${value}" waits for the host as the default does (item 5)`, async () => {
      const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off" submit-timeout=${value}></sm-compose>`);
      let requests = 0;
      el.addEventListener('sm-submit', (event) => {
        requests++;
        event.detail.waitUntil(new Promise((resolve) => setTimeout(resolve, 50)));
      });
      let failed = false;
      el.addEventListener('sm-submit-error', () => (failed = true));
      el.prefill(refill);
      await settle(el);
      click(el, 'review-button');
      await settle(el);
      const sent = oneEvent(el, 'sm-sent');
      click(el, 'send-button');
      await sent;
      expect(failed).to.equal(false);
      expect(requests).to.equal(1);
    });
  }

  it('prefill(null) changes nothing and a prefill with numbers shows them as text (item 7)', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off"></sm-compose>`);
    el.prefill(null);
    el.prefill({ regarding: 'self', category: 'prescription', answers: { medication: 'Metformin', dose: 500 as unknown as string } });
    await settle(el);
    expect(shadow<HTMLInputElement>(shadow(el, 'sm-prompt-fields'), '#field-dose').value).to.equal('500');
  });

  it('blank numbers to call keep the defaults: never "call ." or an empty link (item 8)', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" emergency-number="" crisis-number=" "></sm-compose>`);
    expect(shadow(el, '[part="rules"]').textContent).to.contain('In an emergency, call 911.');
    const dialog = shadow(el, 'sm-urgency-dialog');
    expect(dialog.getAttribute('emergency-number')).to.equal('911');
    expect(dialog.getAttribute('crisis-number')).to.equal('988');
  });

  it('the urgency dialog stays modal when the page moves the widget while it is open (item 9)', async () => {
    const wrapper = await fixture(html`<div><sm-compose locale="en"></sm-compose></div>`);
    const el = wrapper.querySelector<SmCompose>('sm-compose')!;
    shadow<HTMLInputElement>(el, 'input[name="regarding"][value="self"]').click();
    shadow<HTMLInputElement>(shadow(el, 'sm-category-picker'), 'input[value="prescription"]').click();
    await settle(el);
    await startWriting(el);
    await settle(el);
    const dialog = shadow(el, 'sm-urgency-dialog');
    const native = () => dialog.shadowRoot!.querySelector('dialog')!;
    expect(native().matches(':modal')).to.equal(true);
    const elsewhere = document.createElement('section');
    wrapper.after(elsewhere);
    elsewhere.append(el);
    await settle(el);
    await (dialog as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(native().matches(':modal'), 'the form behind it stays blocked').to.equal(true);
    elsewhere.remove();
  });
});
