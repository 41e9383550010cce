import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCategoryPicker } from '../../src/components/category-picker/category-picker.js';
import { deepActiveElement, expectAccessible, press, shadow, shadowAll } from '../helpers.js';

describe('<sm-category-picker>', () => {
  it('offers the six clinical tasks and "something else" as a described radio group', async () => {
    const el = await fixture<SmCategoryPicker>(html`<sm-category-picker locale="en"></sm-category-picker>`);
    const radios = shadowAll<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios.map((radio) => radio.value)).to.deep.equal(['prescription', 'medical-question', 'test-results', 'scheduling', 'referral', 'follow-up', 'other']);
    expect(shadow(el, 'legend').textContent).to.equal('What is your message about?');
    for (const radio of radios) {
      const description = shadow(el, `#${radio.getAttribute('aria-describedby')}`);
      expect(description.textContent?.length).to.be.greaterThan(10);
      expect(radio.labels?.[0]?.textContent).to.contain(description.textContent);
    }
    await expectAccessible(el);
  });

  it('is operated with the arrow keys and reports the patient’s choice only', async () => {
    const el = await fixture<SmCategoryPicker>(html`<sm-category-picker locale="en"></sm-category-picker>`);
    let events = 0;
    el.addEventListener('sm-category-change', () => events++);
    el.value = 'referral';
    await el.updateComplete;
    expect(events).to.equal(0, 'a change made by script fires nothing');

    el.focus();
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('referral');
    const change = oneEvent(el, 'sm-category-change');
    await press('ArrowDown');
    const event = await change;
    expect(event.detail).to.deep.equal({ category: 'follow-up' });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(el.value).to.equal('follow-up');
    await el.updateComplete;
    expect(shadow(el, '[part~="option-selected"] input').getAttribute('value') ?? (shadow<HTMLInputElement>(el, '[part~="option-selected"] input').value)).to.equal('follow-up');
  });

  it('opens a help toggletip next to its button and closes it with Escape', async () => {
    const el = await fixture<SmCategoryPicker>(html`<sm-category-picker locale="es"></sm-category-picker>`);
    const button = shadow<HTMLButtonElement>(el, '[part="help-button"]');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await press('Enter');
    await el.updateComplete;
    const bubble = shadow(el, '[part="help"]');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(bubble.textContent).to.contain('Elija la opción más parecida');
    expect(bubble.closest('[role="status"]')).to.not.equal(null);
    // Floating UI loads when the button is focused; the bubble moves once it is there.
    const nextToButton = () =>
      bubble.getBoundingClientRect().top >= button.getBoundingClientRect().bottom || bubble.getBoundingClientRect().bottom <= button.getBoundingClientRect().top;
    for (let i = 0; i < 100 && !nextToButton(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(nextToButton(), 'positioned next to the button by floating-ui').to.equal(true);
    await expectAccessible(el);
    await press('Escape');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="help"]')).to.equal(null);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('shows the categories it is given', async () => {
    const categories = [{ id: 'billing', label: 'Billing', description: 'A question about a bill', examples: [], routeTo: 'staff', notice: '', redirect: undefined, prompts: [] }];
    const el = await fixture<SmCategoryPicker>(html`<sm-category-picker .categories=${categories}></sm-category-picker>`);
    expect(shadowAll(el, 'input[type="radio"]').length).to.equal(1);
    expect(shadow(el, '.label').textContent).to.equal('Billing');
  });
});
