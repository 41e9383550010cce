import type { MessagePayload } from '../core/payload-schema.js';
import type { Driver, FieldKind, Name } from './driver.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- Playwright is not a dependency: these
   describe just enough of its Locator and Page for a real one to fit, whatever its version. */

/** The part of Playwright's `Locator` the harness uses. */
export interface PlaywrightLocator {
  getByRole(role: any, options?: any): PlaywrightLocator;
  or(other: any): PlaywrightLocator;
  first(): PlaywrightLocator;
  click(options?: any): Promise<void>;
  focus(options?: any): Promise<void>;
  fill(value: string, options?: any): Promise<void>;
  selectOption(values: any, options?: any): Promise<unknown>;
  waitFor(options?: any): Promise<void>;
  count(): Promise<number>;
  allInnerTexts(): Promise<string[]>;
  evaluate(fn: (element: any, arg: any) => any, arg?: any): Promise<any>;
}

/** The part of Playwright's `Page` the harness uses. */
export interface PlaywrightPage {
  locator(selector: string): PlaywrightLocator;
  goto(url: string, options?: any): Promise<unknown>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Where a submission waits in the page until the test asks for it. */
const SUBMISSIONS = 'sm-compose/testing submissions';

/**
 * The harness's driver from outside the page, through Playwright's locators: they find
 * elements by role and name across shadow roots, wait for them and act as a user would.
 */
export function playwrightDriver(root: PlaywrightLocator, timeout: number): Driver {
  const fieldIn = (name: Name) =>
    root
      .getByRole('textbox', { name })
      .or(root.getByRole('spinbutton', { name }))
      .or(root.getByRole('combobox', { name }))
      .or(root.getByRole('radiogroup', { name }))
      .or(root.getByRole('group', { name }));
  const groupIn = (name: Name) => root.getByRole('radiogroup', { name }).or(root.getByRole('group', { name }));
  const present = async (role: string, name?: Name) => (await root.getByRole(role, name === undefined ? {} : { name }).count()) > 0;

  return {
    async click(role, name, within) {
      await (within ? root.getByRole(within.role, { name: within.name }) : root).getByRole(role, { name }).click({ timeout });
    },
    async field(name): Promise<FieldKind> {
      const field = fieldIn(name);
      await field.waitFor({ state: 'visible', timeout });
      return field.evaluate((el: Element) => (el.localName === 'select' ? 'select' : ['radiogroup', 'group'].includes(el.getAttribute('role') ?? (el.localName === 'fieldset' ? 'group' : '')) ? 'choice' : 'text'), undefined);
    },
    async focus(name) {
      await fieldIn(name).focus({ timeout });
    },
    async fill(name, value) {
      await root.getByRole('textbox', { name }).or(root.getByRole('spinbutton', { name })).fill(value, { timeout });
    },
    async select(name, option) {
      await root.getByRole('combobox', { name }).selectOption({ label: option }, { timeout });
    },
    async choose(name, option) {
      await groupIn(name).getByRole('radio', { name: new RegExp(`^\\s*${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i') }).click({ timeout });
    },
    visible: (role, name) => present(role, name),
    async waitForAny(conditions, wait) {
      const deadline = Date.now() + wait;
      for (;;) {
        for (const [index, { role, name, hidden }] of conditions.entries()) if ((await present(role, name)) !== Boolean(hidden)) return index;
        if (Date.now() > deadline) return -1;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    items: (role, name) => root.getByRole(role, { name }).getByRole('listitem').allInnerTexts(),
    urgencyCheckMode: () => root.evaluate((el: Element) => String((el as Element & { urgencyCheck?: unknown }).urgencyCheck ?? ''), undefined),
    async submitted(action, wait) {
      // Listen in the page before pressing Send; the payload crosses to the test as JSON.
      await root.evaluate((el: Element, key: string) => {
        const store = ((globalThis as unknown as Record<string, WeakMap<Element, Promise<unknown>>>)[key] ??= new WeakMap());
        store.set(el, new Promise((resolve) => el.addEventListener('sm-submit', (event) => resolve((event as CustomEvent<{ payload: unknown }>).detail.payload), { once: true })));
      }, SUBMISSIONS);
      await action();
      return root.evaluate(
        (el: Element, { key, wait }: { key: string; wait: number }) =>
          Promise.race([
            (globalThis as unknown as Record<string, WeakMap<Element, Promise<unknown>>>)[key]!.get(el),
            new Promise((_, reject) => setTimeout(() => reject(new Error('sm-compose testing: Send was pressed and no sm-submit came.')), wait)),
          ]),
        { key: SUBMISSIONS, wait },
      ) as Promise<MessagePayload>;
    },
  };
}
