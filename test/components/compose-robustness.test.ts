import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import { shadow } from '../helpers.js';

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
