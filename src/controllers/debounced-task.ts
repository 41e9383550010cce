import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Runs a task once input has paused for `delay` ms; pending work is dropped on disconnect. */
export class DebouncedTask implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly task: () => void,
    private readonly delay: number,
  ) {
    host.addController(this);
  }

  schedule(): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.task();
    }, this.delay);
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
