import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { ComposeConfig } from '../../src/core/config-schema.js';
import { composeHarness } from '../../src/testing/index.js';
import { axTree, deepActiveElement, expectAccessible, press, shadow, shadowAll, tabTo } from '../helpers.js';

// config.proxies: "Who else can read this message?", in a real browser, in both languages.

const people = [
  { id: 'p-maria', label: { en: 'Maria Lopez (your daughter)', es: 'Maria Lopez (su hija)' } },
  { id: 'p-john', label: { en: 'John Lopez (your husband)', es: 'John Lopez (su esposo)' } },
];
const config: ComposeConfig = {
  proxies: {
    people,
    help: { en: 'To change who can read your messages, go to Account, then Proxies.', es: 'Para cambiar quién puede leer sus mensajes, vaya a Cuenta y luego a Representantes.' },
  },
};
const question = { concern: 'A rash on my arm', since: 'Monday', question: 'Should I come in?' };

const boxes = (el: SmCompose) => shadowAll<HTMLInputElement>(el, '[part="proxies"] input[type="checkbox"]');
const checked = (el: SmCompose) => Object.fromEntries(boxes(el).map((box) => [box.value, box.checked]));

async function sendNow(el: SmCompose) {
  const sm = composeHarness(el);
  if ((await sm.review()) === 'urgency-check') await sm.passUrgencyCheck();
  return sm.send();
}

describe('<sm-compose> with config.proxies', () => {
  it('lists each proxy, checked by default, explains the boxes, and unchecks one by keyboard; the payload says who may see it, by id', async () => {
    // The urgency check at Review only: focus in the writing step would otherwise open it first.
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="send" .config=${config}></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'medical-question', answers: question });
    await el.updateComplete;
    const part = shadow(el, '[part="proxies"]');
    expect(part.querySelector('legend')?.textContent).to.equal('Who else can read this message?');
    expect(part.textContent).to.contain('People who help manage your account can read your messages. Uncheck anyone who should not see this one.');
    expect(part.textContent).to.contain('To change who can read your messages, go to Account, then Proxies.');
    expect(checked(el)).to.deep.equal({ 'p-maria': true, 'p-john': true });
    await expectAccessible(el);

    const tree = await axTree();
    const group = tree.find((node) => node.role === 'group' && node.name === 'Who else can read this message?');
    expect(group?.description).to.contain('Uncheck anyone who should not see this one.');
    expect(tree.find((node) => node.role === 'checkbox' && node.name === 'John Lopez (your husband)')?.states.checked).to.equal('true');

    // Tab to John's box and press Space, as a keyboard user would.
    shadow(el, '#message').focus();
    await tabTo((active) => active instanceof HTMLInputElement && active.value === 'p-john');
    await press('Space');
    await el.updateComplete;
    expect(checked(el)).to.deep.equal({ 'p-maria': true, 'p-john': false });
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('p-john', 'focus stays on the box');
    await press('Space');
    await el.updateComplete;
    expect(checked(el)).to.deep.equal({ 'p-maria': true, 'p-john': true });
    await press('Space');
    await el.updateComplete;

    const payload = await sendNow(el);
    expect(payload.proxyVisibility).to.deep.equal({ visibleTo: ['p-maria'], hiddenFrom: ['p-john'] });
    expect(JSON.stringify(payload)).not.to.contain('Lopez');
  });

  it('changes nothing without config.proxies, with an empty list, or in a category the host did not name', async () => {
    for (const [value, category] of [
      [undefined, 'medical-question'],
      [{ proxies: { people: [] } }, 'medical-question'],
      [{ proxies: { people, categories: ['prescription'] } }, 'other'],
    ] as const) {
      const el = await fixture<SmCompose>(html`<sm-compose locale="en" .config=${value}></sm-compose>`);
      el.prefill({ regarding: 'self', category, answers: category === 'other' ? { topic: 'A form' } : question });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="proxies"]')).to.equal(null);
      expect('proxyVisibility' in (await sendNow(el))).to.equal(false);
    }
  });

  it('the draft keeps the choice (ids only); a proxy the host no longer lists is dropped', async () => {
    sessionStorage.clear();
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" draft-key="proxies-test" .config=${config}></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'medical-question', answers: question });
    await el.updateComplete;
    boxes(el).find((box) => box.value === 'p-maria')!.click();
    await el.updateComplete;
    await aTimeout(1200);
    const stored = sessionStorage.getItem('sm-compose:draft:proxies-test')!;
    expect(JSON.parse(stored).proxies).to.deep.equal({ 'p-maria': false, 'p-john': true });
    expect(stored).not.to.contain('Lopez');
    el.remove();

    // A reload: a new element with the same key.
    const again = await fixture<SmCompose>(html`<sm-compose locale="en" draft-key="proxies-test" .config=${config}></sm-compose>`);
    await waitUntil(() => boxes(again).length === 2, 'the draft is restored');
    expect(checked(again)).to.deep.equal({ 'p-maria': false, 'p-john': true });
    again.remove();

    // Maria is no longer a proxy; a new one, Lee, follows the default.
    const changed: ComposeConfig = { proxies: { people: [people[1]!, { id: 'p-lee', label: 'Lee Park (your caregiver)' }] } };
    const later = await fixture<SmCompose>(html`<sm-compose locale="en" draft-key="proxies-test" .config=${changed}></sm-compose>`);
    await waitUntil(() => boxes(later).length === 2, 'the draft is restored');
    expect(checked(later)).to.deep.equal({ 'p-john': true, 'p-lee': true });
    boxes(later).find((box) => box.value === 'p-john')!.click();
    await later.updateComplete;
    expect((await sendNow(later)).proxyVisibility).to.deep.equal({ visibleTo: ['p-lee'], hiddenFrom: ['p-john'] });
    sessionStorage.clear();
  });

  it('in Spanish, with no one checked by default', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="es" .config=${{ proxies: { ...config.proxies!, default: 'none' } }}></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'medical-question', answers: question });
    await el.updateComplete;
    const part = shadow(el, '[part="proxies"]');
    expect(part.querySelector('legend')?.textContent).to.equal('¿Quién más puede leer este mensaje?');
    expect(part.textContent).to.contain('Marque a quien pueda ver este.');
    expect(part.textContent).to.contain('Para cambiar quién puede leer sus mensajes');
    expect(boxes(el).map((box) => box.parentElement!.textContent!.trim())).to.deep.equal(['Maria Lopez (su hija)', 'John Lopez (su esposo)']);
    expect(checked(el)).to.deep.equal({ 'p-maria': false, 'p-john': false });
    await expectAccessible(el);
    boxes(el).find((box) => box.value === 'p-maria')!.click();
    await el.updateComplete;
    expect((await sendNow(el)).proxyVisibility).to.deep.equal({ visibleTo: ['p-maria'], hiddenFrom: ['p-john'] });
  });

  it('in Spanish with the default, the explanation says to uncheck', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="es" .config=${config}></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'medical-question' });
    await el.updateComplete;
    expect(shadow(el, '[part="proxies"]').textContent).to.contain('Las personas que le ayudan a manejar su cuenta pueden leer sus mensajes. Desmarque a quien no deba ver este.');
    expect(checked(el)).to.deep.equal({ 'p-maria': true, 'p-john': true });
  });
});
