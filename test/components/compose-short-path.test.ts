import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { SmCategoryPicker } from '../../src/components/category-picker/category-picker.js';
import { composeHarness } from '../../src/testing/index.js';
import { expectAccessible, shadow } from '../helpers.js';

// A shorter path on a phone (#17 item 5): the rules shrink once writing begins, the other
// categories shrink to their names, and only what the care team cannot act without is required.

const rules = (el: SmCompose) => [...el.shadowRoot!.querySelectorAll('[part="rules"] li')].map((li) => li.textContent!.trim());
const shown = (el: Element) => el.getClientRects().length > 0;

describe('<sm-compose>: a shorter path', () => {
  for (const [locale, replyTime, emergency] of [
    ['en', 'Your care team usually answers', 'In an emergency, call 911.'],
    ['es', 'Su equipo médico suele responder', 'En una emergencia, llame al 911.'],
  ] as const) {
    it(`keeps, once a category is chosen, only when it will be read and the emergency line (${locale})`, async () => {
      const el = await fixture<SmCompose>(html`<sm-compose locale=${locale}></sm-compose>`);
      await el.updateComplete;
      expect(rules(el)).to.have.length(5);
      el.prefill({ regarding: 'self', category: 'prescription' });
      await el.updateComplete;
      const brief = rules(el);
      expect(brief).to.have.length(2);
      expect(brief[0]).to.contain(replyTime);
      expect(brief[1]).to.equal(emergency);
      await expectAccessible(el);
    });
  }

  it('keeps the rules whole while they are to be acknowledged', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" require-acknowledgement></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'prescription' });
    await el.updateComplete;
    expect(rules(el)).to.have.length(5);
  });

  it('shrinks the other categories to their names once one is chosen, each still a choice', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    const picker = shadow<SmCategoryPicker>(el, 'sm-category-picker');
    await picker.updateComplete;
    const descriptions = () => [...picker.shadowRoot!.querySelectorAll('.description')].filter(shown).map((d) => d.id);
    expect(descriptions()).to.have.length(7);
    el.prefill({ regarding: 'self', category: 'scheduling' });
    await el.updateComplete;
    await picker.updateComplete;
    expect(descriptions()).to.deep.equal(['desc-scheduling']);
    expect([...picker.shadowRoot!.querySelectorAll('input[type="radio"]')].filter(shown)).to.have.length(7);
  });

  for (const [locale, reminder] of [
    ['en', 'Your care team may also need: dose or strength and days of medicine left. You can still send without it.'],
    ['es', 'Su equipo médico también podría necesitar: dosis o concentración y días de medicamento que le quedan. Puede enviarlo sin esto.'],
  ] as const) {
    it(`sends a refill with the medicine and the pharmacy alone, and names the rest on review (${locale})`, async () => {
      const el = await fixture<SmCompose>(html`<sm-compose locale=${locale}></sm-compose>`);
      el.prefill({ regarding: 'self', category: 'prescription', answers: { medication: 'Lisinopril', pharmacy: 'CVS on Main Street' } });
      await el.updateComplete;
      const sm = composeHarness(el);
      if ((await sm.review()) === 'urgency-check') await sm.passUrgencyCheck();
      await waitUntil(() => el.shadowRoot!.querySelector('[part="review"]'), 'the review step');
      expect(shadow(el, '[part="review"] .reminder').textContent!.trim()).to.equal(reminder);
      await expectAccessible(el);
      const payload = await sm.send();
      expect(payload.fields.filter((field) => field.value !== '').map((field) => [field.id, field.value])).to.deep.equal([['medication', 'Lisinopril'], ['pharmacy', 'CVS on Main Street']]);
    });
  }
});
