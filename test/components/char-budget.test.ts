import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCharBudget } from '../../src/components/char-budget/char-budget.js';
import { expectAccessible, shadow, type } from '../helpers.js';

const liveRegion = (el: SmCharBudget) => shadow(el, '[role="status"]');

describe('<sm-char-budget>', () => {
  it('shows the characters left, hidden from screen readers, and the limit for them', async () => {
    const el = await fixture<SmCharBudget>(html`<sm-char-budget locale="en"></sm-char-budget>`);
    const counter = shadow(el, '[part="counter"]');
    expect(counter.textContent?.trim()).to.equal('2,000 characters left');
    expect(counter.getAttribute('aria-hidden')).to.equal('true');
    expect(shadow(el, '.sr-only').textContent).to.equal('You can write up to 2,000 characters.');
    expect(liveRegion(el).textContent).to.equal('');
    await expectAccessible(el);
  });

  it('warns from 80% and says how many too many over the limit', async () => {
    const el = await fixture<SmCharBudget>(html`<sm-char-budget locale="en" max="10" .count=${8}></sm-char-budget>`);
    expect(shadow(el, '[part="base"]').className).to.equal('warning');
    expect(shadow(el, '[part="counter"]').textContent).to.contain('2 characters left');
    el.count = 13;
    await el.updateComplete;
    const error = shadow(el, '[part="error"]');
    expect(error.textContent).to.equal('3 characters too many');
    expect(error.hasAttribute('aria-hidden')).to.equal(false);
    expect(el.status).to.include({ state: 'over', over: 3 });
    await expectAccessible(el);
  });

  it('uses singular and Spanish forms', async () => {
    const el = await fixture<SmCharBudget>(html`<sm-char-budget locale="es" max="2000" .count=${1999}></sm-char-budget>`);
    expect(shadow(el, '[part="counter"]').textContent).to.contain('queda 1 carácter');
    el.count = 12001;
    el.max = 2000;
    await el.updateComplete;
    expect(shadow(el, '[part="error"]').textContent).to.equal('10.001 caracteres de más');
  });

  it('counts a textarea given by `for`, marks it invalid over the limit and never cuts the text', async () => {
    const wrapper = await fixture(html`<div>
      <label for="t">Note</label><textarea id="t" aria-describedby="b"></textarea>
      <sm-char-budget id="b" for="t" max="5" locale="en"></sm-char-budget>
    </div>`);
    const textarea = wrapper.querySelector('textarea')!;
    const budget = wrapper.querySelector<SmCharBudget>('sm-char-budget')!;
    textarea.focus();
    await type('héllo 👍🏽!');
    await budget.updateComplete;
    expect(budget.count).to.equal(8);
    expect(textarea.value).to.equal('héllo 👍🏽!');
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(budget, '[part="error"]').textContent).to.equal('3 characters too many');
    await expectAccessible(wrapper);
  });

  it('speaks once typing pauses, not on every keystroke, and only near or past the limit', async () => {
    const el = await fixture<SmCharBudget>(html`<sm-char-budget locale="en" max="10"></sm-char-budget>`);
    el.count = 3;
    await el.updateComplete;
    await aTimeout(1100);
    expect(liveRegion(el).textContent).to.equal('', 'far from the limit: silent');
    for (const count of [8, 9, 11, 12]) {
      el.count = count;
      await el.updateComplete;
      await aTimeout(100);
      expect(liveRegion(el).textContent).to.equal('', 'still typing: silent');
    }
    await aTimeout(1100);
    expect(liveRegion(el).textContent).to.equal('2 characters too many');
  });
});
