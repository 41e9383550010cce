import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DraftController, type DraftError, type DraftStore } from '../../src/controllers/draft.js';
import type { ComposeDraftData, DraftContent } from '../../src/core/draft.js';

/** A bare host: what `<sm-compose>` will do, and nothing else. */
class DraftTestHost extends LitElement {
  static override properties = {
    draftKey: { attribute: 'draft-key' },
    draftStore: { attribute: false },
  };

  declare draftKey: string | undefined;
  declare draftStore: DraftStore | undefined;
  readonly errors: DraftError[] = [];
  readonly drafts = new DraftController(this, {
    getKey: () => this.draftKey,
    getStore: () => this.draftStore,
    delay: 50,
    onError: (failure) => this.errors.push(failure),
  });
}
customElements.define('draft-test-host', DraftTestHost);

const content: DraftContent = {
  regarding: 'self',
  category: 'question',
  answers: { symptom: 'Cansancio desde hace 2 semanas' },
  subject: 'Fatigue',
  subjectEdited: true,
  message: 'I have felt tired for two weeks.\nشكرا 👨‍👩‍👧',
};

const storageKey = 'sm-compose:draft:patient-42';
const stored = (): ComposeDraftData => JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as ComposeDraftData;
const withoutTime = ({ savedAt: _savedAt, version: _version, ...rest }: ComposeDraftData) => rest;

/** A host store that answers after `latency` ms, like a server. */
class SlowStore implements DraftStore {
  readonly data = new Map<string, ComposeDraftData>();
  readonly calls: string[] = [];
  constructor(private readonly latency = 20) {}
  async load(key: string) {
    this.calls.push(`load:${key}`);
    await aTimeout(this.latency);
    return this.data.get(key);
  }
  async save(key: string, draft: ComposeDraftData) {
    this.calls.push(`save:${key}`);
    await aTimeout(this.latency);
    this.data.set(key, draft);
  }
  async clear(key: string) {
    this.calls.push(`clear:${key}`);
    await aTimeout(this.latency);
    this.data.delete(key);
  }
}

