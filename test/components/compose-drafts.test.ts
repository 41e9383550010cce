import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SmCompose } from '../../src/components/compose/compose.js';
import type { SmAttachments } from '../../src/components/attachments/attachments.js';
import type { DraftStore } from '../../src/controllers/draft.js';
import type { ComposeDraftData } from '../../src/core/draft.js';
import { expectAccessible, shadow } from '../helpers.js';

async function settle(el: SmCompose) {
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

async function typeMessage(el: SmCompose, text: string) {
  const textarea = shadow<HTMLTextAreaElement>(el, '#message');
  textarea.value = text;
  textarea.dispatchEvent(new Event('input'));
  await settle(el);
}

async function choose(el: SmCompose, category: string) {
  shadow<HTMLInputElement>(el, 'input[name="regarding"][value="self"]').click();
  shadow<HTMLInputElement>(shadow(el, 'sm-category-picker'), `input[value="${category}"]`).click();
  await settle(el);
}

const key = 'sm-compose:draft:test-draft';

describe('<sm-compose> drafts', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('stores nothing anywhere without draft-key or draftStore', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off"></sm-compose>`);
    await choose(el, 'other');
    await typeMessage(el, 'Private words');
    await aTimeout(1200);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('with draft-key, saves after a pause and restores after a reload, with "start over"', async () => {
    const first = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off" draft-key="test-draft"></sm-compose>`);
    await choose(first, 'other');
    await typeMessage(first, 'Half-written words');
    expect(sessionStorage.getItem(key)).to.equal(null, 'not on every keystroke');
    await aTimeout(1200);
    expect(JSON.parse(sessionStorage.getItem(key)!).message).to.equal('Half-written words');
    expect(localStorage.length).to.equal(0);
    first.remove();

    // A reload: a new element with the same key.
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off" draft-key="test-draft"></sm-compose>`);
    await aTimeout(50);
    await settle(el);
    expect(shadow<HTMLTextAreaElement>(el, '#message').value).to.equal('Half-written words');
    const notice = shadow(el, '[part="draft-notice"]');
    expect(notice.textContent).to.contain('We kept what you wrote on');
    await expectAccessible(el);
    notice.querySelector('button')!.click();
    await aTimeout(50);
    await settle(el);
    expect(sessionStorage.getItem(key)).to.equal(null);
    expect(el.shadowRoot!.querySelector('#message')).to.equal(null);
  });

  it('keeps the draft through a failed send and clears it after a successful one', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off" draft-key="test-draft"></sm-compose>`);
    await choose(el, 'other');
    el.prefill({ regarding: 'self', category: 'other', answers: { topic: 'Form' }, message: 'Keep me' });
    await typeMessage(el, 'Keep me');
    await aTimeout(1200);
    let fail = true;
    el.addEventListener('sm-submit', (event) => event.detail.waitUntil(fail ? Promise.reject(new Error('x')) : Promise.resolve()));
    shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
    await settle(el);
    const failed = oneEvent(el, 'sm-submit-error');
    shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
    await failed;
    expect(JSON.parse(sessionStorage.getItem(key)!).message).to.equal('Keep me');
    fail = false;
    const sent = oneEvent(el, 'sm-sent');
    shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
    await sent;
    await aTimeout(20);
    expect(sessionStorage.getItem(key)).to.equal(null);
  });

  it('uses the host’s draftStore instead of sessionStorage', async () => {
    const saved = new Map<string, ComposeDraftData>();
    const store: DraftStore = {
      load: async (k) => saved.get(k),
      save: async (k, draft) => void saved.set(k, draft),
      clear: async (k) => void saved.delete(k),
    };
    const el = await fixture<SmCompose>(html`<sm-compose locale="es" urgency-check="off" .draftStore=${store}></sm-compose>`);
    await choose(el, 'medical-question');
    await typeMessage(el, 'Palabras');
    await aTimeout(1200);
    expect(saved.get('default')?.message).to.equal('Palabras');
    expect(sessionStorage.length).to.equal(0);
    const again = await fixture<SmCompose>(html`<sm-compose locale="es" urgency-check="off" .draftStore=${store}></sm-compose>`);
    await aTimeout(50);
    await settle(again);
    expect(shadow<HTMLTextAreaElement>(again, '#message').value).to.equal('Palabras');
    expect(shadow(again, '[part="draft-notice"]').textContent).to.contain('Guardamos lo que escribió');
  });

  it('removing and re-adding the element keeps what was written', async () => {
    const wrapper = await fixture(html`<div><sm-compose locale="en" urgency-check="off" draft-key="test-draft"></sm-compose></div>`);
    const el = wrapper.querySelector<SmCompose>('sm-compose')!;
    await choose(el, 'other');
    await typeMessage(el, 'Moved around');
    el.remove();
    wrapper.append(el);
    await settle(el);
    expect(shadow<HTMLTextAreaElement>(el, '#message').value).to.equal('Moved around');
    expect(JSON.parse(sessionStorage.getItem(key)!).message).to.equal('Moved around', 'saved on disconnect');
  });

  it('asks before leaving the page with unsent text, unless leave-warning="off"', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off"></sm-compose>`);
    await choose(el, 'other');
    await typeMessage(el, 'Unsent');
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    expect(event.defaultPrevented).to.equal(true);
    el.leaveWarning = 'off';
    await typeMessage(el, 'Unsent still');
    const second = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(second);
    expect(second.defaultPrevented).to.equal(false);
  });
});

