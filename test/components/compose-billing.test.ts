import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { ComposeConfig } from '../../src/core/config-schema.js';
import { composeHarness } from '../../src/testing/index.js';
import { expectAccessible, shadow } from '../helpers.js';

// config.billing (#17 item 4): MyChart's notice that a message may be billed.

const config: ComposeConfig = {
  billing: {
    notice: { en: 'A message that needs your clinician’s time may be billed to your insurance.', es: 'Un mensaje que necesita el tiempo de su médico puede cobrarse a su seguro.' },
    categories: ['medical-question'],
  },
};

describe('<sm-compose> with config.billing', () => {
  it('shows the notice in the categories given, and the payload says it was shown', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${config}></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'medical-question', answers: { concern: 'A rash', since: 'Monday', question: 'Should I come in?' } });
    await el.updateComplete;
    expect(shadow(el, '[part="billing-notice"]').textContent).to.equal('A message that needs your clinician’s time may be billed to your insurance.');
    await expectAccessible(el);
    const sm = composeHarness(el);
    if ((await sm.review()) === 'urgency-check') await sm.passUrgencyCheck();
    expect((await sm.send()).billingNoticeShown).to.equal(true);
  });

  it('shows nothing, and says nothing, in another category; in Spanish where it applies', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${config}></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'other', answers: { topic: 'A form' } });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="billing-notice"]')).to.equal(null);
    const sm = composeHarness(el);
    if ((await sm.review()) === 'urgency-check') await sm.passUrgencyCheck();
    expect((await sm.send()).billingNoticeShown).to.equal(undefined);
    const es = await fixture<SmCompose>(html`<sm-compose locale="es" .config=${config}></sm-compose>`);
    es.prefill({ regarding: 'self', category: 'medical-question' });
    await es.updateComplete;
    expect(shadow(es, '[part="billing-notice"]').textContent).to.equal('Un mensaje que necesita el tiempo de su médico puede cobrarse a su seguro.');
  });
});
