import { html, nothing, type PropertyValues } from 'lit';
import type { Locale } from '../../core/locale.js';
import { SpeechRecognitionController, type DictationError } from '../../controllers/speech-recognition.js';
import { emit } from '../../events.js';
import type { Translation } from '../../i18n/index.js';
import { SmElement } from '../shared/sm-element.js';
import { baseStyles } from '../shared/base.styles.js';
import { dictationButtonStyles } from './dictation-button.styles.js';

/** The recognition language for each widget language (US English and US Spanish). */
const RECOGNITION_LANGS: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

const ERROR_KEYS: Record<DictationError, Extract<keyof Translation, `dictationError${string}`>> = {
  blocked: 'dictationErrorBlocked',
  'no-microphone': 'dictationErrorNoMicrophone',
  'no-speech': 'dictationErrorNoSpeech',
  network: 'dictationErrorNetwork',
  language: 'dictationErrorLanguage',
  other: 'dictationErrorOther',
};

/**
 * @tag sm-dictation-button
 * @summary A "Dictate" toggle for patients who find typing hard: it listens with the
 * browser's speech recognition and adds what was said to the end of a textarea or input.
 *
 * Where the browser has no speech recognition it renders nothing and takes no space, so
 * it can be placed unconditionally. With `for="field-id"` (a textarea or input in the same
 * document or shadow root), each recognised sentence is appended to the field's value,
 * with a space if needed, and an `input` event is dispatched on the field, so frameworks
 * and `<sm-char-budget for>` see the change. Recognition runs in `en-US` or `es-US` by the
 * element's language. The speech goes to the browser's recognition service (in Chrome, a
 * server of the browser maker): hosts that may not send audio there should leave it out.
 * Problems (microphone blocked, nothing heard) are shown and spoken politely. Dictation
 * stops when the element is disabled or removed.
 *
 * @event {CustomEvent<SmDictationDetail>} sm-dictation - Dictation started (`listening`), ended (`stopped`) or failed (`error`). Never carries the words.
 *
 * @csspart base - The wrapper.
 * @csspart button - The toggle button (`aria-pressed` while listening).
 * @csspart icon - The microphone icon.
 * @csspart listening - The visible "Listening…" note.
 * @csspart error - The message shown when dictation fails.
 *
 * @cssproperty --sm-color-accent - Button colour; its fill while listening.
 * @cssproperty --sm-color-on-accent - Button text while listening.
 * @cssproperty --sm-color-muted - The "Listening…" note.
 * @cssproperty --sm-color-danger - The error message.
 * @cssproperty --sm-color-focus - The focus ring.
 */
export class SmDictationButton extends SmElement {
  static override styles = [baseStyles, dictationButtonStyles];
  static override properties = {
    for: {},
    disabled: { type: Boolean, reflect: true },
  };

  /** The id of the textarea or input (in the same document or shadow root) that receives the words. */
  declare for: string | undefined;
  /** Makes the button unavailable and stops listening. */
  declare disabled: boolean;

  private readonly recognition = new SpeechRecognitionController(this, {
    onText: (text) => this.appendText(text),
    onStateChange: (state) => emit(this, 'sm-dictation', { state }),
  });
  private internals: ElementInternals | undefined;

  constructor() {
    super();
    this.disabled = false;
    try {
      this.internals = this.attachInternals();
    } catch {
      this.internals = undefined;
    }
  }

  /** Whether this browser can dictate (the button is shown). */
  get supported(): boolean {
    return this.recognition.supported;
  }

  /** Whether it is listening now. */
  get listening(): boolean {
    return this.recognition.listening;
  }

  /** Stops listening, if it is; what was already said is still added. */
  stop(): void {
    this.recognition.stop();
  }

  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLButtonElement>('[part="button"]')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('disabled') && this.disabled) this.recognition.stop();
  }

  protected override updated(): void {
    // `:host(:state(unsupported))` hides the element where nothing is rendered.
    const states = this.internals?.states;
    if (!states) return;
    try {
      if (this.supported) states.delete('unsupported');
      else states.add('unsupported');
    } catch {
      // Custom states are not supported here: the empty element simply has no size.
    }
  }

  private get field(): HTMLTextAreaElement | HTMLInputElement | undefined {
    if (!this.for) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    const field = root.getElementById?.(this.for);
    return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement ? field : undefined;
  }

  private appendText(text: string): void {
    const field = this.field;
    if (!field || field.disabled || field.readOnly) return;
    const before = field.value;
    field.value = before && !/\s$/.test(before) ? `${before} ${text}` : `${before}${text}`;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }

  private toggle(): void {
    if (this.disabled) return;
    this.recognition.toggle(RECOGNITION_LANGS[this.resolvedLocale]);
  }

  protected override render() {
    if (!this.supported) return nothing;
    const t = this.t;
    const listening = this.recognition.listening;
    const error = this.recognition.state === 'error' && this.recognition.error ? t[ERROR_KEYS[this.recognition.error]] : '';
    return html`<div part="base">
      <button type="button" part="button" aria-pressed=${listening ? 'true' : 'false'} ?disabled=${this.disabled} @click=${this.toggle}>
        <svg part="icon" aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" focusable="false">
          <rect x="9" y="3" width="6" height="11" rx="3" fill="currentColor"></rect>
          <path d="M6 11a6 6 0 0 0 12 0M12 17v4M8 21h8" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"></path>
        </svg>
        ${t.dictationButton}
      </button>
      <!-- The pressed state already tells screen readers; speaking here could be dictated. -->
      ${listening ? html`<span part="listening" aria-hidden="true">${t.dictationListening}</span>` : nothing}
      <span role="status" class="status">${error ? html`<span part="error">${error}</span>` : nothing}</span>
    </div>`;
  }
}
