import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs a task once input has paused for `delay` ms; pending work is dropped on disconnect.
 * Every keystroke schedules it: rather than clear and set a timer each time, the one timer
 * waits on, to the moment `delay` after the last call.
 */
export class DebouncedTask implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly task: () => void,
    private readonly delay: number,
  ) {
    host.addController(this);
  }

  schedule(): void {
    this.due = Date.now() + this.delay;
    this.timer ??= setTimeout(this.wake, this.delay);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private readonly wake = (): void => {
    const left = this.due - Date.now();
    if (left > 0) {
      this.timer = setTimeout(this.wake, left);
      return;
    }
    this.timer = undefined;
    this.task();
  };
}
