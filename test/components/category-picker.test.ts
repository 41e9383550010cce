import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SmCategoryPicker } from '../../src/components/category-picker/category-picker.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { SmUrgencyDialog } from '../../src/components/urgency-dialog/urgency-dialog.js';
import { DEFAULT_CATEGORIES } from '../../src/core/catalog.js';
import { resolveCategory } from '../../src/core/resolve-catalog.js';
import { axTree, deepActiveElement, expectAccessible, press, shadow, shadowAll, tabTo } from '../helpers.js';

const checkedValue = (el: SmCategoryPicker) => shadowAll<HTMLInputElement>(el, 'input[type="radio"]').find((radio) => radio.checked)?.value;
const shiftTab = async () => {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
};
const focusedValue = () => (deepActiveElement() as HTMLInputElement | null)?.value;

/** Counts `sm-category-change` on `el`, keeping each detail. */
function recordChanges(el: Element): string[] {
  const changes: string[] = [];
  el.addEventListener('sm-category-change', (event) => {
    const { detail, bubbles, composed } = event as CustomEvent<{ category: string }>;
    expect(bubbles && composed, 'bubbles and is composed').to.equal(true);
    changes.push(detail.category);
  });
  return changes;
}

/** Focus has left and the picker has looked where it landed. */
const settle = async (el: SmCategoryPicker) => {
  await aTimeout(0);
  await el.updateComplete;
};

