import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The part of the Web Speech API's `SpeechRecognition` this library uses. */
export interface SpeechRecognitionLike {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  maxAlternatives: number;
  onresult: ((event: SpeechRecognitionResultEventLike) => void) | null;
  onerror: ((event: SpeechRecognitionErrorEventLike) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
export interface SpeechRecognitionAlternativeLike {
  readonly transcript: string;
}
export interface SpeechRecognitionResultLike {
  readonly isFinal: boolean;
  readonly length: number;
  readonly [index: number]: SpeechRecognitionAlternativeLike;
}
export interface SpeechRecognitionResultEventLike {
  readonly resultIndex: number;
  readonly results: { readonly length: number; readonly [index: number]: SpeechRecognitionResultLike };
}
export interface SpeechRecognitionErrorEventLike {
  /** `not-allowed`, `service-not-allowed`, `audio-capture`, `no-speech`, `network`, `language-not-supported`, `aborted`… */
  readonly error: string;
}
export type SpeechRecognitionConstructor = new () => SpeechRecognitionLike;

/** Why dictation stopped with an error, in the words the messages need. */
export type DictationError = 'blocked' | 'no-microphone' | 'no-speech' | 'network' | 'language' | 'other';
export type DictationState = 'idle' | 'listening' | 'error';

/** The browser's speech recognition (standard or `webkit`-prefixed), or undefined where there is none. */
export function speechRecognitionConstructor(): SpeechRecognitionConstructor | undefined {
  const scope = globalThis as { SpeechRecognition?: unknown; webkitSpeechRecognition?: unknown };
  const found = scope.SpeechRecognition ?? scope.webkitSpeechRecognition;
  return typeof found === 'function' ? (found as SpeechRecognitionConstructor) : undefined;
}

function toDictationError(code: string): DictationError {
  switch (code) {
    case 'not-allowed':
    case 'service-not-allowed':
      return 'blocked';
    case 'audio-capture':
      return 'no-microphone';
    case 'no-speech':
      return 'no-speech';
    case 'network':
      return 'network';
    case 'language-not-supported':
      return 'language';
    default:
      return 'other';
  }
}

export interface SpeechRecognitionCallbacks {
  /** Recognised final text, trimmed and never empty. */
  onText(text: string): void;
  /** Dictation started, ended or failed. Not called on disconnect. */
  onStateChange(state: 'listening' | 'stopped' | 'error'): void;
}

/**
 * Dictation with the browser's speech recognition: one session at a time, final results
 * only. A session stopped by the patient still delivers what was said before the stop; a
 * host that leaves the page aborts it and hears nothing more from it. Nothing is kept.
 */
export class SpeechRecognitionController implements ReactiveController {
  state: DictationState = 'idle';
  error: DictationError | undefined;
  private current: SpeechRecognitionLike | undefined;
  private readonly sessions = new Set<SpeechRecognitionLike>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: SpeechRecognitionCallbacks,
  ) {
    host.addController(this);
  }

  get supported(): boolean {
    return speechRecognitionConstructor() !== undefined;
  }

  get listening(): boolean {
    return this.state === 'listening';
  }

  /** Starts listening in `lang` (a BCP 47 tag such as `en-US`). */
  start(lang: string): void {
    const Recognition = speechRecognitionConstructor();
    if (!Recognition || this.listening) return;
    this.error = undefined;
    let recognition: SpeechRecognitionLike | undefined;
    try {
      const session = (recognition = new Recognition());
      session.lang = lang;
      session.continuous = true;
      session.interimResults = false;
      session.maxAlternatives = 1;
      session.onresult = (event) => this.onResult(event);
      session.onerror = (event) => this.onError(session, event.error);
      session.onend = () => this.onEnd(session);
      this.sessions.add(session);
      this.current = session;
      session.start();
    } catch {
      if (recognition) this.release(recognition, false);
      this.fail('other');
      return;
    }
    this.setState('listening');
    this.callbacks.onStateChange('listening');
  }

  /** Stops listening; what was already said still arrives. */
  stop(): void {
    if (!this.listening) return;
    const recognition = this.current;
    this.current = undefined;
    this.setState('idle');
    try {
      recognition?.stop();
    } catch {
      // Already stopped.
    }
    this.callbacks.onStateChange('stopped');
  }

  toggle(lang: string): void {
    if (this.listening) this.stop();
    else this.start(lang);
  }

  hostDisconnected(): void {
    for (const recognition of this.sessions) this.release(recognition, true);
    this.current = undefined;
    this.state = 'idle';
  }

  private onResult(event: SpeechRecognitionResultEventLike): void {
    const parts: string[] = [];
    for (let i = event.resultIndex; i < event.results.length; i++) {
      const result = event.results[i];
      if (result?.isFinal && result.length > 0) parts.push(result[0]?.transcript.trim() ?? '');
    }
    const text = parts.filter(Boolean).join(' ');
    if (text) this.callbacks.onText(text);
  }

  private onError(recognition: SpeechRecognitionLike, code: string): void {
    // `aborted` is this controller stopping a session; an old session's error is not news.
    if (code === 'aborted' || recognition !== this.current) return;
    this.current = undefined;
    this.release(recognition, true);
    this.fail(toDictationError(code));
  }

  private onEnd(recognition: SpeechRecognitionLike): void {
    this.release(recognition, false);
    if (recognition !== this.current) return;
    // The browser ended the session on its own (silence, time limit).
    this.current = undefined;
    this.setState('idle');
    this.callbacks.onStateChange('stopped');
  }

  private fail(error: DictationError): void {
    this.current = undefined;
    this.error = error;
    this.setState('error');
    this.callbacks.onStateChange('error');
  }

  private release(recognition: SpeechRecognitionLike, abort: boolean): void {
    this.sessions.delete(recognition);
    recognition.onresult = null;
    recognition.onerror = null;
    recognition.onend = null;
    if (!abort) return;
    try {
      recognition.abort();
    } catch {
      // Already ended.
    }
  }

  private setState(state: DictationState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
