/**
 * A module the first screen does not need. In the drop-in bundle it is a file of its own:
 * loading starts when it is first wanted (`load`), and once loaded it is used synchronously
 * (`loaded`). A failed load is retried on the next `load()` rather than cached; code that runs
 * on every render checks `failed` first, so that an offline page does not ask again each time.
 */
export class LazyModule<T> {
  private value: T | undefined;
  private pending: Promise<T> | undefined;
  /** Whether it has finished loading (also for a module whose load resolves to nothing). */
  ready = false;
  /** Whether the last attempt failed (until the next `load()`). */
  failed = false;

  constructor(private readonly importer: () => Promise<T>) {}

  /** The module, if it has finished loading. */
  get loaded(): T | undefined {
    return this.value;
  }

  load(): Promise<T> {
    if (!this.pending) this.failed = false;
    this.pending ??= this.importer().then(
      (module) => {
        this.ready = true;
        return (this.value = module);
      },
      (error: unknown) => {
        this.pending = undefined;
        this.failed = true;
        throw error;
      },
    );
    return this.pending;
  }

  /** Starts loading without waiting; a failure is left for the next `load()` to report. */
  prefetch(): void {
    this.load().catch(() => undefined);
  }
}

/**
 * Runs `task` once the page has painted and the browser is idle (at most two seconds later):
 * loading what comes next never delays the first screen.
 */
export function whenIdle(task: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => task(), { timeout: 2000 }) : setTimeout(task, 200));
  // A timer set in an animation frame fires after that frame is painted.
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(idle));
  else idle();
}
