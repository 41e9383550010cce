/** How a promise settled, or that it did not settle in time. */
export type Settled<T> = { status: 'fulfilled'; value: T } | { status: 'rejected'; reason: unknown } | { status: 'timeout' };

/**
 * Settles with how `promise` settled, or with `{ status: 'timeout' }` once `ms` milliseconds have
 * passed first; never rejects. The one timeout helper of the library: the widget's wait for a lazy
 * part, the host's `waitUntil` promise and the host's urgency check all use it. DOM-free.
 */
export function settleWithin<T>(promise: PromiseLike<T>, ms: number): Promise<Settled<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: 'timeout' }), ms);
    const finish = (settled: Settled<T>) => {
      clearTimeout(timer);
      resolve(settled);
    };
    Promise.resolve(promise).then(
      (value) => finish({ status: 'fulfilled', value }),
      (reason: unknown) => finish({ status: 'rejected', reason }),
    );
  });
}
