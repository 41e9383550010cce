import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import { expectAccessible, shadow } from '../helpers.js';

async function settle(el: SmCompose) {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
}

describe('theming', () => {
  it('takes brand colours, radius and font through --sm-* custom properties', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" style="--sm-color-accent: rgb(31, 111, 67); --sm-radius: 14px; --sm-font-family: serif"></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'other' });
    await settle(el);
    const review = shadow(el, '[part="review-button"]');
    expect(getComputedStyle(review).backgroundColor).to.equal('rgb(31, 111, 67)');
    expect(getComputedStyle(review).borderTopLeftRadius).to.equal('14px');
    expect(getComputedStyle(shadow(el, '[part="base"]')).fontFamily).to.equal('serif');
    const radio = shadow(shadow(el, 'sm-category-picker'), 'input[type="radio"]');
    expect(getComputedStyle(radio).accentColor).to.equal('rgb(31, 111, 67)');
  });

  it('has a dark theme that passes axe contrast checks', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" theme="dark"></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'prescription', message: 'x'.repeat(2100) });
    await settle(el);
    expect(getComputedStyle(shadow(el, '[part="base"]')).backgroundColor).to.equal('rgb(31, 33, 37)');
    await expectAccessible(el);
  });

  it('does not let page styles in, nor its own styles out', async () => {
    const style = document.createElement('style');
    style.textContent = 'button { background: rgb(255, 0, 0) !important; font-size: 40px; } * { letter-spacing: 3px; } .notice { display: none; }';
    document.head.append(style);
    try {
      const wrapper = await fixture(html`<div><button id="page-button">Page</button><p class="notice" id="page-notice">Page text</p><sm-compose locale="en"></sm-compose></div>`);
      const el = wrapper.querySelector<SmCompose>('sm-compose')!;
      el.prefill({ regarding: 'self', category: 'prescription' });
      await settle(el);
      const inner = shadow(el, '[part="review-button"]');
      expect(getComputedStyle(inner).backgroundColor).to.not.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(inner).fontSize).to.equal('16px');
      expect(getComputedStyle(shadow(el, '[part="notice"]')).display).to.not.equal('none');
      // The widget's .button and .notice rules stay inside it.
      const pageButton = wrapper.querySelector<HTMLElement>('#page-button')!;
      expect(getComputedStyle(pageButton).minHeight).to.not.equal('44px');
      expect(getComputedStyle(wrapper.querySelector('#page-notice')!).borderInlineStartWidth).to.equal('0px');
    } finally {
      style.remove();
    }
  });

  it('exposes its nodes as parts for host styling', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'prescription' });
    await settle(el);
    for (const name of ['base', 'rules', 'regarding', 'write', 'notice', 'examples', 'subject', 'message', 'actions', 'review-button']) {
      expect(el.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.not.equal(null);
    }
  });
});