function png(name: string): File {
  const bytes = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
  return new File([bytes], name, { type: 'image/png' });
}

describe('<sm-compose> attachments and dictation', () => {
  it('sends attached files beside the payload, which lists them', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><sm-compose name="message" locale="en" urgency-check="off" .config=${{ attachments: true }}></sm-compose></form>`);
    const el = form.querySelector<SmCompose>('sm-compose')!;
    el.prefill({ regarding: 'self', category: 'follow-up', answers: { visit: 'Dr. Lee, 3 Nov', update: 'Sugar log attached' } });
    await settle(el);
    const attachments = shadow<SmAttachments>(el, 'sm-attachments');
    const input = shadow<HTMLInputElement>(attachments, 'input[type="file"]');
    const transfer = new DataTransfer();
    transfer.items.add(png('glucose-log.png'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    await expectAccessible(el);
    shadow<HTMLButtonElement>(el, '[part="review-button"]').click();
    await settle(el);
    expect(new FormData(form).getAll('message.attachments').map((file) => (file as File).name)).to.deep.equal(['glucose-log.png']);
    const submitted = oneEvent(el, 'sm-submit');
    el.addEventListener('sm-submit', (event) => event.detail.waitUntil(Promise.resolve()));
    shadow<HTMLButtonElement>(el, '[part="send-button"]').click();
    const { detail } = await submitted;
    expect(detail.payload.attachments).to.deep.equal([{ name: 'glucose-log.png', type: 'image/png', size: detail.files[0]!.size }]);
    expect(detail.files.map((file: File) => file.name)).to.deep.equal(['glucose-log.png']);
    expect(JSON.stringify(detail.payload)).to.not.contain('iVBOR');
  });

  it('keeps attachments in the host draftStore, never in sessionStorage', async () => {
    sessionStorage.clear();
    const saved = new Map<string, { draft: ComposeDraftData; files: readonly File[] }>();
    const store: DraftStore = {
      load: (k) => {
        const entry = saved.get(k);
        return entry && { ...entry.draft, files: entry.files };
      },
      save: (k, draft, files) => void saved.set(k, { draft, files }),
      clear: (k) => void saved.delete(k),
    };
    const config = { attachments: true };
    const el = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off" .config=${config} .draftStore=${store}></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'follow-up' });
    await settle(el);
    const input = shadow<HTMLInputElement>(shadow(el, 'sm-attachments'), 'input[type="file"]');
    const transfer = new DataTransfer();
    transfer.items.add(png('rash.png'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await aTimeout(1200);
    expect(saved.get('default')?.files.map((file) => file.name)).to.deep.equal(['rash.png']);
    const again = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off" .config=${config} .draftStore=${store}></sm-compose>`);
    await aTimeout(50);
    await settle(again);
    const attachments = shadow<SmAttachments>(again, 'sm-attachments');
    expect(attachments.files.map((file) => file.name)).to.deep.equal(['rash.png']);

    const keyed = await fixture<SmCompose>(html`<sm-compose locale="en" urgency-check="off" draft-key="files" .config=${config}></sm-compose>`);
    keyed.prefill({ regarding: 'self', category: 'follow-up' });
    await settle(keyed);
    const keyedInput = shadow<HTMLInputElement>(shadow(keyed, 'sm-attachments'), 'input[type="file"]');
    keyedInput.files = transfer.files;
    keyedInput.dispatchEvent(new Event('change', { bubbles: true }));
    await aTimeout(1200);
    const stored = sessionStorage.getItem('sm-compose:draft:files') ?? '';
    expect(stored).to.not.contain('rash.png');
    expect(stored).to.not.contain('iVBOR');
  });

  it('shows no attachments without config, and dictation only when asked and supported', async () => {
    const el = await fixture<SmCompose>(html`<sm-compose locale="en"></sm-compose>`);
    el.prefill({ regarding: 'self', category: 'medical-question' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('sm-attachments')).to.equal(null);
    expect(el.shadowRoot!.querySelector('sm-dictation-button')).to.equal(null);
    el.dictation = true;
    await settle(el);
    expect(el.shadowRoot!.querySelector('sm-dictation-button[for="message"]')).to.not.equal(null);
    const prompts = shadow(el, 'sm-prompt-fields');
    await (prompts as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(prompts.shadowRoot!.querySelectorAll('sm-dictation-button').length).to.equal(6);
  });
});
