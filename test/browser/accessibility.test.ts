import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand, findAccessibilityNode, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import { expectAccessible, shadow, startWriting } from '../helpers.js';

interface AxNode {
  role: string;
  name: string;
  description?: string;
  checked?: boolean | 'mixed';
  invalid?: string;
  required?: boolean;
  modal?: boolean;
  children: AxNode[];
}

async function settle(el: SmCompose) {
  await el.updateComplete;
  await aTimeout(20);
  await el.updateComplete;
}

/** Every element, through shadow roots. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    out.push(element);
    if (element.shadowRoot) out.push(...deepElements(element.shadowRoot));
  }
  return out;
}

const interactive = (el: Element) =>
  deepElements(el.shadowRoot!).filter((node) => node.matches('button, .button, input, select, textarea') && node.getClientRects().length > 0);

async function composeIn(state: 'write' | 'review' | 'errors', locale = 'en'): Promise<SmCompose> {
  const el = await fixture<SmCompose>(html`<sm-compose locale=${locale} urgency-check="send"></sm-compose>`);
  el.prefill({ regarding: 'self', category: 'medical-question', answers: state === 'errors' ? {} : { concern: 'Tired for two weeks', since: '2 weeks', question: 'Should I come in?' }, message: 'A'.repeat(2100) });
  await settle(el);
  if (state !== 'write') {
    if (state === 'review') el.prefill({ regarding: 'self', category: 'test-results', answers: { test: 'Cholesterol', question: 'Is it high?' } });
    await settle(el);
    shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
    await settle(el);
    shadow(el, 'sm-urgency-dialog').shadowRoot!.querySelector<HTMLButtonElement>('[part="continue-button"]')?.click();
    await settle(el);
  }
  return el;
}

describe('accessibility in every state', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('every target is at least 24 by 24 pixels', async () => {
    for (const state of ['write', 'review', 'errors'] as const) {
      const el = await composeIn(state);
      const targets = interactive(el);
      expect(targets.length, state).to.be.at.least(2);
      for (const target of targets) {
        const box = target.getBoundingClientRect();
        expect(box.width >= 24 && box.height >= 24, `${state}: <${target.localName} ${target.getAttribute('part') ?? target.id}> is ${box.width}×${box.height}`).to.equal(true);
      }
    }
  });

  it('reflows at 320 px wide (400% zoom of 1280) without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    for (const state of ['write', 'review', 'errors'] as const) {
      for (const locale of ['en', 'es']) {
        const el = await composeIn(state, locale);
        expect(document.documentElement.scrollWidth, `${state} ${locale}`).to.be.at.most(320);
        expect(el.getBoundingClientRect().right).to.be.at.most(320);
        // Narrow: one button per line, full width; the review's terms above their values.
        for (const actions of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="actions"]')) {
          for (const button of actions.children) expect(Math.round(button.getBoundingClientRect().width), `${state} ${locale}`).to.equal(Math.round(actions.clientWidth));
        }
        const dl = el.shadowRoot!.querySelector('[part="review"] dl');
        if (dl) expect(getComputedStyle(dl).gridTemplateColumns.split(' ')).to.have.length(1);
      }
    }
  });

  it('the urgency dialog fits a 320 px screen', async () => {
    await setViewport({ width: 320, height: 568 });
    const el = await fixture<SmCompose>(html`<sm-compose locale="es" on-call-number="555-0100"></sm-compose>`);
    shadow<HTMLInputElement>(shadow(el, 'sm-category-picker'), 'input[value="other"]').click();
    await settle(el);
    const dialog = shadow(shadow(el, 'sm-urgency-dialog'), 'dialog');
    const box = dialog.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
  });

  it('honours prefers-reduced-motion: the busy spinner does not spin', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await composeIn('review');
    el.addEventListener('sm-submit', (event) => event.detail.waitUntil(new Promise(() => {})));
    shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
    await settle(el);
    const spinner = shadow(el, '.spinner');
    expect(getComputedStyle(spinner).animationName).to.equal('none');
    await expectAccessible(el);
  });

  it('honours forced colours: invalid fields stay distinct without colour', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches, 'forced colours are emulated').to.equal(true);
    const el = await composeIn('errors');
    const message = shadow(el, '#message');
    expect(getComputedStyle(message).borderTopStyle).to.equal('dashed');
    await executeServerCommand('emulate-forced-colors', { active: false });
  });

  it('exposes roles, names and states of the main controls', async () => {
    const el = await composeIn('errors');
    await fixture(html`<div></div>`); // keeps only the widget on the page for the snapshot
    document.body.append(el);
    await settle(el);
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const find = (test: (node: AxNode) => boolean) => findAccessibilityNode<AxNode>(tree, test);
    expect(find((n) => n.role === 'region' && n.name === 'Message your care team'), 'the widget is a named region').to.not.equal(null);
    expect(find((n) => n.role === 'radio' && n.name.startsWith('Non-urgent medical question') && n.checked === true)).to.not.equal(null);
    expect(find((n) => n.role === 'radio' && n.name.startsWith('Prescription or refill') && !n.checked)).to.not.equal(null);
    expect(find((n) => n.role === 'button' && n.name === 'Which one should I choose?')).to.not.equal(null);
    const concern = find((n) => n.role === 'textbox' && n.name.startsWith('What is going on?'));
    expect(concern?.invalid).to.equal('true');
    expect(concern?.description).to.contain('Your care team will need');
    const message = find((n) => n.role === 'textbox' && n.name.startsWith('Message'));
    expect(message?.invalid).to.equal('true');
    expect(message?.description).to.contain('characters too many');
    expect(find((n) => n.role === 'button' && n.name === 'Review message')).to.not.equal(null);
    el.remove();
  });

  it('the dialog is a modal alert dialog with a name in the accessibility tree', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    shadow<HTMLInputElement>(shadow(el, 'sm-category-picker'), 'input[value="other"]').click();
    await settle(el);
    await startWriting(el);
    await settle(el);
    const tree = (await a11ySnapshot({})) as unknown as AxNode;
    const dialog = findAccessibilityNode<AxNode>(tree, (n) => n.role === 'alertdialog');
    expect(dialog?.name).to.equal('Is this an emergency?');
    expect(findAccessibilityNode<AxNode>(dialog!, (n) => n.role === 'link' && n.name === 'Call 911 now')).to.not.equal(null);
    expect(findAccessibilityNode<AxNode>(tree, (n) => n.role === 'radio'), 'the page behind a modal dialog is inert').to.equal(null);
  });
});
