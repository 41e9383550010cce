import type { ReactiveControllerHost } from 'lit';
import { settleWithin } from '../core/settle-within.js';

export type SubmissionOutcome = 'sent' | 'failed' | 'timed-out' | 'ignored';

/**
 * One send at a time: while the host's promises are pending the host element is busy and a
 * second send is ignored. The host joins in through `waitUntil`, called while the event is
 * being dispatched; a promise that never settles ends after `timeout` ms as a failure.
 */
export class SubmissionController {
  busy = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  /**
   * `dispatch` fires the event and returns whether its default action may run (not
   * cancelled). `onUnclaimed` runs when no one called `waitUntil` and nothing cancelled the
   * event: the default action, e.g. submitting the surrounding form.
   */
  async submit(
    dispatch: (waitUntil: (promise: PromiseLike<unknown>) => void) => boolean,
    timeout: number,
    onUnclaimed?: () => void,
  ): Promise<SubmissionOutcome> {
    if (this.busy) return 'ignored';
    this.busy = true;
    this.host.requestUpdate();
    const pending: PromiseLike<unknown>[] = [];
    let dispatching = true;
    try {
      const notCancelled = dispatch((promise) => {
        if (!dispatching) throw new Error('Call waitUntil() while handling sm-submit, not later.');
        pending.push(promise);
      });
      dispatching = false;
      if (pending.length === 0 && notCancelled) onUnclaimed?.();
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

async function settle(work: Promise<unknown>, timeout: number): Promise<SubmissionOutcome> {
  const { status } = await settleWithin(work, timeout);
  return status === 'fulfilled' ? 'sent' : status === 'rejected' ? 'failed' : 'timed-out';
}
