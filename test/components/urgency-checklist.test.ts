import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SmUrgencyDialog } from '../../src/components/urgency-dialog/urgency-dialog.js';
import { getTranslation } from '../../src/i18n/index.js';
import { deepActiveElement, expectAccessible, shadow, shadowAll } from '../helpers.js';

// The routine "Is this an emergency?" check names the red flags in plain words, whatever the
// message says: a flag shows its action right under it, and "None of these" goes on.

async function openCheck(template = html`<sm-urgency-dialog locale="en"></sm-urgency-dialog>`): Promise<SmUrgencyDialog> {
  const wrapper = await fixture(html`<div><button id="before">Review</button>${template}</div>`);
  const el = wrapper.querySelector<SmUrgencyDialog>('sm-urgency-dialog')!;
  wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
  el.show();
  await el.updateComplete;
  return el;
}

const flags = (el: SmUrgencyDialog) => shadowAll<HTMLButtonElement>(el, '[part="red-flag"]');
const flag = (el: SmUrgencyDialog, id: string) => shadow<HTMLButtonElement>(el, `[part="red-flag"][data-flag="${id}"]`);

async function choose(el: SmUrgencyDialog, id: string): Promise<HTMLButtonElement> {
  const button = flag(el, id);
  button.focus();
  button.click();
  await el.updateComplete;
  return button;
}

/** The action shown under a red flag (inside its list item), or null. */
const actionOf = (button: HTMLButtonElement) => button.closest('li')!.querySelector<HTMLElement>('[part="red-flag-action"]');
const hrefs = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));

