import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createDraft, isDraftEmpty, serializeDraft, type ComposeDraftData, type DraftContent } from '../core/draft.js';
import { DebouncedTask } from './debounced-task.js';
import { LazyModule } from './lazy-module.js';

/** Reading a draft back checks it with zod, which the first screen does not otherwise need. */
const draftSchema = new LazyModule(() => import('../core/draft-schema.js'));

/**
 * Reads a stored snapshot back (a draft, or the browser's form restore state), checked with
 * zod; `undefined` when it is not one this version can read. Never rejects.
 */
export async function readSnapshot(value: unknown): Promise<ComposeDraftData | undefined> {
  try {
    return (await draftSchema.load()).parseDraft(value);
  } catch {
    return undefined;
  }
}

/**
 * Where a host portal keeps drafts (its own server, IndexedDB, an encrypted store…). Any method
 * may be asynchronous. The value given to `load` back may be anything: it is validated, and an
 * invalid one is ignored.
 */
export interface DraftStore {
  /** The saved draft; it may carry the attached `files` back (see `StoredDraft`). */
  load(key: string): StoredDraft | undefined | null | Promise<StoredDraft | undefined | null>;
  /** `files` are the attached files: only host stores receive them, never `sessionStorage`. */
  save(key: string, draft: ComposeDraftData, files: readonly File[]): void | Promise<void>;
  clear(key: string): void | Promise<void>;
}

/** A draft as a host store gives it back: the JSON draft, and the attached files if it kept them. */
export type StoredDraft = ComposeDraftData & { files?: readonly File[] };

/** A restored draft, validated, with the attached files a host store kept (none from `sessionStorage`). */
export type LoadedDraft = ComposeDraftData & { files: File[] };

export type DraftOperation = 'load' | 'save' | 'clear';

/** A storage failure. The error itself is never shown or logged: it may quote the text. */
export interface DraftError {
  operation: DraftOperation;
  error: unknown;
}

export interface DraftControllerOptions {
  /** The `draft-key` attribute: drafts go to `sessionStorage` under `sm-compose:draft:<key>`. */
  getKey: () => string | undefined;
  /** The host's own store; used instead of `sessionStorage` when set. */
  getStore: () => DraftStore | undefined;
  /** Milliseconds of quiet after the last change before saving. Default 1000. */
  delay?: number;
  /** Called after a storage failure (also kept in `lastError`), e.g. to show a notice. */
  onError?: (failure: DraftError) => void;
  /**
   * What the host shows now, read after each update: a change is saved a moment later, a
   * message emptied (sent, reset, started over) is forgotten at once, and `unsaved` turns the
   * leave-page warning on or off. Without it, the host calls `schedule` itself.
   */
  read?: () => { content: DraftContent; files: readonly File[]; unsaved: boolean };
  /** The stored draft, read once after the first update (with `read`), to put back on screen. */
  onRestore?: (draft: LoadedDraft) => void;
}

/** The keys in use on this page: two widgets with one key would overwrite each other's draft. */
const claimedKeys = new Map<string, DraftController>();

/** The `sessionStorage` key prefix. Never `localStorage`: a draft must not outlive the tab. */
export const DRAFT_STORAGE_PREFIX = 'sm-compose:draft:';
/** The key passed to a host store when no `draft-key` is set. */
export const DEFAULT_DRAFT_KEY = 'default';

/** A host store, or `sessionStorage`, whose `load` gives the JSON string as stored. */
type AnyStore = Omit<DraftStore, 'load'> & { load(key: string): unknown };

interface Target {
  store: AnyStore;
  key: string;
}

/** `sessionStorage`, read when used: merely touching it can throw when storage is disabled. */
const sessionDraftStore: AnyStore = {
  // The JSON string as stored; `load()` below parses and checks it like a host store's value.
  load: (key) => window.sessionStorage.getItem(DRAFT_STORAGE_PREFIX + key),
  // Files are never put in sessionStorage: only the text of the draft.
  save: (key, draft) => window.sessionStorage.setItem(DRAFT_STORAGE_PREFIX + key, serializeDraft(draft)),
  clear: (key) => window.sessionStorage.removeItem(DRAFT_STORAGE_PREFIX + key),
};

