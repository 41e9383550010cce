import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import type { SmDictationButton } from '../../src/components/dictation/dictation-button.js';
import type { SmCharBudget } from '../../src/components/char-budget/char-budget.js';
import type { SpeechRecognitionErrorEventLike, SpeechRecognitionResultEventLike } from '../../src/controllers/speech-recognition.js';
import type { SmDictationDetail } from '../../src/events.js';
import { expectAccessible, press, shadow } from '../helpers.js';

/** Stands in for the browser's SpeechRecognition: the test says what was "heard". */
class StandInRecognition {
  static instances: StandInRecognition[] = [];
  lang = '';
  continuous = false;
  interimResults = true;
  maxAlternatives = 0;
  onresult: ((event: SpeechRecognitionResultEventLike) => void) | null = null;
  onerror: ((event: SpeechRecognitionErrorEventLike) => void) | null = null;
  onend: (() => void) | null = null;
  calls: string[] = [];

  constructor() {
    StandInRecognition.instances.push(this);
  }

  start(): void {
    this.calls.push('start');
  }
  stop(): void {
    this.calls.push('stop');
  }
  abort(): void {
    this.calls.push('abort');
  }

  /** The recogniser reports phrases; only final ones are kept by the button. */
  hear(...phrases: Array<[transcript: string, isFinal: boolean]>): void {
    const results = phrases.map(([transcript, isFinal]) => Object.assign([{ transcript }], { isFinal }));
    this.onresult?.({ resultIndex: 0, results });
  }
  fail(error: string): void {
    this.onerror?.({ error });
    this.onend?.();
  }
  end(): void {
    this.onend?.();
  }
}

type SpeechGlobals = 'SpeechRecognition' | 'webkitSpeechRecognition';
const NAMES: SpeechGlobals[] = ['SpeechRecognition', 'webkitSpeechRecognition'];
const saved = new Map<SpeechGlobals, PropertyDescriptor | undefined>();

function setSpeechGlobals(value: unknown): void {
  for (const name of NAMES) {
    if (!saved.has(name)) saved.set(name, Object.getOwnPropertyDescriptor(window, name));
    Object.defineProperty(window, name, { value, configurable: true, writable: true });
  }
}

function restoreSpeechGlobals(): void {
  for (const [name, descriptor] of saved) {
    if (descriptor) Object.defineProperty(window, name, descriptor);
    else delete (window as unknown as Record<string, unknown>)[name];
  }
  saved.clear();
}

const last = () => StandInRecognition.instances.at(-1)!;
const button = (el: SmDictationButton) => shadow<HTMLButtonElement>(el, '[part="button"]');

async function withField(value = '', locale = 'en') {
  const wrapper = await fixture(html`<div>
    <label for="msg">Message</label>
    <textarea id="msg" aria-describedby="budget" .value=${value}></textarea>
    <sm-char-budget id="budget" for="msg" max="2000" locale=${locale}></sm-char-budget>
    <sm-dictation-button for="msg" locale=${locale}></sm-dictation-button>
  </div>`);
  const el = wrapper.querySelector<SmDictationButton>('sm-dictation-button')!;
  await el.updateComplete; // the first render in Spanish waits for the Spanish strings to load
  const states: SmDictationDetail['state'][] = [];
  el.addEventListener('sm-dictation', (event) => states.push(event.detail.state));
  return { wrapper, el, states, textarea: wrapper.querySelector('textarea')!, budget: wrapper.querySelector<SmCharBudget>('sm-char-budget')! };
}

