import { expect } from '@open-wc/testing';
import { LazyModule, whenIdle } from '../../src/controllers/lazy-module.js';

describe('LazyModule', () => {
  it('loads once, then gives the module synchronously', async () => {
    let imports = 0;
    const lazy = new LazyModule(async () => {
      imports++;
      return { answer: 42 };
    });
    expect(lazy.loaded).to.equal(undefined);
    expect(lazy.ready).to.equal(false);
    const [a, b] = await Promise.all([lazy.load(), lazy.load()]);
    expect(a).to.equal(b);
    expect(imports).to.equal(1);
    expect(lazy.ready).to.equal(true);
    expect(lazy.loaded?.answer).to.equal(42);
  });

  it('is ready after a load that resolves to nothing (an element registered on load)', async () => {
    const lazy = new LazyModule(async () => undefined);
    await lazy.load();
    expect(lazy.ready).to.equal(true);
  });

  it('tries again after a failed load (offline, then back online)', async () => {
    let online = false;
    const lazy = new LazyModule(async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return 'module';
    });
    lazy.prefetch(); // a failed prefetch is silent
    let failure: unknown;
    await lazy.load().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    expect(lazy.ready).to.equal(false);
    expect(lazy.failed).to.equal(true, 'so that code run on every render does not ask again');
    online = true;
    const retry = lazy.load();
    expect(lazy.failed).to.equal(false, 'a new attempt is under way');
    expect(await retry).to.equal('module');
    expect(lazy.ready).to.equal(true);
  });
});

describe('whenIdle', () => {
  it('runs the task after the next frame, never during the current task', async () => {
    let ran = false;
    const done = new Promise<void>((resolve) =>
      whenIdle(() => {
        ran = true;
        resolve();
      }),
    );
    await Promise.resolve();
    expect(ran).to.equal(false);
    await done;
    expect(ran).to.equal(true);
  });
});