function sameFiles(a: readonly File[], b: readonly File[]): boolean {
  return a.length === b.length && a.every((file, i) => file === b[i]);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * Keeps an unsent message across reloads, only where the host opted in: with a `draft-key`, in
 * `sessionStorage` (this tab only); with a host `draftStore`, there. With neither it does
 * nothing and stores nothing.
 *
 * Saves a moment after typing stops (`schedule`), at once on `flush`, and by itself when the
 * page is hidden or left (`visibilitychange`, `pagehide`) and when the host is disconnected.
 * Storage operations run one after another, so a slow save never overwrites a later one or a
 * clear. A failing store never throws out of the controller and never touches the host's
 * state: the failure is kept in `lastError` and reported to `onError`.
 */
export class DraftController implements ReactiveController {
  /** The last storage failure; reset by the next successful save or clear. */
  lastError: DraftError | undefined;
  /** When the last successful save happened (ISO 8601). */
  lastSavedAt: string | undefined;

  private readonly saveWhenPaused: DebouncedTask;
  private pending: { target: Target; content: DraftContent; files: File[] } | undefined;
  /** The end of the queue of storage operations; undefined when idle. */
  private tail: Promise<void> | undefined;
  private guardWanted = false;
  private guardOn = false;
  private connected = false;
  /** What `read` gave at the last update, to save only what changed. */
  private seen: { text: string; files: readonly File[]; empty: boolean } | undefined;
  /** Another widget on the page already keeps a draft under this key: this one keeps none. */
  private duplicateKey: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftControllerOptions,
  ) {
    this.saveWhenPaused = new DebouncedTask(host, () => void this.flush(), options.delay ?? 1000);
    host.addController(this);
  }

  /** Whether drafts are kept at all (a `draft-key` or a host store is set). */
  get enabled(): boolean {
    return this.target() !== undefined;
  }

  /** Whether a change is waiting to be saved. */
  get pendingSave(): boolean {
    return this.pending !== undefined;
  }

  /**
   * Saves `content` once changes have paused for `delay` ms, replacing anything still waiting.
   * Incomplete or invalid messages are saved too; an empty one removes the stored draft.
   */
  schedule(content: DraftContent, files: readonly File[] = []): void {
    const target = this.target();
    if (target === undefined) return;
    this.pending = { target, content: createDraft(content), files: [...files] };
    this.saveWhenPaused.schedule();
  }

  /** Saves whatever is waiting, now. Resolves when written (or failed); never rejects. */
  flush(): Promise<void> {
    this.saveWhenPaused.cancel();
    const pending = this.pending;
    this.pending = undefined;
    if (pending === undefined) return this.tail ?? Promise.resolve();
    const { target, content, files } = pending;
    const remove = isDraftEmpty(content) && files.length === 0;
    return this.run('save', () => (remove ? target.store.clear(target.key) : target.store.save(target.key, createDraft(content), files)), () => {
      this.lastSavedAt = remove ? undefined : new Date().toISOString();
    });
  }

  /**
   * The stored draft, validated; `undefined` when there is none, it is empty or unreadable,
   * drafts are off, or the store failed. Never rejects.
   */
  async load(): Promise<LoadedDraft | undefined> {
    const target = this.target();
    if (target === undefined) return undefined;
    let found: LoadedDraft | undefined;
    let parseDraft: (value: unknown) => ComposeDraftData | undefined;
    try {
      ({ parseDraft } = await draftSchema.load());
    } catch (error) {
      // The draft stays stored; the patient is told it could not be read back.
      this.fail('load', error);
      return undefined;
    }
    await this.run('load', () => target.store.load(target.key), (value) => {
      const draft = parseDraft(value);
      const kept = (value as { files?: unknown } | null | undefined)?.files;
      const files = Array.isArray(kept) ? kept.filter((file): file is File => file instanceof File) : [];
      found = draft === undefined || (isDraftEmpty(draft) && files.length === 0) ? undefined : { ...draft, files };
    });
    return found;
  }

  /** Forgets the draft: anything waiting and what is stored. After a send, or when the patient discards it. Never rejects. */
  async clear(): Promise<void> {
    this.saveWhenPaused.cancel();
    this.pending = undefined;
    const target = this.target();
    if (target === undefined) return;
    await this.run('clear', () => target.store.clear(target.key), () => {
      this.lastSavedAt = undefined;
    });
  }

  /**
   * While enabled, leaving the page asks the patient first (the browser shows its own prompt).
   * Turn it on while there is unsent text, off once it is sent or discarded.
   */
  setUnsavedGuard(enabled: boolean): void {
    this.guardWanted = enabled;
    this.syncGuard();
  }

  hostConnected(): void {
    this.connected = true;
    this.claimKey();
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibilityChange);
    this.syncGuard();
  }

  hostDisconnected(): void {
    this.connected = false;
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.syncGuard();
    void this.flush();
    claimedKeys.forEach((owner, key) => owner === this && claimedKeys.delete(key));
    this.duplicateKey = undefined;
  }

  hostUpdated(): void {
    const now = this.connected ? this.options.read?.() : undefined;
    if (!now) return;
    const empty = isDraftEmpty(now.content) && now.files.length === 0;
    this.setUnsavedGuard(now.unsaved && !empty);
    // Nowhere to keep a draft: nothing to compare (a keystroke in a long message would pay for
    // serialising it). A key set later loads its draft at the next update.
    if (!this.target()) {
      this.seen = undefined;
      return;
    }
    const text = JSON.stringify(now.content);
    const before = this.seen;
    this.seen = { text, files: now.files, empty };
    if (!before) {
      void this.load().then((draft) => draft && this.options.onRestore?.(draft));
      return;
    }
    if (before.text === text && sameFiles(before.files, now.files)) return;
    // Emptied (sent, reset, started over): nothing of it may come back after a reload.
    if (empty && !before.empty) void this.clear();
    else this.schedule(now.content, now.files);
  }

  private claimKey(): void {
    const key = this.options.getStore() ? undefined : this.options.getKey();
    if (key === undefined) return;
    const owner = claimedKeys.get(key);
    if (owner && owner !== this) {
      this.duplicateKey = key;
      // The key is the host's, never the patient's words: safe to name.
      console.warn(`<sm-compose>: draft-key "${key}" is in use by another widget; this one keeps no draft.`);
      return;
    }
    claimedKeys.set(key, this);
  }

  private readonly onPageHide = (): void => {
    void this.flush();
  };

  private readonly onVisibilityChange = (): void => {
    if (document.visibilityState === 'hidden') void this.flush();
  };

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    event.preventDefault();
    // Browsers from before the standard `preventDefault` behaviour look at `returnValue`.
    event.returnValue = true;
  };

  private syncGuard(): void {
    const on = this.guardWanted && this.connected;
    if (on === this.guardOn) return;
    this.guardOn = on;
    if (on) window.addEventListener('beforeunload', this.onBeforeUnload);
    else window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  private target(): Target | undefined {
    const store = this.options.getStore();
    const key = this.options.getKey() || undefined;
    if (key !== undefined && key === this.duplicateKey) return undefined;
    if (store) return { store, key: key ?? DEFAULT_DRAFT_KEY };
    if (key !== undefined) return { store: sessionDraftStore, key };
    return undefined;
  }

  /**
   * Runs one storage operation after those before it. When nothing is queued it starts at
   * once, so a synchronous store (sessionStorage) is written before a `pagehide` handler returns.
   */
  private run(operation: DraftOperation, op: () => unknown, onSuccess: (value: unknown) => void): Promise<void> {
    const attempt = (): void | Promise<void> => {
      let result: unknown;
      try {
        result = op();
      } catch (error) {
        this.fail(operation, error);
        return;
      }
      if (!isThenable(result)) return this.succeed(operation, onSuccess, result);
      return Promise.resolve(result).then(
        (value) => this.succeed(operation, onSuccess, value),
        (error: unknown) => this.fail(operation, error),
      );
    };
    const previous = this.tail;
    let done: Promise<void>;
    if (previous === undefined) {
      const result = attempt();
      if (result === undefined) return Promise.resolve();
      done = result;
    } else {
      done = previous.then(attempt);
    }
    this.tail = done;
    void done.then(() => {
      if (this.tail === done) this.tail = undefined;
    });
    return done;
  }

  private succeed(operation: DraftOperation, onSuccess: (value: unknown) => void, value: unknown): void {
    try {
      onSuccess(value);
    } catch (error) {
      this.fail(operation, error);
      return;
    }
    if (operation !== 'load' && this.lastError !== undefined) {
      this.lastError = undefined;
      this.host.requestUpdate();
    } else if (operation === 'save') {
      this.host.requestUpdate();
    }
  }

  private fail(operation: DraftOperation, error: unknown): void {
    const failure: DraftError = { operation, error };
    this.lastError = failure;
    this.host.requestUpdate();
    try {
      this.options.onError?.(failure);
    } catch {
      // The host's handler failing must not lose the draft either.
    }
  }
}