describe('<sm-dictation-button> with speech recognition', () => {
  beforeEach(() => {
    StandInRecognition.instances = [];
    setSpeechGlobals(StandInRecognition);
  });
  afterEach(restoreSpeechGlobals);

  it('renders a labelled 44px toggle, not pressed', async () => {
    const { wrapper, el } = await withField();
    expect(el.supported).to.equal(true);
    const toggle = button(el);
    expect(toggle.textContent?.trim()).to.equal('Dictate');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.getBoundingClientRect().height).to.be.at.least(44);
    expect(toggle.getBoundingClientRect().width).to.be.at.least(44);
    await expectAccessible(wrapper);
  });

  it('listens in en-US, appends final text to the field with a space, and tells the field', async () => {
    const { wrapper, el, states, textarea, budget } = await withField('My arm');
    const inputs: Event[] = [];
    textarea.addEventListener('input', (event) => inputs.push(event));
    button(el).focus();
    await press('Enter');
    await el.updateComplete;
    const recognition = last();
    expect(recognition.lang).to.equal('en-US');
    expect(recognition.continuous).to.equal(true);
    expect(recognition.interimResults).to.equal(false);
    expect(recognition.calls).to.deep.equal(['start']);
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el, '[part="listening"]').textContent).to.equal('Listening… Press Dictate again to stop.');
    expect(states).to.deep.equal(['listening']);
    await expectAccessible(wrapper);

    recognition.hear(['has a rash', false]);
    expect(textarea.value).to.equal('My arm', 'interim results are not added');
    recognition.hear([' has a rash since Monday', true]);
    expect(textarea.value).to.equal('My arm has a rash since Monday');
    expect(inputs).to.have.length(1);
    expect(inputs[0]!.bubbles).to.equal(true);
    await budget.updateComplete;
    expect(budget.count).to.equal(30, '<sm-char-budget for> saw the input event');

    textarea.value += ' ';
    recognition.hear(['It itches', true], ['a lot', true]);
    expect(textarea.value).to.equal('My arm has a rash since Monday It itches a lot', 'no double space');

    await press('Space');
    await el.updateComplete;
    expect(recognition.calls).to.deep.equal(['start', 'stop']);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(el.shadowRoot!.querySelector('[part="listening"]')).to.equal(null);
    expect(states).to.deep.equal(['listening', 'stopped']);

    recognition.hear(['thank you', true]);
    expect(textarea.value).to.match(/a lot thank you$/, 'words said before the stop still arrive');
    recognition.end();
    expect(states).to.deep.equal(['listening', 'stopped'], 'the end after a stop is not a second event');
    expect(JSON.stringify(states)).to.not.contain('rash');
  });

  it('listens in es-US in Spanish, with a Spanish name', async () => {
    const { el } = await withField('', 'es');
    expect(button(el).textContent?.trim()).to.equal('Dictar');
    button(el).click();
    expect(last().lang).to.equal('es-US');
    last().hear(['me duele la cabeza', true]);
    expect(el.ownerDocument.querySelector('textarea')!.value).to.equal('me duele la cabeza');
  });

  it('follows a later change of language', async () => {
    const { el } = await withField();
    el.locale = 'es';
    await el.updateComplete;
    button(el).click();
    expect(last().lang).to.equal('es-US');
  });

  it('shows a polite message when the microphone is blocked, and can try again', async () => {
    const { wrapper, el, states } = await withField();
    button(el).click();
    last().fail('not-allowed');
    await el.updateComplete;
    const status = shadow(el, '[role="status"]');
    expect(status.textContent).to.equal('Dictation is blocked. Allow the microphone in your browser settings, or type instead.');
    expect(status.getAttribute('role')).to.equal('status');
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(states).to.deep.equal(['listening', 'error']);
    await expectAccessible(wrapper);

    button(el).click();
    await el.updateComplete;
    expect(StandInRecognition.instances).to.have.length(2);
    expect(shadow(el, '[role="status"]').textContent).to.equal('', 'the message goes on a new try');
    expect(states).to.deep.equal(['listening', 'error', 'listening']);
  });

  it('names other errors in Spanish too', async () => {
    const { el } = await withField('', 'es');
    button(el).click();
    last().fail('no-speech');
    await el.updateComplete;
    expect(shadow(el, '[role="status"]').textContent).to.equal('No se oyó nada. Pulse Dictar para intentarlo de nuevo.');
    button(el).click();
    last().fail('audio-capture');
    await el.updateComplete;
    expect(shadow(el, '[role="status"]').textContent).to.equal('No se encontró un micrófono. Puede escribir su mensaje.');
  });

  it('reports a stop when the browser ends the session on its own', async () => {
    const { el, states } = await withField();
    button(el).click();
    last().end();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(states).to.deep.equal(['listening', 'stopped']);
  });

  it('a start the browser refuses is an error, not an exception', async () => {
    const { el, states } = await withField();
    class Refusing extends StandInRecognition {
      override start(): void {
        throw new DOMException('already started', 'InvalidStateError');
      }
    }
    setSpeechGlobals(Refusing);
    button(el).click();
    await el.updateComplete;
    expect(states).to.deep.equal(['error']);
    expect(shadow(el, '[part="error"]').textContent).to.equal('Dictation stopped. Press Dictate to try again, or type instead.');
  });

  it('stops cleanly when removed from the page or disabled', async () => {
    const { el, textarea } = await withField();
    button(el).click();
    const first = last();
    el.remove();
    expect(first.calls).to.deep.equal(['start', 'abort']);
    first.hear(['ghost words', true]);
    expect(textarea.value).to.equal('', 'nothing arrives after disconnect');
    expect(first.onresult).to.equal(null);

    const { el: other } = await withField();
    button(other).click();
    other.disabled = true;
    await other.updateComplete;
    expect(last().calls).to.deep.equal(['start', 'stop']);
    expect(button(other).disabled).to.equal(true);
    expect(other.listening).to.equal(false);
  });

  it('finds its field inside the same shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    render(html`<label for="f">Note</label><input id="f" value="Hi" /><sm-dictation-button for="f" locale="en"></sm-dictation-button>`, root);
    const el = root.querySelector<SmDictationButton>('sm-dictation-button')!;
    await el.updateComplete;
    button(el).click();
    last().hear(['there', true]);
    expect(root.querySelector('input')!.value).to.equal('Hi there');
  });
});

describe('<sm-dictation-button> without speech recognition', () => {
  beforeEach(() => setSpeechGlobals(undefined));
  afterEach(restoreSpeechGlobals);

  it('renders nothing and takes no space', async () => {
    const { wrapper, el } = await withField();
    expect(el.supported).to.equal(false);
    expect(el.shadowRoot!.childElementCount).to.equal(0);
    const box = el.getBoundingClientRect();
    expect([box.width, box.height]).to.deep.equal([0, 0]);
    expect(getComputedStyle(el).display).to.equal('none');
    await expectAccessible(wrapper);
  });
});
