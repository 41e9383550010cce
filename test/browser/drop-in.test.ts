// The built drop-in files on real pages: a classic script, both bundles at once, and a
// portal page served with a strict Content-Security-Policy and Trusted Types.
import { expect } from '@open-wc/testing';
import type { SmCompose } from '../../src/components/compose/compose.js';

type PageWindow = Window &
  typeof globalThis & { smWarnings?: string[]; smErrors?: string[]; smViolations?: string[]; smNetwork?: string[]; smReady?: boolean };

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await win.customElements.whenDefined('sm-compose');
  return { frame, win, doc: frame.contentDocument! };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(test: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (test()) return;
    await wait(20);
  }
  throw new Error(`Timed out waiting for ${what}`);
}

function inShadow<T extends Element>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${host.localName}>`);
  return found;
}

/** Writes the topic and the message of an "Other" message (the category chosen). */
async function writeOther(el: SmCompose, topic: HTMLInputElement, words: { topic: string; message: string }): Promise<void> {
  topic.value = words.topic;
  topic.dispatchEvent(new Event('input', { bubbles: true }));
  const message = inShadow<HTMLTextAreaElement>(el, '#message');
  message.value = words.message;
  message.dispatchEvent(new Event('input'));
  await el.updateComplete;
  inShadow<HTMLButtonElement>(el, '[part="review-button"]').click();
}

/** Writes a refill request and sends it, through the widget's own controls. */
async function writeAndSend(el: SmCompose): Promise<void> {
  inShadow<HTMLInputElement>(el, 'input[name="regarding"][value="self"]').click();
  await el.updateComplete;
  inShadow<HTMLInputElement>(inShadow(el, 'sm-category-picker'), 'input[value="prescription"]').click();
  await el.updateComplete;
  // Writing starts in the first field: the "is this an emergency?" check opens then.
  await until(() => Boolean(el.shadowRoot?.querySelector('sm-prompt-fields')?.shadowRoot?.querySelector('#field-medication')), 'the prompts');
  inShadow<HTMLInputElement>(inShadow(el, 'sm-prompt-fields'), '#field-medication').focus();
  const dialog = inShadow(el, 'sm-urgency-dialog');
  await until(() => Boolean(dialog.shadowRoot?.querySelector('[part="continue-button"]')), 'the urgency check');
  inShadow<HTMLButtonElement>(dialog, '[part="continue-button"]').click();
  await el.updateComplete;
  const prompts = inShadow(el, 'sm-prompt-fields');
  for (const [id, value] of [['medication', 'Metformin'], ['dose', '500 mg'], ['pharmacy', 'Main Street Pharmacy']]) {
    const input = inShadow<HTMLInputElement>(prompts, `#field-${id}`);
    input.value = value!;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const message = inShadow<HTMLTextAreaElement>(el, '#message');
  message.value = 'Chest pain when I climb stairs? No, only a refill question. Thank you!';
  message.dispatchEvent(new Event('input'));
  await wait(900); // the inline urgency notice runs after a pause
  inShadow<HTMLButtonElement>(inShadow(el, 'sm-category-picker'), '[part="help-button"]').click();
  await wait(50);
  await el.updateComplete;
  inShadow<HTMLButtonElement>(el, '[part="review-button"]').click();
  await el.updateComplete;
  if (dialog.hasAttribute('open')) {
    inShadow<HTMLButtonElement>(dialog, '[part="continue-button"]').click();
    await el.updateComplete;
  }
  await until(() => Boolean(el.shadowRoot?.querySelector('[part="send-button"]')), 'the review step');
  inShadow<HTMLButtonElement>(el, '[part="send-button"]').click();
}