describe('<sm-urgency-dialog> red-flag checklist', () => {
  it('names the red flags as a list under a heading, none chosen, with "None of these, continue"', async () => {
    const el = await openCheck();
    const heading = shadow(el, '[part="red-flags"] h3');
    expect(heading.textContent).to.equal('Do you have any of these right now?');
    const list = shadow(el, '[part="red-flags"] ul');
    expect(list.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(flags(el).map((button) => button.textContent!.trim())).to.deep.equal([
      'Chest pain or pressure',
      'Trouble breathing',
      'Face drooping, arm weakness or trouble speaking',
      'Heavy bleeding that will not stop',
      'Fainting, a seizure, or someone who will not wake up',
      'Swelling of the lips, tongue or throat',
      'A baby under 3 months with a fever',
      'Thoughts of ending your life or hurting yourself',
    ]);
    for (const button of flags(el)) expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part="red-flag-action"]')).to.equal(null);
    expect(shadow(el, '[part="continue-button"]').textContent).to.equal('None of these, continue');
    // The alert dialog is named by its question and described by the short intro alone: the
    // list is read once, when the patient reaches it, not again in the description.
    const dialog = shadow(el, 'dialog');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('title');
    expect(shadow(el, `#${dialog.getAttribute('aria-describedby')}`).contains(list)).to.equal(false);
    expect(el.shadowRoot!.querySelector('[aria-live], [role="status"], [role="alert"]')).to.equal(null);
    for (const button of flags(el)) {
      const box = button.getBoundingClientRect();
      expect(box.height >= 24 && box.width >= 24, `${button.textContent} is ${box.width}×${box.height}`).to.equal(true);
    }
    await expectAccessible(el);
  });

  it('speaks Spanish, with no English', async () => {
    const el = await openCheck(html`<sm-urgency-dialog locale="es"></sm-urgency-dialog>`);
    expect(shadow(el, '[part="red-flags"] h3').textContent).to.equal('¿Tiene alguno de estos problemas ahora mismo?');
    expect(flags(el)[0]!.textContent!.trim()).to.equal('Dolor o presión en el pecho');
    expect(flags(el)[7]!.textContent!.trim()).to.equal('Pensamientos de quitarse la vida o de hacerse daño');
    expect(shadow(el, '[part="continue-button"]').textContent).to.equal('Nada de esto, continuar');
    await choose(el, 'infant-fever');
    const text = el.shadowRoot!.textContent ?? '';
    for (const english of ['Chest', 'Do you have', 'None of these', 'Call', 'emergency room', 'care team']) expect(text).to.not.contain(english);
    expect(shadow(el, '[part="continue-button"]').textContent).to.equal('Seguir con mi mensaje de todos modos');
    await expectAccessible(el);
  });

  it('every string of the checklist exists in English and Spanish', () => {
    const [en, es] = [getTranslation('en'), getTranslation('es')];
    const keys = Object.keys(en).filter((key) => key.startsWith('redFlag')) as (keyof typeof en)[];
    expect(keys.length).to.be.at.least(13);
    for (const key of keys) {
      expect(es[key], key).to.be.a('string').and.not.equal('');
      expect(es[key], key).to.not.equal(en[key]);
    }
  });

  it('choosing a flag shows its action right under it; the patient can still continue', async () => {
    const el = await openCheck();
    const chest = await choose(el, 'chest-pain');
    expect(chest.getAttribute('aria-pressed')).to.equal('true');
    expect(deepActiveElement()).to.equal(chest, 'focus stays on the flag');
    const action = actionOf(chest)!;
    expect(action, 'the action is in the flag’s own list item').to.not.equal(null);
    expect(hrefs(action)).to.deep.equal(['tel:911']);
    expect(action.textContent).to.contain('Call 911 now');
    expect(action.textContent).to.contain('or go to the nearest emergency room.');
    // The emergency number is not offered twice.
    expect(shadowAll(el, '[part="emergency-link"]')).to.have.length(1);
    const continueButton = shadow<HTMLButtonElement>(el, '[part="continue-button"]');
    expect(continueButton.textContent).to.equal('Continue with my message anyway');
    expect(continueButton.disabled).to.equal(false);
    await expectAccessible(el);

    // A second emergency flag shares the one emergency action; unchoosing moves it.
    const breathing = await choose(el, 'trouble-breathing');
    expect(actionOf(breathing)).to.equal(null);
    await choose(el, 'chest-pain');
    expect(chest.getAttribute('aria-pressed')).to.equal('false');
    expect(actionOf(chest)).to.equal(null);
    expect(hrefs(actionOf(breathing)!)).to.deep.equal(['tel:911']);

    const decided = oneEvent(el, 'sm-urgency-decision');
    continueButton.click();
    const { detail } = await decided;
    expect(detail).to.deep.include({ level: 'none', decision: 'continued', reported: ['trouble-breathing'] });
  });

  it('the crisis flag puts the crisis line’s call and text links first', async () => {
    const el = await openCheck(html`<sm-urgency-dialog locale="en" crisis-number="988" crisis-advice="Veterans: press 1."></sm-urgency-dialog>`);
    const button = await choose(el, 'suicidal-thoughts');
    const action = actionOf(button)!;
    expect(hrefs(action)).to.deep.equal(['tel:988', 'sms:988']);
    expect(action.textContent).to.contain('Help is there day and night. If you are in danger right now, call 911.');
    expect(action.textContent).to.contain('Veterans: press 1.');
    expect(hrefs(el.shadowRoot!)[0], 'the first link in the dialog').to.equal('tel:988');
    await expectAccessible(el);
    const link = shadow<HTMLAnchorElement>(el, '[part="crisis-text-link"]');
    link.addEventListener('click', (event) => event.preventDefault());
    const decided = oneEvent(el, 'sm-urgency-decision');
    link.click();
    const { detail } = await decided;
    expect(detail).to.deep.include({ decision: 'called-crisis', reported: ['suicidal-thoughts'] });
  });

  it('a baby under 3 months with a fever leads to the emergency number, as the screen of the text does', async () => {
    const el = await openCheck(html`<sm-urgency-dialog locale="en" on-call-number="555-0100"></sm-urgency-dialog>`);
    const baby = await choose(el, 'infant-fever');
    expect(hrefs(actionOf(baby)!)).to.deep.equal(['tel:911']);
  });

  it('an on-call flag calls the on-call line, or says to call the care team and the emergency number', async () => {
    const onCallFlags = [{ id: 'infant-fever', label: 'A baby under 3 months with a fever', action: 'on-call' as const }];
    const el = await openCheck(html`<sm-urgency-dialog locale="en" on-call-number="555-0100" .redFlags=${onCallFlags}></sm-urgency-dialog>`);
    const baby = await choose(el, 'infant-fever');
    expect(hrefs(actionOf(baby)!)).to.deep.equal(['tel:555-0100']);
    expect(actionOf(baby)!.textContent).to.contain('call your care team now');
    expect(shadowAll(el, '[part="on-call-link"]'), 'not again below the list').to.have.length(1);

    el.onCallNumber = undefined;
    await el.updateComplete;
    expect(hrefs(actionOf(baby)!)).to.deep.equal(['tel:911']);
    expect(actionOf(baby)!.textContent).to.contain('If you cannot reach them, call 911');
    await expectAccessible(el);
  });

  it('a host list replaces the default one, in the patient’s language', async () => {
    const redFlags = [
      { id: 'sudden-vision-loss', label: { en: 'Sudden loss of vision', es: 'Pérdida repentina de la vista' }, action: 'emergency' as const },
      { id: 'wound-spreading', label: 'Redness spreading from the wound', action: 'on-call' as const },
    ];
    const el = await openCheck(html`<sm-urgency-dialog locale="es" .redFlags=${redFlags}></sm-urgency-dialog>`);
    expect(flags(el).map((button) => button.dataset.flag)).to.deep.equal(['sudden-vision-loss', 'wound-spreading']);
    expect(flags(el).map((button) => button.textContent!.trim())).to.deep.equal(['Pérdida repentina de la vista', 'Redness spreading from the wound']);
    // No red flag leads to the crisis line, so it is offered below the list.
    expect(hrefs(shadow(el, '[part="actions"]'))).to.include('tel:988');
    await choose(el, 'sudden-vision-loss');
    const decided = oneEvent(el, 'sm-urgency-decision');
    shadow<HTMLButtonElement>(el, '[part="continue-button"]').click();
    expect((await decided).detail.reported).to.deep.equal(['sudden-vision-loss']);
    await expectAccessible(el);
  });

  it('the host can reword a default flag through its strings', async () => {
    const strings = getTranslation('en', { redFlagInfantFever: 'A baby under 8 weeks with a temperature of 100.4 °F or more' });
    const el = await openCheck(html`<sm-urgency-dialog locale="en" .strings=${strings}></sm-urgency-dialog>`);
    expect(flag(el, 'infant-fever').textContent!.trim()).to.equal('A baby under 8 weeks with a temperature of 100.4 °F or more');
  });

  it('shows the flags the patient chose before when it opens again', async () => {
    const el = await openCheck(html`<sm-urgency-dialog locale="en" .reported=${['severe-bleeding']}></sm-urgency-dialog>`);
    expect(flag(el, 'severe-bleeding').getAttribute('aria-pressed')).to.equal('true');
    expect(hrefs(actionOf(flag(el, 'severe-bleeding'))!)).to.deep.equal(['tel:911']);
  });

  it('the dialog for a level read in the message has no checklist', async () => {
    const el = await openCheck(html`<sm-urgency-dialog locale="en" level="emergency" .findings=${['chest-pain']}></sm-urgency-dialog>`);
    expect(el.shadowRoot!.querySelector('[part="red-flags"]')).to.equal(null);
    const decided = oneEvent(el, 'sm-urgency-decision');
    shadow<HTMLButtonElement>(el, '[part="continue-button"]').click();
    expect('reported' in (await decided).detail).to.equal(false);
  });

  it('names a host finding by its label, and by the id when it has none', async () => {
    const el = await openCheck(html`<sm-urgency-dialog
      locale="en"
      level="emergency"
      .findings=${['chest-pain', 'sepsis-risk', 'x-17']}
      .findingLabels=${{ 'sepsis-risk': 'signs of a serious infection' }}
    ></sm-urgency-dialog>`);
    expect(shadow(el, '#intro').textContent).to.contain('Your message mentions: chest pain or pressure, signs of a serious infection, and x-17.');
  });
});
