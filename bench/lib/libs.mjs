// The libraries compared by `npm run bench`, and for each: its esbuild entry, the theme CSS
// a host must load, the page markup (a select, a textarea with a counter where the library
// has one, a closed dialog, a button) and in-page helpers that find the textarea and the
// visible counter text. The helpers are the source of a function, run inside the page.

/** Same limit everywhere, far above 100,000 characters: no counter is past its limit and no
 * native `maxlength` (Material, Web Awesome) blocks the typed key. */
export const LIMIT = 200_000;

const CATEGORIES = [
  ['prescription', 'Prescription or refill'],
  ['medical-question', 'A medical question'],
  ['test-results', 'Test results'],
  ['scheduling', 'Scheduling'],
  ['referral', 'Referral'],
  ['follow-up', 'Visit follow-up'],
];
const SELECT_LABEL = 'What is your message about?';
const DIALOG_TITLE = 'Is this an emergency?';
const DIALOG_TEXT = 'If you think you have a medical emergency, call 911.';

export const LIBRARIES = [
  {
    id: 'sm-compose',
    name: 'sm-compose',
    package: 'sm-compose',
    entry: 'bench/pages/sm-compose.entry.js',
    markup: `<sm-compose max-length="${LIMIT}"></sm-compose>`,
    counter: 'sm-char-budget (grapheme clusters of the assembled body)',
    // The form shows the textarea and the counter once a category is chosen.
    // Writing starts when a field takes focus: the patient answers "is this an emergency?" once,
    // then types.
    prefill: `async (text) => {
      const el = document.querySelector('sm-compose');
      el.prefill({ category: 'other', answers: { topic: 'x' }, message: text });
      await el.updateComplete;
      el.shadowRoot.querySelector('#message').focus();
      await el.updateComplete;
      const dialog = el.shadowRoot.querySelector('sm-urgency-dialog');
      await dialog.updateComplete;
      dialog.shadowRoot.querySelector('[part~="continue-button"]')?.click();
      await dialog.updateComplete;
      await el.updateComplete;
    }`,
    textarea: `() => document.querySelector('sm-compose').shadowRoot.querySelector('#message')`,
    counterRoot: `() => document.querySelector('sm-compose').shadowRoot.querySelector('sm-char-budget').shadowRoot`,
    counterText: `(root) => root.querySelector('[part=counter], [part=error]')?.textContent.trim() ?? ''`,
  },
  {
    id: 'shoelace',
    name: 'Shoelace',
    package: '@shoelace-style/shoelace',
    entry: 'bench/peers/entries/shoelace.entry.js',
    css: 'bench/peers/entries/shoelace.entry.css',
    markup: `<sl-select label="${SELECT_LABEL}">${CATEGORIES.map(([v, l]) => `<sl-option value="${v}">${l}</sl-option>`).join('')}</sl-select>
<sl-textarea label="Message" rows="6" maxlength="${LIMIT}"></sl-textarea>
<sl-dialog label="${DIALOG_TITLE}">${DIALOG_TEXT}<sl-button slot="footer" variant="primary">No, continue</sl-button></sl-dialog>
<sl-button variant="primary">Review message</sl-button>`,
    counter: null,
    counterNote: 'sl-textarea has no character counter',
    prefill: `async (text) => { const el = document.querySelector('sl-textarea'); el.value = text; await el.updateComplete; }`,
    textarea: `() => document.querySelector('sl-textarea').shadowRoot.querySelector('textarea')`,
  },
  {
    id: 'material',
    name: 'Material Web',
    package: '@material/web',
    entry: 'bench/peers/entries/material.entry.js',
    markup: `<md-outlined-select label="${SELECT_LABEL}">${CATEGORIES.map(([v, l]) => `<md-select-option value="${v}"><div slot="headline">${l}</div></md-select-option>`).join('')}</md-outlined-select>
<md-outlined-text-field type="textarea" label="Message" rows="6" maxlength="${LIMIT}"></md-outlined-text-field>
<md-dialog><div slot="headline">${DIALOG_TITLE}</div><form slot="content" method="dialog" id="dialog-form">${DIALOG_TEXT}</form><div slot="actions"><md-filled-button form="dialog-form">No, continue</md-filled-button></div></md-dialog>
<md-filled-button>Review message</md-filled-button>`,
    counter: 'md-outlined-text-field maxlength counter (UTF-16 code units)',
    prefill: `async (text) => { const el = document.querySelector('md-outlined-text-field'); el.value = text; await el.updateComplete; }`,
    textarea: `() => document.querySelector('md-outlined-text-field').shadowRoot.querySelector('textarea')`,
    counterRoot: `() => document.querySelector('md-outlined-text-field').shadowRoot.querySelector('md-outlined-field').shadowRoot`,
    counterText: `(root) => root.querySelector('.counter')?.textContent.trim() ?? ''`,
  },
  {
    id: 'webawesome',
    name: 'Web Awesome',
    package: '@awesome.me/webawesome',
    entry: 'bench/peers/entries/webawesome.entry.js',
    css: 'bench/peers/entries/webawesome.entry.css',
    markup: `<wa-select label="${SELECT_LABEL}">${CATEGORIES.map(([v, l]) => `<wa-option value="${v}">${l}</wa-option>`).join('')}</wa-select>
<wa-textarea label="Message" rows="6" maxlength="${LIMIT}" with-count></wa-textarea>
<wa-dialog label="${DIALOG_TITLE}">${DIALOG_TEXT}<wa-button slot="footer" variant="brand">No, continue</wa-button></wa-dialog>
<wa-button variant="brand">Review message</wa-button>`,
    counter: 'wa-textarea with-count (UTF-16 code units)',
    prefill: `async (text) => { const el = document.querySelector('wa-textarea'); el.value = text; await el.updateComplete; }`,
    textarea: `() => document.querySelector('wa-textarea').shadowRoot.querySelector('textarea')`,
    counterRoot: `() => document.querySelector('wa-textarea').shadowRoot`,
    counterText: `(root) => root.querySelector('[part~=count]')?.textContent.trim() ?? ''`,
  },
  {
    id: 'va',
    name: 'VA web components',
    package: '@department-of-veterans-affairs/web-components',
    entry: 'bench/peers/entries/va.entry.js',
    markup: `<va-select label="${SELECT_LABEL}" name="category">${CATEGORIES.map(([v, l]) => `<option value="${v}">${l}</option>`).join('')}</va-select>
<va-textarea label="Message" name="message" maxlength="${LIMIT}" charcount></va-textarea>
<va-modal modal-title="${DIALOG_TITLE}" primary-button-text="No, continue">${DIALOG_TEXT}</va-modal>
<va-button text="Review message"></va-button>`,
    counter: 'va-textarea charcount (UTF-16 code units; rendered on the next animation frame, as Stencil does)',
    // Stencil renders on the next animation frame; wait two.
    prefill: `async (text) => {
      const el = document.querySelector('va-textarea'); el.value = text;
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
    }`,
    textarea: `() => document.querySelector('va-textarea').shadowRoot.querySelector('textarea')`,
    counterRoot: `() => document.querySelector('va-textarea').shadowRoot`,
    counterText: `(root) => [...root.querySelectorAll('span[aria-hidden="true"]')].map((s) => s.textContent).find((t) => /character/.test(t))?.trim() ?? ''`,
  },
];

/** Not a peer: the floor of the keystroke figure (the browser's own cost of typing into a long
 * textarea, plus one `textContent` write). Measured for keystrokes only, never in ratios. */
export const BASELINE = {
  id: 'native',
  name: 'native textarea + one-line counter',
  entry: 'bench/pages/native.entry.js',
  markup: `<label for="native-message">Message</label>
<textarea id="native-message" rows="6" data-limit="${LIMIT}"></textarea>
<span id="native-counter" aria-hidden="true"></span>`,
  counter: 'textContent = limit - value.length, on input',
  prefill: `async (text) => { const el = document.getElementById('native-message'); el.value = text; el.dispatchEvent(new Event('input')); }`,
  textarea: `() => document.getElementById('native-message')`,
  counterRoot: `() => document.getElementById('native-counter')`,
  counterText: `(root) => root.textContent.trim()`,
};
