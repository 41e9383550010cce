import type { ReactiveControllerHost } from 'lit';
import { DebouncedTask } from './debounced-task.js';

/**
 * Feeds a polite live region: a message is spoken only once input has paused for `delay`
 * ms, so screen readers are not interrupted on every keystroke, and never the same message
 * twice in a row.
 */
export class DebouncedAnnouncer {
  /** What the live region should contain now. */
  message = '';
  private pending = '';
  private last = '';
  private readonly task: DebouncedTask;

  constructor(
    private readonly host: ReactiveControllerHost,
    delay = 1000,
  ) {
    this.task = new DebouncedTask(host, () => this.speak(), delay);
  }

  /** Speaks `text` after the pause, replacing anything still waiting. */
  schedule(text: string): void {
    this.pending = text;
    this.task.schedule();
  }

  /** Drops anything waiting to be spoken. */
  cancel(): void {
    this.task.cancel();
  }

  private speak(): void {
    if (this.pending === this.last) return;
    this.last = this.pending;
    this.message = this.pending;
    this.host.requestUpdate();
  }
}
