import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DebouncedTask } from '../../src/controllers/debounced-task.js';

const host = (): ReactiveControllerHost & { controllers: ReactiveController[] } => {
  const controllers: ReactiveController[] = [];
  return {
    controllers,
    addController: (controller) => controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
  };
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('DebouncedTask', () => {
  it('runs once, `delay` after the last of many calls', async () => {
    let runs = 0;
    const task = new DebouncedTask(host(), () => runs++, 60);
    const start = Date.now();
    for (let i = 0; i < 5; i++) {
      task.schedule();
      await wait(25);
    }
    const lastCall = Date.now() - 25;
    while (runs === 0 && Date.now() - start < 2000) await wait(5);
    expect(runs).to.equal(1);
    expect(Date.now() - lastCall).to.be.at.least(55, 'not before the pause after the last call');
    await wait(100);
    expect(runs).to.equal(1, 'and only once');
  });

  it('runs nothing once cancelled or disconnected, and can be scheduled again', async () => {
    let runs = 0;
    const h = host();
    const task = new DebouncedTask(h, () => runs++, 30);
    task.schedule();
    task.cancel();
    task.schedule();
    h.controllers[0]!.hostDisconnected!();
    await wait(80);
    expect(runs).to.equal(0);
    task.schedule();
    await wait(80);
    expect(runs).to.equal(1);
  });
});
