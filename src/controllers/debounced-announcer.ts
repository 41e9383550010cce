import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Feeds a polite live region: a message is spoken only once input has paused for `delay`
 * ms, so screen readers are not interrupted on every keystroke, and never the same message
 * twice in a row.
 */
export class DebouncedAnnouncer implements ReactiveController {
  /** What the live region should contain now. */
  message = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delay = 1000,
  ) {
    host.addController(this);
  }

  /** Speaks `text` after the pause, replacing anything still waiting. */
  schedule(text: string): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (text === this.last) return;
      this.last = text;
      this.message = text;
      this.host.requestUpdate();
    }, this.delay);
  }

  /** Drops anything waiting to be spoken. */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Forgets the last message, so the same words can be spoken again later. */
  reset(): void {
    this.cancel();
    this.last = '';
    this.message = '';
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