describe('<sm-category-picker>', () => {
  it('offers the six clinical tasks and "something else" as a described radio group', async () => {
    const el = await fixture<SmCategoryPicker>(html`<sm-category-picker locale="en"></sm-category-picker>`);
    const radios = shadowAll<HTMLInputElement>(el, 'input[type="radio"]');
    expect(radios.map((radio) => radio.value)).to.deep.equal(['prescription', 'medical-question', 'test-results', 'scheduling', 'referral', 'follow-up', 'other']);
    const legend = shadow(el, 'legend');
    expect(legend.textContent).to.equal('What is your message about?');
    expect(legend.parentElement?.localName, 'the legend is the fieldset’s own, so it names the group').to.equal('fieldset');
    expect(legend.parentElement?.firstElementChild).to.equal(legend);
    for (const radio of radios) {
      const description = shadow(el, `#${radio.getAttribute('aria-describedby')}`);
      expect(description.textContent?.length).to.be.greaterThan(10);
      expect(radio.labels?.[0]?.textContent, 'the label holds the label only').to.not.contain(description.textContent);
    }
    await expectAccessible(el);
  });

  for (const locale of ['en', 'es'] as const) {
    it(`is read as a named group and each option once, label then description (${locale})`, async () => {
      await fixture<SmCategoryPicker>(html`<sm-category-picker locale=${locale}></sm-category-picker>`);
      const tree = await axTree();
      const groups = tree.filter((node) => node.role === 'group');
      expect(groups.map((node) => node.name)).to.deep.equal([locale === 'en' ? 'What is your message about?' : '¿De qué trata su mensaje?']);
      const radios = tree.filter((node) => node.role === 'radio').map(({ name, description }) => ({ name, description }));
      const expected = DEFAULT_CATEGORIES.map((category) => resolveCategory(category, locale)).map(({ label, description }) => ({ name: label, description }));
      expect(radios).to.deep.equal(expected);
      if (locale === 'en') expect(radios[0]).to.deep.equal({ name: 'Prescription or refill', description: 'Ask for a refill or a question about a medicine you take.' });
      else expect(radios[0]).to.deep.equal({ name: 'Receta o resurtido', description: expected[0]!.description });
    });
  }

  it('moves the checked radio with the arrow keys without choosing; Space and Enter choose', async () => {
    const el = await fixture<SmCategoryPicker>(html`<sm-category-picker locale="en"></sm-category-picker>`);
    const changes = recordChanges(el);
    el.value = 'referral';
    await el.updateComplete;
    expect(changes, 'a change made by script fires nothing').to.deep.equal([]);

    el.focus();
    expect(focusedValue()).to.equal('referral');
    await press('ArrowDown');
    await settle(el);
    expect([focusedValue(), checkedValue(el)]).to.deep.equal(['follow-up', 'follow-up']);
    expect(shadow<HTMLInputElement>(el, '[part~="option-selected"] input').value, 'shown as selected').to.equal('follow-up');
    await press('ArrowDown');
    await press('ArrowUp');
    await press('ArrowUp');
    await settle(el);
    expect([focusedValue(), checkedValue(el)]).to.deep.equal(['referral', 'referral']);
    await press('ArrowUp');
    await settle(el);
    expect(checkedValue(el)).to.equal('scheduling');
    expect(changes, 'browsing commits nothing').to.deep.equal([]);
    expect(el.value).to.equal('referral');

    await press('Space');
    await settle(el);
    expect(changes).to.deep.equal(['scheduling']);
    expect(el.value).to.equal('scheduling');
    await press('Space');
    await settle(el);
    expect(changes, 'the same choice again fires nothing').to.deep.equal(['scheduling']);

    await press('ArrowDown');
    await press('Enter');
    await settle(el);
    expect(changes).to.deep.equal(['scheduling', 'referral']);
    expect(el.value).to.equal('referral');
    await press('Enter');
    await settle(el);
    expect(changes).to.deep.equal(['scheduling', 'referral']);
  });

  it('commits the checked radio once when focus leaves the choices (Tab and Shift+Tab)', async () => {
    const wrapper = await fixture(html`<div><sm-category-picker locale="es"></sm-category-picker><button>Next</button></div>`);
    const el = wrapper.querySelector<SmCategoryPicker>('sm-category-picker')!;
    const changes = recordChanges(el);
    await tabTo((active) => active instanceof HTMLInputElement && active.name === 'category');
    expect(focusedValue(), 'nothing checked: Tab lands on the first').to.equal('prescription');
    await press('ArrowDown');
    await press('ArrowDown');
    await settle(el);
    expect(changes).to.deep.equal([]);
    await press('Tab');
    await settle(el);
    expect(deepActiveElement()?.textContent).to.equal('Next');
    expect(changes).to.deep.equal(['test-results']);
    expect(el.value).to.equal('test-results');

    // Back in, and out again without moving: nothing new.
    await shiftTab();
    await settle(el);
    expect(focusedValue()).to.equal('test-results');
    await press('Tab');
    await settle(el);
    expect(changes).to.deep.equal(['test-results']);

    // Browse, then leave backwards (to the help button): that is a choice too.
    await shiftTab();
    await press('ArrowUp');
    await shiftTab();
    await settle(el);
    expect(deepActiveElement()?.getAttribute('part')).to.equal('help-button');
    expect(changes).to.deep.equal(['test-results', 'medical-question']);
  });

  it('chooses with a click or tap anywhere on an option, once', async () => {
    const el = await fixture<SmCategoryPicker>(html`<sm-category-picker locale="en"></sm-category-picker>`);
    const changes = recordChanges(el);
    const description = shadow(el, '#desc-test-results').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(description.left + 10), Math.round(description.top + description.height / 2)] });
    await settle(el);
    expect(changes, 'a click on the description chooses').to.deep.equal(['test-results']);
    shadow<HTMLInputElement>(el, 'input[value="referral"]').click();
    await settle(el);
    shadow<HTMLInputElement>(el, 'input[value="referral"]').click();
    await settle(el);
    expect(changes).to.deep.equal(['test-results', 'referral']);
    expect(el.value).to.equal('referral');
    await sendMouse({ type: 'click', position: [0, 0] });
    await settle(el);
    expect(changes, 'focus leaving after a click adds nothing').to.deep.equal(['test-results', 'referral']);
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

describe('<sm-category-picker> inside <sm-compose>', () => {
  it('browsing the categories with the arrow keys changes nothing and opens no dialog; Tab chooses', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    const picker = shadow<SmCategoryPicker>(el, 'sm-category-picker');
    const changes = recordChanges(el);
    const dialogOpen = () => el.shadowRoot!.querySelector<SmUrgencyDialog>('sm-urgency-dialog')?.open === true;
    const writing = () => el.shadowRoot!.querySelector('[part="write"]') !== null;
    await tabTo((active) => active instanceof HTMLInputElement && active.name === 'category');
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp']) {
      await press(key);
      await settle(picker);
      await el.updateComplete;
      expect(dialogOpen(), `no dialog after ${key}`).to.equal(false);
      expect(writing(), `the prompts stay hidden after ${key}`).to.equal(false);
      expect(picker.contains(deepActiveElement()) || picker.shadowRoot!.contains(deepActiveElement()), 'focus stays on the choices').to.equal(true);
    }
    expect(checkedValue(picker)).to.equal('test-results');
    expect(changes).to.deep.equal([]);
    expect(picker.value).to.equal('');
    await press('Tab');
    await settle(picker);
    await el.updateComplete;
    expect(changes).to.deep.equal(['test-results']);
    expect(picker.value).to.equal('test-results');
  });
});
