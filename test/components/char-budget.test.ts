import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SmCharBudget } from '../../src/components/char-budget/char-budget.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { SmUrgencyDialog } from '../../src/components/urgency-dialog/urgency-dialog.js';
import { budgetStatus } from '../../src/core/budget.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { axTree, expectAccessible, shadow, shadowAll, type } from '../helpers.js';

const liveRegion = (el: SmCharBudget) => shadow(el, '[role="status"]');
const STRINGS = { en, es };

/** The description Chromium gives the textbox named `name`: what a screen reader reads after its name. */
async function descriptionOf(name: string | RegExp): Promise<{ description: string; invalid: unknown }> {
  const boxes = (await axTree()).filter((node) => node.role === 'textbox' && (typeof name === 'string' ? node.name === name : name.test(node.name)));
  expect(boxes, `one textbox named ${String(name)}`).to.have.length(1);
  return { description: boxes[0]!.description, invalid: boxes[0]!.states.invalid };
}

/** A textarea with a budget beside it, in the page (light DOM), as the README shows. */
async function standalone(locale: 'en' | 'es', max: number, warningRatio = 0.8) {
  const wrapper = await fixture(html`<div lang=${locale}>
    <label for="note">Note</label>
    <textarea id="note" aria-describedby="note-budget"></textarea>
    <sm-char-budget id="note-budget" for="note" max=${max} warning-ratio=${warningRatio} locale=${locale}></sm-char-budget>
  </div>`);
  const textarea = wrapper.querySelector('textarea')!;
  const budget = wrapper.querySelector<SmCharBudget>('sm-char-budget')!;
  await budget.updateComplete;
  return { wrapper, textarea, budget };
}