describe('the drop-in files', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('work from one classic <script> tag, following the page language', async () => {
    const { win, doc } = await openPage('/test/pages/classic-script.html');
    const el = doc.querySelector('sm-compose') as SmCompose;
    await el.updateComplete;
    expect(inShadow(el, '[part="rules"]').textContent).to.contain('Antes de escribir');
    expect(typeof (win as unknown as { SmCompose: { assessUrgency: unknown } }).SmCompose.assessUrgency).to.equal('function');
  });

  it('warn once and never throw when both bundles are loaded', async () => {
    const { win, doc } = await openPage('/test/pages/double-load.html');
    await until(() => (win.smWarnings?.length ?? 0) > 0, 'the warning');
    await wait(200);
    expect(win.smErrors).to.deep.equal([]);
    expect(win.smWarnings!.filter((warning) => warning.startsWith('sm-compose:'))).to.have.length(1);
    const el = doc.querySelector('sm-compose') as SmCompose;
    await el.updateComplete;
    expect(inShadow(el, '[part="rules"]').textContent).to.contain('Before you write');
  });

  it('run under a strict CSP with Trusted Types, with no violation and no network request', async () => {
    const { win, doc } = await openPage('/test/pages/strict-csp.html');
    await until(() => win.smReady === true, 'the bundle');
    const form = doc.querySelector('form')!;
    let posted: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      posted = new win.FormData(form);
    });
    const el = doc.querySelector('sm-compose') as SmCompose;
    await writeAndSend(el);
    await until(() => posted !== undefined, 'the form submission');
    expect(JSON.parse(posted!.get('message') as string).category.id).to.equal('prescription');
    expect(win.smViolations).to.deep.equal([]);
    expect(win.smNetwork).to.deep.equal([]);
    // Only the page's own files and the bundle; the test server injects its web-socket client.
    const loaded = win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => !path.startsWith('/__web-dev-server__'));
    expect(loaded.every((path) => path.startsWith('/test/pages/') || path.startsWith('/dist/'))).to.equal(true, loaded.join(', '));
    // Control: the policy is really in force on that page.
    expect(() => win.eval('1')).to.throw();
    expect(() => {
      doc.body.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
  });
});