describe('DraftController', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('saves to sessionStorage a moment after typing stops, and only there', async () => {
    const el = await fixture<DraftTestHost>(html`<draft-test-host draft-key="patient-42"></draft-test-host>`);
    expect(el.drafts.enabled).to.equal(true);
    el.drafts.schedule({ ...content, message: 'I have' });
    await aTimeout(20);
    el.drafts.schedule(content);
    await aTimeout(30);
    expect(sessionStorage.getItem(storageKey), 'not while typing').to.equal(null);
    await aTimeout(60);
    expect(withoutTime(stored())).to.deep.equal(content);
    expect(stored().version).to.equal(1);
    expect(Date.parse(stored().savedAt)).to.be.closeTo(Date.now(), 5000);
    expect(sessionStorage.length).to.equal(1);
    expect(localStorage.length).to.equal(0);
    expect(el.drafts.lastSavedAt).to.be.a('string');
    expect(el.errors).to.deep.equal([]);
  });

  it('saves an incomplete draft, and an emptied one removes what was stored', async () => {
    const el = await fixture<DraftTestHost>(html`<draft-test-host draft-key="patient-42"></draft-test-host>`);
    el.drafts.schedule({ answers: {}, message: 'half a sent' });
    await el.drafts.flush();
    expect(stored().message).to.equal('half a sent');
    el.drafts.schedule({ answers: {}, message: '' });
    await el.drafts.flush();
    expect(sessionStorage.getItem(storageKey)).to.equal(null);
    expect(await el.drafts.load()).to.equal(undefined);
  });

  it('stores nothing anywhere without a draft-key or a store', async () => {
    const el = await fixture<DraftTestHost>(html`<draft-test-host></draft-test-host>`);
    expect(el.drafts.enabled).to.equal(false);
    el.drafts.schedule(content);
    expect(el.drafts.pendingSave).to.equal(false);
    await aTimeout(100);
    await el.drafts.flush();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    el.remove();
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
    expect(await el.drafts.load()).to.equal(undefined);
    await el.drafts.clear();
    expect(el.errors).to.deep.equal([]);
  });

  it('ignores an empty draft-key', async () => {
    const el = await fixture<DraftTestHost>(html`<draft-test-host draft-key=""></draft-test-host>`);
    expect(el.drafts.enabled).to.equal(false);
    el.drafts.schedule(content);
    await el.drafts.flush();
    expect(sessionStorage.length).to.equal(0);
  });

  it('loads what it saved, and clear forgets it', async () => {
    const el = await fixture<DraftTestHost>(html`<draft-test-host draft-key="patient-42"></draft-test-host>`);
    el.drafts.schedule(content);
    await el.drafts.flush();
    const loaded = await el.drafts.load();
    expect(loaded && withoutTime(loaded)).to.deep.equal({ ...content, files: [] });
    el.drafts.schedule({ ...content, message: 'more' });
    await el.drafts.clear();
    await aTimeout(100);
    expect(sessionStorage.getItem(storageKey), 'a clear also drops the waiting save').to.equal(null);
    expect(await el.drafts.load()).to.equal(undefined);
  });

  it('uses an asynchronous host store, with the draft-key or "default"', async () => {
    const store = new SlowStore();
    const el = await fixture<DraftTestHost>(html`<draft-test-host .draftStore=${store}></draft-test-host>`);
    expect(el.drafts.enabled).to.equal(true);
    el.drafts.schedule(content);
    await aTimeout(100);
    await el.drafts.flush();
    expect(store.calls).to.deep.equal(['save:default']);
    expect(withoutTime(store.data.get('default')!)).to.deep.equal(content);
    expect(sessionStorage.length, 'the host store replaces sessionStorage').to.equal(0);

    const loaded = await el.drafts.load();
    expect(loaded && withoutTime(loaded)).to.deep.equal({ ...content, files: [] });

    await el.drafts.clear();
    expect(store.data.size).to.equal(0);
    expect(store.calls).to.deep.equal(['save:default', 'load:default', 'clear:default']);

    el.draftKey = 'patient-42';
    el.drafts.schedule(content);
    await el.drafts.flush();
    expect([...store.data.keys()]).to.deep.equal(['patient-42']);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('runs store operations in order: a slow save never overwrites a later one or a clear', async () => {
    const store = new SlowStore(40);
    const el = await fixture<DraftTestHost>(html`<draft-test-host .draftStore=${store}></draft-test-host>`);
    el.drafts.schedule({ ...content, message: 'first' });
    const first = el.drafts.flush();
    el.drafts.schedule({ ...content, message: 'second' });
    const second = el.drafts.flush();
    await Promise.all([first, second]);
    expect(store.data.get('default')?.message).to.equal('second');
    el.drafts.schedule({ ...content, message: 'third' });
    void el.drafts.flush();
    await el.drafts.clear();
    expect(store.data.size).to.equal(0);
  });

  it('validates what a host store gives back', async () => {
    const store: DraftStore = {
      load: () => ({ version: 2, message: 'from the future' }) as unknown as ComposeDraftData,
      save: () => {},
      clear: () => {},
    };
    const el = await fixture<DraftTestHost>(html`<draft-test-host .draftStore=${store}></draft-test-host>`);
    expect(await el.drafts.load()).to.equal(undefined);
    expect(el.errors).to.deep.equal([]);
  });

  it('ignores a corrupted or foreign sessionStorage value', async () => {
    const el = await fixture<DraftTestHost>(html`<draft-test-host draft-key="patient-42"></draft-test-host>`);
    for (const junk of ['{"version":1,', 'undefined', '{"version":1,"message":42}', '"just text"', JSON.stringify({ ...content, version: 3, savedAt: new Date().toISOString() })]) {
      sessionStorage.setItem(storageKey, junk);
      expect(await el.drafts.load(), junk).to.equal(undefined);
    }
    expect(el.errors).to.deep.equal([]);
    // A later save replaces the junk.
    el.drafts.schedule(content);
    await el.drafts.flush();
    expect(withoutTime(stored())).to.deep.equal(content);
  });

  describe('when storage fails', () => {
    const original = Storage.prototype.setItem;
    afterEach(() => {
      Storage.prototype.setItem = original;
    });

    it('never throws out of the controller, reports the failure and recovers', async () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const el = await fixture<DraftTestHost>(html`<draft-test-host draft-key="patient-42"></draft-test-host>`);
      el.drafts.schedule(content);
      await aTimeout(100); // the timer's save fails
      expect(el.drafts.lastError?.operation).to.equal('save');
      expect((el.drafts.lastError?.error as DOMException).name).to.equal('QuotaExceededError');
      el.drafts.schedule(content);
      await el.drafts.flush();
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(el.errors.map((failure) => failure.operation)).to.deep.equal(['save', 'save']);

      Storage.prototype.setItem = original;
      el.drafts.schedule(content);
      await el.drafts.flush();
      expect(el.drafts.lastError).to.equal(undefined);
      expect(withoutTime(stored())).to.deep.equal(content);
    });

    it('survives storage that cannot even be read', async () => {
      const el = await fixture<DraftTestHost>(html`<draft-test-host draft-key="patient-42"></draft-test-host>`);
      const getItem = Storage.prototype.getItem;
      Storage.prototype.getItem = () => {
        throw new DOMException('Access is denied.', 'SecurityError');
      };
      try {
        expect(await el.drafts.load()).to.equal(undefined);
        expect(el.drafts.lastError?.operation).to.equal('load');
      } finally {
        Storage.prototype.getItem = getItem;
      }
    });

    it('catches a rejecting host store', async () => {
      const failing: DraftStore = {
        load: () => Promise.reject(new Error('offline')),
        save: () => Promise.reject(new Error('offline')),
        clear: () => {
          throw new Error('offline');
        },
      };
      const el = await fixture<DraftTestHost>(html`<draft-test-host .draftStore=${failing}></draft-test-host>`);
      el.drafts.schedule(content);
      await el.drafts.flush();
      expect(await el.drafts.load()).to.equal(undefined);
      await el.drafts.clear();
      expect(el.errors.map((failure) => failure.operation)).to.deep.equal(['save', 'load', 'clear']);
    });
  });

  it('keeps the draft when the host is removed and added again', async () => {
    const el = await fixture<DraftTestHost>(html`<draft-test-host draft-key="patient-42"></draft-test-host>`);
    const parent = el.parentElement!;
    el.drafts.schedule(content);
    el.remove();
    expect(withoutTime(stored()), 'flushed on disconnect').to.deep.equal(content);
    await aTimeout(100);
    parent.append(el);
    await el.updateComplete;
    const loaded = await el.drafts.load();
    expect(loaded && withoutTime(loaded)).to.deep.equal({ ...content, files: [] });
    expect(el.errors).to.deep.equal([]);
  });

  it('flushes at once when the host is disconnected, and to an async store too', async () => {
    const store = new SlowStore();
    const el = await fixture<DraftTestHost>(html`<draft-test-host draft-key="patient-42" .draftStore=${store}></draft-test-host>`);
    el.drafts.schedule(content);
    el.remove();
    expect(store.calls).to.deep.equal(['save:patient-42']);
    await aTimeout(100);
    expect(withoutTime(store.data.get('patient-42')!)).to.deep.equal(content);
  });

  it('flushes when the page is hidden or left', async () => {
    const el = await fixture<DraftTestHost>(html`<draft-test-host draft-key="patient-42"></draft-test-host>`);
    el.drafts.schedule(content);
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    expect(withoutTime(stored())).to.deep.equal(content);
    expect(el.drafts.pendingSave).to.equal(false);
  });

  it('guards against leaving with unsent text while asked to', async () => {
    const el = await fixture<DraftTestHost>(html`<draft-test-host></draft-test-host>`);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).to.equal(false);
    el.drafts.setUnsavedGuard(true);
    el.drafts.setUnsavedGuard(true);
    expect(leave()).to.equal(true);
    el.drafts.setUnsavedGuard(false);
    expect(leave()).to.equal(false);

    el.drafts.setUnsavedGuard(true);
    const parent = el.parentElement!;
    el.remove();
    expect(leave(), 'not once the host is gone').to.equal(false);
    parent.append(el);
    expect(leave(), 'again when it is back').to.equal(true);
    el.drafts.setUnsavedGuard(false);
    expect(leave()).to.equal(false);
  });
});
