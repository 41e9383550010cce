import { expect } from '@open-wc/testing';
import { mountReact, mountVue } from 'virtual:framework-apps';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { SmSubmitDetail } from '../../src/events.js';

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