describe('<sm-char-budget>', () => {
  it('shows the characters left, hidden from screen readers, and describes the limit and the count for them', async () => {
    const el = await fixture<SmCharBudget>(html`<sm-char-budget locale="en"></sm-char-budget>`);
    const counter = shadow(el, '[part="counter"]');
    expect(counter.textContent?.trim()).to.equal('2,000 characters left');
    expect(counter.getAttribute('aria-hidden')).to.equal('true');
    expect(shadow(el, '#description').textContent).to.equal('You can write up to 2,000 characters. 2,000 characters left');
    expect(liveRegion(el).textContent).to.equal('');
    expect(shadowAll(el, '[role="status"], [aria-live]'), 'one live region').to.have.length(1);
    await expectAccessible(el);
  });

  it('warns from 80%, says when the limit is reached and how many too many past it', async () => {
    const el = await fixture<SmCharBudget>(html`<sm-char-budget locale="en" max="10" .count=${8}></sm-char-budget>`);
    expect(shadow(el, '[part="base"]').className).to.equal('warning');
    expect(shadow(el, '[part="counter"]').textContent).to.equal('Almost at the limit: 2 characters left');
    el.count = 10;
    await el.updateComplete;
    expect(shadow(el, '[part="counter"]').textContent).to.equal('You have reached the limit of 10 characters');
    el.count = 13;
    await el.updateComplete;
    const error = shadow(el, '[part="error"]');
    expect(error.textContent).to.equal('3 characters too many');
    expect(error.getAttribute('aria-hidden'), 'its "!" is not read: the description says it').to.equal('true');
    expect(shadow(el, '#description').textContent).to.equal('You can write up to 10 characters. 3 characters too many');
    expect(el.status).to.include({ state: 'over', over: 3 });
    await expectAccessible(el);
  });

  it('uses singular and Spanish forms', async () => {
    const el = await fixture<SmCharBudget>(html`<sm-char-budget locale="es" max="2000" .count=${1999}></sm-char-budget>`);
    expect(shadow(el, '[part="counter"]').textContent).to.contain('queda 1 carácter');
    el.count = 2000;
    await el.updateComplete;
    expect(shadow(el, '[part="counter"]').textContent).to.equal('Ha llegado al límite de 2000 caracteres');
    el.count = 12001;
    el.max = 2000;
    await el.updateComplete;
    expect(shadow(el, '[part="error"]').textContent).to.equal('10.001 caracteres de más');
  });

  it('counts a textarea given by `for`, marks it invalid over the limit and never cuts the text', async () => {
    const { wrapper, textarea, budget } = await standalone('en', 5);
    textarea.focus();
    await type('héllo 👍🏽!');
    await budget.updateComplete;
    expect(budget.count).to.equal(8);
    expect(textarea.value).to.equal('héllo 👍🏽!');
    expect(textarea.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(budget, '[part="error"]').textContent).to.equal('3 characters too many');
    await expectAccessible(wrapper);
  });

  it('speaks once typing pauses, not on every keystroke, and only when the warning or the limit is crossed', async () => {
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

  it('says nothing for a new limit, nor for a crossing undone before the pause', async () => {
    const el = await fixture<SmCharBudget>(html`<sm-char-budget locale="en" max="100" .count=${50}></sm-char-budget>`);
    el.max = 40;
    await el.updateComplete;
    el.count = 45;
    await el.updateComplete;
    el.count = 30;
    await el.updateComplete;
    el.count = 49;
    await el.updateComplete;
    el.count = 41;
    await el.updateComplete;
    await aTimeout(1200);
    expect(liveRegion(el).textContent).to.equal('');
  });

  it('where a shadow root cannot forward references, is labelled with its description: the count once, no live region', async () => {
    const forwarding = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'referenceTarget');
    if (forwarding) delete (ShadowRoot.prototype as { referenceTarget?: unknown }).referenceTarget;
    try {
      const { textarea, budget } = await standalone('en', 5);
      expect('referenceTarget' in budget.shadowRoot!, 'no forwarding here').to.equal(false);
      expect((await descriptionOf('Note')).description).to.equal('You can write up to 5 characters. 5 characters left');
      textarea.focus();
      await type('Hello!!');
      await budget.updateComplete;
      await aTimeout(1100);
      expect(liveRegion(budget).textContent).to.equal('2 characters too many');
      expect((await descriptionOf('Note')).description).to.equal('You can write up to 5 characters. 2 characters too many');
    } finally {
      if (forwarding) Object.defineProperty(ShadowRoot.prototype, 'referenceTarget', forwarding);
    }
  });

  for (const locale of ['en', 'es'] as const) {
    const t = STRINGS[locale];
    const expected = {
      en: {
        under: 'You can write up to 30 characters. 30 characters left',
        typed: 'You can write up to 30 characters. Almost at the limit: 3 characters left',
        deleted: 'You can write up to 30 characters. 22 characters left',
        atLimit: 'You have reached the limit of 30 characters',
        over: 'You can write up to 30 characters. 1 character too many',
      },
      es: {
        under: 'Puede escribir hasta 30 caracteres. Quedan 30 caracteres',
        typed: 'Puede escribir hasta 30 caracteres. Casi en el límite: quedan 3 caracteres',
        deleted: 'Puede escribir hasta 30 caracteres. Quedan 22 caracteres',
        atLimit: 'Ha llegado al límite de 30 caracteres',
        over: 'Puede escribir hasta 30 caracteres. 1 carácter de más',
      },
    }[locale];

    it(`describes a field given by \`for\` with the count once, current as the patient types and deletes (${locale})`, async () => {
      const { textarea, budget } = await standalone(locale, 30);
      expect(await descriptionOf('Note')).to.deep.equal({ description: expected.under, invalid: 'false' });
      textarea.focus();
      await type('Me duele la garganta y tos.');
      await budget.updateComplete;
      expect((await descriptionOf('Note')).description).to.equal(expected.typed);
      for (let i = 0; i < 19; i++) await sendKeys({ press: 'Backspace' });
      await budget.updateComplete;
      expect((await descriptionOf('Note')).description).to.equal(expected.deleted);
      await type('1234567890123456789012');
      await budget.updateComplete;
      expect((await descriptionOf('Note')).description).to.equal(expected.atLimit);
      await type('!');
      await budget.updateComplete;
      expect(await descriptionOf('Note')).to.deep.equal({ description: expected.over, invalid: 'true' });
    });

    it(`describes the message of <sm-compose> with the count once: under, near, at and over the limit (${locale})`, async () => {
      const el = await fixture<SmCompose>(html`<sm-compose locale=${locale}></sm-compose>`);
      el.prefill({ regarding: 'self', category: 'other', answers: { topic: 'Un formulario' }, message: 'Necesito una carta.' });
      await el.updateComplete;
      const budget = shadow<SmCharBudget>(el, 'sm-char-budget');
      await budget.updateComplete;
      const label = new RegExp(`^${t.messageLabel}`);
      const count = budget.count;
      const limit = (n: number) => plural(t.budgetLimit.other, n);
      const cases: [number, string, unknown][] = [
        [count + 100, `${limit(count + 100)} ${plural(t.budgetLeft.other, 100)}`, 'false'],
        [count + 3, `${limit(count + 3)} ${plural(t.budgetNearLimit.other, 3)}`, 'false'],
        [count, plural(t.budgetAtLimit.other, count), 'false'],
        [count - 5, `${limit(count - 5)} ${plural(t.budgetOver.other, 5)}`, 'true'],
      ];
      for (const [max, description, invalid] of cases) {
        el.maxLength = max;
        await el.updateComplete;
        await budget.updateComplete;
        expect(await descriptionOf(label), `max ${max}`).to.deep.equal({ description: `${t.messageHint} ${description}`, invalid });
      }

      // Typing and deleting (as the input events do) keeps it current.
      el.maxLength = count + 10;
      await el.updateComplete;
      const textarea = shadow<HTMLTextAreaElement>(el, '#message');
      const said: string[] = [];
      for (const text of ['Necesito una carta para la escuela.', 'Necesito una carta.', 'Necesito una carta, gracias']) {
        textarea.value = text;
        textarea.dispatchEvent(new Event('input'));
        await el.updateComplete;
        await budget.updateComplete;
        // Someone else decides when the urgency check opens; if it did, the patient answers it.
        const urgency = el.shadowRoot!.querySelector<SmUrgencyDialog>('sm-urgency-dialog');
        if (urgency?.open) {
          shadow<HTMLButtonElement>(urgency, '[part="continue-button"]').click();
          await urgency.updateComplete;
          await el.updateComplete;
        }
        said.push((await descriptionOf(label)).description);
      }
      expect(said).to.deep.equal([
        `${t.messageHint} ${limit(count + 10)} ${plural(t.budgetOver.other, 6)}`,
        `${t.messageHint} ${limit(count + 10)} ${budgetStatus(count, count + 10).state === 'warning' ? plural(t.budgetNearLimit.other, 10) : plural(t.budgetLeft.other, 10)}`,
        `${t.messageHint} ${limit(count + 10)} ${plural(t.budgetNearLimit.other, 2)}`,
      ]);
    });

    it(`announces each crossing once, in order, while a patient types at human speed with pauses (${locale})`, async function () {
      this.timeout(90_000);
      const { textarea, budget } = await standalone(locale, 30, 0.5);
      const said = {
        en: { near: /^Almost at the limit: ([1-9]|1[0-4]) characters? left$/, over: '4 characters too many', atLimit: 'You have reached the limit of 30 characters', left: '16 characters left' },
        es: { near: /^Casi en el límite: quedan? ([1-9]|1[0-4]) caracteres?$/, over: '4 caracteres de más', atLimit: 'Ha llegado al límite de 30 caracteres', left: 'Quedan 16 caracteres' },
      }[locale];
      const words = locale === 'en' ? 'My throat hurts and I cough at night, since Monday' : 'Me duele la garganta y toso por la noche desde el lunes';
      const recorder = recordLiveRegion(budget);
      textarea.focus();

      await typeLikeAPerson(words.slice(0, 12)); // 12 of 30: nothing to say
      await aTimeout(1500);
      expect(recorder.said()).to.deep.equal([]);

      // On without a pause: into the warning (15) and, 16 keys later, past the limit (31).
      await typeLikeAPerson(words.slice(12, 34));
      expect(recorder.said(), 'the warning is said while typing goes on').to.have.length(1);
      await aTimeout(2500);
      expect(budget.count).to.equal(34);
      expect((await descriptionOf('Note')).description).to.equal(`${locale === 'en' ? 'You can write up to 30 characters.' : 'Puede escribir hasta 30 caracteres.'} ${said.over}`);

      await deleteLikeAPerson(4); // back to exactly the limit
      await aTimeout(2000);
      expect((await descriptionOf('Note')).description).to.equal(said.atLimit);
      await deleteLikeAPerson(16); // back under the warning
      await aTimeout(2000);
      await typeLikeAPerson('ab'); // into the warning and out again before the pause: nothing
      await deleteLikeAPerson(2);
      await aTimeout(2000);
      expect(budget.count).to.equal(14);

      const announced = recorder.said();
      expect(announced).to.have.length(4);
      expect(announced[0]).to.match(said.near);
      expect(announced.slice(1)).to.deep.equal([said.over, said.atLimit, said.left]);
      expect(new Set(announced).size, 'nothing is announced twice').to.equal(announced.length);
      await aTimeout(3500);
      expect(recorder.changes.at(-1), 'emptied once said, so reading the page later finds no old count').to.equal('');
      expect(recorder.changes.filter((text) => text !== ''), 'every change of the region').to.deep.equal(announced);
      expect(recorder.regions, 'one live region').to.equal(1);
      recorder.stop();
    });
  }
});

/** Types `text` a key at a time, about five keys a second. */
async function typeLikeAPerson(text: string): Promise<void> {
  for (const key of text) {
    await sendKeys({ type: key });
    await aTimeout(170);
  }
}

async function deleteLikeAPerson(times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await sendKeys({ press: 'Backspace' });
    await aTimeout(170);
  }
}

/** Every change of the budget's live region text, from a MutationObserver on its shadow root. */
function recordLiveRegion(budget: SmCharBudget) {
  const root = budget.shadowRoot!;
  const regions = () => root.querySelectorAll('[role="status"], [role="alert"], [aria-live]');
  const changes: string[] = [];
  let last = regions()[0]?.textContent ?? '';
  let most = regions().length;
  const observer = new MutationObserver(() => {
    most = Math.max(most, regions().length);
    const text = regions()[0]?.textContent ?? '';
    if (text !== last) changes.push((last = text));
  });
  observer.observe(root, { characterData: true, childList: true, subtree: true });
  return {
    changes,
    get regions() {
      return most;
    },
    /** What was announced: each text the region was given. */
    said: () => changes.filter((text) => text.trim() !== ''),
    stop: () => observer.disconnect(),
  };
}

/** `{n}` filled in, as the budget writes numbers under 1,000. */
function plural(text: string, n: number): string {
  return text.replace('{n}', String(n));
}
