import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type SubmissionOutcome = 'sent' | 'failed' | 'timed-out' | 'ignored';

/**
 * One send at a time: while the host's promises are pending the host element is busy and a
 * second send is ignored. The host joins in through `waitUntil`, called while the event is
 * being dispatched; a promise that never settles ends after `timeout` ms as a failure.
 */
export class SubmissionController implements ReactiveController {
  busy = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  async submit(dispatch: (waitUntil: (promise: PromiseLike<unknown>) => void) => void, timeout: number): Promise<SubmissionOutcome> {
    if (this.busy) return 'ignored';
    this.busy = true;
    this.host.requestUpdate();
    const pending: PromiseLike<unknown>[] = [];
    let dispatching = true;
    try {
      dispatch((promise) => {
        if (!dispatching) throw new Error('Call waitUntil() while handling sm-submit, not later.');
        pending.push(promise);
      });
      dispatching = false;
      return await settle(Promise.all(pending), timeout);
    } catch {
      return 'failed';
    } finally {
      dispatching = false;
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}

function settle(work: Promise<unknown>, timeout: number): Promise<SubmissionOutcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timed-out'), timeout);
    work.then(
      () => resolve('sent'),
      () => resolve('failed'),
    ).finally(() => clearTimeout(timer));
  });
}
