import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { settleWithin } from '../core/settle-within.js';
import { whenIdle, type LazyModule } from './lazy-module.js';

/** How long a render waits for a part it would show before it goes ahead without it. */
export const PART_WAIT_MS = 3000;

type Registry = Record<string, LazyModule<unknown>>;
type Loaded<R extends Registry> = { [K in keyof R]: R[K] extends LazyModule<infer T> ? T : never };

/**
 * The one registry of the parts an element loads after its first screen (Spectrum's
 * `DependencyManager`, for modules as well as elements). `need()` loads parts and says whether
 * they all arrived; `pending` is what the patient is waiting for; `failed` says a part needed
 * could not be loaded (offline). After the first screen, `prefetch` order is followed group by
 * group, so the parts the next step needs are not slowed by the ones it does not.
 */
export class PartsController<R extends Registry> implements ReactiveController {
  /** A part asked for by `need()` did not load (until the next `need()` succeeds). */
  failed = false;
  private readonly pending = new Set<Promise<unknown>>();
  private started = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly modules: R,
    /** What to load after the first screen, in groups, in order. Called once. */
    private readonly prefetchOrder: () => readonly (readonly (keyof R)[])[],
  ) {
    host.addController(this);
  }

  /** The parts, if they have all loaded: then nothing waits. */
  ready<K extends keyof R>(...names: K[]): Pick<Loaded<R>, K> | undefined {
    if (!names.every((name) => this.modules[name]!.ready)) return undefined;
    return Object.fromEntries(names.map((name) => [name, this.modules[name]!.loaded])) as Pick<Loaded<R>, K>;
  }

  /** Loads the parts; `undefined` (and `failed`) if one could not be loaded. Never rejects. */
  async need<K extends keyof R>(...names: K[]): Promise<Pick<Loaded<R>, K> | undefined> {
    const now = this.ready(...names);
    if (now) return now;
    // Every part is tried (and has answered) before a failure is reported.
    const settled = await this.track(Promise.allSettled(names.map((name) => this.modules[name]!.load())));
    this.failed = settled.some((result) => result.status === 'rejected');
    this.host.requestUpdate();
    return this.failed ? undefined : this.ready(...names);
  }

  /** Counts `work` as something the patient is waiting for (see `settled`) until it settles. */
  track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const done = () => this.pending.delete(work);
    work.then(done, done);
    return work;
  }

  /** Whether something the patient is waiting for is still loading. */
  get waiting(): boolean {
    return this.pending.size > 0;
  }

  /** Settles once nothing the patient is waiting for is still loading. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /**
   * A host's `scheduleUpdate` for a render that would show `names`: it waits for them (at most
   * `PART_WAIT_MS`; on a slow network the render goes ahead and the elements upgrade when they
   * arrive), or not at all when they are here or already failed (Review asks again and says what
   * did not load).
   */
  beforeShowing(names: readonly (keyof R)[], update: () => void | Promise<unknown>): void | Promise<unknown> {
    const missing = names.map((name) => this.modules[name]!).filter((part) => !part.ready && !part.failed);
    if (missing.length === 0) return update();
    return settleWithin(Promise.all(missing.map((part) => part.load())), PART_WAIT_MS).then(update);
  }

  /** A host's `getUpdateComplete`: once rendering is done and nothing the patient waits for is loading. */
  async updateComplete(rendered: () => Promise<boolean>): Promise<boolean> {
    let complete = await rendered();
    while (this.waiting) {
      await this.settled();
      complete = await rendered();
    }
    return complete;
  }

  hostUpdated(): void {
    if (this.started) return;
    this.started = true;
    whenIdle(() => void this.prefetch());
  }

  private async prefetch(): Promise<void> {
    for (const group of this.prefetchOrder()) {
      await Promise.allSettled(group.map((name) => this.modules[name]!.load()));
    }
  }
}
