import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SmUrgencyDialog } from '../../src/components/urgency-dialog/urgency-dialog.js';
import { deepActiveElement, expectAccessible, press, shadow, shadowAll } from '../helpers.js';

const flag = (el: SmUrgencyDialog, id: string) => shadow<HTMLButtonElement>(el, `[part="red-flag"][data-flag="${id}"]`);

/** Chooses a red flag as the patient would, and waits for the dialog to show its action. */
async function chooseFlag(el: SmUrgencyDialog, id: string): Promise<HTMLButtonElement> {
  const button = flag(el, id);
  button.click();
  await el.updateComplete;
  return button;
}

async function openDialog(template = html`<sm-urgency-dialog locale="en"></sm-urgency-dialog>`) {
  const wrapper = await fixture(html`<div><button id="before">Review</button>${template}</div>`);
  const el = wrapper.querySelector<SmUrgencyDialog>('sm-urgency-dialog')!;
  const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
  before.focus();
  el.show();
  await el.updateComplete;
  return { el, before };
}

describe('<sm-urgency-dialog>', () => {
  it('is a modal alert dialog with the emergency and crisis numbers, focus inside', async () => {
    const { el } = await openDialog();
    const dialog = shadow<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('role')).to.equal('alertdialog');
    expect(shadow(el, '#title').textContent).to.equal('Is this an emergency?');
    expect(shadow(el, '[part="emergency-link"]').getAttribute('href')).to.equal('tel:911');
    await chooseFlag(el, 'suicidal-thoughts');
    expect(shadow(el, '[part="crisis-link"]').getAttribute('href')).to.equal('tel:988');
    expect(shadow(el, '[part="crisis-text-link"]').getAttribute('href')).to.equal('sms:988');
    expect(el.shadowRoot!.querySelector('[part="on-call-link"]')).to.equal(null);
    expect(dialog.contains(deepActiveElement())).to.equal(true);
    await expectAccessible(el);
  });

  it('shows the on-call line when set, and custom numbers', async () => {
    const { el } = await openDialog(html`<sm-urgency-dialog locale="es" emergency-number="112" crisis-number="024" on-call-number="555-0100"></sm-urgency-dialog>`);
    expect(shadow(el, '[part="emergency-link"]').textContent).to.equal('Llame al 112 ahora');
    expect(shadow(el, '[part="on-call-link"]').getAttribute('href')).to.equal('tel:555-0100');
    await chooseFlag(el, 'suicidal-thoughts');
    expect(shadow(el, '[part="crisis-link"]').getAttribute('href')).to.equal('tel:024');
    await expectAccessible(el);
  });

  it('"None of these, continue" records the decision and gives focus back', async () => {
    const { el, before } = await openDialog();
    const decided = oneEvent(el, 'sm-urgency-decision');
    shadow<HTMLButtonElement>(el, '[part="continue-button"]').click();
    const { detail } = await decided;
    expect(detail.decision).to.equal('continued');
    expect(detail.level).to.equal('none');
    expect(detail.reported).to.deep.equal([]);
    expect(Number.isNaN(Date.parse(detail.checkedAt))).to.equal(false);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(shadow<HTMLDialogElement>(el, 'dialog').open).to.equal(false);
    expect(document.activeElement).to.equal(before);
  });

  it('Escape closes it as "cancelled" and returns focus', async () => {
    const { el, before } = await openDialog();
    const decided = oneEvent(el, 'sm-urgency-decision');
    await press('Escape');
    expect((await decided).detail.decision).to.equal('cancelled');
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(before);
  });

  it('puts the right action first for each level and names what was noticed', async () => {
    const { el } = await openDialog();
    el.level = 'crisis';
    el.findings = ['suicidal-thoughts'];
    await el.updateComplete;
    const first = shadowAll(el, '[part="actions"] a')[0]!;
    expect(first.getAttribute('part')).to.equal('crisis-link');
    expect(shadow(el, '#intro').textContent).to.contain('Your message mentions: thoughts of suicide or of wanting to die.');
    expect(shadow(el, '[part="continue-button"]').textContent).to.equal('It is not an emergency, continue');
    await expectAccessible(el);
    el.level = 'emergency';
    await el.updateComplete;
    expect(shadowAll(el, '[part="actions"] a')[0]!.getAttribute('part')).to.equal('emergency-link');
    expect(shadow(el, '#title').textContent).to.equal('This may be an emergency');
  });

  it('for an emergency that also reads as a crisis, puts the crisis line right after the emergency number', async () => {
    const { el } = await openDialog(
      html`<sm-urgency-dialog locale="en" level="emergency" on-call-number="555-0100" .findings=${['overdose-poisoning', 'crisis-signs']}></sm-urgency-dialog>`,
    );
    const parts = shadowAll(el, '[part="actions"] a').map((a) => a.getAttribute('part'));
    expect(parts).to.deep.equal(['emergency-link', 'crisis-link', 'crisis-text-link', 'on-call-link']);
    expect(shadow(el, '[part="crisis-link"]').classList.contains('primary')).to.equal(true);
    el.findings = ['chest-pain'];
    await el.updateComplete;
    expect(shadowAll(el, '[part="actions"] a').map((a) => a.getAttribute('part'))).to.deep.equal(['emergency-link', 'on-call-link', 'crisis-link', 'crisis-text-link']);
    await expectAccessible(el);
  });

  it('for a same-day problem puts the on-call line first', async () => {
    const { el } = await openDialog(html`<sm-urgency-dialog locale="en" level="urgent" on-call-number="555-0100" .findings=${['high-fever']}></sm-urgency-dialog>`);
    expect(shadow(el, '#title').textContent).to.equal('This may need care today');
    expect(shadowAll(el, '[part="actions"] a')[0]!.getAttribute('part')).to.equal('on-call-link');
    expect(shadow(el, '#intro').textContent).to.contain('a high fever');
    await expectAccessible(el);
  });

  for (const [link, decision] of [
    ['on-call-link', 'called-on-call'],
    ['crisis-link', 'called-crisis'],
    ['crisis-text-link', 'called-crisis'],
  ] as const) {
    it(`${link} closes it as "${decision}"`, async () => {
      const { el } = await openDialog(html`<sm-urgency-dialog locale="en" on-call-number="555-0100"></sm-urgency-dialog>`);
      if (link !== 'on-call-link') await chooseFlag(el, 'suicidal-thoughts');
      const anchor = shadow<HTMLAnchorElement>(el, `[part="${link}"]`);
      anchor.addEventListener('click', (event) => event.preventDefault());
      const decided = oneEvent(el, 'sm-urgency-decision');
      anchor.click();
      expect((await decided).detail.decision).to.equal(decision);
    });
  }

  it('a call link closes it with the matching decision', async () => {
    const { el } = await openDialog();
    const link = shadow<HTMLAnchorElement>(el, '[part="emergency-link"]');
    link.addEventListener('click', (event) => event.preventDefault());
    const decided = oneEvent(el, 'sm-urgency-decision');
    link.click();
    expect((await decided).detail.decision).to.equal('called-emergency');
  });
});
