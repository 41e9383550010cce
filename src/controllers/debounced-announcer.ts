import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DebouncedAnnouncerOptions {
  /** Speak once input has paused this long (ms). */
  delay?: number;
  /** …or at the latest this long (ms) after the first `schedule` since the last message, so continuous typing is not silent. */
  maxWait?: number;
  /** Empty the live region this long (ms) after speaking, so reading the page later finds no old message. */
  clearAfter?: number;
}

/**
 * Feeds a polite live region: a message is spoken only once input has paused for `delay`
 * ms (or `maxWait` ms after it was first scheduled, when input never pauses), so screen
 * readers are not interrupted on every keystroke, and never the same message twice in a row.
 * The message can be a function, read when it is spoken, so it is never stale.
 */
export class DebouncedAnnouncer implements ReactiveController {
  /** What the live region should contain now. */
  message = '';
  private pending: string | (() => string | undefined) = '';
  private pause: ReturnType<typeof setTimeout> | undefined;
  private deadline: ReturnType<typeof setTimeout> | undefined;
  private clear: ReturnType<typeof setTimeout> | undefined;
  private readonly delay: number;
  private readonly maxWait: number;
  private readonly clearAfter: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    options: number | DebouncedAnnouncerOptions = {},
  ) {
    const { delay = 1000, maxWait = Infinity, clearAfter = Infinity } = typeof options === 'number' ? { delay: options } : options;
    this.delay = delay;
    this.maxWait = maxWait;
    this.clearAfter = clearAfter;
    host.addController(this);
  }

  /** Whether a message is waiting to be spoken. */
  get scheduled(): boolean {
    return this.pause !== undefined;
  }

  /** Speaks `text` (or what it returns then) after the pause, replacing anything still waiting. */
  schedule(text: string | (() => string | undefined)): void {
    this.pending = text;
    if (this.pause !== undefined) clearTimeout(this.pause);
    this.pause = setTimeout(() => this.speak(), this.delay);
    if (this.deadline === undefined && Number.isFinite(this.maxWait)) this.deadline = setTimeout(() => this.speak(), this.maxWait);
  }

  /** Drops anything waiting to be spoken. */
  cancel(): void {
    if (this.pause !== undefined) clearTimeout(this.pause);
    if (this.deadline !== undefined) clearTimeout(this.deadline);
    this.pause = this.deadline = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
    if (this.clear !== undefined) clearTimeout(this.clear);
    this.clear = undefined;
  }

  private speak(): void {
    const pending = this.pending;
    this.cancel();
    const text = typeof pending === 'function' ? pending() : pending;
    if (!text || text === this.message) return;
    this.message = text;
    this.host.requestUpdate();
    if (this.clear !== undefined) clearTimeout(this.clear);
    if (Number.isFinite(this.clearAfter)) {
      this.clear = setTimeout(() => {
        this.clear = undefined;
        this.message = '';
        this.host.requestUpdate();
      }, this.clearAfter);
    }
  }
}
