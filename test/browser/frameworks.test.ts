import { expect } from '@open-wc/testing';
import { hydrateReact, mountReact, mountReactPlainTag, mountReactWith, mountVue } from 'virtual:framework-apps';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { SmDictationDetail, SmSubmitDetail } from '../../src/events.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function sendFrom(container: HTMLElement): Promise<void> {
  for (let i = 0; i < 50 && !container.querySelector('sm-compose')?.shadowRoot?.querySelector('sm-category-picker'); i++) await wait(20);
  const el = container.querySelector<SmCompose>('sm-compose')!;
  el.prefill({ regarding: 'self', category: 'other', answers: { topic: 'A form for work' }, message: 'Thank you' });
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="review-button"]')!.click();
  await el.updateComplete;
  await wait(0);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
}

describe('frameworks', () => {
  it('React 19 renders <sm-compose> and receives sm-submit through onSmSubmit', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const received: SmSubmitDetail[] = [];
    const unmount = mountReact(container, (detail) => received.push(detail));
    await sendFrom(container);
    for (let i = 0; i < 50 && received.length === 0; i++) await wait(20);
    expect(received).to.have.length(1);
    expect(received[0]!.payload.category.id).to.equal('other');
    expect(container.querySelector<SmCompose>('sm-compose')!.urgencyCheck, 'props reach the element').to.equal('off');
    expect(received[0]!.payload.urgency.decision).to.equal('not-needed');
    unmount();
    container.remove();
  });

  it('React: <SmComposeReact> sets object properties, swaps and removes listeners, and hears the parts\' events', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const calls: string[] = [];
    const config = { replyTime: 'within 2 days' };
    const { render, unmount } = mountReactWith(container, { config, maxLength: 1500, onSmDictation: () => calls.push('first') });
    for (let i = 0; i < 50 && !container.querySelector('sm-compose'); i++) await wait(20);
    const el = container.querySelector<SmCompose>('sm-compose')!;
    await el.updateComplete;
    expect(el.config, 'a property without an attribute').to.equal(config);
    expect(el.maxLength, 'through its attribute').to.equal(1500);
    expect(el.getAttribute('max-length')).to.equal('1500');
    // From inside the shadow root, as <sm-dictation-button> fires it.
    const fire = () => el.shadowRoot!.querySelector('section')!.dispatchEvent(new CustomEvent<SmDictationDetail>('sm-dictation', { detail: { state: 'listening' }, bubbles: true, composed: true }));
    fire();
    render({ config, maxLength: 1500, onSmDictation: () => calls.push('second') });
    await wait(0);
    fire();
    render({ config, maxLength: 1500 });
    await wait(0);
    fire();
    expect(calls).to.deep.equal(['first', 'second']);
    unmount();
    container.remove();
  });

  it('React: the server\'s HTML (renderToString) hydrates without a mismatch, and the wrapper then works', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const received: SmSubmitDetail[] = [];
    const { errors, unmount } = hydrateReact(container, { locale: 'en', maxLength: 1500, urgencyCheck: 'off', onSmSubmit: (event) => received.push(event.detail) });
    expect(container.querySelector('sm-compose')!.getAttribute('max-length')).to.equal('1500');
    await sendFrom(container);
    for (let i = 0; i < 50 && received.length === 0; i++) await wait(20);
    expect(errors).to.deep.equal([]);
    expect(received).to.have.length(1);
    unmount();
    container.remove();
  });

  it('React 19 plain tag: attributes by name and an onsm-submit listener (as sm-compose/jsx types them)', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const received: SmSubmitDetail[] = [];
    const unmount = mountReactPlainTag(container, (detail) => received.push(detail));
    await sendFrom(container);
    for (let i = 0; i < 50 && received.length === 0; i++) await wait(20);
    expect(received).to.have.length(1);
    expect(received[0]!.payload.urgency.decision).to.equal('not-needed');
    unmount();
    container.remove();
  });

  it('Vue 3 renders <sm-compose> and receives sm-submit', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const received: SmSubmitDetail[] = [];
    const unmount = mountVue(container, (detail) => received.push(detail));
    await sendFrom(container);
    for (let i = 0; i < 50 && received.length === 0; i++) await wait(20);
    expect(received).to.have.length(1);
    expect(received[0]!.payload.locale).to.equal('es');
    unmount();
    container.remove();
  });
});