describe('the drop-in module bundle, loaded in parts', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  const loadedFiles = (win: PageWindow) =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.includes('/dist/'));

  it('speaks the page language from the first render and loads each part once', async () => {
    const { win, doc } = await openPage('/test/pages/module-bundle.html');
    const el = doc.querySelector('sm-compose') as SmCompose;
    await el.updateComplete;
    // Spanish is a part of its own: the first render waited for it rather than showing English.
    expect(inShadow(el, '[part="rules"]').textContent).to.contain('Antes de escribir');
    await writeAndSend(el);
    await until(() => Boolean(el.shadowRoot?.querySelector('[part="sent"]')), 'the confirmation');
    const files = loadedFiles(win);
    for (const part of ['compose.screening', 'compose.checks', 'compose.review', 'urgency-dialog', 'write-step', 'es']) {
      expect(files.some((path) => path.startsWith(`/dist/sm-compose/${part}-`))).to.equal(true, `${part} in ${files.join(', ')}`);
    }
    expect(new Set(files).size).to.equal(files.length, 'no file is loaded twice');
    expect(files.filter((path) => path.endsWith('sm-compose.bundle.js'))).to.have.length(1);
    expect(win.smWarnings).to.deep.equal([]);
  });

  it('checks a host config before its first render (the zod part loads first) and shows its categories', async () => {
    const { win, doc } = await openPage('/test/pages/module-bundle.html?config');
    const el = doc.querySelector('sm-compose') as SmCompose;
    await el.updateComplete;
    const picker = inShadow(el, 'sm-category-picker') as HTMLElement & { updateComplete: Promise<boolean> };
    await picker.updateComplete;
    const options = [...picker.shadowRoot!.querySelectorAll('input[type="radio"]')].map((radio) => (radio as HTMLInputElement).value);
    expect(options).to.deep.equal(['forms']);
    expect(picker.shadowRoot!.textContent).to.contain('Formularios');
    expect(el.shadowRoot!.querySelector('[part="config-error"]')).to.equal(null);
    expect(loadedFiles(win).some((path) => path.startsWith('/dist/sm-compose/compose.checks-'))).to.equal(true);
  });

  it('says once that a query string on its URL makes it load twice, and still works', async () => {
    const { win, doc } = await openPage('/test/pages/module-bundle.html?query');
    const el = doc.querySelector('sm-compose') as SmCompose;
    await el.updateComplete;
    await writeAndSend(el);
    await until(() => Boolean(el.shadowRoot?.querySelector('[part="sent"]')), 'the confirmation');
    expect(win.smWarnings!.filter((warning) => warning.startsWith('sm-compose:'))).to.deep.equal([
      'sm-compose: load sm-compose.bundle.js without a query string (for cache busting, put the version in the folder name): the parts in sm-compose/ import it by its plain URL, so it would load twice.',
    ]);
  });

  it('on a slow network shows English after a moment rather than nothing, then the page language', async () => {
    const { doc } = await openPage('/test/pages/module-bundle.html?slow');
    const el = doc.querySelector('sm-compose') as SmCompose;
    const started = performance.now();
    await el.updateComplete;
    expect(performance.now() - started).to.be.below(3900, 'the first render did not wait for the slow part');
    expect(inShadow(el, '[part="rules"]').textContent).to.contain('Before you write');
    await wait(1500);
    await until(() => inShadow(el, '[part="rules"]').textContent!.includes('Antes de escribir'), 'the Spanish strings');
    const picker = inShadow(el, 'sm-category-picker');
    expect(picker.shadowRoot!.textContent).to.contain('Receta o resurtido', 'the parts follow');
  });

  it('keeps every word and says what happened when the parts for sending cannot load', async () => {
    const { win, doc } = await openPage('/test/pages/module-bundle.html?offline');
    const el = doc.querySelector('sm-compose') as SmCompose;
    await el.updateComplete;
    let submitted = false;
    el.addEventListener('sm-submit', () => (submitted = true));
    inShadow<HTMLInputElement>(el, 'input[name="regarding"][value="self"]').click();
    el.urgencyCheck = 'off';
    await el.updateComplete;
    inShadow<HTMLInputElement>(inShadow(el, 'sm-category-picker'), 'input[value="other"]').click();
    await el.updateComplete;
    const prompts = inShadow(el, 'sm-prompt-fields');
    await until(() => Boolean(prompts.shadowRoot?.querySelector('#field-topic')), 'the prompts');
    await writeOther(el, inShadow<HTMLInputElement>(prompts, '#field-topic'), { topic: 'Formulario', message: 'Tengo una pregunta sobre mi cita.' });
    await until(() => Boolean(el.shadowRoot?.querySelector('[part="load-error"]')), 'the load error');
    const error = inShadow(el, '[part="load-error"]');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('No se perdió nada de lo que escribió');
    expect(error.textContent).to.contain('911');
    expect(el.shadowRoot!.activeElement).to.equal(error);
    expect(inShadow<HTMLTextAreaElement>(el, '#message').value).to.equal('Tengo una pregunta sobre mi cita.');
    expect(el.shadowRoot!.querySelector('[part="review"]')).to.equal(null);
    expect(submitted).to.equal(false);
    expect(loadedFiles(win).some((path) => path.includes('compose.screening'))).to.equal(true, 'the load was tried');
  });

  it('asks the red flags at once when Review comes before the screening has arrived, then names what it finds', async () => {
    // On this page the screening takes 3 s: Review is pressed long before it has arrived.
    const { win, doc } = await openPage('/test/pages/module-bundle.html?slow-screening');
    const el = doc.querySelector('sm-compose') as SmCompose;
    await el.updateComplete;
    inShadow<HTMLInputElement>(el, 'input[name="regarding"][value="self"]').click();
    await el.updateComplete;
    inShadow<HTMLInputElement>(inShadow(el, 'sm-category-picker'), 'input[value="other"]').click();
    await el.updateComplete;
    const prompts = inShadow(el, 'sm-prompt-fields');
    await until(() => Boolean(prompts.shadowRoot?.querySelector('#field-topic')), 'the prompts');
    const topic = inShadow<HTMLInputElement>(prompts, '#field-topic');
    topic.focus();
    const dialog = inShadow<HTMLElement & { open: boolean }>(el, 'sm-urgency-dialog');
    await until(() => dialog.open && Boolean(dialog.shadowRoot?.querySelector('[part="continue-button"]')), 'the check when writing starts');
    inShadow<HTMLButtonElement>(dialog, '[part="continue-button"]').click();
    await until(() => !dialog.open, 'the check answered');
    await writeOther(el, topic, { topic: 'Dolor', message: 'Tengo un dolor muy fuerte en el pecho ahora mismo y me falta el aire.' });
    await until(() => dialog.open && Boolean(dialog.shadowRoot?.querySelector('[part="red-flags"]')), 'the red-flag check at Review');
    expect(loadedFiles(win).some((path) => path.includes('compose.screening')), 'the screening has not arrived').to.equal(false);
    expect(el.shadowRoot!.querySelector('[part="review"]')).to.equal(null);
    inShadow<HTMLButtonElement>(dialog, '[part="continue-button"]').click();
    // Once the screening has arrived, it reads the text: the dialog opens again and names the chest pain.
    for (let i = 0; i < 250 && !(dialog.open && !dialog.shadowRoot?.querySelector('[part="red-flags"]')); i++) await wait(20);
    expect(dialog.open, 'the emergency question').to.equal(true);
    expect(dialog.shadowRoot!.textContent).to.contain('dolor o presión en el pecho');
    expect(loadedFiles(win).some((path) => path.includes('compose.screening'))).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="review"]'), 'nothing is reviewed before the answer').to.equal(null);
  });
});
